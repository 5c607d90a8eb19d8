#!/usr/bin/env bash
# ReadyToRun images that must not be trusted. A small program is precompiled into a good
# image, then damaged in many ways; every damaged image that still carries its IL must be
# refused with exactly one `warning: PATH: image not used (REASON)...` line, after which
# the JIT runs the program with the same stdout and exit code as the good image. Where the
# IL itself is gone, `error: PATH: ...` with exit code 1 is the only other acceptable end.
# Never a signal, never a hang, never different output. Cases:
#   truncated images; a byte flipped in the code (outside its methods: the image is
#   refused; inside a method that runs: that method alone is left to the JIT, with a warning
#   naming it), in the manifest (header fields, keys,
#   string literals, a sweep over the entries), in the IL, in the ELF structure; a wrong
#   format version; images compiled against another corlib (a new MVID, or the same MVID
#   with other bytes); a damaged or stale corlib image (mscorlib.r2r); files that are not
#   images; corlib's image and the program's vouched for by their stamp files, and hashed
#   again once either changes; ILC_ReadyToRun=0; the good image loaded through dlopen (ILC_R2R_MAP=0);
#   --r2r-dump on every damaged image.
source "$(dirname "$0")/lib.bash"
unset ILC_ReadyToRun ILC_CORLIB
corlib=$BUILD/mscorlib.dll
for f in "$corlib" "$BUILD/mscorlib.r2r"; do
  [ -f "$f" ] || { echo "FAIL: missing $f (build the corlib and corlib_r2r targets)"; exit 1; }
done
command -v mcs > /dev/null 2>&1 || { echo "FAIL: mcs is needed to compile the test program"; exit 1; }

# Virtual calls, statics, string literals, an exception, arguments and an exit code: the
# image has methods, cells of every common kind and strings to damage.
cat > "$TMP/prog.cs" << 'EOF'
using System;

abstract class Shape
{
    public abstract int Area();
    public override string ToString() { return GetType().Name + " " + Area(); }
}
class Square : Shape
{
    int side;
    public Square(int s) { side = s; }
    public override int Area() { return side * side; }
}
class Circle : Shape
{
    int r;
    public Circle(int r) { this.r = r; }
    public override int Area() { return 3 * r * r; }
}

class Prog
{
    static int caught;
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static int Main(string[] args)
    {
        Console.WriteLine("args: " + string.Join(",", args));
        Shape[] shapes = { new Square(3), new Circle(2) };
        foreach (Shape s in shapes) Console.WriteLine(s);
        Console.WriteLine("fib(20) = " + Fib(20));
        try { throw new InvalidOperationException("boom"); }
        catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); caught++; }
        return 40 + args.Length + caught;
    }
}
EOF
if ! mcs -nologo -warn:0 -out:"$TMP/prog.exe" "$TMP/prog.cs" > "$TMP/mcs.log" 2>&1; then
  echo "FAIL: mcs could not compile the test program:"; cat "$TMP/mcs.log"; exit 1
fi
good=$TMP/prog.r2r
if ! timeout 300 "$ILC" --r2r "$TMP/prog.exe" -o "$good" > "$TMP/r2r.log" 2>&1; then
  echo "FAIL: ilc --r2r failed:"; head -20 "$TMP/r2r.log"; exit 1
fi
args=(a b)
want_code=43 # 40 + two arguments + one exception caught

# ---- helpers -------------------------------------------------------------------------

# run_with ENV... -- ILC-ARGS... — ilc under a timeout with extra environment; stdout and
# stderr go to $TMP/stdout and $TMP/stderr, the exit status to $code.
run_with() {
  local envs=()
  while [ "$1" != -- ]; do envs+=("$1"); shift; done
  shift
  timeout -k 5 "$ILC_BAD_TIMEOUT" env "${envs[@]}" "$ILC" "$@" > "$TMP/stdout" 2> "$TMP/stderr" < /dev/null
  code=$?
}

# same_run LABEL — exit code and stdout are those of the good image; records a failure
# (and returns 1) otherwise.
same_run() {
  if [ "$code" -ne "$want_code" ]; then
    fail "$1" "expected exit code $want_code, got $(describe_code "$code")"
    return 1
  fi
  if ! cmp -s "$TMP/stdout" "$TMP/want_stdout"; then
    fail "$1" "stdout differs from the good image's: $(diff "$TMP/want_stdout" "$TMP/stdout" | head -4 | tr '\n' ' ')"
    return 1
  fi
}

# warnings — how many "image not used" lines stderr has.
warnings() { LC_ALL=C grep -ac "image not used" "$TMP/stderr"; }

# refused LABEL WHO REASON FILE [ENV...] — runs FILE with the good arguments (and --jit-stats):
# same exit code and stdout, exactly one warning `warning: WHO: image not used (...)` whose
# reason matches the extended regex REASON, and one image counted as refused.
refused() {
  local label=$1 who=$2 reason=$3 file=$4 line
  shift 4
  cases=$((cases + 1))
  run_with "$@" -- --run --jit-stats "$file" "${args[@]}"
  same_run "$label" || return 1
  if [ "$(warnings)" -ne 1 ]; then
    fail "$label" "expected exactly one 'image not used' warning, got $(warnings)"
    return 1
  fi
  line=$(LC_ALL=C grep -a "image not used" "$TMP/stderr")
  if ! LC_ALL=C grep -aEq "^warning: $(regex_escape "$who"): image not used \(.*($reason).*\)(; the JIT compiles its methods)?\$" <<< "$line"; then
    fail "$label" "the warning does not name $who with a reason matching /$reason/"
    return 1
  fi
  if ! grep -q ", 1 images refused" "$TMP/stderr"; then
    fail "$label" "--jit-stats does not count one refused image"
    return 1
  fi
  echo "ok   [$label] $(cut -c1-150 <<< "$line")"
}

# refused_own LABEL REASON FILE — refused, where the image refused is FILE itself.
refused_own() { refused "$1" "$3" "$2" "$3"; }

# refused_or_error LABEL FILE — for images whose IL may be gone or unreadable: either
# refused as above (any reason), or `error: FILE...` with exit code 1 and no output.
refused_or_error() {
  local label=$1 file=$2
  cases=$((cases + 1))
  run_with -- --run "$file" "${args[@]}"
  if [ "$code" -eq 1 ] && grep -aEq "^error: .*$(regex_escape "$file")" "$TMP/stderr"; then
    if [ -s "$TMP/stdout" ]; then fail "$label" "exit code 1 after the program wrote output"; return; fi
    echo "ok   [$label] $(head -1 "$TMP/stderr" | cut -c1-150)"
    return
  fi
  same_run "$label" || return
  if [ "$(warnings)" -gt 1 ]; then fail "$label" "more than one 'image not used' warning"; return; fi
  echo "ok   [$label] same output, $(warnings) warning(s)"
}

# elf_sections FILE — sets il_off il_size man_off man_size code_off code_size from the ELF64
# section headers (offsets and sizes below 4 GiB).
elf_sections() {
  local f=$1 shoff shnum shstrndx strtab i h name
  shoff=$(le32 "$f" 40) shnum=$(le16 "$f" 60) shstrndx=$(le16 "$f" 62)
  strtab=$(le32 "$f" $((shoff + 64 * shstrndx + 24)))
  il_off="" man_off="" code_off=""
  for ((i = 1; i < shnum; i++)); do
    h=$((shoff + 64 * i))
    name=$(dd if="$f" bs=1 skip=$((strtab + $(le32 "$f" "$h"))) count=16 status=none | tr '\0' '\n' | head -1)
    case $name in
      .ilc.il) il_off=$(le32 "$f" $((h + 24))) il_size=$(le32 "$f" $((h + 32))) ;;
      .ilc.manifest) man_off=$(le32 "$f" $((h + 24))) man_size=$(le32 "$f" $((h + 32))) ;;
      .ilc.code) code_off=$(le32 "$f" $((h + 24))) code_size=$(le32 "$f" $((h + 32))) ;;
    esac
  done
  [ -n "$il_off" ] && [ -n "$man_off" ] && [ -n "$code_off" ]
}

# variant NAME — a fresh copy of the good image, $TMP/NAME.r2r; prints its path.
variant() { cp "$good" "$TMP/$1.r2r"; echo "$TMP/$1.r2r"; }

# flip FILE OFFSET [MASK] — XORs the byte at OFFSET with MASK (hex, default ff).
flip() { poke "$1" "$2" "$(printf %02x $(($(u8 "$1" "$2") ^ 0x${3:-ff})))"; }

# put32 FILE OFFSET VALUE — writes a little-endian uint32.
put32() {
  poke "$1" "$2" "$(printf %02x $(($3 & 255)))" "$(printf %02x $((($3 >> 8) & 255)))" \
    "$(printf %02x $((($3 >> 16) & 255)))" "$(printf %02x $((($3 >> 24) & 255)))"
}

# offset_of FILE FROM HEX — the first offset >= FROM where the bytes (hex string) occur.
offset_of() {
  od -An -v -tx1 -w1 "$1" | tr -d ' ' | awk -v from="$2" -v pat="$3" '
    NR > from { s = s $0; if (length(s) > length(pat)) s = substr(s, 3)
                if (s == pat) { print NR - 1 - (length(pat) / 2 - 1); exit } }'
}

# ---- the good image --------------------------------------------------------------------

cases=$((cases + 1))
run_with -- --jit "$TMP/prog.exe" "${args[@]}"
cp "$TMP/stdout" "$TMP/want_stdout"
if [ "$code" -ne "$want_code" ] || ! grep -q "^caught boom" "$TMP/want_stdout"; then
  fail "reference run (--jit)" "expected exit code $want_code and the program's output, got $(describe_code "$code")"
  finish
fi
echo "ok   [reference run (--jit)] exit code $code"

cases=$((cases + 1))
run_with -- --run --jit-stats "$good" "${args[@]}"
if same_run "good image"; then
  n=$(sed -n 's/^  r2r: \([0-9]*\) methods from images, 0 images refused (0 methods in them)$/\1/p' "$TMP/stderr")
  if [ "$(warnings)" -ne 0 ]; then
    fail "good image" "the good image was refused"
  elif [ -z "$n" ] || [ "$n" -eq 0 ]; then
    fail "good image" "--jit-stats does not show methods from images with none refused"
  else
    echo "ok   [good image] $n methods from images, no warning"
  fi
fi
if ! elf_sections "$good"; then
  echo "FAIL: the good image lacks one of .ilc.il, .ilc.manifest, .ilc.code"
  exit 1
fi
size=$(wc -c < "$good")

# ---- (a) truncated -------------------------------------------------------------------
# While the IL survives, the image must be refused and the program run by the JIT; once
# the cut reaches into the IL an error is acceptable too.
for n in $((code_off + code_size - 16)) $((code_off + code_size / 2)) $((size / 2)) \
         $((code_off + 1)) $((man_off + man_size / 2)) $((il_off + il_size)); do
  head -c "$n" "$good" > "$TMP/trunc_$n.r2r"
  refused_own "truncated at $n of $size bytes (IL intact)" "." "$TMP/trunc_$n.r2r"
done
for n in $((il_off + il_size - 1)) $((il_off + il_size / 2)) 100 10 0; do
  head -c "$n" "$good" > "$TMP/trunc_$n.r2r"
  refused_or_error "truncated at $n of $size bytes (IL cut)" "$TMP/trunc_$n.r2r"
done

# ---- (b) a byte of the code ------------------------------------------------------------
# The code object outside its methods (ELF headers, dynamic symbols, relocations, unwind
# tables, section headers at the end) is hashed when the image is opened: refused.
for rel in 0 1000 $((code_size - 1)); do
  f=$(variant "code_$rel")
  flip "$f" $((code_off + rel))
  refused_own "code byte $rel of $code_size flipped" "code|damaged|hash" "$f"
done
# A method's machine code is hashed when the method is first called: a damaged method is
# left to the JIT with one warning naming it, the rest of the image is used, the output is
# the same. The first, middle and last byte of Prog::Fib (recursive: its damaged code must
# not run even once), and of Square::Area (virtual: reached through the vtable).
# damaged_method LABEL FILE NAME — the one warning names NAME, and --jit-stats counts it.
damaged_method() {
  local label=$1 file=$2 name=$3 line
  cases=$((cases + 1))
  run_with -- --run --jit-stats "$file" "${args[@]}"
  same_run "$label" || return 1
  if [ "$(warnings)" -ne 0 ]; then fail "$label" "the image was refused"; return 1; fi
  line=$(LC_ALL=C grep -a "not used (damaged" "$TMP/stderr")
  if [ "$(grep -c . <<< "$line")" -ne 1 ] || ! grep -qF "code of $name not used" <<< "$line"; then
    fail "$label" "expected one warning that the code of $name is damaged, got: $(head -c 300 "$TMP/stderr")"
    return 1
  fi
  if ! grep -q "^  r2r: 1 methods with damaged code in used images" "$TMP/stderr" ||
     ! grep -Eq "^  r2r: [1-9][0-9]* methods from images, 0 images refused" "$TMP/stderr"; then
    fail "$label" "--jit-stats does not show one damaged method and the rest of the image used"
    return 1
  fi
  echo "ok   [$label] $(cut -c1-150 <<< "$line")"
}
for name in "Prog::Fib(System.Int32)" "Square::Area()"; do
  read -r at size < <("$ILC" --r2r-dump "$good" 2> /dev/null |
    awk -v n="$name" 'NF >= 6 && $NF == n { print $4, $3 }')
  if [ -z "$at" ]; then
    cases=$((cases + 1)); failures=$((failures + 1))
    echo "FAIL [method code: $name]: not found in --r2r-dump"
    continue
  fi
  for rel in 0 $((size / 2)) $((size - 1)); do
    f=$(variant "method_${at}_$rel")
    flip "$f" $((code_off + at + rel))
    damaged_method "code of $name: byte $rel of $size flipped" "$f" "$name"
  done
done

# ---- (c) a byte of the manifest --------------------------------------------------------
# The fixed header (manifest.c): magic[8] version:u32 hash:u64 cpu[32] mvid[16]
# il_hash:u64 corlib_mvid[16] corlib_hash:u64 code_hash:u64 n_methods:u32 n_cells:u32
# keys_size:u32 runtime:u64 n_spans:u32 pad:u32 corlib_stamp[40], then entries. The hash
# covers everything after it, so a flip there is "damaged".
header=(0 magic 8 version 12 "damaged|hash" 20 "damaged|hash" 52 "damaged|hash"
        68 "damaged|hash" 76 "damaged|hash" 92 "damaged|hash" 100 "damaged|hash"
        108 "damaged|hash" 112 "damaged|hash" 116 "damaged|hash" 120 "damaged|hash"
        128 "damaged|hash" 136 "damaged|hash" 168 "damaged|hash")
for ((i = 0; i < ${#header[@]}; i += 2)); do
  rel=${header[i]}
  f=$(variant "manifest_$rel")
  flip "$f" $((man_off + rel))
  refused_own "manifest byte $rel flipped" "${header[i + 1]}" "$f"
done
f=$(variant manifest_last)
flip "$f" $((man_off + man_size - 1))
refused_own "manifest: its last byte flipped" "." "$f"
# One bit of a string literal ("boom", UTF-16) changed: the image must not print "coom".
at=$(offset_of "$good" "$man_off" 62006f006f006d00)
if [ -z "$at" ] || [ "$at" -ge $((man_off + man_size)) ]; then
  cases=$((cases + 1)); failures=$((failures + 1))
  echo "FAIL [manifest: string literal]: \"boom\" not found in the manifest"
else
  f=$(variant manifest_string)
  flip "$f" "$at" 01
  refused_own "manifest: one bit of the string literal \"boom\" flipped" "." "$f"
fi
# One byte of a method key changed so that it names another method: Square::Area's entry
# (the first place its key occurs) becomes Circle::Area's. Installed, Circle's objects
# would run Square's code.
sq=$("$ILC" --r2r-dump "$good" 2> /dev/null | awk '$NF == "Square::Area()" { print $(NF - 1) }')
ci=$("$ILC" --r2r-dump "$good" 2> /dev/null | awk '$NF == "Circle::Area()" { print $(NF - 1) }')
hex() { printf '%s' "$1" | od -An -v -tx1 | tr -d ' \n'; }
at=""
if [ -n "$sq" ] && [ -n "$ci" ] && [ ${#sq} -eq ${#ci} ]; then at=$(offset_of "$good" "$man_off" "$(hex "$sq")"); fi
if [ -z "$at" ] || [ "$at" -ge $((man_off + man_size)) ]; then
  cases=$((cases + 1)); failures=$((failures + 1))
  echo "FAIL [manifest: method key]: the keys of Square::Area and Circle::Area were not found ('$sq', '$ci')"
else
  f=$(variant manifest_key)
  printf '%s' "$ci" | dd of="$f" bs=1 seek="$at" conv=notrunc status=none
  refused_own "manifest: method key $sq rewritten to $ci" "." "$f"
fi
# A sweep over the entries: one bit flipped every 11 bytes.
for ((rel = 108; rel < man_size; rel += 11)); do
  f=$(variant "sweep_$rel")
  flip "$f" $((man_off + rel)) 01
  refused_own "manifest: bit 0 of byte $rel of $man_size flipped" "." "$f"
done

# ---- (d) the format version ------------------------------------------------------------
version=$(le32 "$good" $((man_off + 8)))
for v in $((version + 1)) $((version - 1)) 4294967295; do
  f=$(variant "version_$v")
  put32 "$f" $((man_off + 8)) "$v"
  refused_own "format version $v (this ilc writes $version)" "version" "$f"
done

# ---- compiled by another build of ilc ----------------------------------------------------
# Image code knows the runtime's structure layouts and helpers, so an image only fits the
# ilc that compiled it: the same ilc with one byte of its build ID changed must refuse it.
# (Its corlib sits without mscorlib.r2r, so the program's image is the one refusal.)
build_id=$(readelf -n "$ILC" 2> /dev/null | awk '/Build ID:/ { print $3; exit }')
mkdir -p "$TMP/otherbuild"
cp "$ILC" "$TMP/otherbuild/ilc"
at=$([ -n "$build_id" ] && offset_of "$TMP/otherbuild/ilc" 0 "$build_id")
if [ -z "$at" ]; then
  cases=$((cases + 1)); failures=$((failures + 1))
  echo "FAIL [another build of ilc]: ilc's build ID was not found"
else
  flip "$TMP/otherbuild/ilc" "$at"
  mkdir -p "$TMP/otherbuild_corlib" && cp "$corlib" "$TMP/otherbuild_corlib/mscorlib.dll"
  real_ilc=$ILC ILC=$TMP/otherbuild/ilc
  refused "compiled by another build of ilc" "$good" "different build of ilc" "$good" \
    "ILC_CORLIB=$TMP/otherbuild_corlib/mscorlib.dll" "ILC_LLVM_LIB=$(dirname "$real_ilc")/libilc_llvm.so"
  ILC=$real_ilc
fi

# ---- the IL and the ELF structure ------------------------------------------------------
# A letter of the DOS stub's "This program cannot be run in DOS mode": the IL still loads
# (and gives the same program), but it is not the IL the code was compiled from.
at=$(offset_of "$good" "$il_off" "$(hex "This program")")
if [ -n "$at" ] && [ "$at" -lt $((il_off + il_size)) ]; then
  f=$(variant il_stub)
  flip "$f" "$at" 20
  refused_own "IL: a byte of the DOS stub flipped" "stale|IL|hash" "$f"
fi
# ELF header: e_shoff, e_shnum, e_shstrndx; then the section headers' name, offset, size.
shoff=$(le32 "$good" 40)
for at in 41 60 62 $((shoff + 64 + 0)) $((shoff + 64 + 25)) $((shoff + 64 + 33)) \
          $((shoff + 128 + 0)) $((shoff + 128 + 25)) $((shoff + 128 + 33)) \
          $((shoff + 192 + 0)) $((shoff + 192 + 25)) $((shoff + 192 + 33)) $((shoff + 256 + 25)); do
  f=$(variant "elf_$at")
  flip "$f" "$at" 01
  refused_or_error "ELF structure: byte $at flipped" "$f"
done

# ---- (e) stale: compiled against another corlib ----------------------------------------
# A copy of corlib with a new MVID (the #GUID stream's GUID), and one with the same MVID
# but other bytes. Images compiled against them must be refused under the real corlib.
mkdir -p "$TMP/newmvid" "$TMP/samemvid"
cp "$corlib" "$TMP/newmvid/mscorlib.dll"
pe_layout "$TMP/newmvid/mscorlib.dll" || { echo "FAIL: mscorlib.dll does not have the expected layout"; exit 1; }
p=$((md_off + 16 + $(le32 "$corlib" $((md_off + 12))))) guid_off=""
nstreams=$(le16 "$corlib" $((p + 2)))
p=$((p + 4))
for ((i = 0; i < nstreams; i++)); do
  name=$(dd if="$corlib" bs=1 skip=$((p + 8)) count=32 status=none | tr '\0' '\n' | head -1)
  [ "$name" = "#GUID" ] && guid_off=$((md_off + $(le32 "$corlib" "$p")))
  p=$((p + 8 + (${#name} + 4) / 4 * 4))
done
[ -n "$guid_off" ] || { echo "FAIL: mscorlib.dll has no #GUID stream"; exit 1; }
for ((i = 0; i < 16; i++)); do flip "$TMP/newmvid/mscorlib.dll" $((guid_off + i)) 5a; done
{ cat "$corlib"; head -c 512 /dev/zero; } > "$TMP/samemvid/mscorlib.dll"
for alt in newmvid samemvid; do
  if ! ILC_CORLIB=$TMP/$alt/mscorlib.dll timeout 300 "$ILC" --r2r "$TMP/prog.exe" -o "$TMP/stale_$alt.r2r" > "$TMP/stderr" 2>&1; then
    cases=$((cases + 1))
    fail "stale ($alt)" "ilc --r2r against the altered corlib failed"
    continue
  fi
  refused_own "stale: compiled against a corlib with $alt" "stale" "$TMP/stale_$alt.r2r"
  # ... and it is good with the corlib it was compiled against (which has no image).
  cases=$((cases + 1))
  run_with "ILC_CORLIB=$TMP/$alt/mscorlib.dll" -- --run "$TMP/stale_$alt.r2r" "${args[@]}"
  if same_run "stale ($alt) under its own corlib"; then
    if [ "$(warnings)" -ne 0 ]; then fail "stale ($alt) under its own corlib" "refused"
    else echo "ok   [stale ($alt) under its own corlib] used"; fi
  fi
done

# ---- (f) corlib's own image damaged ----------------------------------------------------
# ILC_CORLIB points at a copy of corlib with a damaged mscorlib.r2r beside it: that image
# is refused, the program's own image is still used.
# (From here on, the *_off and *_size variables describe mscorlib.r2r.)
corlib_r2r=$BUILD/mscorlib.r2r
elf_sections "$corlib_r2r" || { echo "FAIL: mscorlib.r2r lacks its sections"; exit 1; }
csize=$(wc -c < "$corlib_r2r")
corlib_case() { # NAME REASON — $TMP/NAME/mscorlib.r2r prepared by the caller
  refused "corlib image: $1" "$TMP/$1/mscorlib.r2r" "$2" "$good" "ILC_CORLIB=$TMP/$1/mscorlib.dll" &&
    ! grep -aEq "^  r2r: [1-9][0-9]* methods from images" "$TMP/stderr" &&
    fail "corlib image: $1" "the program's own image was not used"
}
new_corlib_dir() { mkdir -p "$TMP/$1"; cp "$corlib" "$TMP/$1/mscorlib.dll"; }
new_corlib_dir ctrunc_end
head -c $((code_off + code_size - 16)) "$corlib_r2r" > "$TMP/ctrunc_end/mscorlib.r2r"
corlib_case ctrunc_end "."
new_corlib_dir ctrunc_half
head -c $((csize / 2)) "$corlib_r2r" > "$TMP/ctrunc_half/mscorlib.r2r"
corlib_case ctrunc_half "."
new_corlib_dir cempty
: > "$TMP/cempty/mscorlib.r2r"
corlib_case cempty "."
new_corlib_dir ccode
cp "$corlib_r2r" "$TMP/ccode/mscorlib.r2r"
flip "$TMP/ccode/mscorlib.r2r" $((code_off + 1000))
corlib_case ccode "code|damaged|hash"
# A byte of a corlib method's code (the middle of the code object lies in one): the image is
# used; that method, if the program calls it, is left to the JIT with a warning.
new_corlib_dir cmethod
cp "$corlib_r2r" "$TMP/cmethod/mscorlib.r2r"
flip "$TMP/cmethod/mscorlib.r2r" $((code_off + code_size / 2))
label="corlib image: a byte of a method's code"
cases=$((cases + 1))
run_with "ILC_CORLIB=$TMP/cmethod/mscorlib.dll" -- --run --jit-stats "$good" "${args[@]}"
if same_run "$label"; then
  if [ "$(warnings)" -ne 0 ]; then
    fail "$label" "an image was refused"
  elif [ "$(LC_ALL=C grep -ac "not used (damaged" "$TMP/stderr")" -gt 1 ]; then
    fail "$label" "more than one damaged method reported"
  else
    echo "ok   [$label] same output, $(LC_ALL=C grep -ac "not used (damaged" "$TMP/stderr") method(s) left to the JIT"
  fi
fi
new_corlib_dir cmanifest
cp "$corlib_r2r" "$TMP/cmanifest/mscorlib.r2r"
flip "$TMP/cmanifest/mscorlib.r2r" $((man_off + 100))
corlib_case cmanifest "damaged|truncated"
new_corlib_dir cversion
cp "$corlib_r2r" "$TMP/cversion/mscorlib.r2r"
put32 "$TMP/cversion/mscorlib.r2r" $((man_off + 8)) $(($(le32 "$corlib_r2r" $((man_off + 8))) + 1))
corlib_case cversion "version"
# corlib changed after its image was built (the program's image was built against the new one)
cp "$corlib_r2r" "$TMP/newmvid/mscorlib.r2r"
refused "corlib image: stale (corlib has a new MVID)" "$TMP/newmvid/mscorlib.r2r" "stale" \
  "$TMP/stale_newmvid.r2r" "ILC_CORLIB=$TMP/newmvid/mscorlib.dll"

# ---- (f2) corlib's file stamp -------------------------------------------------------------
# corlib's image records the stamp of the corlib file it hashed (device, inode, size, mtime,
# ctime) and trusts that file unhashed while the stamp holds. An image compiled in
# $TMP/stamp against its own copy of corlib must be used as it is; used after a touch (the
# stamp moved, so corlib is hashed, and the bytes are the same); and refused once a byte of
# corlib changes in place (same inode and size, but a new ctime: hashed, and the hash
# differs), the program's image with it (compiled against the old bytes).
new_corlib_dir stamp
stamp_env="ILC_CORLIB=$TMP/stamp/mscorlib.dll"
if ! env "$stamp_env" timeout 600 "$ILC" --r2r "$TMP/stamp/mscorlib.dll" -o "$TMP/stamp/mscorlib.r2r" > "$TMP/r2r.log" 2>&1; then
  cases=$((cases + 1)); fail "corlib stamp" "ilc --r2r of the copy of corlib failed: $(head -3 "$TMP/r2r.log")"
else
  for step in "as built" "touched"; do
    [ "$step" = touched ] && { sleep 0.01; touch "$TMP/stamp/mscorlib.dll"; }
    label="corlib stamp: image $step"
    cases=$((cases + 1))
    run_with "$stamp_env" -- --run --jit-stats "$good" "${args[@]}"
    if same_run "$label"; then
      if [ "$(warnings)" -ne 0 ]; then fail "$label" "refused: $(grep -a "image not used" "$TMP/stderr" | head -1)"
      else echo "ok   [$label] used"; fi
    fi
  done
  label="corlib stamp: a byte of corlib changed in place"
  cases=$((cases + 1))
  if [ "$(dd if="$TMP/stamp/mscorlib.dll" bs=1 skip=80 count=4 status=none)" != "is p" ]; then
    fail "$label" "mscorlib.dll's DOS stub is not where this test expects it"
  else
    printf 'I' | dd of="$TMP/stamp/mscorlib.dll" bs=1 seek=80 conv=notrunc status=none
    run_with "$stamp_env" -- --run --jit-stats "$good" "${args[@]}"
    if same_run "$label"; then
      if [ "$(LC_ALL=C grep -ac "image not used (stale" "$TMP/stderr")" -ne 2 ]; then
        fail "$label" "expected corlib's image and the program's refused as stale, got: $(grep -a "image not used" "$TMP/stderr" | tr '\n' ' ' | cut -c1-300)"
      else
        echo "ok   [$label] both images refused as stale"
      fi
    fi
  fi
fi

# ---- (f3) corlib image's own stamp ---------------------------------------------------------
# ilc --r2r of corlib leaves mscorlib.r2r.stamp beside the image: the image file's stamp as
# written. While the image keeps it, --run takes its hashes as checked (--jit-stats says so);
# without the stamp file, with a garbage one, or once the image is rewritten in place or
# replaced, the image is hashed as before: damage in place is still found.
# stamp_verdict LABEL WANT(vouched|hashed|refused) WHOSE — after a run: the same output as
# the good image, and the image WHOSE ("corlib's", "the program's") taken as WANT says.
stamp_verdict() {
  local label=$1 want=$2 got=hashed
  same_run "$label" || return
  LC_ALL=C grep -aq "$3 image vouched for by its stamp" "$TMP/stderr" && got=vouched
  [ "$(warnings)" -ne 0 ] && got=refused
  if [ "$got" != "$want" ]; then
    fail "$label" "expected the image $want, it was $got: $(grep -a "image not used" "$TMP/stderr" | head -1)"
  else
    echo "ok   [$label] $got"
  fi
}
# stamp_steps CASE IMAGE — after a first run that found IMAGE vouched for: its stamp file
# removed, garbage, put back; a manifest byte changed in place (refused) and back (a new
# ctime: hashed, with the old stamp file too); the image replaced by a copy of itself.
# CASE LABEL WANT runs and judges each step.
stamp_steps() {
  local case=$1 image=$2
  cp "$image.stamp" "$TMP/saved.stamp"
  rm "$image.stamp"
  $case "stamp file removed" hashed
  random_bytes 11 48 > "$image.stamp"
  $case "stamp file of garbage" hashed
  cp "$TMP/saved.stamp" "$image.stamp"
  $case "stamp file put back" vouched
  elf_sections "$image" # its own offsets
  flip "$image" $((man_off + 100))
  $case "a manifest byte changed in place" refused
  flip "$image" $((man_off + 100))
  $case "the byte changed back (a new ctime)" hashed
  cp "$TMP/saved.stamp" "$image.stamp"
  $case "its old stamp file after that" hashed
  cp "$image" "$TMP/stamp_copy.r2r" && mv "$TMP/stamp_copy.r2r" "$image"
  $case "image replaced by a copy of itself" hashed
}
istamp_case() { # LABEL WANT — runs the good program on $TMP/istamp
  cases=$((cases + 1))
  run_with "ILC_CORLIB=$TMP/istamp/mscorlib.dll" -- --run --jit-stats "$good" "${args[@]}"
  stamp_verdict "corlib image stamp: $1" "$2" "corlib's"
}
new_corlib_dir istamp
if ! env "ILC_CORLIB=$TMP/istamp/mscorlib.dll" timeout 600 "$ILC" --r2r "$TMP/istamp/mscorlib.dll" \
  -o "$TMP/istamp/mscorlib.r2r" > "$TMP/r2r.log" 2>&1 || [ ! -s "$TMP/istamp/mscorlib.r2r.stamp" ]; then
  cases=$((cases + 1)); fail "corlib image stamp" "ilc --r2r of the copy of corlib left no image and stamp: $(head -3 "$TMP/r2r.log")"
else
  istamp_case "as built" vouched
  stamp_steps istamp_case "$TMP/istamp/mscorlib.r2r"
  elf_sections "$corlib_r2r"
fi

# ---- (f4) the program image's own stamp ----------------------------------------------------
# ilc --r2r leaves PROG.r2r.stamp beside every image it writes, and --run takes the image's
# hashes (manifest, code outside methods, IL, each method's code) as checked while the image
# keeps that stamp. Damage in place moves the stamp, so it is still found; a copy is hashed.
pstamp_case() { # LABEL WANT — runs $TMP/pstamp/prog.r2r
  cases=$((cases + 1))
  run_with -- --run --jit-stats "$TMP/pstamp/prog.r2r" "${args[@]}"
  stamp_verdict "program image stamp: $1" "$2" "the program's"
}
mkdir -p "$TMP/pstamp"
if ! timeout 300 "$ILC" --r2r "$TMP/prog.exe" -o "$TMP/pstamp/prog.r2r" > "$TMP/r2r.log" 2>&1 ||
  [ ! -s "$TMP/pstamp/prog.r2r.stamp" ]; then
  cases=$((cases + 1)); fail "program image stamp" "ilc --r2r left no image and stamp: $(head -3 "$TMP/r2r.log")"
else
  pstamp_case "as written" vouched
  stamp_steps pstamp_case "$TMP/pstamp/prog.r2r"
  elf_sections "$corlib_r2r"
fi

# ---- (g) not an image at all -----------------------------------------------------------
ILC_BAD_MODE=--run
check "not an image: the assembly itself" "^error: .*prog\\.exe: not an ilc R2R image" "$TMP/prog.exe" "${args[@]}"
random_bytes 7 5000 > "$TMP/noise.r2r"
check "not an image: random bytes" "^error: .*noise\\.r2r: not an ilc R2R image" "$TMP/noise.r2r"
{ printf '\177ELF\002\001\001'; random_bytes 8 3000; } > "$TMP/elfnoise.r2r"
check "not an image: ELF magic, then noise" "^error: .*elfnoise\\.r2r: " "$TMP/elfnoise.r2r"
cp "$(type -P true || echo /bin/true)" "$TMP/true.r2r"
check "not an image: an ELF executable" "^error: .*true\\.r2r: not an ilc R2R image" "$TMP/true.r2r"
: > "$TMP/empty.r2r"
check "not an image: an empty file" "^error: .*empty\\.r2r: " "$TMP/empty.r2r"
check "not an image: no such file" "^error: .*missing\\.r2r: " "$TMP/missing.r2r"

# ---- (h) ILC_ReadyToRun=0 --------------------------------------------------------------
for f in "$good" "$TMP/code_0.r2r" "$TMP/version_$((version + 1)).r2r"; do
  label="ILC_ReadyToRun=0: $(basename "$f")"
  cases=$((cases + 1))
  run_with ILC_ReadyToRun=0 -- --run --jit-stats "$f" "${args[@]}"
  same_run "$label" || continue
  if [ "$(warnings)" -ne 0 ]; then fail "$label" "an image was looked at (warning)"; continue; fi
  if ! grep -q "^  r2r: 0 methods from images, 0 images refused (0 methods in them)$" "$TMP/stderr"; then
    fail "$label" "--jit-stats does not show '0 methods from images, 0 images refused (0 methods in them)'"
    continue
  fi
  echo "ok   [$label] JIT only"
done

# ---- (i) ILC_R2R_MAP=0: the code through a memfd and dlopen, not mapped from the file ----
label="ILC_R2R_MAP=0: the good image"
cases=$((cases + 1))
run_with ILC_R2R_MAP=0 -- --run --jit-stats "$good" "${args[@]}"
if same_run "$label"; then
  if [ "$(warnings)" -ne 0 ]; then
    fail "$label" "the image was refused"
  elif ! grep -Eq "^  r2r: [1-9][0-9]* methods from images, 0 images refused \(0 methods in them\)$" "$TMP/stderr"; then
    fail "$label" "--jit-stats does not show methods from images"
  else
    echo "ok   [$label] same output, code from images"
  fi
fi

# ---- --r2r-dump on every damaged image: exit 0, or 1 with an error; never a crash ----
ILC_BAD_MODE=--r2r-dump
for f in "$TMP"/*.r2r; do
  check_no_crash "--r2r-dump $(basename "$f")" "$f"
done
finish
