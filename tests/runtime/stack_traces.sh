#!/usr/bin/env bash
# stack_traces.sh ILC BUILD_DIR SOURCE_DIR — an unhandled exception's report on stderr:
# `Unhandled exception. System.X: message`, then one `   at Type.Method(params)` line per
# managed frame (the lines of Exception.StackTrace), innermost first, each frame once, exit
# code 1. Checked under the JIT with every method at Tier0 (no inlining: every frame is
# there), with tiering, from an R2R image (optimised code may turn Deep's recursive tail
# call into a jump, as .NET's JIT does, so one Deep frame or more, then Main), and as an AOT
# executable (whole-program optimisation may inline Deep into Main: Main last, named from
# the executable's own symbol table). A rethrown exception (`throw;`) reports the frames
# it passed through before the rethrow too, and the rethrowing frame once.
# shellcheck source=tests/runtime/lib.bash
source "$(dirname "$0")/lib.bash"

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
build trace

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

deep='Trace\.Deep\(System\.Int32\)'
run "jit, Tier0 only" "$deep\|$deep\|$deep\|Trace\.Main\(\)" "$ilc" --jit --opt=0 "$tmp/trace.exe"
run "jit, tiered" "$deep\|$deep\|$deep\|Trace\.Main\(\)" "$ilc" --jit "$tmp/trace.exe"
run "r2r image" "$deep(\|$deep)*\|Trace\.Main\(\)" "$ilc" --run "$tmp/trace.r2r"
run "aot executable" "($deep\|)*Trace\.Main\(\)" "$tmp/trace"

cat > "$tmp/rethrow.cs" << 'CS'
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
        try {
            Deep(2);
        } catch (InvalidOperationException) {
            throw;
        }
    }
}
CS
build rethrow

run "rethrown, jit, Tier0 only" "$deep\|$deep\|$deep\|Trace\.Main\(\)" "$ilc" --jit --opt=0 "$tmp/rethrow.exe"
run "rethrown, r2r image" "$deep(\|$deep)*\|Trace\.Main\(\)" "$ilc" --run "$tmp/rethrow.r2r"
run "rethrown, aot executable" "($deep\|)*Trace\.Main\(\)" "$tmp/rethrow"

finish
