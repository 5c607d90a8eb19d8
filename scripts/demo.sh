#!/usr/bin/env bash
# demo.sh BUILD_DIR — what `make demo` shows: the examples compiled with mcs, then run by ilc
# in every execution mode it has (and by mono, for reference), each run labelled and timed.
#
#   examples/hello.cs    a greeting, a virtual call, formatting
#   examples/nbody.cs    a floating-point hot loop (5,000,000 steps), where --opt matters
#
# Modes: JIT tiered (the default), and pinned at --opt=0 and --opt=2; AOT (`ilc --aot X.exe -o X`) and R2R
# (`ilc --r2r X.exe -o X.r2r`, then `ilc --run X.r2r`) are shown as "not available yet" until
# `ilc --help` lists them. Exit status: 0 when every available mode ran every example.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
ilc=$build/ilc
out=$build/examples
mkdir -p "$out"
status=0

bold=""; plain=""
if [ -t 1 ]; then bold=$(printf '\033[1m'); plain=$(printf '\033[0m'); fi
banner() { printf '\n%s== %s ==%s\n' "$bold" "$*" "$plain"; }

# run LABEL CMD... — runs CMD with its output indented, then prints its wall time.
run() {
  local label=$1 start end code
  shift
  printf '%s-- %s%s\n   $ %s\n' "$bold" "$label" "$plain" "$*"
  start=$(date +%s%N)
  "$@" 2>&1 | sed 's/^/   | /'
  code=${PIPESTATUS[0]}
  end=$(date +%s%N)
  if [ "$code" -eq 0 ]; then
    printf '   %s: %d ms\n' "$label" $(((end - start) / 1000000))
  else
    printf '   %s: FAILED with exit code %d (after %d ms)\n' "$label" "$code" $(((end - start) / 1000000))
    status=1
  fi
}

command -v mcs > /dev/null 2>&1 || { echo "demo: mcs not found (run: make deps)" >&2; exit 1; }
have_mono=0
command -v mono > /dev/null 2>&1 && have_mono=1
have_ilc=0
[ -x "$ilc" ] && have_ilc=1
ilc_help=""
[ $have_ilc -eq 1 ] && ilc_help=$("$ilc" --help 2>&1)
# A mode exists when --help lists it as an option line ("  --aot ..."), not merely mentions it.
has_mode() { printf '%s\n' "$ilc_help" | grep -qE -- "^  $1( |\$)"; }

banner "ilc demo"
echo "ilc:  $ilc$([ $have_ilc -eq 1 ] || echo ' (NOT BUILT: run make build)')"
echo "mcs:  $(mcs --version 2>/dev/null | head -1)"
echo "mono: $([ $have_mono -eq 1 ] && mono --version | head -1 || echo 'not installed (reference runs skipped)')"
echo "modes available:"
echo "  JIT, Tier0 (--jit --opt=0):  $([ $have_ilc -eq 1 ] && echo yes || echo 'no (ilc not built)')"
echo "  JIT, optimised (--opt=2):    $([ $have_ilc -eq 1 ] && echo yes || echo 'no (ilc not built)')"
echo "  AOT (--aot):                 $(has_mode --aot && echo yes || echo 'not available yet')"
echo "  R2R (--r2r, --run):          $(has_mode --r2r && echo yes || echo 'not available yet')"

declare -A example_args=([hello]="" [nbody]="5000000")
for name in hello nbody; do
  banner "examples/$name.cs"
  if ! mcs -nologo -warn:0 -out:"$out/$name.exe" "$root/examples/$name.cs"; then
    echo "demo: mcs failed on examples/$name.cs"; status=1; continue
  fi
  read -r -a args <<< "${example_args[$name]}"
  exe=$out/$name.exe
  if [ $have_ilc -eq 1 ]; then
    run "ilc --jit (tiered)" "$ilc" --jit "$exe" "${args[@]}"
    run "ilc --jit --opt=0" "$ilc" --jit --opt=0 "$exe" "${args[@]}"
    run "ilc --jit --opt=2" "$ilc" --jit --opt=2 "$exe" "${args[@]}"
    if has_mode --aot; then
      run "ilc --aot (compile)" "$ilc" --aot "$exe" -o "$out/$name"
      [ -x "$out/$name" ] && run "AOT executable" "$out/$name" "${args[@]}"
    else
      echo "-- AOT: not available yet (ilc has no --aot mode)"
    fi
    if has_mode --r2r; then
      run "ilc --r2r (compile)" "$ilc" --r2r "$exe" -o "$out/$name.r2r"
      [ -f "$out/$name.r2r" ] && run "ilc --run (R2R image)" "$ilc" --run "$out/$name.r2r" "${args[@]}"
    else
      echo "-- R2R: not available yet (ilc has no --r2r mode)"
    fi
  else
    echo "-- ilc: not built, nothing to run (make build)"
    status=1
  fi
  if [ $have_mono -eq 1 ]; then
    run "mono (reference)" mono "$exe" "${args[@]}"
  fi
done

echo
[ $status -eq 0 ] && echo "demo: done" || echo "demo: some runs failed (see above)"
exit $status
