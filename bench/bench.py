#!/usr/bin/env python3
"""bench.py -- every benchmark program under every execution mode, side by side, in one command.

    python3 bench/bench.py [--quick] [--build DIR] [--programs a,b] [--modes a,b] [--out DIR]
    python3 bench/bench.py --report results/DATE.json     (only rewrite its .md and plots)

`make bench` runs it in full (about 7 minutes on 2 cores); `make bench-quick` runs it with
tiny inputs and few runs (well under two minutes: the CI smoke test that keeps the harness
alive). Standard library only; gnuplot (Debian gnuplot-nox) draws the plots when installed.

    programs/*.cs ─ mcs ─► PROG.exe ┐
    gen_startup.py ─► startup.cs ───┤   for each mode of modes.py, in order:
    programs/*.c (C twins) ─────────┴─► detect ─► build ─► check runs ─► hyperfine ─► results/
                                        missing?   timed,    checksum,     start-up,
                                        say why    size      RSS, iters    total wall

A program's header says its arguments (`// bench-args: full: ITER N | quick: ... | startup:
...`): ITERATIONS and SIZE. It prints its checksum on stdout and `iter I MS` per iteration on
stderr (Bench.cs, bench.h). Per program and mode:
  - check runs: one with the start-up arguments, one with the main (full or quick) arguments;
    stdout must equal the reference's (the C twin's when there is one, else the first mode's
    to run), else CHECKSUM MISMATCH and the mode fails. The main one gives the peak RSS
    (ru_maxrss, measured by checkrun);
  - hyperfine with the start-up arguments (start-up time) and with the main ones (total wall
    time): min, median, max. Every timed run goes through checkrun (checkrun.c), which compares
    its stdout with the reference and exits non-zero on a difference, so no run goes unchecked,
    and keeps its stderr;
  - from the iteration times of every run with the main arguments (the check run and
    hyperfine's): the warm-up curve (per iteration, the median over the runs) and the steady
    state (the median of the last STEADY_LAST iterations of all the runs).
  - modes with a build step (aot, r2r, mono-aot, c): its wall time and the output's size.
Results: results/DATE.json (raw figures, the machine, the tools), results/DATE.md (tables:
ratios to the C twin and to --aot), results/DATE-{startup,throughput,warmup}.svg (report.py).
Quick runs write results/quick-DATE.*, runs limited by --programs or --modes
results/partial-DATE.* (both ignored by git).

Exit status: 0 when every available mode built and ran every program with matching checksums;
1 when something failed to build, crashed, timed out or printed a different checksum (each
reported loudly; the rest is still measured and written); 2 when the harness cannot run (mcs or
hyperfine missing). A mode that does not exist yet is reported as missing, never a failure.
"""
import argparse
import datetime
import glob
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in bench/
from modes import MODES  # noqa: E402
import report  # noqa: E402

STEADY_LAST = 5  # the steady state is the median of this many last iterations of each run

SETTINGS = {
    # runs and warm-up runs of hyperfine for start-up and total time; per-run timeout (s)
    "full": {"startup_runs": 10, "startup_warmup": 2, "total_runs": 5, "total_warmup": 1,
             "timeout": 1200},
    "quick": {"startup_runs": 2, "startup_warmup": 0, "total_runs": 2, "total_warmup": 0,
              "timeout": 120},
}


class Tools:
    """What is installed, found once: paths of ilc, cc, mono, hyperfine, checkrun."""

    def __init__(self, build, work):
        self.build, self.work = build, work
        self.ilc = os.path.join(build, "ilc")
        self.ilc_help = ""
        if os.access(self.ilc, os.X_OK):
            r = subprocess.run([self.ilc, "--help"], capture_output=True, text=True)
            self.ilc_help = r.stdout + r.stderr
        # clang-19 first: the LLVM that ilc generates code with, so that the C twins measure
        # the frontend and the runtime rather than two LLVM versions.
        self.cc = os.environ.get("CC") or shutil.which("clang-19") or shutil.which("clang")
        self.mono = shutil.which("mono")
        self.mcs = shutil.which("mcs")
        self.hyperfine = shutil.which("hyperfine")
        self.gnuplot = shutil.which("gnuplot")
        self.checkrun = os.path.join(work, "checkrun")


class Program:
    def __init__(self, name, cs_source, work):
        self.name, self.cs_source = name, cs_source
        c = os.path.join(HERE, "programs", name + ".c")
        self.c_source = c if os.path.exists(c) else None
        self.dir = os.path.join(work, name)
        self.exe = os.path.join(self.dir, name + ".exe")
        self.args = read_bench_args(cs_source)


def read_bench_args(path):
    """The `// bench-args: full: A B | quick: A B | startup: A B` line of a program."""
    with open(path) as f:
        for line in f:
            m = re.match(r"\s*//\s*bench-args:(.*)$", line)
            if m:
                args = {}
                for part in m.group(1).split("|"):
                    key, _, value = part.partition(":")
                    args[key.strip()] = value.split()
                if set(args) >= {"full", "quick", "startup"}:
                    return args
                break
    raise SystemExit("bench.py: %s: no valid `// bench-args: full: ... | quick: ... | startup: ...` "
                     "line" % path)


def sh(argv):
    return " ".join(shlex.quote(a) for a in argv)


def say(*parts):
    print(*parts, flush=True)


def run_once(tools, argv, env, timeout):
    """Runs argv once through checkrun -m: exit code, stdout, stderr, peak RSS (KiB)."""
    rss_file = os.path.join(tools.work, "rss.txt")
    cmd = [tools.checkrun, "-m", rss_file] + ["%s=%s" % kv for kv in env.items()] + ["--"] + argv
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                             start_new_session=True)
        timed_out = False
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, 9)
            p.wait()
            timed_out = True
        out.seek(0)
        err.seek(0)
        rss = read(rss_file).strip()
        return {"code": 124 if timed_out else (128 - p.returncode if p.returncode < 0 else p.returncode),
                "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace"),
                "rss_kib": int(rss) if rss.isdigit() else None, "timed_out": timed_out}


def iteration_runs(stderr):
    """The `iter I MS` lines of one or more runs (each run starts again at iter 0): a list of
    runs, each a list of milliseconds."""
    runs = []
    for m in re.finditer(r"^iter (\d+) ([0-9.]+)\s*$", stderr, re.M):
        if m.group(1) == "0" or not runs:
            runs.append([])
        runs[-1].append(float(m.group(2)))
    return runs


def steady_state(runs):
    """The median over every run of its last STEADY_LAST iterations (of its last half when it
    has fewer than 2 * STEADY_LAST), or None without iterations; and how many per run."""
    n = min((len(r) for r in runs), default=0)
    if n == 0:
        return None, 0
    k = min(STEADY_LAST, max(1, n // 2))
    return statistics.median([t for r in runs for t in r[-k:]]), k


def warmup_curve(runs):
    """The median over the runs of each iteration's time: the warm-up curve."""
    n = min((len(r) for r in runs), default=0)
    return [statistics.median(r[i] for r in runs) for i in range(n)]


def hyperfine(tools, label, argv, runs, warmup, json_path):
    """Times argv with hyperfine (no shell): min/median/max/mean seconds, or an error text."""
    cmd = [tools.hyperfine, "-N", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
           "--export-json", json_path, "--command-name", label, sh(argv)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        return None, (r.stderr + r.stdout).strip()
    with open(json_path) as f:
        res = json.load(f)["results"][0]
    return {k: res[k] for k in ("min", "median", "max", "mean")} | {"times": res["times"]}, None


def first_lines(text, n=6):
    lines = text.splitlines()
    more = "\n      ... (%d more lines)" % (len(lines) - n) if len(lines) > n else ""
    return "\n".join("      | " + line for line in lines[:n]) + more


class Bench:
    """One run of the harness: the programs, the modes, the failures, the results."""

    def __init__(self, opts):
        self.quick = opts.quick
        self.settings = SETTINGS["quick" if opts.quick else "full"]
        self.build = os.path.abspath(opts.build)
        self.work = os.path.join(self.build, "bench")
        self.out = os.path.abspath(opts.out)
        os.makedirs(self.work, exist_ok=True)
        os.makedirs(self.out, exist_ok=True)
        self.tools = Tools(self.build, self.work)
        self.failures = []
        self.modes = [m for m in MODES if not opts.modes or m.name in opts.modes.split(",")]
        self.only = opts.programs.split(",") if opts.programs else None
        self.partial = bool(opts.programs or opts.modes)

    def fail(self, text, detail=""):
        self.failures.append(text)
        say("  !!! " + text)
        if detail:
            say(detail)

    def prepare(self):
        t = self.tools
        if not t.mcs:
            raise SystemExit("bench.py: mcs not found (make deps installs mono-mcs)")
        if not t.hyperfine:
            raise SystemExit("bench.py: hyperfine not found (make deps installs it)")
        if not t.cc:
            raise SystemExit("bench.py: no C compiler (clang or clang-19) for checkrun and the twins")
        subprocess.run([t.cc, "-O2", "-o", t.checkrun, os.path.join(HERE, "checkrun.c")], check=True)
        gen = os.path.join(self.work, "src")
        os.makedirs(gen, exist_ok=True)
        subprocess.run([sys.executable, os.path.join(HERE, "gen_startup.py"),
                        os.path.join(gen, "startup.cs")], check=True)
        sources = sorted(glob.glob(os.path.join(HERE, "programs", "*.cs")))
        sources = [s for s in sources if os.path.basename(s) != "Bench.cs"]
        sources.append(os.path.join(gen, "startup.cs"))
        self.programs = []
        for src in sources:
            name = os.path.splitext(os.path.basename(src))[0]
            if self.only is None or name in self.only:
                self.programs.append(Program(name, src, self.work))
        self.available = {}
        for m in self.modes:
            self.available[m.name] = m.detect(t)

    def describe(self):
        kind = "quick" if self.quick else "full"
        say("bench: %s run, %d programs x %d modes, work dir %s" %
            (kind, len(self.programs), len(self.modes), self.work))
        for m in self.modes:
            reason = self.available[m.name]
            say("  %-11s %s" % (m.name, "available" if reason is None else "MISSING: " + reason))

    def run(self):
        self.prepare()
        self.describe()
        started = time.time()
        results = {}
        for prog in self.programs:
            results[prog.name] = self.bench_program(prog)
        data = self.document(results, time.time() - started)
        self.write(data)
        return 1 if self.failures else 0

    def bench_program(self, prog):
        kind = "quick" if self.quick else "full"
        main_args, startup_args = prog.args[kind], prog.args["startup"]
        say("== %s  (main arguments: %s; start-up arguments: %s)" %
            (prog.name, " ".join(main_args) or "none", " ".join(startup_args) or "none"))
        shutil.rmtree(prog.dir, ignore_errors=True)
        os.makedirs(prog.dir)
        generated = not prog.cs_source.startswith(HERE + os.sep)
        res = {"source": "generated by bench/gen_startup.py" if generated
               else os.path.relpath(prog.cs_source, ROOT),
               "c_twin": os.path.relpath(prog.c_source, ROOT) if prog.c_source else None,
               "args": {"main": main_args, "startup": startup_args}, "modes": {}}
        start = time.perf_counter()
        r = subprocess.run([self.tools.mcs, "-nologo", "-warn:0", "-optimize+", "-out:" + prog.exe,
                            prog.cs_source, os.path.join(HERE, "programs", "Bench.cs")],
                           capture_output=True, text=True)
        res["mcs_seconds"] = round(time.perf_counter() - start, 3)
        if r.returncode != 0:
            self.fail("%s: mcs failed" % prog.name, first_lines(r.stdout + r.stderr, 20))
            for m in self.modes:
                res["modes"][m.name] = {"status": "failed", "reason": "mcs failed"}
            return res
        res["exe_bytes"] = os.path.getsize(prog.exe)
        self.reference = {}  # kind of run -> (mode name, stdout, expected file)
        # The C twin runs first so that it is the reference; the report keeps MODES' order.
        order = sorted(self.modes, key=lambda m: m.source != "c")
        for mode in order:
            res["modes"][mode.name] = self.bench_mode(prog, mode, main_args, startup_args)
        res["modes"] = {m.name: res["modes"][m.name] for m in self.modes}
        ref = self.reference.get("main")
        res["reference"] = ref[0] if ref else None
        res["checksum"] = ref[1] if ref else None
        return res

    def bench_mode(self, prog, mode, main_args, startup_args):
        """One program under one mode: build, check runs, timed runs. Returns its results."""
        t, name = self.tools, "%s %s" % (prog.name, mode.name)
        reason = self.available[mode.name]
        if reason is not None:
            say("  %-11s missing: %s" % (mode.name, reason))
            return {"status": "missing", "reason": reason}
        if mode.source == "c" and not prog.c_source:
            say("  %-11s no C twin" % mode.name)
            return {"status": "no twin"}
        d = os.path.join(prog.dir, mode.name)
        os.makedirs(d)
        m = {"status": "ok", "env": mode.env, "run": sh(mode.run(t, prog, d))}
        argv = mode.run(t, prog, d)
        failed = (self.build_mode(name, prog, mode, d, m) or
                  self.check_runs(name, prog, mode, argv, startup_args, main_args, m) or
                  self.timed_runs(name, mode, d, argv, startup_args, main_args, m))
        if failed:
            return dict(m, status=failed[0], reason=failed[1])
        # The warm-up curve and the steady state use every run with the main arguments: the
        # check run and hyperfine's (warm-up runs included).
        m["iteration_runs"] += iteration_runs(read(os.path.join(d, "stderr-total.txt")))
        m["steady_ms"], m["steady_of"] = steady_state(m["iteration_runs"])
        m["iterations_ms"] = warmup_curve(m["iteration_runs"])
        say("  %-11s %s" % (mode.name, report.one_line(m)))
        return m

    def build_mode(self, name, prog, mode, d, m):
        """The mode's build commands, timed; records m["build"]. (status, reason) on failure."""
        commands = mode.build(self.tools, prog, d)
        if not commands:
            return None
        start = time.perf_counter()
        for argv in commands:
            r = subprocess.run(argv, capture_output=True, text=True, env=dict(os.environ, **mode.env))
            if r.returncode != 0:
                self.fail("%s: BUILD FAILED (exit code %d): %s" % (name, r.returncode, sh(argv)),
                          first_lines(r.stdout + r.stderr, 12))
                return "failed", "build failed: " + sh(argv)
        out = mode.output(self.tools, prog, d)
        m["build"] = {"seconds": round(time.perf_counter() - start, 3),
                      "commands": [sh(a) for a in commands],
                      "output": os.path.basename(out) if out else None,
                      "bytes": os.path.getsize(out) if out and os.path.exists(out) else None}
        return None

    def check_runs(self, name, prog, mode, argv, startup_args, main_args, m):
        """One plain run with each set of arguments: exit code and checksum; the main one gives
        the peak RSS and the first iteration times. (status, reason) on failure."""
        for kind, args in (("startup", startup_args), ("main", main_args)):
            r = run_once(self.tools, argv + args, mode.env, self.settings["timeout"])
            if r["code"] != 0:
                what = "TIMED OUT" if r.get("timed_out") else "CRASHED (exit code %d)" % r["code"]
                self.fail("%s: %s with %s arguments: %s" % (name, what, kind, sh(argv + args)),
                          first_lines(r["stderr"] + r["stdout"], 12))
                return "failed", "%s with %s arguments" % (what.lower(), kind)
            if not self.check_output(name, mode.name, prog, kind, r["stdout"]):
                return "mismatch", "checksum differs from " + self.reference[kind][0]
            if kind == "main":
                m.update(peak_rss_kib=r["rss_kib"], iteration_runs=iteration_runs(r["stderr"]))
        return None

    def timed_runs(self, name, mode, d, argv, startup_args, main_args, m):
        """hyperfine with the start-up and with the main arguments, every run through checkrun;
        records m["startup"] and m["total"]. (status, reason) on failure."""
        t = self.tools
        for kind, args in (("startup", startup_args), ("total", main_args)):
            ref_kind = "startup" if kind == "startup" else "main"
            log = os.path.join(d, "checkrun-%s.log" % kind)
            errs = os.path.join(d, "stderr-%s.txt" % kind)
            check = [t.checkrun, "-e", self.reference[ref_kind][2], "-l", log, "-2", errs] + \
                ["%s=%s" % kv for kv in mode.env.items()] + ["--"] + argv + args
            runs, warmup = self.settings[kind + "_runs"], self.settings[kind + "_warmup"]
            timing, err = hyperfine(t, mode.name, check, runs, warmup,
                                    os.path.join(d, "hyperfine-%s.json" % kind))
            if err:
                why = read(log).strip() or err
                self.fail("%s: a timed run (%s) FAILED: it crashed or printed a different checksum"
                          % (name, kind), first_lines(why, 12))
                return "failed", "a timed run failed (%s)" % kind
            m[kind] = timing
        return None

    def check_output(self, name, mode_name, prog, kind, stdout):
        """Records the first output as the reference; later ones must equal it."""
        if kind not in self.reference:
            path = os.path.join(prog.dir, "expected-%s.out" % kind)
            with open(path, "w") as f:
                f.write(stdout)
            self.reference[kind] = (mode_name, stdout, path)
            return True
        ref_mode, ref_out, _ = self.reference[kind]
        if stdout == ref_out:
            return True
        self.fail("%s: CHECKSUM MISMATCH with %s arguments: output differs from %s's" %
                  (name, kind, ref_mode),
                  "    %s printed:\n%s\n    %s printed:\n%s" %
                  (ref_mode, first_lines(ref_out), mode_name, first_lines(stdout)))
        return False

    def document(self, results, elapsed):
        t = self.tools
        return {
            "date": datetime.datetime.now().isoformat(timespec="seconds"),
            "kind": "quick" if self.quick else "full",
            "elapsed_seconds": round(elapsed, 1),
            "machine": machine_info(),
            "tools": tool_versions(t),
            "settings": dict(self.settings, steady_last=STEADY_LAST),
            "modes": [{"name": m.name, "title": m.title, "env": m.env,
                       "status": "available" if self.available[m.name] is None else "missing",
                       "reason": self.available[m.name]} for m in self.modes],
            "programs": results,
            "failures": self.failures,
        }

    def write(self, data):
        # Only a complete full run writes DATE.*, the files meant for git.
        stem = ("quick-" if self.quick else "") + ("partial-" if self.partial else "") + \
            datetime.date.today().isoformat()
        base = os.path.join(self.out, stem)
        with open(base + ".json", "w") as f:
            json.dump(data, f, indent=1)
            f.write("\n")
        plots, why = report.write_plots(data, base, self.tools.gnuplot, self.work)
        if why and why.startswith("gnuplot failed"):
            self.fail(why)
            data["failures"] = self.failures
            with open(base + ".json", "w") as f:
                json.dump(data, f, indent=1)
                f.write("\n")
        text = report.markdown(data, [os.path.basename(p) for p in plots], why)
        with open(base + ".md", "w") as f:
            f.write(text)
        say("")
        say(report.summary(data))
        say("")
        for path in [base + ".json", base + ".md"] + plots:
            say("written: " + os.path.relpath(path, os.getcwd()))
        if why:
            say("plots: none (%s)" % why)
        if self.failures:
            say("\nbench: %d FAILURE(S):" % len(self.failures))
            for f in self.failures:
                say("  - " + f)
        else:
            say("\nbench: every available mode ran every program; all checksums match")


def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ""


def command_output(argv):
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        return (r.stdout + r.stderr).strip()
    except (OSError, subprocess.TimeoutExpired):
        return None


def machine_info():
    cpu = re.search(r"^model name\s*:\s*(.*)$", read("/proc/cpuinfo"), re.M)
    mem = re.search(r"^MemTotal:\s*(\d+) kB", read("/proc/meminfo"), re.M)
    osr = re.search(r'^PRETTY_NAME="?([^"\n]*)"?', read("/etc/os-release"), re.M)
    return {"cpu": cpu.group(1) if cpu else platform.processor(),
            "cores": os.cpu_count(),
            "memory_gib": round(int(mem.group(1)) / 1048576, 1) if mem else None,
            "kernel": " ".join(platform.uname()[i] for i in (0, 2, 4)),
            "os": osr.group(1) if osr else None,
            "load_average": os.getloadavg()[0]}


def tool_versions(t):
    first = lambda s: s.splitlines()[0] if s else None  # noqa: E731
    git = command_output(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = command_output(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])
    return {"ilc": first(command_output([t.ilc, "--version"])) if t.ilc_help else None,
            "ilc_commit": (git + ("+dirty" if dirty else "")) if git else None,
            "cc": first(command_output([t.cc, "--version"])) if t.cc else None,
            "mcs": first(command_output([t.mcs, "--version"])),
            "mono": first(command_output([t.mono, "--version"])) if t.mono else None,
            "hyperfine": first(command_output([t.hyperfine, "--version"])),
            "gnuplot": first(command_output([t.gnuplot, "--version"])) if t.gnuplot else None,
            "python": platform.python_version()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="tiny inputs, few runs (CI smoke test)")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"), help="build dir holding ilc")
    ap.add_argument("--programs", help="comma-separated program names (default: all)")
    ap.add_argument("--modes", help="comma-separated mode names (default: all of modes.py)")
    ap.add_argument("--out", default=os.path.join(HERE, "results"), help="results folder")
    ap.add_argument("--report", metavar="JSON",
                    help="measure nothing: rewrite the Markdown and the plots of a results JSON")
    opts = ap.parse_args()
    if opts.report:
        return rewrite_report(opts.report, os.path.join(os.path.abspath(opts.build), "bench"))
    return Bench(opts).run()


def rewrite_report(path, work):
    """--report: the .md and .svg files of PATH (a results JSON) again, from its figures."""
    with open(path) as f:
        data = json.load(f)
    base = os.path.splitext(path)[0]
    os.makedirs(work, exist_ok=True)
    plots, why = report.write_plots(data, base, shutil.which("gnuplot"), work)
    with open(base + ".md", "w") as f:
        f.write(report.markdown(data, [os.path.basename(p) for p in plots], why))
    for p in [base + ".md"] + plots:
        say("written: " + p)
    if why:
        say("plots: none (%s)" % why)
    return 1 if why and why.startswith("gnuplot failed") else 0


if __name__ == "__main__":
    sys.exit(main())
