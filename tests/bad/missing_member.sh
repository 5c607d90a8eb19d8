#!/usr/bin/env bash
# Programs that use corlib members ilc does not have: System.Console::Beep() (real .NET API,
# absent from ilc's small corlib), a type that exists nowhere (System.NoSuchType), an
# overload that exists nowhere (Console.WriteLine with six int32s) and a missing field.
# The error must name the member in full; exit code 1 (as a compile-time error, or as an
# unhandled MissingMethodException/MissingFieldException/TypeLoadException at run time).
# Under the JIT a program can also catch the MissingMethodException.
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
  # Under the JIT the program goes on: as on .NET, calling the method that names the
  # missing member throws MissingMethodException into its caller, which may catch it.
  printf '%s\n' 'using System;' \
    'class P {' \
    '  static void Beep() { Console.Beep(); }' \
    '  static int Main() {' \
    '    for (int i = 0; i < 2; i++)' \
    '      try { Beep(); } catch (MissingMethodException e) { Console.WriteLine("caught " + e.Message); }' \
    '    return 3;' \
    '  }' \
    '}' > "$TMP/catch.cs"
  if mcs -nologo -warn:0 -out:"$TMP/catch.exe" "$TMP/catch.cs" > "$TMP/mcs.log" 2>&1; then
    cases=$((cases + 1))
    run_ilc "$TMP/catch.exe"
    if [ "$code" -eq 3 ] && [ "$(grep -c '^caught .*P::Beep().*System\.Console::Beep' "$TMP/stdout")" -eq 2 ]; then
      echo "ok   [MissingMethodException caught, twice] $(head -1 "$TMP/stdout" | cut -c1-120)"
    else
      fail "MissingMethodException caught, twice" "expected exit code 3 and two 'caught' lines, got $(describe_code "$code"): $(head -2 "$TMP/stdout")"
    fi
  else
    cat "$TMP/mcs.log"; failures=$((failures + 1))
  fi
fi
finish
