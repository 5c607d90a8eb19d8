#!/usr/bin/env bash
# delegate_async.sh ILC BUILD_DIR SOURCE_DIR — a delegate's BeginInvoke and EndInvoke
# (asynchronous calls, which the runtime provides) throw PlatformNotSupportedException, as
# on .NET Core, and the program can catch it; in every mode. (Mono runs them on its thread
# pool, so this is checked here and not against Mono's output.)
# shellcheck source=tests/runtime/lib.bash
source "$(dirname "$0")/lib.bash"

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
build async

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

finish
