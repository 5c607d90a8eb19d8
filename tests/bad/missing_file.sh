#!/usr/bin/env bash
# Inputs that cannot be opened or read: a path that does not exist (the exact message is
# `error: nosuch.exe: cannot open: No such file or directory`), one in a missing directory,
# and a directory given as the program.
source "$(dirname "$0")/lib.bash"

check "missing file" '^error: .*nosuch\.exe: cannot open: No such file or directory' "$TMP/nosuch.exe"
check "missing directory" '^error: .*nodir/nosuch\.exe: cannot open: No such file or directory' "$TMP/nodir/nosuch.exe"
mkdir "$TMP/adir.exe"
check "directory" '^error: .*adir\.exe: ' "$TMP/adir.exe"
finish
