#!/usr/bin/env bash
# Programs that use corlib members ilc does not have: System.Console::Beep() (real .NET API,
# absent from ilc's small corlib), a type that exists nowhere (System.NoSuchType), an
# overload that exists nowhere (Console.WriteLine with six int32s) and a missing field.
# The error must name the member in full; exit code 1 (as a compile-time error, or as an
# unhandled MissingMethodException/MissingFieldException/TypeLoadException at run time).
source "$(dirname "$0")/lib.bash"
pre="(error: |Unhandled exception\\. System\\.(Missing[A-Za-z]*|TypeLoad)Exception: )"

il_case "Console.Beep" missing_member "$pre.*System\\.Console::Beep"
il_case "missing type" missing_type "$pre.*System\\.NoSuchType"
il_case "missing overload" missing_signature "$pre.*System\\.Console::WriteLine"
il_case "missing field" missing_field "$pre.*System\\.String::NoSuchField"

# The same through C#, compiled at test time, when mcs is available.
if command -v mcs > /dev/null 2>&1; then
  printf 'class P { static void Main() { System.Console.WriteLine("x"); System.Console.Beep(); } }\n' > "$TMP/beep.cs"
  if mcs -nologo -warn:0 -out:"$TMP/beep.exe" "$TMP/beep.cs" > "$TMP/mcs.log" 2>&1; then
    check "Console.Beep from C#" "$pre.*System\\.Console::Beep" "$TMP/beep.exe"
  else
    cat "$TMP/mcs.log"; failures=$((failures + 1))
  fi
fi
finish
