#!/usr/bin/env bash
# r2r_without_llvm.sh ILC BUILD SRC — a program whose code all comes from R2R images runs
# without ilc ever loading its LLVM half (libilc_llvm.so): pointed at a file that does not
# exist, --run still prints the right output, while --jit, which must compile, says
# clearly that it cannot load it.
# shellcheck disable=SC2016,SC2034 # check evals its condition, which names the variables
set -u
ilc=$1 build=$2
status=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; status=1; fi; }
unset ILC_ReadyToRun ILC_CORLIB ILC_LLVM_LIB
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ilc-r2r-nollvm.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
exe=$build/tests/programs/hello.exe
want=$("$ilc" --jit "$exe")
"$ilc" --r2r "$exe" -o "$tmp/hello.r2r" || { echo "FAIL ilc --r2r"; exit 1; }
out=$(ILC_LLVM_LIB=/nonexistent/libilc_llvm.so "$ilc" --run "$tmp/hello.r2r" 2> "$tmp/err")
code=$?
check "--run needs no LLVM when the images hold all the code" '[ $code -eq 0 ] && [ "$out" = "$want" ]'
check "... and says nothing about it" '[ ! -s "$tmp/err" ]'
ILC_LLVM_LIB=/nonexistent/libilc_llvm.so "$ilc" --jit "$exe" > /dev/null 2> "$tmp/err"
code=$?
check "--jit without its LLVM half: exit code 1" '[ $code -eq 1 ]'
check "... with a clear error" 'grep -q "^error: cannot load ilc.s LLVM half" "$tmp/err"'
exit $status
