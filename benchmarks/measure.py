#!/usr/bin/env python3
"""Measures whole-process runs for benchmarks/run.sh and writes docs/benchmarks/results.md and synthesis-time.svg.

  measure.py case --results FILE --tool T --case C --services N --runs R --warmups W -- COMMAND...
      Runs COMMAND W + R times, each into a fresh, empty output folder: the argument {out} in COMMAND is replaced by
      it. Appends one JSON line per measured run to FILE: wall time, CPU time (user + sys of the process and all its
      descendants), peak RSS (of the largest process, from the kernel, and of the whole process tree, sampled every
      20 ms), output bytes, CloudFormation and Terraform resource counts.

  measure.py classes --log FILE
      Prints a Markdown table of classes loaded per library from a -Xlog:class+load:file=FILE log.

  measure.py report --results FILE --jmh JMH.json --machine MACHINE.md --out docs/benchmarks
      Writes results.md (tables) and synthesis-time.svg (chart) from the measured runs.

Only the standard library; Linux (/proc) only.
"""
import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict, defaultdict
from pathlib import Path


# ---------------------------------------------------------------------------------------------------------- measuring

def _tree_rss_kib(root_pid):
    """RSS (KiB) of root_pid and all its descendants, following /proc/<pid>/task/<tid>/children."""
    total, todo, seen = 0, [root_pid], set()
    while todo:
        pid = todo.pop()
        if pid in seen:
            continue
        seen.add(pid)
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, ValueError):
            pass
    return total


def run_once(command, env=None):
    out = Path(tempfile.mkdtemp(prefix="berth-bench-"))
    shutil.rmtree(out)  # the tools create it; some refuse a non-empty folder, none needs it to exist
    argv = [a.replace("{out}", str(out)) for a in command]
    peak = [0]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    result = {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "max_rss_mib": usage.ru_maxrss / 1024,
        "tree_rss_mib": max(peak[0], usage.ru_maxrss) / 1024,
        "exit": proc.returncode,
    }
    result.update(inspect_output(out))
    if proc.returncode != 0:
        result["error"] = stderr.decode(errors="replace")[-2000:]
    shutil.rmtree(out, ignore_errors=True)
    return result


def inspect_output(out):
    """Bytes written, CloudFormation resources (all *.template.json) and Terraform resources (main.tf.json)."""
    total, cfn_bytes, stacks, cfn, tf = 0, 0, 0, 0, 0
    if out.exists():
        for p in out.rglob("*"):
            if not p.is_file():
                continue
            size = p.stat().st_size
            total += size
            if p.name.endswith(".template.json"):
                stacks += 1
                cfn_bytes += size
                cfn += len(json.loads(p.read_text()).get("Resources", {}))
            elif p.name == "main.tf.json":
                for by_name in json.loads(p.read_text()).get("resource", {}).values():
                    tf += len(by_name)
    return {"out_bytes": total, "template_bytes": cfn_bytes, "stacks": stacks, "cfn_resources": cfn,
            "tf_resources": tf}


def cmd_case(a):
    env = dict(os.environ)
    for _ in range(a.warmups):
        r = run_once(a.command, env)
        if r["exit"] != 0:
            print(f"  {a.tool} {a.case}: warm-up failed (exit {r['exit']}):\n{r.get('error', '')}", file=sys.stderr)
    walls = []
    with open(a.results, "a") as f:
        for i in range(a.runs):
            r = run_once(a.command, env)
            r.update({"tool": a.tool, "case": a.case, "services": a.services, "run": i,
                      "command": " ".join(a.command)})
            f.write(json.dumps(r) + "\n")
            walls.append(r["wall_s"])
            if r["exit"] != 0:
                print(f"  {a.tool} {a.case}: run {i} failed (exit {r['exit']}):\n{r.get('error', '')}",
                      file=sys.stderr)
    print(f"  {a.tool:<28} {a.case:<12} median {statistics.median(walls):8.3f} s  "
          f"(runs: {' '.join(f'{w:.2f}' for w in walls)})")


# ------------------------------------------------------------------------------------------------- class loading

LIBRARIES = [
    ("JDK", ("java.", "javax.", "jdk.", "sun.", "com.sun.")),
    ("Berth DSL, model, examples (dev.berth.*)", ("dev.berth.",)),
    ("Jackson", ("com.fasterxml.jackson.",)),
    ("Freemarker", ("freemarker.",)),
    ("picocli", ("picocli.",)),
]


def cmd_classes(a):
    counts, shared = defaultdict(int), defaultdict(int)
    first, last = {}, {}
    for line in open(a.log):
        m = re.match(r"\[([\d.]+)s\]\s*(?:\[[^\]]*\]\s*)*(\S+) source: (.*)", line)
        if not m:
            continue
        t, name, source = float(m.group(1)), m.group(2), m.group(3)
        lib = "other"
        for label, prefixes in LIBRARIES:
            if name.startswith(prefixes):
                lib = label
                break
        if lib.startswith("Berth"):
            lib = "Berth synth (dev.berth.synth.*)" if name.startswith("dev.berth.synth.") else lib
        counts[lib] += 1
        if "shared" in source:
            shared[lib] += 1
        first.setdefault(lib, t)
        last[lib] = t
    print("| library | classes loaded | of them from the CDS archive | first loaded at | last loaded at |")
    print("|---|---:|---:|---:|---:|")
    for lib in sorted(counts, key=lambda k: first[k]):
        print(f"| {lib} | {counts[lib]} | {shared[lib]} | {first[lib]:.3f} s | {last[lib]:.3f} s |")
    print(f"| **total** | {sum(counts.values())} | {sum(shared.values())} | | |")


# ---------------------------------------------------------------------------------------------------------- report

def fmt_s(x):
    return f"{x:.2f}" if x >= 1 else f"{x:.3f}"


def fmt_mib(x):
    return f"{x:,.0f}"


def fmt_bytes(x):
    return f"{x:,}"


def load(results):
    runs = defaultdict(list)
    for line in open(results):
        r = json.loads(line)
        runs[(r["tool"], r["case"])].append(r)
    return runs


def cmd_report(a):
    runs = load(a.results)
    tools = list(OrderedDict.fromkeys(t for t, _ in runs))
    cases = list(OrderedDict.fromkeys(c for _, c in runs))
    services = {c: rs[0]["services"] for (_, c), rs in runs.items()}
    cases.sort(key=lambda c: (services[c] != 0, services[c]))

    def med(tool, case, key):
        rs = [r for r in runs.get((tool, case), []) if r["exit"] == 0]
        return statistics.median(r[key] for r in rs) if rs else None

    def table(title, key, fmt, note=""):
        lines = [f"### {title}", ""]
        if note:
            lines += [note, ""]
        lines.append("| case | services | " + " | ".join(tools) + " |")
        lines.append("|---|---:|" + "---:|" * len(tools))
        for c in cases:
            cells = []
            for t in tools:
                v = med(t, c, key)
                failed = [r for r in runs.get((t, c), []) if r["exit"] != 0]
                cells.append(fmt(v) if v is not None else ("failed" if failed else "—"))
            lines.append(f"| {c} | {services[c] or ''} | " + " | ".join(cells) + " |")
        return lines + [""]

    md = []
    md += ["# Berth benchmarks", "",
           "Generated by `benchmarks/run.sh` (see [README](README.md) for what each column runs). "
           "Numbers are medians of the measured runs after the warm-up runs; every run writes into a fresh, empty "
           "folder. Do not edit by hand: run the script again.", ""]
    md += [open(a.machine).read().rstrip(), ""]
    md += ["## Whole process", ""]
    md += table("Wall time (s)", "wall_s", fmt_s)
    md += table("CPU time, user + sys of all processes (s)", "cpu_s", fmt_s,
                "More than the wall time means more than one core was busy (JIT and GC threads; for the CDK, "
                "Node and the JVM side by side).")
    md += table("Peak memory, largest single process (MiB RSS)", "max_rss_mib", fmt_mib)
    md += table("Peak memory, whole process tree (MiB RSS, sampled every 20 ms)", "tree_rss_mib", fmt_mib,
                "The CDK runs three processes at once (the `cdk` command line in Node, the app's JVM and the jsii "
                "Node kernel); Berth runs one.")
    md += table("Output bytes (all files written)", "out_bytes", fmt_bytes,
                "Berth: CloudFormation templates, Terraform module and its README. CDK: the cloud assembly "
                "(templates, manifest.json, tree.json, metadata, asset manifests).")
    md += table("CloudFormation templates written", "stacks", lambda v: f"{v:.0f}")
    md += table("CloudFormation resources, across all templates", "cfn_resources", lambda v: f"{v:,.0f}")
    md += table("Terraform resources (main.tf.json)", "tf_resources", lambda v: f"{v:,.0f}")

    # Ratios against the CDK.
    cdk_tools = [t for t in tools if t.startswith("cdk")]
    berth_tools = [t for t in tools if not t.startswith("cdk")]
    if cdk_tools:
        md += ["### Ratios: how many times as long `cdk synth` takes as Berth (wall time; CPU time)", ""]
        md.append("| case | " + " | ".join(f"{c} / {b}" for c in cdk_tools for b in berth_tools) + " |")
        md.append("|---|" + "---:|" * (len(cdk_tools) * len(berth_tools)))
        for c in cases:
            cells = []
            for ct in cdk_tools:
                for bt in berth_tools:
                    cw, bw = med(ct, c, "wall_s"), med(bt, c, "wall_s")
                    cc, bc = med(ct, c, "cpu_s"), med(bt, c, "cpu_s")
                    cells.append(f"{cw / bw:.1f}× ; {cc / bc:.1f}×" if cw and bw else "—")
            md.append(f"| {c} | " + " | ".join(cells) + " |")
        md.append("")

    # Growth.
    md += ["### Growth with the number of services (wall time, median)", ""]
    md.append("| tool | " + " | ".join(f"{a_}→{b_}" for a_, b_ in zip((1, 10, 100), (10, 100, 1000))) + " |")
    md.append("|---|" + "---:|" * 3)
    by_n = {services[c]: c for c in cases if services[c]}
    for t in tools:
        cells = []
        for lo, hi in zip((1, 10, 100), (10, 100, 1000)):
            wl = med(t, by_n.get(lo), "wall_s") if lo in by_n else None
            wh = med(t, by_n.get(hi), "wall_s") if hi in by_n else None
            cells.append(f"×{wh / wl:.1f}" if wl and wh else "—")
        md.append(f"| {t} | " + " | ".join(cells) + " |")
    md += ["", "10× the services: ×10 would be linear growth; less than that means a fixed start-up cost dominates.",
           ""]

    failures = [(t, c, r) for (t, c), rs in runs.items() for r in rs if r["exit"] != 0]
    if failures:
        md += ["### Failed runs", ""]
        seen = set()
        for t, c, r in failures:
            if (t, c) in seen:
                continue
            seen.add((t, c))
            err = r.get("error", "").strip().splitlines()
            first = next((l for l in err if "Error" in l or "Exception" in l), err[0] if err else "")
            md.append(f"- {t}, {c}: exit {r['exit']}: `{first[:300]}`")
        md.append("")

    md += ["### Commands measured", ""]
    for (t, c), rs in runs.items():
        md.append(f"- {t}, {c}: `{short(rs[0]['command'])}`")
    md.append("")

    for spec in a.matrix or []:
        title, _, file = spec.rpartition("=")
        md += matrix(title, load(file))
    if a.jmh and Path(a.jmh).exists():
        md += jmh_table(json.load(open(a.jmh)))
    for extra in a.append or []:
        md += [open(extra).read().rstrip(), ""]
    (Path(a.out) / "results.md").write_text("\n".join(md) + "\n")
    chart(runs, tools, cases, services, a.jmh, Path(a.out) / "synthesis-time.svg")


def matrix(title, runs):
    """Rows: tools (variants); columns: cases; cells: median wall time, CPU time and peak RSS."""
    tools = list(OrderedDict.fromkeys(t for t, _ in runs))
    cases = list(OrderedDict.fromkeys(c for _, c in runs))
    lines = [f"## {title}", "", "Each cell: median wall time / CPU time (user + sys) / peak RSS.", ""]
    lines.append("| variant | " + " | ".join(cases) + " |")
    lines.append("|---|" + "---:|" * len(cases))
    for t in tools:
        cells = []
        for c in cases:
            rs = [r for r in runs.get((t, c), []) if r["exit"] == 0]
            if not rs:
                cells.append("failed" if runs.get((t, c)) else "—")
                continue
            w = statistics.median(r["wall_s"] for r in rs)
            u = statistics.median(r["cpu_s"] for r in rs)
            m = statistics.median(r["max_rss_mib"] for r in rs)
            cells.append(f"**{fmt_s(w)} s** / {fmt_s(u)} s / {m:,.0f} MiB")
        lines.append(f"| {t} | " + " | ".join(cells) + " |")
    lines += ["", "Commands:", ""]
    for (t, c), rs in runs.items():
        lines.append(f"- {t}, {c}: `{short(rs[0]['command'])}`")
    return lines + [""]


def jmh_table(results):
    rows = defaultdict(dict)
    for r in results:
        name = r["benchmark"].rsplit(".", 1)[1]
        n = int(r["params"]["services"])
        m = r["primaryMetric"]
        rows[name][n] = (m["score"], m["scoreError"], m["scoreUnit"])
    lines = ["## In process (JMH)", "",
             "`SynthesisBenchmark`: `synthesize` is `Synthesizer.synthesize(program).files()` on a program built "
             "once (validation, plan, CloudFormation stacks and Terraform module rendered and serialised to strings; "
             "no file I/O); `buildAndSynthesize` builds the program with the DSL as well. Warm JVM: this is the cost "
             "of the work itself, without start-up.", ""]
    ns = sorted({n for v in rows.values() for n in v})
    lines.append("| benchmark | " + " | ".join(f"{n} services" for n in ns) + " |")
    lines.append("|---|" + "---:|" * len(ns))
    for name, by_n in rows.items():
        cells = []
        for n in ns:
            if n in by_n:
                s, e, u = by_n[n]
                cells.append(f"{s:,.3f} ± {e:,.3f} {u}" if not math.isnan(e) else f"{s:,.3f} {u}")
            else:
                cells.append("—")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return lines + [""]


def chart(runs, tools, cases, services, jmh, path):
    """Log-log line chart of median wall time against services, one line per tool (plus JMH in-process)."""
    series = OrderedDict()
    for t in tools:
        pts = []
        for c in cases:
            n = services[c]
            rs = [r for r in runs.get((t, c), []) if r["exit"] == 0]
            if n and rs:
                pts.append((n, statistics.median(r["wall_s"] for r in rs)))
        if pts:
            series[t] = pts
    if jmh and Path(jmh).exists():
        pts = []
        for r in json.load(open(jmh)):
            if r["benchmark"].endswith(".synthesize"):
                unit = r["primaryMetric"]["scoreUnit"]
                scale = {"ms/op": 1e-3, "s/op": 1, "us/op": 1e-6}.get(unit, 1e-3)
                pts.append((int(r["params"]["services"]), r["primaryMetric"]["score"] * scale))
        if pts:
            series["Berth in process (JMH, warm)"] = sorted(pts)
    W, H, L, R, T, B = 760, 460, 70, 250, 40, 50
    xs = [1, 10, 100, 1000]
    ys = [v for pts in series.values() for _, v in pts] or [1]
    ylo = 10 ** math.floor(math.log10(min(ys)))
    yhi = 10 ** math.ceil(math.log10(max(ys)))
    if ylo == yhi:
        yhi *= 10

    def X(n):
        return L + (math.log10(n) - 0) / 3 * (W - L - R)

    def Y(v):
        return T + (1 - (math.log10(v) - math.log10(ylo)) / (math.log10(yhi) - math.log10(ylo))) * (H - T - B)

    colours = ["#1f77b4", "#2ca02c", "#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#17becf"]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{L}" y="22" font-size="15" font-weight="bold">Synthesis wall time vs number of services '
           f'(median, log-log)</text>']
    e = ylo
    while e <= yhi * 1.0001:
        for k in (1, 2, 5):
            v = e * k
            if ylo <= v <= yhi:
                y = Y(v)
                out.append(f'<line x1="{L}" y1="{y:.1f}" x2="{W - R}" y2="{y:.1f}" stroke="#ddd"/>')
                label = f"{v:g} s"
                out.append(f'<text x="{L - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
        e *= 10
    for n in xs:
        x = X(n)
        out.append(f'<line x1="{x:.1f}" y1="{T}" x2="{x:.1f}" y2="{H - B}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{H - B + 18}" text-anchor="middle">{n:,}</text>')
    out.append(f'<text x="{(L + W - R) / 2:.1f}" y="{H - 12}" text-anchor="middle">services in the program</text>')
    out.append(f'<rect x="{L}" y="{T}" width="{W - L - R}" height="{H - T - B}" fill="none" stroke="#888"/>')
    for i, (name, pts) in enumerate(series.items()):
        col = colours[i % len(colours)]
        dash = ' stroke-dasharray="5,4"' if "JMH" in name else ""
        path_d = " ".join(f"{'M' if j == 0 else 'L'}{X(n):.1f},{Y(v):.1f}" for j, (n, v) in enumerate(pts))
        out.append(f'<path d="{path_d}" fill="none" stroke="{col}" stroke-width="2"{dash}/>')
        for n, v in pts:
            out.append(f'<circle cx="{X(n):.1f}" cy="{Y(v):.1f}" r="3.5" fill="{col}">'
                       f'<title>{name}: {n} services, {v:.3f} s</title></circle>')
        ly = T + 14 + i * 20
        out.append(f'<line x1="{W - R + 14}" y1="{ly - 4}" x2="{W - R + 38}" y2="{ly - 4}" stroke="{col}" '
                   f'stroke-width="2"{dash}/>')
        out.append(f'<text x="{W - R + 44}" y="{ly}">{escape(name)}</text>')
    out.append("</svg>")
    path.write_text("\n".join(out) + "\n")


def short(command):
    """A measured command as a reader wants to see it: paths relative to the repository, long classpaths elided."""
    root = str(Path(__file__).resolve().parent.parent) + "/"
    command = command.replace(root, "").replace("{out}", "DIR")
    return re.sub(r"-cp (\S{120,})", lambda m: f"-cp <{m.group(1).count(':') + 1} entries: see benchmarks/run.sh>",
                  command)


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("case")
    c.add_argument("--results", required=True)
    c.add_argument("--tool", required=True)
    c.add_argument("--case", required=True)
    c.add_argument("--services", type=int, default=0)
    c.add_argument("--runs", type=int, default=5)
    c.add_argument("--warmups", type=int, default=1)
    c.add_argument("command", nargs=argparse.REMAINDER)
    k = sub.add_parser("classes")
    k.add_argument("--log", required=True)
    r = sub.add_parser("report")
    r.add_argument("--results", required=True)
    r.add_argument("--jmh")
    r.add_argument("--machine", required=True)
    r.add_argument("--append", action="append")
    r.add_argument("--matrix", action="append", help="TITLE=results.jsonl: a table of variants by cases")
    r.add_argument("--out", required=True)
    a = p.parse_args()
    if a.cmd == "case":
        if a.command and a.command[0] == "--":
            a.command = a.command[1:]
        cmd_case(a)
    elif a.cmd == "classes":
        cmd_classes(a)
    else:
        cmd_report(a)


if __name__ == "__main__":
    main()
