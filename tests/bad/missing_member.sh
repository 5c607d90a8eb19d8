#!/usr/bin/env bash
# Programs that use corlib members ilc does not have. They are valid programs (.NET, and
# Mono, which has these members, would run them), so ilc runs them too, in every mode,
# until they call a method that names a missing member. That call throws, into the caller,
# what .NET's JIT throws when it compiles such a method, with .NET's message:
#   a type   (System.NoSuchType, System.Version)          TypeLoadException
#   a method (Console.Beep(), WriteLine with six int32s)  MissingMethodException
#   a field  (String.NoSuchField, Type.EmptyTypes)        MissingFieldException
# ilc --aot compiles such a program (exit code 0) with a located warning on stderr for
# each missing member it reaches; ilc --r2r leaves those methods to the JIT.
source "$(dirname "$0")/lib.bash"
modes="jit aot r2r"

# expect_warning LABEL REGEX [N] — exactly N lines (default 1) of the last compile's stderr
# match REGEX.
expect_warning() {
  local label=$1 regex=$2 want=${3:-1} n
  cases=$((cases + 1))
  n=$(grep -Ec -- "$regex" "$TMP/compile.stderr")
  if [ "$n" -ne "$want" ]; then
    fail "$label" "expected $want lines of ilc --aot's stderr matching /$regex/, found $n"
    return
  fi
  echo "ok   [$label] $(grep -E -m1 -- "$regex" "$TMP/compile.stderr" | cut -c1-160)"
}

# expect_no_errors LABEL — the last compile printed warnings only.
expect_no_errors() {
  cases=$((cases + 1))
  if grep -q "error" "$TMP/compile.stderr"; then
    fail "$1" "ilc --aot printed an error: $(grep -m1 error "$TMP/compile.stderr")"
    return
  fi
  echo "ok   [$1] $(grep -c '^warning: ' "$TMP/compile.stderr") warnings, no error"
}

# In these IL programs Main itself names the member, so Main throws before its first line:
# nothing on stdout, the unhandled exception on stderr, exit code 1.
off="IL_[0-9a-f]{4}"
il_missing() {
  local label=$1 name=$2 unhandled=$3 warning=$4 exe mode
  if ! exe=$(need_exe "$BUILD/tests/il/$name.exe"); then
    cases=$((cases + 1)); failures=$((failures + 1))
    return
  fi
  for mode in $modes; do
    check_run "$label" "$mode" "$exe" 1 "" "^Unhandled exception\\. $unhandled"
    [ "$mode" = aot ] && expect_warning "$label: AOT warning" "^warning: .*$name\\.exe: Program::Main\\(\\) $off: $warning"
  done
}
il_missing "Console.Beep" missing_member \
  "System\\.MissingMethodException: Method not found: 'Void System\\.Console\\.Beep\\(\\)'\\.$" \
  "method void System\\.Console::Beep\\(\\) not found in ilc's corlib; Program::Main\\(\\) throws System\\.MissingMethodException when called$"
il_missing "missing type" missing_type \
  "System\\.TypeLoadException: Could not load type 'System\\.NoSuchType' from assembly 'mscorlib, Version=0\\.0\\.0\\.0, Culture=neutral, PublicKeyToken=null'\\.$" \
  "type System\\.NoSuchType not found in ilc's corlib; .*System\\.TypeLoadException"
il_missing "missing overload" missing_signature \
  "System\\.MissingMethodException: Method not found: 'Void System\\.Console\\.WriteLine\\(Int32, Int32, Int32, Int32, Int32, Int32\\)'\\.$" \
  "method void System\\.Console::WriteLine\\((System\\.Int32(, )?){6}\\) not found in ilc's corlib"
il_missing "missing field" missing_field \
  "System\\.MissingFieldException: Field not found: 'System\\.String\\.NoSuchField'\\.$" \
  "field System\\.String::NoSuchField not found in ilc's corlib; .*System\\.MissingFieldException"

# The same through C#, compiled at test time, when mcs is available: members that .NET has
# and ilc's corlib lacks, each named by a method of its own that the program calls inside a
# try. The output goes on past each call; a method that keeps throwing throws every time.
if command -v mcs > /dev/null 2>&1; then
  cat > "$TMP/missing.cs" << 'EOF'
using System;

class P
{
    static void Beep() { Console.WriteLine("not reached"); Console.Beep(); }
    static void Ver() { Version v = new Version("1.2"); Console.WriteLine(v.Major); }
    static void Field() { Console.WriteLine(Type.EmptyTypes.Length); }

    static void Try(Action a)
    {
        try {
            a();
            Console.WriteLine("no exception");
        } catch (Exception e) {
            Console.WriteLine(e.GetType().Name);
            Console.WriteLine(e.Message);
        }
    }

    static int Main()
    {
        Console.WriteLine("start");
        for (int i = 0; i < 2; i++)
            Try(Beep);
        Try(Ver);
        Try(Field);
        Console.WriteLine("end");
        return 3;
    }
}
EOF
  if mcs -nologo -warn:0 -out:"$TMP/missing.exe" "$TMP/missing.cs" > "$TMP/mcs.log" 2>&1; then
    beep="MissingMethodException
Method not found: 'Void System.Console.Beep()'."
    expected="start
$beep
$beep
TypeLoadException
Could not load type 'System.Version' from assembly 'mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089'.
MissingFieldException
Field not found: 'System.Type.EmptyTypes'.
end"
    for mode in $modes; do
      check_run "C#: type, method and field caught" "$mode" "$TMP/missing.exe" 3 "$expected"
      [ "$mode" = aot ] || continue
      expect_warning "C#: AOT warning for Console.Beep" \
        "^warning: .*missing\\.exe: P::Beep\\(\\) $off: method void System\\.Console::Beep\\(\\) not found in ilc's corlib; P::Beep\\(\\) throws System\\.MissingMethodException when called$"
      # Version is named twice: by the constructor call and by the call to get_Major
      expect_warning "C#: AOT warnings for Version" \
        "^warning: .*missing\\.exe: P::Ver\\(\\) $off: type System\\.Version not found in ilc's corlib; P::Ver\\(\\) throws System\\.TypeLoadException when called$" 2
      expect_warning "C#: AOT warning for Type.EmptyTypes" \
        "^warning: .*missing\\.exe: P::Field\\(\\) $off: field System\\.Type::EmptyTypes not found in ilc's corlib; P::Field\\(\\) throws System\\.MissingFieldException when called$"
      expect_no_errors "C#: AOT compile without errors"
    done
  else
    cat "$TMP/mcs.log"; failures=$((failures + 1))
  fi
fi
finish
