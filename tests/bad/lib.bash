# lib.bash — shared by the bad-input tests (tests/bad/*.sh; this file is not a test itself,
# CMake only globs *.sh). Each test is run as `bash tests/bad/X.sh ILC BUILD_DIR SOURCE_DIR`,
# feeds ilc broken input, and checks that ilc
#   - finishes within $ILC_BAD_TIMEOUT seconds (default 20): no hang,
#   - is not killed by a signal (exit code < 128): no crash,
#   - exits with exactly 1,
#   - prints an error on stderr matching an extended regex: strict on location (file, table and
#     row, method and IL offset), flexible on wording.
# A test script calls `check` once per case and ends with `finish`, which exits non-zero when
# any case failed. ilc is invoked as `ILC $ILC_BAD_MODE FILE` (default mode: --jit).
# Programs that are valid but use what ilc lacks run to an expected end in every mode
# (`check_run`).
set -u

if [ $# -lt 3 ]; then
  echo "usage: bash $0 ILC BUILD_DIR SOURCE_DIR" >&2
  exit 2
fi
ILC=$1
BUILD=$2
SRC=$3
ILC_BAD_MODE=${ILC_BAD_MODE:---jit}
ILC_BAD_TIMEOUT=${ILC_BAD_TIMEOUT:-20}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ilc-bad.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
failures=0
cases=0

if [ ! -x "$ILC" ]; then
  echo "FAIL: ilc not found or not executable: $ILC"
  exit 1
fi

# run_ilc FILE [ARGS...] — runs ilc on FILE; sets $code and leaves stderr in $TMP/stderr.
run_ilc() {
  local file=$1
  shift
  # shellcheck disable=SC2086 # ILC_BAD_MODE may hold several flags
  timeout -k 5 "$ILC_BAD_TIMEOUT" "$ILC" $ILC_BAD_MODE "$file" "$@" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null
  code=$?
}

# run_mode MODE FILE — runs FILE's program the way MODE does it: jit (`ilc --jit`), aot
# (`ilc --aot`, then the executable) or r2r (`ilc --r2r`, then `ilc --run` on the image).
# The compiler's exit code is left in $compile_code and its stderr in $TMP/compile.stderr
# (both empty for jit); a failed compile sets $code to it and runs nothing. Otherwise sets
# $code, $TMP/stdout and $TMP/stderr as run_ilc does.
run_mode() {
  local mode=$1 file=$2 out=$TMP/program.$1
  compile_code=0
  : > "$TMP/compile.stderr"
  if [ "$mode" != jit ]; then
    timeout -k 5 "$ILC_BAD_TIMEOUT" "$ILC" "--$mode" "$file" -o "$out" > /dev/null 2> "$TMP/compile.stderr" < /dev/null
    compile_code=$?
    if [ "$compile_code" -ne 0 ]; then
      code=$compile_code
      : > "$TMP/stdout"
      cp "$TMP/compile.stderr" "$TMP/stderr"
      return
    fi
  fi
  case $mode in
    jit) timeout -k 5 "$ILC_BAD_TIMEOUT" "$ILC" --jit "$file" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null ;;
    aot) timeout -k 5 "$ILC_BAD_TIMEOUT" "$out" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null ;;
    r2r) timeout -k 5 "$ILC_BAD_TIMEOUT" "$ILC" --run "$out" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null ;;
  esac
  code=$?
}

# check_run LABEL MODE FILE CODE EXPECTED [STDERR_REGEX] — run_mode, then expects exit code
# CODE, stdout exactly EXPECTED (a string, lines separated by newlines) and, when given,
# stderr matching STDERR_REGEX (grep -E).
check_run() {
  local label="$1 ($2)" mode=$2 file=$3 want=$4 expected=$5 regex=${6:-}
  cases=$((cases + 1))
  run_mode "$mode" "$file"
  if [ "$compile_code" -ne 0 ]; then
    fail "$label" "ilc --$mode failed to compile: $(describe_code "$compile_code")"
    return
  fi
  if [ "$code" -ne "$want" ]; then
    fail "$label" "expected exit code $want, got $(describe_code "$code"); stdout: $(head -5 "$TMP/stdout")"
    return
  fi
  if [ "$(cat "$TMP/stdout")" != "$expected" ]; then
    fail "$label" "stdout differs from the expected:$(diff <(printf '%s\n' "$expected") "$TMP/stdout" | sed 's/^/  /')"
    return
  fi
  if [ -n "$regex" ] && ! grep -Eq -- "$regex" "$TMP/stderr"; then
    fail "$label" "stderr does not match /$regex/"
    return
  fi
  echo "ok   [$label] exit code $code, $(wc -l < "$TMP/stdout") lines as expected"
}

# describe_code CODE — a human description of an exit status.
describe_code() {
  case $1 in
    124 | 137) echo "timed out after ${ILC_BAD_TIMEOUT}s (hang?)" ;;
    *) if [ "$1" -gt 128 ]; then echo "killed by signal $(($1 - 128)) ($(kill -l $(($1 - 128)) 2>/dev/null))"
       else echo "exit code $1"; fi ;;
  esac
}

# fail LABEL MESSAGE — records a failed case and shows ilc's stderr.
fail() {
  failures=$((failures + 1))
  echo "FAIL [$1]: $2"
  if [ -s "$TMP/stderr" ]; then
    echo "  --- ilc stderr (first 10 lines):"
    head -10 "$TMP/stderr" | sed 's/^/  | /'
  else
    echo "  --- ilc stderr is empty"
  fi
}

# check LABEL REGEX FILE [ARGS...] — expects exit code 1 and stderr matching REGEX (grep -E).
check() {
  local label=$1 regex=$2 file=$3
  shift 3
  cases=$((cases + 1))
  run_ilc "$file" "$@"
  if [ "$code" -ne 1 ]; then
    fail "$label" "expected exit code 1, got $(describe_code "$code")"
    return
  fi
  if ! grep -Eq -- "$regex" "$TMP/stderr"; then
    fail "$label" "stderr does not match /$regex/"
    return
  fi
  echo "ok   [$label] $(grep -E -m1 -- "$regex" "$TMP/stderr" | cut -c1-160)"
}

# check_no_crash LABEL FILE — for inputs that may or may not be valid (random mutations):
# exit code 0 or 1 is fine (1 must come with an "error:" line), a signal or a hang is not.
check_no_crash() {
  local label=$1 file=$2
  cases=$((cases + 1))
  run_ilc "$file"
  case $code in
    0) echo "ok   [$label] accepted (exit 0)" ;;
    1) if grep -q "error: " "$TMP/stderr" || grep -q "Unhandled exception" "$TMP/stderr"; then
         echo "ok   [$label] $(head -1 "$TMP/stderr" | cut -c1-160)"
       else
         fail "$label" "exit code 1 without an 'error: ' message"
       fi ;;
    *) fail "$label" "expected exit code 0 or 1, got $(describe_code "$code")" ;;
  esac
}

# need_exe PATH — PATH must exist (built by the CMake wiring). For BUILD/tests/il/NAME.exe a
# missing file is assembled here from SRC/tests/il/NAME.il when ilasm is available; prints
# the path to use.
need_exe() {
  local path=$1 name
  if [ -f "$path" ]; then echo "$path"; return 0; fi
  name=$(basename "$path" .exe)
  if [ -f "$SRC/tests/il/$name.il" ] && command -v ilasm > /dev/null 2>&1; then
    if ilasm -quiet -output:"$TMP/$name.exe" "$SRC/tests/il/$name.il" > "$TMP/ilasm.log" 2>&1; then
      echo "$TMP/$name.exe"
      return 0
    fi
    cat "$TMP/ilasm.log" >&2
  fi
  echo "FAIL: missing test input $path (build the test_assemblies target; .il inputs need ilasm)" >&2
  return 1
}

# il_case LABEL NAME REGEX — runs check on BUILD/tests/il/NAME.exe.
il_case() {
  local label=$1 name=$2 regex=$3 exe
  if ! exe=$(need_exe "$BUILD/tests/il/$name.exe"); then
    cases=$((cases + 1)); failures=$((failures + 1))
    return
  fi
  check "$label" "$regex" "$exe"
}

# le32 FILE OFFSET — the little-endian uint32 at OFFSET in FILE, in decimal.
le32() { od -An -tu4 -j "$2" -N4 --endian=little "$1" | tr -d ' '; }
le16() { od -An -tu2 -j "$2" -N2 --endian=little "$1" | tr -d ' '; }
u8() { od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '; }

# poke FILE OFFSET BYTE... — overwrites bytes (given as two hex digits each) at OFFSET.
poke() {
  local file=$1 off=$2 b esc=""
  shift 2
  for b in "$@"; do esc="$esc\\x$b"; done
  printf "$esc" | dd of="$file" bs=1 seek="$off" conv=notrunc status=none
}

# random_bytes SEED COUNT — COUNT deterministic pseudo-random bytes on stdout (awk's srand
# is deterministic per awk implementation; the test only needs the same bytes on every run).
random_bytes() {
  local seed=$1 count=$2
  printf '%b' "$(LC_ALL=C awk -v seed="$seed" -v n="$count" 'BEGIN {
    x = seed % 2147483647; if (x <= 0) x += 2147483646
    for (i = 0; i < n; i++) { x = (x * 16807) % 2147483647; printf "\\0%03o", x % 256 }
  }')"
}

# regex_escape STRING — STRING with ERE metacharacters escaped, for use inside a pattern.
regex_escape() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }

# need_hello — path of a valid assembly to corrupt: BUILD/tests/programs/hello.exe, or compiled
# here from SRC/tests/programs/hello.cs when mcs is available.
need_hello() {
  local exe=$BUILD/tests/programs/hello.exe
  if [ -f "$exe" ]; then echo "$exe"; return 0; fi
  if command -v mcs > /dev/null 2>&1 &&
     mcs -nologo -warn:0 -unsafe -out:"$TMP/hello.exe" "$SRC/tests/programs/hello.cs" > /dev/null 2>&1; then
    echo "$TMP/hello.exe"; return 0
  fi
  echo "FAIL: missing $exe (build the test_assemblies target first)" >&2
  return 1
}

# pe_layout FILE — parses just enough of a PE/CLI file (ECMA-335 II.25 and II.24) to find the
# metadata, and sets: lfanew opt nsec sect cli_off md_off, tilde_off tilde_size tilde_hdr
# (the #~ stream and its stream header), strings_off strings_size, heap_sizes valid
# tables_off (first row of the first table), and rows[T] for every table T (0 when absent).
# Returns non-zero (with a message) when FILE does not have the expected shape.
pe_layout() {
  local f=$1 i nstreams p name off size ver_len
  lfanew=$(le32 "$f" 60)
  [ "$(le32 "$f" "$lfanew")" = 17744 ] || { echo "pe_layout: no PE signature" >&2; return 1; }
  nsec=$(le16 "$f" $((lfanew + 6)))
  opt=$((lfanew + 24))
  [ "$(le16 "$f" "$opt")" = 267 ] || { echo "pe_layout: not PE32" >&2; return 1; }
  sect=$((opt + $(le16 "$f" $((lfanew + 20)))))
  cli_off=$(rva2off "$f" "$(le32 "$f" $((opt + 208)))") || return 1
  md_off=$(rva2off "$f" "$(le32 "$f" $((cli_off + 8)))") || return 1
  [ "$(le32 "$f" "$md_off")" = 1112167234 ] || { echo "pe_layout: no BSJB" >&2; return 1; }
  ver_len=$(le32 "$f" $((md_off + 12)))
  p=$((md_off + 16 + ver_len))
  nstreams=$(le16 "$f" $((p + 2)))
  p=$((p + 4))
  tilde_off=""; strings_off=""
  for ((i = 0; i < nstreams; i++)); do
    off=$(le32 "$f" "$p"); size=$(le32 "$f" $((p + 4)))
    name=$(dd if="$f" bs=1 skip=$((p + 8)) count=32 status=none | tr '\0' '\n' | head -1)
    case $name in
      "#~") tilde_off=$((md_off + off)); tilde_size=$size; tilde_hdr=$p ;;
      "#Strings") strings_off=$((md_off + off)); strings_size=$size ;;
    esac
    p=$((p + 8 + (${#name} + 4) / 4 * 4))
  done
  [ -n "$tilde_off" ] && [ -n "$strings_off" ] || { echo "pe_layout: no #~ or #Strings" >&2; return 1; }
  heap_sizes=$(u8 "$f" $((tilde_off + 6)))
  valid=$(( $(le32 "$f" $((tilde_off + 8))) | ($(le32 "$f" $((tilde_off + 12))) << 32) ))
  rows=()
  p=$((tilde_off + 24))
  for ((i = 0; i < 64; i++)); do
    if (( (valid >> i) & 1 )); then rows[$i]=$(le32 "$f" "$p"); p=$((p + 4)); else rows[$i]=0; fi
  done
  tables_off=$p
}

# rva2off FILE RVA — file offset of RVA through the section table (needs $sect, $nsec).
rva2off() {
  local f=$1 rva=$2 i s va vsize raw
  for ((i = 0; i < nsec; i++)); do
    s=$((sect + 40 * i))
    vsize=$(le32 "$f" $((s + 8))); va=$(le32 "$f" $((s + 12))); raw=$(le32 "$f" $((s + 20)))
    if [ "$rva" -ge "$va" ] && [ "$rva" -lt $((va + vsize)) ]; then echo $((rva - va + raw)); return 0; fi
  done
  echo "rva2off: RVA $rva is in no section" >&2
  return 1
}

# finish — summary and exit status.
finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures of $cases cases failed"
    exit 1
  fi
  echo "all $cases cases passed"
  exit 0
}
