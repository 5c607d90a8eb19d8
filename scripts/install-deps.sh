#!/usr/bin/env bash
# install-deps.sh — installs the Debian 12 packages ilc needs, only those missing.
# Non-interactive, idempotent, works as root (no sudo) or through sudo when not root.
set -euo pipefail
pkgs=(cmake make gcc pkg-config llvm-19-dev clang-19 libelf-dev libcriterion-dev libgc-dev
      mono-mcs mono-runtime mono-devel hyperfine gnuplot-nox python3 clang-format)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
