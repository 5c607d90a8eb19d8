#!/usr/bin/env bash
# ilc --aot on a program with code ilc cannot compile (a P/Invoke called from Main) and
# code that uses a corlib member ilc lacks (System.Console::Beep), in a static method and
# in an override reached only through the vtable of a constructed type. The AOT compiler
# must go on past the first problem: stderr lists the error and the two warnings on lines
# of their own naming the method and IL offset, then a summary line; exit code 1; no
# output file. A missing member alone is no error (tests/bad/missing_member.sh): without
# the P/Invoke the same program compiles, and runs as it does under the JIT.
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
    // method (MemberInfo.Name), a delegate's constructor, the members of a
    // multidimensional array type (.ctor, Get, Set), an array initializer
    // (RuntimeHelpers.InitializeArray) and string constructors are no problems: they have
    // no body of their own to compile, the importer expands them.
    static int Main()
    {
        int pid = getpid();
        int[,] grid = new int[2, 3];
        grid[1, 2] = pid;
        Console.WriteLine(grid[1, 2] == pid);
        char[] letters = { 'i', 'l', 'c', '!' };
        Console.WriteLine(new string(letters) + new string('-', 3));
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
check "summary" '^error: .*unsupported\.exe: 1 problem .*no code generated' \
  "$TMP/unsupported.exe" -o "$TMP/out"
expect_one "P/Invoke in Main" "^error: .*Program::Main\\(\\) $off: .*(platform invoke|P/Invoke|pinvoke|DllImport).*getpid"
beep="method void System\\.Console::Beep\\(\\) not found in ilc's corlib"
expect_one "missing member in a static method" "^warning: .*Program::Beep\\(\\) $off: $beep; Program::Beep\\(\\) throws System\\.MissingMethodException when called$"
expect_one "missing member in an override" "^warning: .*Noisy::ToString\\(\\) $off: $beep; Noisy::ToString\\(\\) throws System\\.MissingMethodException when called$"
cases=$((cases + 1))
if [ "$(grep -c '^error: ' "$TMP/stderr")" -eq 2 ] && [ "$(grep -c '^warning: ' "$TMP/stderr")" -eq 2 ] &&
   tail -1 "$TMP/stderr" | grep -q 'problem'; then
  echo "ok   [two error lines and two warnings, the summary last]"
else
  fail "two error lines and two warnings, the summary last" "expected 1 problem, 2 warnings and the summary after them"
fi
expect_no_output "no executable" "$TMP/out"

# Asked to keep the module and the object too: still nothing is written.
check "summary with --emit-llvm --emit-obj" '^error: .*unsupported\.exe: 1 problem' \
  "$TMP/unsupported.exe" --emit-llvm --emit-obj -o "$TMP/kept"
expect_no_output "no executable, .ll or .o" "$TMP/kept"

# Without the P/Invoke: compiled with the two warnings, and the calls that reach
# Console.Beep throw MissingMethodException, in every mode.
sed -e 's/int pid = getpid();/int pid = 7;/' \
    -e 's/^        Beep();/        try { Beep(); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }/' \
    -e 's/^        Console.WriteLine(o);/        try { Console.WriteLine(o); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }/' \
    "$TMP/unsupported.cs" > "$TMP/supported.cs"
if ! mcs -nologo -warn:0 -out:"$TMP/supported.exe" "$TMP/supported.cs" > "$TMP/mcs.log" 2>&1; then
  echo "FAIL: mcs could not compile the test program without its P/Invoke"
  cat "$TMP/mcs.log"
  exit 1
fi
expected="True
ilc!---
MissingMethodException
MissingMethodException
Noisy"
for mode in jit aot r2r; do
  check_run "without the P/Invoke" "$mode" "$TMP/supported.exe" 7 "$expected"
  [ "$mode" = aot ] || continue
  cases=$((cases + 1))
  if [ "$(grep -c '^warning: ' "$TMP/compile.stderr")" -eq 2 ] && ! grep -q 'error' "$TMP/compile.stderr"; then
    echo "ok   [without the P/Invoke: two warnings, no error]"
  else
    fail "without the P/Invoke: two warnings, no error" "ilc --aot said: $(head -3 "$TMP/compile.stderr")"
  fi
done
finish
