#!/usr/bin/env bash
# tier_up.sh ILC BUILD SRC — tiered compilation really moves hot methods to Tier1 and
# leaves cold ones at Tier0, and the output is the same in every configuration.
set -u
ilc=$1 build=$2
exe=$build/tests/programs/recursion.exe
status=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; status=1; fi; }

want=$("$ilc" --jit --opt=2 "$exe")
# Stress: every method is queued at its first call and promoted without delay.
out=$("$ilc" --jit --tc-threshold=1 --tc-delay-ms=0 --jit-stats=csv "$exe" 2>"$build/tier_up.csv")
check "same output under the stress setting" '[ "$out" = "$want" ]'
check "some methods were promoted on the background thread" 'grep -q ",1,tier-up," "$build/tier_up.csv"'
# A recursive method without loops starts at Tier0 and, once hot, is rejitted at Tier1.
check "a Tier0 method was later compiled at Tier1" \
  'awk -F, "NR>1 && \$3==\"first-call\" && \$2==0 {t0[\$1]=1} NR>1 && \$3==\"tier-up\" {if (\$1 in t0) hit=1} END {exit !hit}" "$build/tier_up.csv"'
# With a threshold no method reaches, nothing is promoted: cold methods stay at Tier0.
"$ilc" --jit --tc-threshold=1000000000 --jit-stats=csv "$exe" >/dev/null 2>"$build/tier_cold.csv"
check "nothing promoted when no method is hot enough" '! grep -q ",tier-up," "$build/tier_cold.csv"'
check "methods without loops stayed at Tier0" 'grep -q ",0,first-call," "$build/tier_cold.csv"'
# Calls count only after the call-counting delay: with one longer than the run, nothing
# is even queued (and the background thread never starts), however low the threshold.
"$ilc" --jit --tc-threshold=1 --tc-delay-ms=600000 --jit-stats "$exe" >/dev/null 2>"$build/tier_delay.txt"
check "nothing queued inside the call-counting delay" 'grep -q "rejitted at tier1 (0 queued)" "$build/tier_delay.txt"'
# Without tiering, --opt pins a tier.
"$ilc" --jit --opt=0 --jit-stats=csv "$exe" >/dev/null 2>"$build/tier_o0.csv"
check "--opt=0 compiles everything at Tier0" '! grep -q ",1,first-call," "$build/tier_o0.csv"'
exit $status
