# lib.bash — shared by tests/runtime/*.sh (not a test itself: CMake globs *.sh). A test is
# run as `bash X.sh ILC BUILD_DIR SOURCE_DIR`; it writes its C# program to $tmp/NAME.cs,
# calls `build NAME` (mcs, then an R2R image and an AOT executable of it), checks cases
# with its own helper (counting failures in $failures), and ends with `finish`.
set -u
ilc=$1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ilc-runtime.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0

# build NAME — $tmp/NAME.exe, $tmp/NAME.r2r and the executable $tmp/NAME from $tmp/NAME.cs.
build() {
  local name=$1
  if ! (cd "$tmp" && mcs -nologo -out:"$name.exe" "$name.cs" > mcs.log 2>&1); then
    echo "FAIL mcs:"; cat "$tmp/mcs.log"; exit 1
  fi
  timeout 300 "$ilc" --r2r "$tmp/$name.exe" -o "$tmp/$name.r2r" 2> "$tmp/r2r.log" ||
    { echo "FAIL ilc --r2r:"; head -20 "$tmp/r2r.log"; exit 1; }
  timeout 300 "$ilc" --aot "$tmp/$name.exe" -o "$tmp/$name" 2> "$tmp/aot.log" ||
    { echo "FAIL ilc --aot:"; head -20 "$tmp/aot.log"; exit 1; }
}

finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures case(s) failed"
    exit 1
  fi
  echo "all cases passed"
}
