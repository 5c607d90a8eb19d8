"""modes.py -- the one table of execution modes that bench.py measures.

Each mode has
  name     the column name in every table, plot and JSON key;
  title    what it is, for the modes table of the report;
  source   "cs" (runs the program built by mcs) or "c" (runs the C twin; programs without a
           .c file show "no twin" in that column, which is not a failure);
  env      environment variables its runs set;
  detect   Tools -> None when the mode exists on this machine, else the reason it is missing
           (a missing mode is reported as "missing: REASON" everywhere, never left out);
  build    Tools, Program, DIR -> list of commands (argv lists) run in order, timed together as
           the mode's compile time; DIR is the mode's own empty folder; [] for none;
  output   Tools, Program, DIR -> the file whose size is reported as the output size, or None;
  run      Tools, Program, DIR -> argv of one run, without the program's own arguments.

To add a mode, add an entry: bench.py, the report and the plots take their columns from
MODES, in this order.
"""
import os
import re
import shutil
import subprocess
import tempfile


class Mode:
    def __init__(self, name, title, source, detect, run, build=None, output=None, env=None):
        self.name, self.title, self.source = name, title, source
        self.detect, self.run = detect, run
        self.build = build or (lambda t, p, d: [])
        self.output = output or (lambda t, p, d: None)
        self.env = env or {}


def has_option(tools, option):
    """True when `ilc --help` lists OPTION as an option line ("  --aot ..."), as scripts/demo.sh
    decides; a mere mention ("--aot is not built yet") does not count."""
    return re.search(r"^  " + re.escape(option) + r"(\s|=|$)", tools.ilc_help, re.M) is not None


def need_ilc(tools, option=None, mention=None):
    if not tools.ilc_help:
        return "ilc is not built (%s missing)" % tools.ilc
    if option and not has_option(tools, option):
        return "`ilc --help` lists no %s option" % option
    if mention and mention not in tools.ilc_help:
        return "`ilc --help` does not mention %s" % mention
    return None


def detect_mono_aot(tools):
    """mono --aot works when it compiles an image of a one-line program (it needs binutils)."""
    if not tools.mono:
        return "mono is not installed"
    d = tempfile.mkdtemp(prefix="mono-aot-", dir=tools.work)
    src, exe = os.path.join(d, "probe.cs"), os.path.join(d, "probe.exe")
    with open(src, "w") as f:
        f.write("class P { static void Main() { System.Console.WriteLine(1); } }\n")
    try:
        subprocess.run(["mcs", "-nologo", "-out:" + exe, src], check=True, capture_output=True)
        r = subprocess.run([tools.mono, "--aot", exe], capture_output=True, text=True)
        if r.returncode != 0 or not os.path.exists(exe + ".so"):
            return "`mono --aot` cannot compile an image: " + (r.stderr or r.stdout).strip()[-200:]
        return None
    except (OSError, subprocess.CalledProcessError) as e:
        return "`mono --aot` probe failed: %s" % e
    finally:
        shutil.rmtree(d, ignore_errors=True)


def _copy_exe(p, d):
    return ["cp", p.exe, os.path.join(d, p.name + ".exe")]


MODES = [
    Mode("aot", "`ilc --aot prog.exe -o prog`: whole program at O3, a native executable", "cs",
         detect=lambda t: need_ilc(t, "--aot"),
         build=lambda t, p, d: [[t.ilc, "--aot", p.exe, "-o", os.path.join(d, p.name)]],
         output=lambda t, p, d: os.path.join(d, p.name),
         run=lambda t, p, d: [os.path.join(d, p.name)]),
    Mode("r2r", "`ilc --r2r prog.exe -o prog.r2r`, then `ilc --run prog.r2r`: precompiled image, "
         "hot methods rejitted", "cs",
         detect=lambda t: need_ilc(t, "--r2r") or need_ilc(t, "--run"),
         build=lambda t, p, d: [[t.ilc, "--r2r", p.exe, "-o", os.path.join(d, p.name + ".r2r")]],
         output=lambda t, p, d: os.path.join(d, p.name + ".r2r"),
         run=lambda t, p, d: [t.ilc, "--run", os.path.join(d, p.name + ".r2r")]),
    Mode("jit-tiered", "`ILC_TieredCompilation=1 ilc --jit`: Tier0 first, hot methods rejitted at "
         "Tier1", "cs",
         env={"ILC_TieredCompilation": "1"},
         detect=lambda t: need_ilc(t, "--jit", mention="ILC_TieredCompilation"),
         run=lambda t, p, d: [t.ilc, "--jit", p.exe]),
    Mode("jit-O2", "`ILC_TieredCompilation=0 ilc --jit --opt=2`: tiering off, every method at O2 "
         "on its first call", "cs",
         env={"ILC_TieredCompilation": "0"},
         detect=lambda t: need_ilc(t, "--jit"),
         run=lambda t, p, d: [t.ilc, "--jit", "--opt=2", p.exe]),
    Mode("jit-O0", "`ILC_TieredCompilation=0 ilc --jit --opt=0`: tiering off, every method "
         "unoptimised (Tier0 code only)", "cs",
         env={"ILC_TieredCompilation": "0"},
         detect=lambda t: need_ilc(t, "--opt"),
         run=lambda t, p, d: [t.ilc, "--jit", "--opt=0", p.exe]),
    Mode("mono", "`mono prog.exe`: Mono's JIT (peer)", "cs",
         detect=lambda t: None if t.mono else "mono is not installed",
         run=lambda t, p, d: [t.mono, p.exe]),
    Mode("mono-aot", "`mono --aot prog.exe`, then `mono prog.exe`: the program precompiled, "
         "mscorlib still JIT-compiled (peer)", "cs",
         detect=detect_mono_aot,
         build=lambda t, p, d: [_copy_exe(p, d), [t.mono, "--aot", os.path.join(d, p.name + ".exe")]],
         output=lambda t, p, d: os.path.join(d, p.name + ".exe.so"),
         run=lambda t, p, d: [t.mono, os.path.join(d, p.name + ".exe")]),
    Mode("c", "the C twin, `clang -O2` (clang-19 when installed, ilc's LLVM; peer and the "
         "baseline of the ratios)", "c",
         detect=lambda t: None if t.cc else "neither clang nor clang-19 is installed",
         build=lambda t, p, d: [[t.cc, "-O2", "-o", os.path.join(d, p.name), p.c_source, "-lm"]],
         output=lambda t, p, d: os.path.join(d, p.name),
         run=lambda t, p, d: [os.path.join(d, p.name)]),
]
