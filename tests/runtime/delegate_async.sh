#!/usr/bin/env bash
# delegate_async.sh ILC BUILD_DIR SOURCE_DIR — a delegate's BeginInvoke and EndInvoke
# (asynchronous calls, which the runtime provides) throw PlatformNotSupportedException, as
# on .NET Core, and the program can catch it; in every mode. (Mono runs them on its thread
# pool, so this is checked here and not against Mono's output.)
set -u
ilc=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ilc-async.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0

cat > "$tmp/async.cs" << 'CS'
using System;

class Async
{
    delegate int Op(int x);

    static int Twice(int x) { return 2 * x; }

    static int Main()
    {
        Op op = Twice;
        Console.WriteLine(op(21));
        try
        {
            IAsyncResult r = op.BeginInvoke(1, null, null);
            Console.WriteLine("began " + op.EndInvoke(r));
        }
        catch (PlatformNotSupportedException e)
        {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message);
        }
        return 3;
    }
}
CS
want='42
caught PlatformNotSupportedException: Operation is not supported on this platform.'
if ! (cd "$tmp" && mcs -nologo -out:async.exe async.cs > mcs.log 2>&1); then
  echo "FAIL mcs:"; cat "$tmp/mcs.log"; exit 1
fi
timeout 300 "$ilc" --r2r "$tmp/async.exe" -o "$tmp/async.r2r" 2> "$tmp/r2r.log" ||
  { echo "FAIL ilc --r2r:"; head -20 "$tmp/r2r.log"; exit 1; }
timeout 300 "$ilc" --aot "$tmp/async.exe" -o "$tmp/async" 2> "$tmp/aot.log" ||
  { echo "FAIL ilc --aot:"; head -20 "$tmp/aot.log"; exit 1; }

run() { # NAME COMMAND...
  local name=$1
  shift
  local out code
  out=$(timeout 60 "$@" 2> "$tmp/err"); code=$?
  if [ "$out" = "$want" ] && [ "$code" = 3 ]; then
    echo "ok   [$name]"
  else
    echo "FAIL [$name]: exit $code, stdout:"; echo "$out"; head -5 "$tmp/err"
    failures=$((failures + 1))
  fi
}
run "jit" "$ilc" --jit "$tmp/async.exe"
run "jit, Tier0 only" "$ilc" --jit --opt=0 "$tmp/async.exe"
run "r2r image" "$ilc" --run "$tmp/async.r2r"
run "aot executable" "$tmp/async"

[ $failures -eq 0 ] || { echo "$failures case(s) failed"; exit 1; }
echo "all cases passed"
