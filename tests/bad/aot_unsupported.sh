#!/usr/bin/env bash
# ilc --aot on a program with code ilc cannot compile, in three methods: a P/Invoke called
# from Main, a corlib member ilc lacks (System.Console::Beep) in a static method, and the
# same in an override reached only through the vtable of a constructed type. The AOT
# compiler must go on past the first problem: stderr lists every one on its own line
# naming the method and IL offset, then a summary line; exit code 1; no output file.
source "$(dirname "$0")/lib.bash"
ILC_BAD_MODE=--aot # lib.bash runs `ILC $ILC_BAD_MODE FILE ARGS`

# expect_one LABEL REGEX — exactly one line of the last run's stderr matches REGEX.
expect_one() {
  local label=$1 regex=$2 n
  cases=$((cases + 1))
  n=$(grep -Ec -- "$regex" "$TMP/stderr")
  if [ "$n" -ne 1 ]; then
    fail "$label" "expected one line matching /$regex/, found $n"
    return
  fi
  echo "ok   [$label] $(grep -E -m1 -- "$regex" "$TMP/stderr" | cut -c1-160)"
}

# expect_no_output LABEL PREFIX — nothing named PREFIX* was written.
expect_no_output() {
  local label=$1 prefix=$2 left
  cases=$((cases + 1))
  left=$(ls -d "$prefix"* 2> /dev/null)
  if [ -n "$left" ]; then
    fail "$label" "left behind: ${left//$'\n'/ }"
    return
  fi
  echo "ok   [$label] no $prefix*"
}

cat > "$TMP/unsupported.cs" << 'EOF'
using System;
using System.Runtime.InteropServices;

class Noisy
{
    public override string ToString() { Console.Beep(); return "noisy"; }
}

static class Program
{
    [DllImport("libc")] static extern int getpid();

    static void Beep() { Console.Beep(); }

    // The P/Invoke comes first: the compiler must go on past it, in Main itself, to the
    // methods Main calls and to the types it constructs. A virtual call to an abstract
    // method (MemberInfo.Name), a delegate's constructor and the members of a
    // multidimensional array type (.ctor, Get, Set) are no problems: they have no body of
    // their own to compile.
    static int Main()
    {
        int pid = getpid();
        int[,] grid = new int[2, 3];
        grid[1, 2] = pid;
        Console.WriteLine(grid[1, 2] == pid);
        Beep();
        object o = new Noisy();
        Console.WriteLine(o);
        Func<object> f = () => o;
        Console.WriteLine(f().GetType().Name);
        return pid;
    }
}
EOF
if ! mcs -nologo -warn:0 -out:"$TMP/unsupported.exe" "$TMP/unsupported.cs" > "$TMP/mcs.log" 2>&1; then
  echo "FAIL: mcs could not compile the test program"
  cat "$TMP/mcs.log"
  exit 1
fi

off="IL_[0-9A-Fa-f]{4}"
check "summary" '^error: .*unsupported\.exe: 3 problems .*no code generated' \
  "$TMP/unsupported.exe" -o "$TMP/out"
expect_one "P/Invoke in Main" "^error: .*Program::Main\\(\\) $off: .*(platform invoke|P/Invoke|pinvoke|DllImport).*getpid"
expect_one "missing member in a static method" "^error: .*Program::Beep\\(\\) $off: .*System\\.Console::Beep"
expect_one "missing member in an override" "^error: .*Noisy::ToString\\(\\) $off: .*System\\.Console::Beep"
cases=$((cases + 1))
if [ "$(grep -c '^error: ' "$TMP/stderr")" -eq 4 ] && tail -1 "$TMP/stderr" | grep -q 'problems'; then
  echo "ok   [four error lines, the summary last]"
else
  fail "four error lines, the summary last" "expected 3 problems and the summary after them"
fi
expect_no_output "no executable" "$TMP/out"

# Asked to keep the module and the object too: still nothing is written.
check "summary with --emit-llvm --emit-obj" '^error: .*unsupported\.exe: 3 problems' \
  "$TMP/unsupported.exe" --emit-llvm --emit-obj -o "$TMP/kept"
expect_no_output "no executable, .ll or .o" "$TMP/kept"
finish
