#!/usr/bin/env bash
# r2r_tier_up.sh ILC BUILD SRC — code from a ReadyToRun image tiers up like Tier0 code: a hot
# method (millions of calls) is rejitted at Tier1 in the background, a cold one (one call)
# keeps its image code, and the output is the same in every configuration.
# shellcheck disable=SC2016,SC2034 # check evals its condition, which names the variables
set -u
ilc=$1
status=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; status=1; fi; }
unset ILC_ReadyToRun ILC_CORLIB ILC_TieredCompilation ILC_TC_CallCountThreshold \
  ILC_TC_CallCountingDelayMs ILC_TC_QuickJitForLoops
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ilc-r2r-tier.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
command -v mcs > /dev/null 2>&1 || { echo "FAIL mcs is needed to compile the test program"; exit 1; }

# Both methods are too big (over 64 bytes of IL) to be inlined into Main by the image's
# compiler, so each is entered through its own slot and counts its own calls.
cat > "$tmp/tier.cs" << 'EOF'
using System;

class TierUp
{
    static int setting;

    // Called once: its image code must run, and stay.
    static int ColdSetup(int seed)
    {
        int a = seed * 3 + 1, b = seed * 5 + 2, c = seed * 7 + 3;
        if (a > b) { int t = a; a = b; b = t; }
        if (b > c) { int t = b; b = c; c = t; }
        if (a > b) { int t = a; a = b; b = t; }
        setting = a + b % 7 + c % 11;
        return setting;
    }

    // Called millions of times: must be rejitted at Tier1.
    static int HotMix(int x)
    {
        int h = x * 31 + setting;
        h ^= h >> 7;
        h = h * 17 + (x & 15);
        if ((h & 1) == 0) h += x % 13;
        else h -= x % 11;
        return (h & 0x7fffffff) % 1009;
    }

    static int Main()
    {
        Console.WriteLine("setup " + ColdSetup(4));
        long first = 0;
        for (int i = 0; i < 200000; i++) first += HotMix(i);
        Console.WriteLine("first round " + first);
        // Keep calling for a second: Tier1 waits for the call-counting delay, then compiles
        // in the background. Every round must give the same sum, whichever code runs.
        int start = Environment.TickCount, rounds = 1;
        bool same = true;
        while (rounds < 20 || Environment.TickCount - start < 1000)
        {
            long sum = 0;
            for (int i = 0; i < 200000; i++) sum += HotMix(i);
            if (sum != first) same = false;
            rounds++;
        }
        Console.WriteLine(same ? "every round agrees" : "rounds disagree");
        return 7;
    }
}
EOF
want='setup 23
first round 100831090
every round agrees'
if ! mcs -nologo -warn:0 -out:"$tmp/tier.exe" "$tmp/tier.cs" > "$tmp/mcs.log" 2>&1; then
  echo "FAIL mcs:"; cat "$tmp/mcs.log"; exit 1
fi
if ! timeout 300 "$ilc" --r2r "$tmp/tier.exe" -o "$tmp/tier.r2r" 2> "$tmp/r2r.log"; then
  echo "FAIL ilc --r2r:"; head -20 "$tmp/r2r.log"; exit 1
fi

out=$(timeout 60 "$ilc" --jit --opt=0 "$tmp/tier.exe"); code=$?
check "the JIT alone gives the expected output and exit code" '[ "$out" = "$want" ] && [ $code = 7 ]'

hot='^"TierUp::HotMix\(System\.Int32\)",'
cold='^"TierUp::ColdSetup\(System\.Int32\)",'
# run NAME ILC-OPTIONS... — runs the image with --jit-stats=csv; stderr in $tmp/NAME.csv.
run() {
  local name=$1
  shift
  out=$(timeout 60 "$ilc" --run --jit-stats=csv "$@" "$tmp/tier.r2r" 2> "$tmp/$name.csv"); code=$?
  check "$name: same output and exit code" '[ "$out" = "$want" ] && [ $code = 7 ]'
  check "$name: no image refused" '! grep -q "image not used" "$tmp/$name.csv"'
  check "$name: methods came from images" \
    'grep -Eq "^  r2r: [1-9][0-9]* methods from images, 0 images refused \\(0 methods in them\\)$" "$tmp/$name.csv"'
  # Each cell is bound once, at its first use: a loop must not ask again for a cell it
  # loaded before it was bound (one thread here, so no race can add calls).
  check "$name: import cells bound on first use, each once" \
    'grep -Eq "^  r2r: ([1-9][0-9]*) import cells bound on first use \(\1 calls to bind one\)$" "$tmp/$name.csv"'
  check "$name: at least one method rejitted at tier1" \
    'grep -Eq "; [1-9][0-9]* methods rejitted at tier1 \(" "$tmp/$name.csv"'
  check "$name: the hot method was rejitted at Tier1 (a tier-up)" \
    'grep -Eq "$hot""1,tier-up," "$tmp/$name.csv"'
  check "$name: the hot method was never compiled at its first call (its image code ran)" \
    '! grep -Eq "$hot"".*,first-call," "$tmp/$name.csv"'
  check "$name: foreground and background times are plausible (under 60 s)" \
    'awk "/^  foreground / { n++; if (\$2 + 0 >= 60000 || \$5 + 0 >= 60000) bad = 1 } END { exit bad || !n }" "$tmp/$name.csv"'
}

# The default call-counting delay (100 ms), then none.
run delay-default
check "delay-default: the cold method kept its image code (never compiled)" '! grep -Eq "$cold" "$tmp/delay-default.csv"'
run delay-0 --tc-delay-ms=0
check "delay-0: the cold method kept its image code (never compiled)" '! grep -Eq "$cold" "$tmp/delay-0.csv"'
# Stress: every image method is queued at its first call, so the cold one tiers up too (the
# csv checks above would see it).
run stress --tc-threshold=1 --tc-delay-ms=0
check "stress: the cold method was rejitted too" 'grep -Eq "$cold""1,tier-up," "$tmp/stress.csv"'
# A threshold nobody reaches: the image code is all that runs.
out=$(timeout 60 "$ilc" --run --jit-stats=csv --tc-threshold=1000000000 "$tmp/tier.r2r" 2> "$tmp/cold.csv"); code=$?
check "no threshold reached: same output" '[ "$out" = "$want" ] && [ $code = 7 ]'
check "no threshold reached: nothing rejitted" '! grep -q ",tier-up," "$tmp/cold.csv" && grep -q "; 0 methods rejitted at tier1 (" "$tmp/cold.csv"'
# Without images the same program tiers up from Tier0.
out=$(ILC_ReadyToRun=0 timeout 60 "$ilc" --run --jit-stats=csv "$tmp/tier.r2r" 2> "$tmp/jit.csv"); code=$?
check "ILC_ReadyToRun=0: same output" '[ "$out" = "$want" ] && [ $code = 7 ]'
check "ILC_ReadyToRun=0: the hot method went Tier0 then Tier1" \
  'grep -Eq "$hot""0,first-call," "$tmp/jit.csv" && grep -Eq "$hot""1,tier-up," "$tmp/jit.csv"'
if [ $status -ne 0 ]; then
  for f in "$tmp"/*.csv; do echo "--- $(basename "$f"):"; cat "$f"; done
fi
exit $status
