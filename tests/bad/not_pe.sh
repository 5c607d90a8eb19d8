#!/usr/bin/env bash
# Files that are not PE images at all: text, an ELF executable, an empty file, a DOS header
# whose e_lfanew points past the end of the file, and one whose PE signature is wrong.
# Expected: `error: FILE: not a PE file...` (or, for the structurally broken DOS headers, any
# located error), exit code 1.
source "$(dirname "$0")/lib.bash"

printf 'class Hello { static void Main() { } }\n' > "$TMP/source.exe"
check "text file" '^error: .*source\.exe: not a PE' "$TMP/source.exe"

elf=$(type -P true || echo /bin/true)
cp "$elf" "$TMP/elf.exe"
check "ELF executable" '^error: .*elf\.exe: not a PE' "$TMP/elf.exe"

: > "$TMP/empty.exe"
check "empty file" '^error: .*empty\.exe: (not a PE|.*(truncat|too small|too short|empty))' "$TMP/empty.exe"

printf 'MZ' > "$TMP/mz.exe"
check "only MZ" '^error: .*mz\.exe: ' "$TMP/mz.exe"

# A 64-byte DOS header with e_lfanew = 0x7fffff00.
{ printf 'MZ'; head -c 58 /dev/zero; printf '\x00\xff\xff\x7f'; } > "$TMP/lfanew.exe"
check "e_lfanew past end" '^error: .*lfanew\.exe: ' "$TMP/lfanew.exe"

# e_lfanew = 0x40 but the signature there is "NE\0\0" instead of "PE\0\0".
{ printf 'MZ'; head -c 58 /dev/zero; printf '\x40\x00\x00\x00NE\x00\x00'; head -c 256 /dev/zero; } > "$TMP/ne.exe"
check "NE signature" '^error: .*ne\.exe: (not a PE|.*signature)' "$TMP/ne.exe"
finish
