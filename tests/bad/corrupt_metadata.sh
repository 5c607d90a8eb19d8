#!/usr/bin/env bash
# hello.exe with its metadata corrupted in precise places (ECMA-335 II.24.2 and II.22). Rows
# are located by parsing the #~ stream; with small heaps and tables every index is 2 bytes,
# which the script checks first. Where a single row is corrupted, the error must name the
# table and row: `metadata table TypeDef row 2: ...`.
source "$(dirname "$0")/lib.bash"
hello=$(need_hello) || exit 1
pe_layout "$hello" || { echo "FAIL: hello.exe does not have the expected layout"; exit 1; }

# Preconditions for the fixed row sizes below.
for t in 0 1 2 3 4 5 6 7 8 9 10; do
  if [ "${rows[$t]}" -ge 2048 ]; then echo "FAIL: precondition: table $t has ${rows[$t]} rows"; exit 1; fi
done
if [ "$heap_sizes" -ne 0 ] || [ "${rows[2]}" -lt 2 ] || [ "${rows[6]}" -lt 1 ] || [ "${rows[10]}" -lt 1 ]; then
  echo "FAIL: precondition: hello.exe has heap sizes $heap_sizes, ${rows[2]} TypeDefs, ${rows[6]} MethodDefs"
  exit 1
fi
# Row sizes of tables 0x00..0x0A with 2-byte heap, table and coded indexes (II.22).
rowsize=(10 6 14 2 6 2 14 2 6 4 6)
table_start() { # TABLE
  local off=$tables_off t
  for ((t = 0; t < $1; t++)); do off=$((off + rows[t] * rowsize[t])); done
  echo $off
}
typedef2=$(( $(table_start 2) + 14 ))   # TypeDef row 2: the class Hello (row 1 is <Module>)
methoddef1=$(table_start 6)
memberref=$(table_start 10)

corrupt() { # NAME OFFSET BYTE... — a copy of hello.exe named NAME.exe with bytes patched
  local name=$1 off=$2
  shift 2
  cp "$hello" "$TMP/$name.exe"
  poke "$TMP/$name.exe" "$off" "$@"
  echo "$TMP/$name.exe"
}

f=$(corrupt typedef_name $((typedef2 + 4)) ff ff)
check "TypeDef row 2 name index" '^error: .*typedef_name\.exe: .*metadata table TypeDef row 2\b' "$f"

f=$(corrupt typedef_methods $((typedef2 + 12)) ff 7f)
check "TypeDef row 2 method list" '^error: .*typedef_methods\.exe: .*metadata table TypeDef row 2\b' "$f"

f=$(corrupt typedef_extends $((typedef2 + 8)) fd ff)
check "TypeDef row 2 extends" '^error: .*typedef_extends\.exe: .*metadata table TypeDef row 2\b' "$f"

f=$(corrupt methoddef_name $((methoddef1 + 8)) ff ff)
check "MethodDef row 1 name index" '^error: .*methoddef_name\.exe: .*metadata table MethodDef row 1\b' "$f"

f=$(corrupt methoddef_sig $((methoddef1 + 10)) ff ff)
check "MethodDef row 1 signature index" '^error: .*methoddef_sig\.exe: .*metadata table MethodDef row 1\b' "$f"

# Every MemberRef's class (MemberRefParent coded index) points at TypeRef row 0x1fff.
cp "$hello" "$TMP/memberref_class.exe"
for ((r = 0; r < rows[10]; r++)); do poke "$TMP/memberref_class.exe" $((memberref + 6 * r)) f9 ff; done
check "MemberRef class" '^error: .*memberref_class\.exe: .*metadata table MemberRef row [0-9]+' "$TMP/memberref_class.exe"

# Every method body RVA points far outside the image.
cp "$hello" "$TMP/method_rva.exe"
for ((r = 0; r < rows[6]; r++)); do poke "$TMP/method_rva.exe" $((methoddef1 + 14 * r)) 00 00 00 70; done
check "MethodDef RVA" '^error: .*method_rva\.exe: .*(metadata table MethodDef row [0-9]+|Hello::)' "$TMP/method_rva.exe"

# Structural damage: the tables no longer fit the stream, an undefined table is marked
# present, the #~ stream lies outside the metadata, the metadata signature is wrong.
f=$(corrupt typedef_rows $((tilde_off + 24 + 8)) ff ff ff 00)
check "TypeDef row count" '^error: .*typedef_rows\.exe: .*(TypeDef|table|stream|#~)' "$f"

f=$(corrupt undefined_table $((tilde_off + 8 + 7)) 80)
check "undefined table present" '^error: .*undefined_table\.exe: .*(table|#~|metadata)' "$f"

f=$(corrupt stream_offset "$tilde_hdr" 00 00 00 01)
check "#~ stream offset" '^error: .*stream_offset\.exe: .*(stream|#~|metadata)' "$f"

f=$(corrupt stream_size $((tilde_hdr + 4)) 00 00 00 01)
check "#~ stream size" '^error: .*stream_size\.exe: .*(stream|#~|metadata)' "$f"

f=$(corrupt bad_bsjb "$md_off" 58 58 58 58)
check "metadata signature" '^error: .*bad_bsjb\.exe: .*(metadata|signature|BSJB)' "$f"

f=$(corrupt heap_sizes $((tilde_off + 6)) 07)
check "heap sizes flag" '^error: .*heap_sizes\.exe: ' "$f"
finish
