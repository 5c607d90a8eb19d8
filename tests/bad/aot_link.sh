#!/usr/bin/env bash
# ilc --aot on a valid program when the link step cannot work: $CC names no program, the
# output is in a directory that does not exist, ILC_LIBDIR holds no runtime library. Each is
# exit code 1 with a message saying what is wrong (no crash), and no executable; the
# temporary object file is removed ($TMPDIR is a private directory, checked empty).
source "$(dirname "$0")/lib.bash"
ILC_BAD_MODE=--aot # lib.bash runs `ILC $ILC_BAD_MODE FILE ARGS`

# expect_empty LABEL DIR — DIR holds no file.
expect_empty() {
  local label=$1 dir=$2 left
  cases=$((cases + 1))
  left=$(ls -A "$dir")
  if [ -n "$left" ]; then
    fail "$label" "left in $dir: ${left//$'\n'/ }"
    return
  fi
  echo "ok   [$label] $dir is empty"
}

hello=$(need_hello) || exit 1
mkdir "$TMP/out" "$TMP/objects" "$TMP/emptylib"

TMPDIR=$TMP/objects CC=/nonexistent/cc \
  check "no C compiler" '^error: .*C compiler.*/nonexistent/cc' "$hello" -o "$TMP/out/hello"
expect_empty "no executable without a C compiler" "$TMP/out"
expect_empty "no object left without a C compiler" "$TMP/objects"

TMPDIR=$TMP/objects \
  check "unwritable output" '^error: .*cannot write.*/nonexistent-dir/x' "$hello" -o /nonexistent-dir/x
expect_empty "no object left for an unwritable output" "$TMP/objects"

TMPDIR=$TMP/objects ILC_LIBDIR=$TMP/emptylib \
  check "no runtime library" "^error: .*$(regex_escape "$TMP/emptylib")/lib(ilrt|ilc_aot_start)\\.a" \
  "$hello" -o "$TMP/out/hello"
expect_empty "no executable without the runtime library" "$TMP/out"
expect_empty "no object left without the runtime library" "$TMP/objects"
finish
