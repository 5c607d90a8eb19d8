"""report.py -- turns the figures bench.py measured (the dict it writes as results/DATE.json)
into the Markdown report and the SVG plots.

Markdown (markdown): the machine and tools, the modes with the reason each missing one is
missing, then one table per measure with a row per program and a column per mode:
steady-state iteration time, total wall time, start-up time (each with its ratio to the C twin
and, once --aot exists, to --aot), peak RSS, compile time and output size, the warm-up curves
as numbers, and the checksums every mode agreed on.

Plots (write_plots): gnuplot scripts written next to their data in the work directory, run
with the svg terminal: start-up per mode (log scale), steady-state throughput per mode (as a
speed relative to the fastest mode of each program) and the warm-up curves (one panel per program,
iteration time against iteration number). Without gnuplot there are no plots, and the report
says why. Standard library only.
"""
import math
import os
import subprocess

WARMUP_SHOWN = 10  # iterations shown in the warm-up table


def fmt(x, unit=""):
    """Three significant figures, at most three decimals."""
    if x is None:
        return "–"
    if x >= 100:
        s = "%.0f" % x
    elif x >= 10:
        s = "%.1f" % x
    elif x >= 1:
        s = "%.2f" % x
    else:
        s = "%.3f" % x
    return s + unit


def ratio(x, base):
    return "%.2f×" % (x / base) if x is not None and base else None


def one_line(m):
    """The progress line of one program under one mode."""
    parts = []
    if m.get("build"):
        b = m["build"]
        size = " %s KiB" % fmt(b["bytes"] / 1024) if b.get("bytes") else ""
        parts.append("build %s s%s" % (fmt(b["seconds"]), size))
    if m.get("steady_ms") is not None:
        parts.append("steady %s ms" % fmt(m["steady_ms"]))
    if m.get("peak_rss_kib"):
        parts.append("rss %s MiB" % fmt(m["peak_rss_kib"] / 1024))
    if m.get("startup"):
        parts.append("start-up %s ms" % fmt(m["startup"]["median"] * 1000))
    if m.get("total"):
        parts.append("total %s s" % fmt(m["total"]["median"]))
    return " | ".join(parts)


def mode_names(data):
    return [m["name"] for m in data["modes"]]


def blank(m):
    """The cell of a mode that has no figure: why not."""
    status = m.get("status")
    if status == "missing":
        return "missing"
    if status == "no twin":
        return "no twin"
    if status == "mismatch":
        return "**MISMATCH**"
    if status == "failed":
        return "**FAILED**"
    return "–"


def value(m, measure):
    """The figure of one measure for one mode's results, or None."""
    if m.get("status") != "ok":
        return None
    if measure == "steady":
        return m.get("steady_ms")
    if measure in ("startup", "total"):
        t = m.get(measure)
        return t["median"] * 1000 if t else None
    if measure == "rss":
        return m["peak_rss_kib"] / 1024 if m.get("peak_rss_kib") else None
    raise ValueError(measure)


def table(header, rows):
    if not rows:
        return "(nothing measured)"
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def ratio_table(data, measure, unit, spread=False):
    """One row per program: the median of MEASURE per mode, with its ratio to the C twin and,
    when --aot ran, to --aot; with SPREAD, the hyperfine min–max under it."""
    names = mode_names(data)
    rows = []
    for prog, p in data["programs"].items():
        c = value(p["modes"].get("c", {}), measure)
        aot = value(p["modes"].get("aot", {}), measure)
        if not any(value(m, measure) for m in p["modes"].values()) and \
                not any(m.get("status") in ("failed", "mismatch") for m in p["modes"].values()):
            continue  # nothing to show: hello has no iterations
        row = [prog]
        for name in names:
            m = p["modes"].get(name, {})
            v = value(m, measure)
            if v is None:
                row.append(blank(m) if m.get("status") != "ok" else "–")
                continue
            cell = fmt(v)
            rs = [r for r in (ratio(v, c) if name != "c" else None,
                              ratio(v, aot) + " aot" if name != "aot" and aot else None) if r]
            if rs:
                cell += " (%s)" % ", ".join(rs)
            if spread and m.get(measure):
                t = m[measure]
                cell += " [%s–%s]" % (fmt(t["min"] * 1000), fmt(t["max"] * 1000))
            row.append(cell)
        rows.append(row)
    return table(["program"] + names, rows)


def aot_note(data):
    aot = [m for m in data["modes"] if m["name"] == "aot"]
    if aot and aot[0]["status"] == "missing":
        return ("Ratios to `--aot` appear once it exists (today it is missing: %s)." %
                aot[0]["reason"])
    return ""


def build_table(data):
    names = [m["name"] for m in data["modes"]]
    rows = []
    for prog, p in data["programs"].items():
        row = [prog]
        for name in names:
            m = p["modes"].get(name, {})
            b = m.get("build")
            if m.get("status") not in ("ok", "mismatch") or not b:
                row.append(blank(m) if m.get("status") not in ("ok", "mismatch") else "–")
                continue
            size = "%s KiB" % fmt(b["bytes"] / 1024) if b.get("bytes") else "?"
            row.append("%s s, %s" % (fmt(b["seconds"]), size))
        rows.append(row)
    return table(["program"] + names, rows)


def warmup_table(data):
    rows, width = [], 0
    for prog, p in data["programs"].items():
        for name, m in p["modes"].items():
            it = m.get("iterations_ms") or []
            if m.get("status") != "ok" or len(it) < 2:
                continue
            width = max(width, min(len(it), WARMUP_SHOWN))
            rows.append([prog, name] + [fmt(x) for x in it[:WARMUP_SHOWN]] + [fmt(m["steady_ms"])])
    rows = [r[:-1] + [""] * (width + 3 - len(r)) + r[-1:] for r in rows]
    return table(["program", "mode"] + ["#%d" % i for i in range(width)] + ["steady"], rows)


def checksum_lines(data):
    out = []
    for prog, p in data["programs"].items():
        ok = [n for n, m in p["modes"].items() if m.get("status") == "ok"]
        bad = [n for n, m in p["modes"].items() if m.get("status") in ("mismatch", "failed")]
        text = (p.get("checksum") or "").strip().replace("\n", " / ").replace("\t", " ")
        line = "- %s: `%s`, printed by %s" % (prog, text[:120], ", ".join(ok) or "no mode")
        if bad:
            line += "; **failed or differed: %s**" % ", ".join(bad)
        out.append(line)
    return "\n".join(out)


def machine_lines(data):
    mc, t, s = data["machine"], data["tools"], data["settings"]
    return "\n".join([
        "- machine: %s, %s cores, %s GiB, %s, %s (load average %.2f at start)" %
        (mc["cpu"], mc["cores"], mc["memory_gib"], mc["os"], mc["kernel"], mc["load_average"]),
        "- tools: %s (tree %s); %s; %s; %s; %s" %
        (t["ilc"] or "not built", t["ilc_commit"], t["cc"], t["mcs"], t["mono"] or "no mono",
         t["hyperfine"]),
        "- %s run in %d s: start-up = hyperfine median of %d runs (+%d warm-up) with the start-up "
        "arguments; total = median of %d runs (+%d warm-up) with the main arguments; steady state "
        "= median of the last %d iterations of each of those runs and of the check run, timed "
        "in-process" %
        (data["kind"], data["elapsed_seconds"], s["startup_runs"], s["startup_warmup"],
         s["total_runs"], s["total_warmup"], s["steady_last"]),
    ])


def markdown(data, plots, why_no_plots):
    day = data["date"][:10]
    modes = table(["mode", "what", "status"],
                  [[m["name"], m["title"], "available" if m["status"] == "available"
                    else "**missing**: " + m["reason"]] for m in data["modes"]])
    parts = [
        "# ilc benchmarks, %s (%s run)" % (day, data["kind"]),
        "",
        machine_lines(data),
        "",
        "Reproduce: `make bench` (or `make bench-quick`); raw figures in `%s.json`." %
        ("quick-" + day if data["kind"] == "quick" else day),
        "",
        "## Modes",
        "",
        modes,
        "",
        "## Steady state: ms per iteration (ratio to the C twin)",
        "",
        "Median of the last iterations of every run with the main arguments, timed by the "
        "program itself (start-up and compilation outside the loop do not count); lower is "
        "better. " + aot_note(data),
        "",
        ratio_table(data, "steady", "ms"),
        "",
        "## Total wall time: ms (ratio to the C twin) [min–max]",
        "",
        "The whole process with the main arguments, hyperfine median over the runs.",
        "",
        ratio_table(data, "total", "ms", spread=True),
        "",
        "## Start-up: ms (ratio to the C twin) [min–max]",
        "",
        "The whole process with the start-up arguments (one tiny iteration): runtime start, "
        "compiling or loading what runs, exit.",
        "",
        ratio_table(data, "startup", "ms", spread=True),
        "",
        "## Peak RSS: MiB (ratio to the C twin)",
        "",
        ratio_table(data, "rss", "MiB"),
        "",
        "## Compile time and output size (modes with a build step)",
        "",
        build_table(data),
        "",
        "## Warm-up: the first iterations, ms",
        "",
        "Per iteration, the median over the runs with the main arguments. Each iteration does "
        "the same work, so a falling curve is compilation (or tiering) paying off.",
        "",
        warmup_table(data),
        "",
        "## Checksums",
        "",
        "Every run of every mode printed the same stdout (checked by checkrun on each timed run).",
        "",
        checksum_lines(data),
        "",
    ]
    if data["failures"]:
        parts += ["## FAILURES", ""] + ["- " + f for f in data["failures"]] + [""]
    parts += ["## Plots", ""]
    if plots:
        parts += ["![%s](%s)" % (p.rsplit("-", 1)[-1][:-4], p) for p in plots] + [""]
    else:
        parts += ["None: %s." % why_no_plots, ""]
    return "\n".join(parts)


def summary(data):
    """What the terminal shows at the end: the steady-state and start-up tables."""
    return "\n".join([
        "Steady state, ms per iteration (ratio to the C twin):", ratio_table(data, "steady", "ms"),
        "", "Start-up, ms (ratio to the C twin) [min–max]:",
        ratio_table(data, "startup", "ms", spread=True),
        "", "Modes: " + ", ".join(
            m["name"] + ("" if m["status"] == "available" else " (missing)") for m in data["modes"]),
    ])


# ---------------------------------------------------------------------------------------------
# Plots

STYLE = """set terminal svg size {w},{h} dynamic enhanced font 'Helvetica,11' background '#ffffff'
set output '{out}'
set datafile missing 'NaN'
set key outside right top
set grid ytics
"""

# One colour per mode, the same in every plot (by the mode's place in modes.py).
COLOURS = ["#d62728", "#ff7f0e", "#9467bd", "#2ca02c", "#98df8a", "#1f77b4", "#aec7e8", "#7f7f7f"]


def colour(data, name):
    return COLOURS[mode_names(data).index(name) % len(COLOURS)]


def histogram_data(data, measure, relative):
    """Rows (program, values per mode that has any value) for a clustered histogram; with
    RELATIVE, each value becomes the program's best value divided by it (a speed, 1 = the
    fastest mode)."""
    progs = list(data["programs"])
    cols = [n for n in mode_names(data)
            if any(value(data["programs"][p]["modes"].get(n, {}), measure) for p in progs)]
    rows = []
    for p in progs:
        vals = [value(data["programs"][p]["modes"].get(n, {}), measure) for n in cols]
        if not any(vals):
            continue
        if relative:
            best = min(v for v in vals if v)
            vals = [best / v if v else None for v in vals]
        rows.append((p, vals))
    return cols, rows


def histogram_script(data, cols, rows, dat, out, ylabel, title, log):
    with open(dat, "w") as f:
        f.write("program " + " ".join('"%s"' % c for c in cols) + "\n")
        for p, vals in rows:
            f.write(p.replace("_", "-") + " " +
                    " ".join("%.6g" % v if v else "NaN" for v in vals) + "\n")
    plots = ", ".join("'%s' using %d:xtic(1) title columnheader(%d) lc rgb '%s'" %
                      (dat, i + 2, i + 2, colour(data, c)) for i, c in enumerate(cols))
    return STYLE.format(w=1000, h=480, out=out) + """set title '{title}'
set ylabel '{ylabel}'
{scale}
set style data histogram
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set xtics rotate by -30
plot {plots}
""".format(title=title, ylabel=ylabel, plots=plots,
           scale="set logscale y" if log else "set yrange [0:1.05]\nset ytics 0.1")


def warmup_script(data, work, out):
    panels = []
    for prog, p in data["programs"].items():
        series = [(n, m["iterations_ms"]) for n, m in p["modes"].items()
                  if m.get("status") == "ok" and len(m.get("iterations_ms") or []) >= 2]
        if series:
            panels.append((prog, series))
    if not panels:
        return None
    cols = 3
    rows = math.ceil(len(panels) / cols)
    text = STYLE.format(w=1200, h=380 * rows, out=out)
    text += "set multiplot layout %d,%d title 'Warm-up: ms (log scale) taken by iteration 0, 1, 2... of the same work'\n" % (rows, cols)
    text += "set logscale y\nset key below horizontal font ',8'\n"
    for prog, series in panels:
        longest = max(len(times) for _, times in series)
        text += "set xtics %d\nset xrange [0:%d]\n" % (1 if longest <= 12 else 5, longest - 1)
        plots = []
        for name, times in series:
            dat = os.path.join(work, "warmup-%s-%s.dat" % (prog, name))
            with open(dat, "w") as f:
                f.write("".join("%d %.6g\n" % (i, t) for i, t in enumerate(times)))
            plots.append("'%s' using 1:2 with linespoints pt 7 ps 0.5 lc rgb '%s' title '%s'" %
                         (dat, colour(data, name), name))
        text += "set title '%s'\nplot %s\n" % (prog.replace("_", "-"), ", ".join(plots))
    return text + "unset multiplot\n"


def write_plots(data, base, gnuplot, work):
    """Writes BASE-startup.svg, BASE-throughput.svg and BASE-warmup.svg; returns their paths and,
    when there are none, why."""
    if not gnuplot:
        return [], "gnuplot is not installed (make deps installs gnuplot-nox)"
    work = os.path.join(work, "plots")
    os.makedirs(work, exist_ok=True)
    scripts = []
    cols, rows = histogram_data(data, "startup", relative=False)
    if rows:
        scripts.append(("startup", histogram_script(
            data, cols, rows, os.path.join(work, "startup.dat"), base + "-startup.svg",
            "ms (log scale)", "Start-up: wall time of a run with one tiny iteration (lower is better)",
            log=True)))
    cols, rows = histogram_data(data, "steady", relative=True)
    if rows:
        scripts.append(("throughput", histogram_script(
            data, cols, rows, os.path.join(work, "throughput.dat"), base + "-throughput.svg",
            "steady-state speed, fastest mode = 1",
            "Throughput: iterations per second relative to the fastest mode of each program "
            "(higher is better)", log=False)))
    text = warmup_script(data, work, base + "-warmup.svg")
    if text:
        scripts.append(("warmup", text))
    written = []
    for name, text in scripts:
        path = os.path.join(work, name + ".gp")
        with open(path, "w") as f:
            f.write(text)
        r = subprocess.run([gnuplot, path], capture_output=True, text=True)
        if r.returncode != 0:
            return written, "gnuplot failed on %s: %s" % (path, r.stderr.strip()[-300:])
        written.append("%s-%s.svg" % (base, name))
    return written, None if written else "nothing to plot"
