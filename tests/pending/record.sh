#!/usr/bin/env bash
# record.sh [NAME...] — tests/pending copy of scripts/record-expected.sh.
# Records NAME.expected (stdout, byte for byte) and NAME.exitcode (only when non-zero) by
# compiling NAME.cs with `mcs -nologo -warn:0 -unsafe -r:System.Numerics.dll` (or il/NAME.il
# with `ilasm -quiet`) and running it under `mono` twice (differing output = not
# deterministic = error).
# Without names, records every tests/pending/*.cs and tests/pending/il/*.il.
# Names may be given as NAME, NAME.cs, or il/NAME(.il).
set -u
dir=$(cd "$(dirname "$0")" && pwd)
export LC_ALL=C.UTF-8 LANG=C.UTF-8

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$dir"/*.cs; do names+=("$(basename "$f" .cs)"); done
  for f in "$dir"/il/*.il; do [ -f "$f" ] && names+=("il/$(basename "$f" .il)"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
for name in "${names[@]}"; do
  name=${name%.cs}; name=${name%.il}
  base=$dir/$name
  exe=$tmp/$(basename "$name").exe
  if [ -f "$base.cs" ]; then
    if ! mcs -nologo -warn:0 -unsafe -r:System.Numerics.dll -out:"$exe" "$base.cs" > "$tmp/log" 2>&1; then
      echo "record: $name: mcs failed:" >&2; cat "$tmp/log" >&2; failed=1; continue
    fi
  elif [ -f "$base.il" ]; then
    if ! ilasm -quiet -output:"$exe" "$base.il" > "$tmp/log" 2>&1; then
      echo "record: $name: ilasm failed:" >&2; cat "$tmp/log" >&2; failed=1; continue
    fi
  else
    echo "record: $base.cs/.il: no such program" >&2; failed=1; continue
  fi
  args=()
  [ -f "$base.args" ] && read -r -a args < "$base.args"
  start=$(date +%s%N)
  timeout 60 mono "$exe" "${args[@]}" > "$tmp/out1" 2> "$tmp/err1"
  code=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  timeout 60 mono "$exe" "${args[@]}" > "$tmp/out2" 2> /dev/null
  code2=$?
  if ! cmp -s "$tmp/out1" "$tmp/out2" || [ "$code" != "$code2" ]; then
    echo "record: $name: output differs between two runs (not deterministic)" >&2
    diff "$tmp/out1" "$tmp/out2" | head -10 >&2
    failed=1; continue
  fi
  if [ "$code" -ge 124 ]; then
    echo "record: $name: mono exited with $code (timeout or signal)" >&2
    head -5 "$tmp/err1" >&2; failed=1; continue
  fi
  cp "$tmp/out1" "$base.expected"
  if [ "$code" -ne 0 ]; then
    echo "$code" > "$base.exitcode"
  else
    rm -f "$base.exitcode"
  fi
  printf '%-28s exit %-3s %6s ms  %6s bytes\n' "$name" "$code" "$ms" "$(wc -c < "$base.expected")"
done
exit $failed
