#!/usr/bin/env bash
# hello.exe truncated at many lengths, each cutting off data that ilc needs (headers, section
# table, CLI header, metadata root, stream headers, tables, heaps). Every one must give
# `error: FILE: ...` and exit 1: never a crash, a hang or an out-of-bounds read.
source "$(dirname "$0")/lib.bash"
hello=$(need_hello) || exit 1
pe_layout "$hello" || { echo "FAIL: hello.exe does not have the expected layout"; exit 1; }

lengths=(0 1 2 32 59 60 63 64 100 $((lfanew + 2)) $((lfanew + 4)) $((lfanew + 23)) $((lfanew + 60))
         $((opt + 100)) $((opt + 212)) $((sect + 20)) $((sect + 40 * nsec - 1)) 512
         $((cli_off + 4)) $((cli_off + 10)) $((md_off + 3)) $((md_off + 14)) $((md_off + 30))
         $((tilde_off + 10)) $((tilde_off + 30)) $((tables_off + 5)) $((tables_off + 40))
         $((tilde_off + tilde_size - 2)) $((strings_off + 10)) $((strings_off + strings_size - 1)))
for n in "${lengths[@]}"; do
  head -c "$n" "$hello" > "$TMP/trunc_$n.exe"
  check "truncated at $n bytes" "^error: .*trunc_$n\\.exe: " "$TMP/trunc_$n.exe"
done
finish
