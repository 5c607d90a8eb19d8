#!/usr/bin/env bash
# Deterministic pseudo-random inputs (seeded generator in awk, so every run sees the same
# bytes): pure noise must be rejected as `not a PE file`; noise behind a valid DOS header, or
# behind hello.exe's real headers, must give a located error; hello.exe with a few bytes
# overwritten may be accepted or rejected, but must never crash or hang.
source "$(dirname "$0")/lib.bash"
hello=$(need_hello) || exit 1
pe_layout "$hello" || { echo "FAIL: hello.exe does not have the expected layout"; exit 1; }
size=$(wc -c < "$hello")

sizes=(4096 64 100000 512 300 2048)
for seed in 1 2 3 4 5 6; do
  n=${sizes[$((seed - 1))]}
  random_bytes "$seed" "$n" > "$TMP/noise_$seed.exe"
  if [ "$(head -c 2 "$TMP/noise_$seed.exe")" = "MZ" ]; then echo "FAIL: seed $seed starts with MZ"; exit 1; fi
  check "noise seed $seed ($n bytes)" "^error: .*noise_$seed\\.exe: not a PE" "$TMP/noise_$seed.exe"
done

for seed in 11 12 13 14; do
  { printf 'MZ'; random_bytes "$seed" 4094; } > "$TMP/mz_noise_$seed.exe"
  check "MZ + noise seed $seed" "^error: .*mz_noise_$seed\\.exe: " "$TMP/mz_noise_$seed.exe"
done

# Real DOS/PE headers and section table, noise from the first section on.
for seed in 21 22 23 24; do
  { head -c 512 "$hello"; random_bytes "$seed" $((size - 512)); } > "$TMP/hdr_noise_$seed.exe"
  check "headers + noise seed $seed" "^error: .*hdr_noise_$seed\\.exe: " "$TMP/hdr_noise_$seed.exe"
done

# Real image with the metadata (root, stream headers, tables, heaps) replaced by noise.
md_len=$((strings_off + strings_size - md_off))
for seed in 31 32 33; do
  cp "$hello" "$TMP/md_noise_$seed.exe"
  random_bytes "$seed" "$md_len" | dd of="$TMP/md_noise_$seed.exe" bs=1 seek="$md_off" conv=notrunc status=none
  check "metadata noise seed $seed" "^error: .*md_noise_$seed\\.exe: " "$TMP/md_noise_$seed.exe"
done

# Mutations: 6 random bytes overwritten inside the metadata (seeds 41-60), or anywhere in the
# file (seeds 61-70). The result may still be a valid program. The IL method bodies (between
# the CLI header and the metadata root in mcs output) are left alone: a mutated call token
# could make a valid program that recurses until its stack overflows, a crash that would not
# be ilc's fault.
body_lo=$((cli_off + 72)) body_hi=$md_off
mutate() { # SEED FROM LEN OUT
  cp "$hello" "$4"
  LC_ALL=C awk -v seed="$1" -v from="$2" -v len="$3" -v lo="$body_lo" -v hi="$body_hi" 'BEGIN {
    x = seed * 7919 % 2147483647
    for (i = 0; i < 6; i++) {
      x = (x * 16807) % 2147483647; off = from + x % len
      x = (x * 16807) % 2147483647
      if (off < lo || off >= hi) printf "%d %02x\n", off, x % 256
    }
  }' | while read -r off byte; do poke "$4" "$off" "$byte"; done
}
for seed in $(seq 41 60); do
  mutate "$seed" "$md_off" "$md_len" "$TMP/mut_$seed.exe"
  check_no_crash "metadata mutation seed $seed" "$TMP/mut_$seed.exe"
done
for seed in $(seq 61 70); do
  mutate "$seed" 0 "$size" "$TMP/mut_$seed.exe"
  check_no_crash "file mutation seed $seed" "$TMP/mut_$seed.exe"
done
finish
