#!/usr/bin/env bash
# compare.sh [BUILD_DIR] — superseded by bench/bench.py (`make bench`), which measures every
# program under every mode (ilc's and the peers'); kept so that the old command still works.
# BENCH_PROGRAMS (space-separated names) selects programs, as before.
here=$(cd "$(dirname "$0")" && pwd)
args=(--build "${1:-$here/../build}")
[ -n "${BENCH_PROGRAMS:-}" ] && args+=(--programs "$(echo "$BENCH_PROGRAMS" | tr ' ' ',')")
exec python3 "$here/bench.py" "${args[@]}"
