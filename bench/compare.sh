#!/usr/bin/env bash
# compare.sh [BUILD_DIR] — times each bench/programs/NAME.cs under ilc and mono against its
# C twin NAME.c, with one hyperfine invocation per program.
#
#   1. builds: NAME.c with clang -O2 (clang-19 when `clang` is missing), NAME.cs with mcs,
#      into BUILD_DIR/bench/ (BUILD_DIR defaults to build);
#   2. runs every variant once and checks that all print the same output as the C twin; a
#      variant that fails or differs is reported loudly and left out of the timing;
#   3. runs hyperfine once per program over the remaining variants:
#        ilc   BUILD_DIR/ilc $ILC_FLAGS NAME.exe     (ILC_FLAGS defaults to --jit --opt=2)
#        mono  mono NAME.exe                          (when mono is installed)
#        C     ./NAME-c
#      exporting bench/results/NAME-DATE.json and .md;
#   4. writes bench/results/compare-DATE.md: mean times and ratios to the C twin.
#
# Environment: BENCH_WARMUP (default 1), BENCH_RUNS (default 5), BENCH_PROGRAMS (names,
# default all), ILC_FLAGS, CC. Exit status: 0 when every variant ran and matched, 1 otherwise
# (the other variants are still timed and reported).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
build=$(cd "$build" 2>/dev/null && pwd || echo "$build")
warmup=${BENCH_WARMUP:-1}
runs=${BENCH_RUNS:-5}
ilc_flags=${ILC_FLAGS:---jit --opt=2}
date=$(date +%Y-%m-%d)
results=$here/results
work=$build/bench
mkdir -p "$results" "$work"

die() { echo "compare.sh: $*" >&2; exit 2; }

cc=${CC:-}
if [ -z "$cc" ]; then
  if command -v clang > /dev/null 2>&1; then cc=clang
  elif command -v clang-19 > /dev/null 2>&1; then cc=clang-19
  else die "neither clang nor clang-19 found (set CC)"; fi
fi
command -v mcs > /dev/null 2>&1 || die "mcs not found (install mono-mcs)"
command -v hyperfine > /dev/null 2>&1 || die "hyperfine not found (install hyperfine)"
have_mono=0
command -v mono > /dev/null 2>&1 && have_mono=1
ilc=$build/ilc
[ -x "$ilc" ] || echo "compare.sh: warning: $ilc not built; ilc will be reported as failing" >&2

if [ -n "${BENCH_PROGRAMS:-}" ]; then
  read -r -a programs <<< "$BENCH_PROGRAMS"
else
  programs=()
  for f in "$here"/programs/*.cs; do programs+=("$(basename "$f" .cs)"); done
fi

# mean_of JSON NAME — the mean time (seconds) of command NAME in a hyperfine JSON export.
mean_of() {
  awk -v want="$2" '
    /"command":/ { s = $0; sub(/^[^:]*: *"/, "", s); sub(/",? *$/, "", s); cur = s }
    /"mean":/ && cur == want { s = $0; sub(/^[^:]*: */, "", s); sub(/,? *$/, "", s); print s; exit }
  ' "$1"
}

status=0
summary=()
problems=()
for name in "${programs[@]}"; do
  echo "=== $name"
  src_c=$here/programs/$name.c src_cs=$here/programs/$name.cs
  [ -f "$src_c" ] && [ -f "$src_cs" ] || { problems+=("$name: missing $name.c or $name.cs"); status=1; continue; }
  if ! "$cc" -O2 -o "$work/$name-c" "$src_c" -lm; then
    problems+=("$name: $cc failed on $name.c"); status=1; continue
  fi
  if ! mcs -nologo -warn:0 -unsafe -out:"$work/$name.exe" "$src_cs"; then
    problems+=("$name: mcs failed on $name.cs"); status=1; continue
  fi

  # Reference output from the C twin.
  if ! "$work/$name-c" > "$work/$name.c.out" 2> "$work/$name.c.err"; then
    problems+=("$name: the C twin failed"); status=1; continue
  fi
  names=() cmds=()
  # try_variant LABEL CMD... — runs once, keeps the variant when its output matches C's.
  try_variant() {
    local label=$1 out=$work/$name.$1.out err=$work/$name.$1.err code
    shift
    timeout 600 "$@" > "$out" 2> "$err"
    code=$?
    if [ $code -ne 0 ]; then
      echo "!!! $label FAILED on $name (exit code $code); stderr:"
      head -5 "$err" | sed 's/^/    /'
      problems+=("$name: $label failed (exit code $code)"); status=1
      return
    fi
    if ! cmp -s "$out" "$work/$name.c.out"; then
      echo "!!! $label prints different output from the C twin on $name:"
      diff "$work/$name.c.out" "$out" | head -10 | sed 's/^/    /'
      problems+=("$name: $label output differs from C"); status=1
      return
    fi
    names+=("$label")
    cmds+=("$(printf '%q ' "$@")")
  }
  # shellcheck disable=SC2086
  try_variant ilc "$ilc" $ilc_flags "$work/$name.exe"
  [ $have_mono -eq 1 ] && try_variant mono mono "$work/$name.exe"
  names+=("C") cmds+=("$(printf '%q' "$work/$name-c")")

  hf_args=(--warmup "$warmup" --runs "$runs" --style basic
           --export-json "$results/$name-$date.json" --export-markdown "$results/$name-$date.md")
  for i in "${!names[@]}"; do hf_args+=(--command-name "${names[$i]}" "${cmds[$i]}"); done
  if ! hyperfine "${hf_args[@]}" > "$work/$name.hyperfine.log" 2>&1; then
    cat "$work/$name.hyperfine.log"
    problems+=("$name: hyperfine failed"); status=1; continue
  fi
  grep -E "Time \(mean|^Benchmark" "$work/$name.hyperfine.log" | sed 's/^/  /'

  c_mean=$(mean_of "$results/$name-$date.json" C)
  row="| $name | $(printf '%.3f' "$c_mean")"
  line="  ratios to C:"
  for v in ilc mono; do
    m=$(mean_of "$results/$name-$date.json" "$v")
    if [ -n "$m" ]; then
      r=$(awk -v a="$m" -v b="$c_mean" 'BEGIN { printf "%.2f", a / b }')
      row="$row | $(printf '%.3f' "$m") | ${r}x"
      line="$line $v ${r}x"
    else
      row="$row | failed | -"
      [ "$v" = mono ] && [ $have_mono -eq 0 ] && row="${row% | failed | -} | not installed | -"
      line="$line $v n/a"
    fi
  done
  echo "$line"
  summary+=("$row |")
done

report=$results/compare-$date.md
{
  echo "# ilc vs mono vs C — $date"
  echo
  echo "Mean wall time in seconds over $runs runs after $warmup warm-up run(s) (hyperfine), and"
  echo "the ratio to the C twin compiled with \`$cc -O2\` (lower is better)."
  echo "ilc runs as \`ilc $ilc_flags\`. Host: $(uname -srm), $(nproc) CPUs."
  echo
  echo "| program | C (s) | ilc (s) | ilc / C | mono (s) | mono / C |"
  echo "|---|---|---|---|---|---|"
  for row in "${summary[@]}"; do echo "$row"; done
  if [ ${#problems[@]} -gt 0 ]; then
    echo
    echo "Problems:"
    for p in "${problems[@]}"; do echo "- $p"; done
  fi
  echo
  echo "Per-program hyperfine exports: \`<program>-$date.json\` and \`.md\` in this folder."
} > "$report"

echo
cat "$report"
echo
echo "written: $report"
if [ $status -ne 0 ]; then
  echo "compare.sh: some variants failed or printed different output (see Problems above)" >&2
fi
exit $status
