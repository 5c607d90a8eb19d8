#!/usr/bin/env bash
# PE images that are not (valid) CLI assemblies, made from hello.exe: the CLI header data
# directory (optional header data directory 14, ECMA-335 II.25.2.3.3) zeroed; pointing at an
# RVA outside every section; and the CLI header's metadata directory pointing outside the file.
source "$(dirname "$0")/lib.bash"
hello=$(need_hello) || exit 1
pe_layout "$hello" || { echo "FAIL: hello.exe does not have the expected layout"; exit 1; }

cp "$hello" "$TMP/nocli.exe"
poke "$TMP/nocli.exe" $((opt + 208)) 00 00 00 00 00 00 00 00
check "no CLI header" '^error: .*nocli\.exe: .*(CLI|CLR|COR20|\.NET|managed|assembly)' "$TMP/nocli.exe"

cp "$hello" "$TMP/cliout.exe"
poke "$TMP/cliout.exe" $((opt + 208)) 00 00 f0 7f
check "CLI header RVA outside sections" '^error: .*cliout\.exe: ' "$TMP/cliout.exe"

cp "$hello" "$TMP/mdout.exe"
poke "$TMP/mdout.exe" $((cli_off + 8)) 00 00 00 70
check "metadata RVA outside sections" '^error: .*mdout\.exe: .*(metadata|RVA|range|section)' "$TMP/mdout.exe"

cp "$hello" "$TMP/mdsize.exe"
poke "$TMP/mdsize.exe" $((cli_off + 12)) 00 00 00 10
check "metadata size past end" '^error: .*mdsize\.exe: .*(metadata|size|range|truncat|section)' "$TMP/mdsize.exe"
finish
