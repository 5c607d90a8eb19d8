#!/usr/bin/env bash
# stack_traces.sh ILC BUILD_DIR SOURCE_DIR — an unhandled exception's report on stderr:
# `Unhandled exception. System.X: message`, then one `   at Type::Method(params)` line per
# managed frame, innermost first, each frame once, exit code 1. Checked under the JIT with
# every method at Tier0 (no inlining: every frame is there), with tiering, from an R2R image
# (optimised code may turn Deep's recursive tail call into a jump, as .NET's JIT does, so
# one Deep frame or more, then Main), and as an AOT executable (whole-program optimisation
# may inline Deep into Main: Main last, named from the executable's own symbol table).
set -u
ilc=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ilc-traces.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0

cat > "$tmp/trace.cs" << 'CS'
using System;

class Trace
{
    static void Deep(int n)
    {
        if (n == 0) throw new InvalidOperationException("deep");
        Deep(n - 1);
    }

    static void Main()
    {
        Console.WriteLine("before");
        Deep(2);
        Console.WriteLine("not reached"); /* Deep is not a tail call: Main keeps its frame */
    }
}
CS
if ! (cd "$tmp" && mcs -nologo -out:trace.exe trace.cs > mcs.log 2>&1); then
  echo "FAIL mcs:"; cat "$tmp/mcs.log"; exit 1
fi
if ! timeout 300 "$ilc" --r2r "$tmp/trace.exe" -o "$tmp/trace.r2r" 2> "$tmp/r2r.log"; then
  echo "FAIL ilc --r2r:"; head -20 "$tmp/r2r.log"; exit 1
fi
if ! timeout 300 "$ilc" --aot "$tmp/trace.exe" -o "$tmp/trace" 2> "$tmp/aot.log"; then
  echo "FAIL ilc --aot:"; head -20 "$tmp/aot.log"; exit 1
fi

# run NAME EXPECTED-AT-LINES COMMAND... — EXPECTED is a regex the at-lines, joined by '|',
# must match whole.
run() {
  local name=$1 want=$2
  shift 2
  timeout 60 "$@" > "$tmp/out" 2> "$tmp/err"
  local code=$? ok=1
  local ats
  ats=$(grep '^   at ' "$tmp/err" | sed 's/^   at //' | paste -sd '|' -)
  [ "$code" = 1 ] || { echo "FAIL [$name]: exit code $code, expected 1"; ok=0; }
  [ "$(cat "$tmp/out")" = before ] || { echo "FAIL [$name]: stdout is not 'before'"; ok=0; }
  head -1 "$tmp/err" | grep -qx 'Unhandled exception. System.InvalidOperationException: deep' ||
    { echo "FAIL [$name]: first stderr line: $(head -1 "$tmp/err")"; ok=0; }
  [[ "$ats" =~ ^($want)$ ]] || { echo "FAIL [$name]: frames '$ats', expected /$want/"; ok=0; }
  if [ $ok = 1 ]; then echo "ok   [$name] $ats"; else failures=$((failures + 1)); fi
}

deep='Trace::Deep\(System\.Int32\)'
run "jit, Tier0 only" "$deep\|$deep\|$deep\|Trace::Main\(\)" "$ilc" --jit --opt=0 "$tmp/trace.exe"
run "jit, tiered" "$deep\|$deep\|$deep\|Trace::Main\(\)" "$ilc" --jit "$tmp/trace.exe"
run "r2r image" "$deep(\|$deep)*\|Trace::Main\(\)" "$ilc" --run "$tmp/trace.r2r"
run "aot executable" "($deep\|)*Trace::Main\(\)" "$tmp/trace"

if [ $failures -ne 0 ]; then
  echo "$failures case(s) failed"
  exit 1
fi
echo "all cases passed"
