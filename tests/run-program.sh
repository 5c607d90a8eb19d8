#!/usr/bin/env bash
# run-program.sh MODE ILC PROG.exe BASE — runs PROG.exe under MODE and compares its stdout
# and exit code byte for byte with BASE.expected and BASE.exitcode (0 when absent).
# Arguments come from BASE.args (one line, split on spaces) when it exists.
# The same runner serves every mode; a mode is just how ilc is invoked.
set -u
mode=$1 ilc=$2 exe=$3 base=$4
args=()
[ -f "$base.args" ] && read -r -a args < "$base.args"
case "$mode" in
  jit-O0) cmd=("$ilc" --jit --opt=0 --verify "$exe") ;; # every method at Tier0, IR verified
  jit-O2) cmd=("$ilc" --jit --opt=2 "$exe") ;;          # every method at Tier1, no tiering
  jit-tiered) cmd=("$ilc" --jit "$exe") ;;              # the default: Tier0, hot methods to Tier1
  jit-stress) cmd=("$ilc" --jit --tc-threshold=1 --tc-delay-ms=0 "$exe") ;; # rejit at the first call
  aot) ;; # compiled to a native executable first, below
  r2r) ;;  # precompiled into an image first, then `ilc --run`: image code, hot methods to Tier1
  r2r-stress) ;; # the same, every image method rejitted at its first call
  *) echo "run-program.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
out=$(mktemp) err=$(mktemp) bin=$(mktemp -u)
trap 'rm -f "$out" "$err" "$bin"' EXIT
if [ "$mode" = aot ]; then
  if ! timeout 300 "$ilc" --aot --verify "$exe" -o "$bin" 2> "$err"; then
    echo "FAIL (aot): ilc --aot failed:"; head -20 "$err"; exit 1
  fi
  cmd=("$bin")
fi
if [ "$mode" = r2r ] || [ "$mode" = r2r-stress ]; then
  if ! timeout 300 "$ilc" --r2r --verify "$exe" -o "$bin" 2> "$err"; then
    echo "FAIL ($mode): ilc --r2r failed:"; head -20 "$err"; exit 1
  fi
  cmd=("$ilc" --run "$bin")
  [ "$mode" = r2r-stress ] && cmd=("$ilc" --run --tc-threshold=1 --tc-delay-ms=0 "$bin")
fi
timeout 60 "${cmd[@]}" "${args[@]}" > "$out" 2> "$err"
code=$?
want_code=0
[ -f "$base.exitcode" ] && want_code=$(cat "$base.exitcode")
status=0
if ! cmp -s "$out" "$base.expected"; then
  echo "FAIL ($mode): stdout differs from $(basename "$base").expected:"
  diff <(cat "$base.expected") "$out" | head -20
  status=1
fi
if [ "$code" != "$want_code" ]; then
  echo "FAIL ($mode): exit code $code, expected $want_code"
  status=1
fi
# A refused image would still give the right output (through the JIT): that is a failure
# of the r2r modes, which exist to test the image's code.
if [[ "$mode" == r2r* ]] && grep -q "image not used" "$err"; then
  echo "FAIL ($mode): an image was refused:"; grep "image not used" "$err" | head -3
  status=1
fi
if [ $status -ne 0 ]; then
  echo "--- stderr:"; head -20 "$err"
fi
exit $status
