#!/usr/bin/env bash
# record-expected.sh [NAME...] — records tests/programs/NAME.expected (stdout, byte for byte)
# and NAME.exitcode (only when Main's exit code is non-zero) by compiling NAME.cs with
# `mcs -unsafe -r:System.Numerics.dll` (the flags tests/programs.cmake uses) and running
# it under `mono`. Without names, records every program.
#
# Mono is the reference: ilc's corlib must reproduce its output, including the .NET
# Framework-style number formatting Mono uses (15 significant digits for double.ToString(),
# "0" for negative zero, half-away-from-zero rounding in "F" formats). Where Mono itself
# departs from .NET and ECMA-335, the program's first line says
# `// expected-output: written by hand` and its comment says why; it is left alone.
#
# Each program runs twice; differing output means the program is not deterministic and is an
# error. Arguments come from NAME.args (one line, split on spaces), as in tests/run-program.sh.
# The locale is pinned to C.UTF-8 so that Mono uses the invariant culture and UTF-8 output.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$root/tests/programs

if ! command -v mono >/dev/null 2>&1 || ! command -v mcs >/dev/null 2>&1; then
  echo "record-expected: mono and mcs are needed to record expected output; skipping" >&2
  echo "  (install mono-mcs and mono-runtime, e.g. with scripts/install-deps.sh)" >&2
  exit 0
fi
export LC_ALL=C.UTF-8 LANG=C.UTF-8

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/*.cs; do names+=("$(basename "$f" .cs)"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for name in "${names[@]}"; do
  name=${name%.cs}
  src=$dir/$name.cs
  if [ ! -f "$src" ]; then
    echo "record-expected: $src: no such program" >&2; failed=1; continue
  fi
  if head -1 "$src" | grep -q '^// expected-output: written by hand'; then
    echo "record-expected: $name: expected output written by hand (see the program); kept" >&2
    continue
  fi
  if ! mcs -nologo -warn:0 -unsafe -r:System.Numerics.dll -out:"$tmp/$name.exe" "$src" > "$tmp/mcs.log" 2>&1; then
    echo "record-expected: $name: mcs failed:" >&2; cat "$tmp/mcs.log" >&2; failed=1; continue
  fi
  args=()
  [ -f "$dir/$name.args" ] && read -r -a args < "$dir/$name.args"
  start=$(date +%s%N)
  timeout 60 mono "$tmp/$name.exe" "${args[@]}" > "$tmp/out1" 2> "$tmp/err1"
  code=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  timeout 60 mono "$tmp/$name.exe" "${args[@]}" > "$tmp/out2" 2> /dev/null
  code2=$?
  if ! cmp -s "$tmp/out1" "$tmp/out2" || [ "$code" != "$code2" ]; then
    echo "record-expected: $name: output differs between two runs (not deterministic)" >&2
    diff "$tmp/out1" "$tmp/out2" | head -10 >&2
    failed=1; continue
  fi
  if [ "$code" -ge 124 ]; then
    echo "record-expected: $name: mono exited with $code (timeout or signal)" >&2
    head -5 "$tmp/err1" >&2; failed=1; continue
  fi
  cp "$tmp/out1" "$dir/$name.expected"
  if [ "$code" -ne 0 ]; then
    echo "$code" > "$dir/$name.exitcode"
  else
    rm -f "$dir/$name.exitcode"
  fi
  printf '%-24s exit %-3s %6s ms  %6s bytes\n' "$name" "$code" "$ms" "$(wc -c < "$dir/$name.expected")"
done
exit $failed
