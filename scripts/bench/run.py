#!/usr/bin/env python3
"""The walking-network benchmark (`make bench`, not part of the tests): the plugin's engine side by side with the
route a QGIS user takes without it (Processing's service areas + overlay), pandana and networkx, on generated
superblock grids of about 10k, 100k and 1M street segments and on the real Helsinki extract. Writes
bench-output/network_benchmark.md (printed at the end) and the raw numbers in bench-output/network_benchmark.json.

Every measurement runs in a fresh process (scripts/bench/peers.py, scripts/bench/native.py, qgis_process); its wall
time per phase is taken inside the process, its peak memory from the kernel when it ends (os.wait4's ru_maxrss:
the largest resident set of the process and anything it waited for), so measurements never share memory.
A measurement that would pass the time limit (10 min) is stopped and marked so; at 1M the peers are run only when
their 10k → 100k scaling predicts that they finish within the limit (QGIS's native route is not run at 1M at all).

Usage: /usr/bin/python3 scripts/bench/run.py [--sizes 10k,helsinki,100k,1m] [--limit 600] [--no-e2e]
                                             [--e2e-workload 1m] [--render-only]
(`make bench BENCH_ARGS="--sizes 10k --no-e2e"` passes options through.)
"""

import argparse
import datetime
import json
import os
import platform
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

import generate  # noqa: E402 (scripts/bench is not a package)

SYSTEM_PYTHON = "/usr/bin/python3"
REACH = 600.0
NATIVE_SIZES = ("10k", "100k", "helsinki")  # QGIS's native route: not at 1M
# Helsinki's facilities crowd a 1.8 km² extract, so every service area overlaps every other and the buffer + dissolve
# of one type alone takes minutes: a short limit shows that without spending the run's budget on it
NATIVE_LIMITS = {"helsinki": 120.0}
LABELS = {"10k": "grid 10k", "100k": "grid 100k", "1m": "grid 1M", "helsinki": "Helsinki (OSM)"}
ENGINE_LABELS = {"ours": "**ours** (plugin engine)", "ours_repeat": "ours, graph already built (cached)",
                 "native": "QGIS native (service area + overlay)", "pandana": "pandana", "networkx": "networkx",
                 "read": "QGIS reading the street layer (read_streets)"}


# ---------------------------------------------------------------------------------------------------------------
# running one measurement


class Measurement:
    """A process run to completion or to the time limit: status ok | failed | stopped, wall time, peak memory."""

    def __init__(self, status, wall, peak_mb, returncode, log):
        self.status, self.wall, self.peak_mb, self.returncode, self.log = status, wall, peak_mb, returncode, log


def measure(command, log_path, limit):
    """Run command in its own process group, stop it at `limit` seconds, and read its peak memory from wait4."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        stopped = False
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > limit:
                os.killpg(process.pid, signal.SIGKILL)  # the group of the process started here, nothing else
                stopped = True
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.05)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    state = "stopped" if stopped else ("ok" if process.returncode == 0 else "failed")
    return Measurement(state, wall, usage.ru_maxrss / 1024.0, process.returncode, log_path)


def tail(path, lines=8):
    try:
        return "\n".join(Path(path).read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return ""


# ---------------------------------------------------------------------------------------------------------------
# the benchmark


class Bench:
    def __init__(self, out, limit, sizes, e2e):
        self.out = out
        self.work = out / "workloads"
        self.logs = out / "logs"
        self.limit = limit
        self.sizes = sizes
        self.e2e = e2e
        self.started = time.perf_counter()
        self.workloads = {}  # name → generate.py summary, or {"skipped": reason}
        self.rows = {}  # (workload, engine) → dict
        self.pandana_python = out / "venv-pandana" / "bin" / "python"
        self.networkx_python = ROOT / ".venv" / "bin" / "python"
        self.pandana_problem = None
        self.networkx_problem = None
        self.e2e_row = None

    def say(self, text):
        elapsed = time.perf_counter() - self.started
        print("[{:02d}:{:02d}] {}".format(int(elapsed // 60), int(elapsed % 60), text), flush=True)

    # setup -----------------------------------------------------------------------------------------------------
    def setup_peers(self):
        self.say("setting up the pandana venv (scripts/bench/setup_pandana.sh) …")
        run = measure(["bash", str(HERE / "setup_pandana.sh"), str(self.pandana_python.parents[1])],
                      self.logs / "setup_pandana.log", limit=900)
        if run.status != "ok":
            self.pandana_problem = "could not be installed here ({}: {})".format(
                "timed out" if run.status == "stopped" else "exit {}".format(run.returncode),
                tail(run.log, 1) or "see bench-output/logs/setup_pandana.log")
            self.say("pandana: " + self.pandana_problem)
        check = subprocess.run([str(self.networkx_python), "-c", "import networkx, scipy"], capture_output=True) \
            if self.networkx_python.exists() else None
        if check is None or check.returncode != 0:
            self.networkx_problem = "not available (.venv with networkx missing: run `make setup`)"

    def prepare_workload(self, name):
        if name == "helsinki" and generate.shared_helsinki() is None:
            self.workloads[name] = {"skipped": "../shared/data/helsinki is absent: skipped"}
            self.say("helsinki: " + self.workloads[name]["skipped"])
            return False
        run = measure([SYSTEM_PYTHON, str(HERE / "generate.py"), name, str(self.work), "--gpkg"],
                      self.logs / "generate-{}.log".format(name), limit=1800)
        if run.status != "ok":
            self.workloads[name] = {"skipped": "generating the workload failed: " + tail(run.log, 2)}
            self.say("{}: {}".format(name, self.workloads[name]["skipped"]))
            return False
        summary = self.workloads[name] = json.loads((self.work / "{}.json".format(name)).read_text())
        self.say("{}: {} street segments in {} features, {} residents, {} facilities in {} types, {} communities"
                 .format(name, *(fmt_count(summary[k]) for k in ("segments", "lines", "residents", "facilities",
                                                                  "types", "communities"))))
        return True

    # measurements ----------------------------------------------------------------------------------------------
    def run_peer(self, name, engine, python):
        result_path = self.work / "{}-{}.result.json".format(name, engine)
        result_path.unlink(missing_ok=True)
        command = [str(python), str(HERE / "peers.py"), engine, str(self.work / "{}.npz".format(name)),
                   str(result_path), "--reach", str(REACH)]
        run = measure(command, self.logs / "{}-{}.log".format(name, engine), self.limit)
        row = dict(status=run.status, process_wall=run.wall, peak_mb=run.peak_mb)
        if run.status == "ok" and result_path.is_file():
            row.update(json.loads(result_path.read_text()))
        elif run.status == "ok":
            row["status"] = "failed"
        if row["status"] == "failed":
            row["error"] = tail(run.log, 3)
        self.rows[(name, engine)] = row
        self.say("{:9} {:9} {}".format(name, engine, self.describe(row)))
        return row

    def run_native(self, name):
        progress_path = self.work / "{}-native.progress.jsonl".format(name)
        progress_path.unlink(missing_ok=True)
        command = [SYSTEM_PYTHON, str(HERE / "native.py"), str(self.work / "{}.gpkg".format(name)), str(progress_path),
                   "--reach", str(REACH)]
        limit = min(self.limit, NATIVE_LIMITS.get(name, self.limit))
        run = measure(command, self.logs / "{}-native.log".format(name), limit)
        events = [json.loads(line) for line in progress_path.read_text().splitlines()] \
            if progress_path.is_file() else []
        types = [e for e in events if e.get("event") == "type"]
        start = next((e for e in events if e.get("event") == "start"), {})
        done = any(e.get("event") == "done" for e in events)
        row = dict(status="ok" if done else run.status, process_wall=run.wall, peak_mb=run.peak_mb, limit=limit,
                   types_done=len(types), types_total=start.get("types"),
                   phases=dict(queries=sum(e["service_area"] for e in types), overlay=sum(e["overlay"] for e in types)),
                   coverage=[e["coverage"] for e in types], per_type=types)
        unfinished = [e for e in events if e.get("event") == "service_area"][len(types):]
        if unfinished:  # stopped in the overlay of this type
            row["unfinished"] = unfinished[0]
        if row["status"] == "ok" and not done:
            row["status"] = "failed"
        if row["status"] == "failed":
            row["error"] = tail(run.log, 3)
        self.rows[(name, "native")] = row
        self.say("{:9} {:9} {}".format(name, "native", self.describe(row)))
        return row

    def predicted_total(self, engine, name):
        """At 1M: the total time predicted from the engine's own 10k → 100k scaling (a power law in the edges)."""
        import math

        small, large = self.rows.get(("10k", engine)), self.rows.get(("100k", engine))
        if not (small and large and small["status"] == large["status"] == "ok"):
            return None, None
        t1, t2 = total(small), total(large)
        e1, e2 = self.workloads["10k"]["segments"], self.workloads["100k"]["segments"]
        exponent = math.log(t2 / t1) / math.log(e2 / e1)
        return t2 * (self.workloads[name]["segments"] / e2) ** exponent, exponent

    def run_workload(self, name):
        if not self.prepare_workload(name):
            return
        self.run_peer(name, "ours", SYSTEM_PYTHON)
        self.run_peer(name, "read", SYSTEM_PYTHON)
        for engine, python, problem in (("networkx", self.networkx_python, self.networkx_problem),
                                        ("pandana", self.pandana_python, self.pandana_problem)):
            if problem:
                self.rows[(name, engine)] = dict(status="unavailable", note=problem)
                continue
            if name == "1m":
                predicted, exponent = self.predicted_total(engine, name)
                if predicted is not None and predicted > self.limit:
                    note = "not run: ≈ {} predicted from its 10k → 100k scaling (time ∝ edges^{:.2f}), over the " \
                           "{}-min limit".format(fmt_duration(predicted), exponent, int(self.limit // 60))
                    self.rows[(name, engine)] = dict(status="not run", note=note)
                    self.say("{:9} {:9} {}".format(name, engine, self.rows[(name, engine)]["note"]))
                    continue
            self.run_peer(name, engine, python)
        if name in NATIVE_SIZES:
            self.run_native(name)
        else:
            self.rows[(name, "native")] = dict(status="not run", note="not run at 1M (hours at the 100k rate)")

    # end to end ------------------------------------------------------------------------------------------------
    def network_parameter(self):
        """Whether completecommunity:checkcommunities has the NETWORK parameter yet (asked of qgis_process)."""
        command = [str(ROOT / "scripts" / "qgis_process.sh"), "help", "completecommunity:checkcommunities"]
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if result.returncode != 0:
            return None, "qgis_process could not describe completecommunity:checkcommunities: " + \
                (result.stderr.strip().splitlines() or ["?"])[-1]
        return any(line.startswith("NETWORK:") for line in result.stdout.splitlines()), None

    def run_e2e(self, name="1m"):
        if name not in self.workloads or "skipped" in self.workloads[name]:
            if not self.prepare_workload(name):
                self.e2e_row = dict(status="not run", note="the workload could not be generated")
                return
        available, problem = self.network_parameter()
        if not available:
            note = problem or ("skipped: completecommunity:checkcommunities has no NETWORK parameter yet "
                               "(straight-line distances only in this checkout)")
            self.e2e_row = dict(status="not run", note=note)
            self.say("end to end: " + note)
            return
        gpkg = self.work / "{}.gpkg".format(name)
        target = self.out / "e2e"
        target.mkdir(parents=True, exist_ok=True)
        for stale in ("community_results.gpkg", "item_results.csv"):
            (target / stale).unlink(missing_ok=True)
        command = [str(ROOT / "scripts" / "qgis_process.sh"), "run", "completecommunity:checkcommunities", "--",
                   "COMMUNITIES={}|layername=communities".format(gpkg), "ID_FIELD=id", "NAME_FIELD=name",
                   "POPULATION_FIELD=population", "STATUS_FIELD=status",
                   "FACILITIES={}|layername=facilities".format(gpkg), "FACILITY_TYPE_FIELD=type",
                   "FACILITY_NAME_FIELD=name", "BUILDING_AREA_FIELD=building_area", "CLASSES_FIELD=classes",
                   "RESIDENTS={}|layername=residents".format(gpkg), "RESIDENTS_POPULATION_FIELD=population",
                   "NETWORK={}|layername=streets".format(gpkg),
                   "OUTPUT={}".format(target / "community_results.gpkg"),
                   "OUTPUT_ITEMS={}".format(target / "item_results.csv")]
        self.say("end to end: checkcommunities on {} through qgis_process …".format(LABELS[name]))
        run = measure(command, self.logs / "e2e-{}.log".format(name), self.limit)
        self.e2e_row = dict(status=run.status, wall=run.wall, peak_mb=run.peak_mb, workload=name,
                            command=" ".join(c if "|" not in c else "'{}'".format(c) for c in command).replace(
                                str(ROOT) + "/", ""))
        # what the check itself reported: the network it built and the communities it wrote
        log = run.log.read_text(errors="replace").splitlines()
        self.e2e_row["log"] = [line.strip() for line in log if line.startswith(("Walking network", "COMMUNITY_COUNT",
                                                                                  "COMPLETE_COUNT"))]
        if run.status == "failed":
            self.e2e_row["error"] = tail(run.log, 3)
        self.say("end to end: {} {} peak {}".format(run.status, fmt_duration(run.wall), fmt_memory(run.peak_mb)))

    # report ----------------------------------------------------------------------------------------------------
    def describe(self, row):
        if row["status"] not in ("ok", "stopped"):
            return row.get("note") or "{}: {}".format(row["status"], row.get("error", ""))
        parts = ["{} {}".format(k, fmt_duration(v)) for k, v in row.get("phases", {}).items()
                 if row.get("types_done", 1)]  # a native run stopped before its first type has no phases
        if row["status"] == "stopped":
            parts.append("STOPPED at the limit")
        return "  ".join(parts + ["peak " + fmt_memory(row["peak_mb"])])

    def write(self):
        self.env = environment(self)
        report = render(self)
        (self.out / "network_benchmark.md").write_text(report)
        raw = dict(workloads=self.workloads, rows={"{}|{}".format(*key): row for key, row in self.rows.items()},
                   e2e=self.e2e_row, environment=self.env, limit=self.limit, reach=REACH, sizes=self.sizes)
        (self.out / "network_benchmark.json").write_text(json.dumps(raw, indent=1, default=str))
        return report

    @classmethod
    def from_json(cls, out):
        """The bench as a previous run left it (network_benchmark.json), to render the report again."""
        raw = json.loads((out / "network_benchmark.json").read_text())
        bench = cls(out, raw["limit"], raw["sizes"], raw["e2e"] is not None)
        bench.workloads, bench.e2e_row, bench.env = raw["workloads"], raw["e2e"], raw["environment"]
        bench.rows = {tuple(key.split("|")): row for key, row in raw["rows"].items()}
        return bench


# ---------------------------------------------------------------------------------------------------------------
# formatting


def total(row):
    phases = row.get("phases", {})
    return sum(phases.values())


def fmt_duration(seconds):
    if seconds is None:
        return "—"
    if seconds < 1:
        return "{:.3f} s".format(seconds)
    if seconds < 10:
        return "{:.2f} s".format(seconds)
    if seconds < 120:
        return "{:.1f} s".format(seconds)
    return "{:.0f} s ({:.1f} min)".format(seconds, seconds / 60)


def fmt_limit(seconds):
    return "> {:.0f} min".format(seconds / 60) if seconds >= 60 else "> {:.0f} s".format(seconds)


def fmt_memory(mb):
    if mb is None:
        return "—"
    return "{:.0f} MB".format(mb) if mb < 1024 else "{:.2f} GB".format(mb / 1024)


def fmt_ratio(value):
    if value >= 100:
        return "{:,.0f}×".format(value)
    if value >= 10:
        return "{:.0f}×".format(value)
    return "{:.1f}×".format(value)


def fmt_count(value):
    return "{:,}".format(value) if isinstance(value, int) else str(value)


def mean(values):
    return sum(values) / len(values) if values else None


def environment(bench):
    def first_line(command):
        try:
            return subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout.strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"

    cpu = "?"
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = "?"
    try:
        kb = int(next(line.split()[1] for line in Path("/proc/meminfo").read_text().splitlines()
                      if line.startswith("MemTotal")))
        memory = "{:.0f} GiB".format(kb / 1024 ** 2)
    except (OSError, StopIteration, ValueError):
        pass
    versions = first_line([SYSTEM_PYTHON, "-c", "import numpy, scipy; from qgis.core import Qgis; "
                           "print(Qgis.QGIS_VERSION.split('-')[0], numpy.__version__, scipy.__version__)"]).split()
    versions += ["?"] * (3 - len(versions))
    commit = first_line(["git", "rev-parse", "--short", "HEAD"])
    dirty = bool(subprocess.run(["git", "status", "--porcelain"], capture_output=True, text=True, cwd=ROOT).stdout)
    peers = {}
    for engine in ("networkx", "pandana"):
        row = next((r for (w, e), r in bench.rows.items() if e == engine and r.get("version")), None)
        peers[engine] = row["version"] if row else "—"
    return dict(cpu=cpu, cores=os.cpu_count(), memory=memory, system=platform.platform(terse=True),
                python=platform.python_version(), qgis=versions[0], numpy=versions[1], scipy=versions[2],
                commit=commit + (" + uncommitted changes" if dirty else ""), **peers,
                date=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
                duration=time.perf_counter() - bench.started)


def render(bench):
    env = bench.env
    limit_min = int(bench.limit // 60)
    lines = ["# Walking-network benchmark", ""]
    lines.append("{date} · {cpu}, {cores} cores, {memory} · {system} · Python {python} · QGIS {qgis} · numpy {numpy} · "
                 "scipy {scipy} · networkx {networkx} · pandana {pandana} · commit {commit} · the whole run took {took}"
                 .format(took=fmt_duration(env["duration"]), **env))
    lines += ["", "Question asked of every engine: for each of the facility types, the share of resident points with a "
              "facility of the type within {:.0f} m of walking (*coverage*, averaged over the types). Times are wall "
              "times measured inside a fresh process per measurement, input loaded before the clock starts; *peak* is "
              "that process's maximum resident memory (Python, libraries and input included). Limit per measurement: "
              "{} min.".format(REACH, limit_min), ""]

    # workloads
    lines += ["## Workloads", "", "| workload | street features | graph nodes / edges | residents | facilities (types) "
              "| communities |", "|---|---:|---:|---:|---:|---:|"]
    for name in bench.sizes:
        summary = bench.workloads.get(name)
        if summary is None:
            continue
        if "skipped" in summary:
            lines.append("| {} | {} | | | | |".format(LABELS[name], summary["skipped"]))
            continue
        ours = bench.rows.get((name, "ours"), {})
        graph = "{} / {}".format(fmt_count(ours["nodes"]), fmt_count(ours["edges"])) if "nodes" in ours else \
            "— / {}".format(fmt_count(summary["segments"]))
        lines.append("| {} | {} | {} | {} | {} ({}) | {} |".format(
            LABELS[name], fmt_count(summary["lines"]), graph, fmt_count(summary["residents"]),
            fmt_count(summary["facilities"]), summary["types"], fmt_count(summary["communities"] or "—")))

    # results
    lines += ["", "## Results", "",
              "| workload | engine | build | prepare | queries (all types) | overlay | **total** | "
              "peak memory | coverage | note |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name in bench.sizes:
        summary = bench.workloads.get(name)
        if summary is None or "skipped" in summary:
            continue
        for engine in ("ours", "ours_repeat", "read", "native", "pandana", "networkx"):
            row = bench.rows.get((name, "ours" if engine == "ours_repeat" else engine))
            if row is None:
                continue
            lines.append(result_line(name, engine, row, bench))

    # ratios and targets
    lines += ["", "## Ratios (total time of the peer ÷ total time of ours, same workload)", "",
              "| workload | QGIS native / ours | pandana / ours | networkx / ours |", "|---|---:|---:|---:|"]
    for name in bench.sizes:
        ours = bench.rows.get((name, "ours"))
        if not ours or ours["status"] != "ok":
            continue
        cells = [ratio_cell(bench.rows.get((name, engine)), total(ours), bench) for engine in
                 ("native", "pandana", "networkx")]
        lines.append("| {} | {} |".format(LABELS[name], " | ".join(cells)))
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += targets(bench)

    # cache
    lines += ["", "## A second check on the same network (the graph cache)", "",
              "The plugin keeps built graphs for the session (core/network/cache.py, keyed by the street file's "
              "path, size and modification time): a second check on the same network skips reading the layer and "
              "building the graph. With the graph it keeps what was computed on it (core/network/graph.py: Memo, "
              "within a memory budget): the attachment of the same residents and facilities and the shortest-path "
              "pass of the same facility set and distance, so a repeated check with the same inputs only reads the "
              "distances off again; other residents, facilities or distances are computed afresh.", "",
              "| workload | first run: read + build + attach + prepare + queries | second run: attach + prepare + "
              "queries | speed-up | speed-up, engine only (without reading) |", "|---|---:|---:|---:|---:|"]
    for name in bench.sizes:
        ours, read = bench.rows.get((name, "ours")), bench.rows.get((name, "read"))
        if not ours or ours["status"] != "ok":
            continue
        repeat = sum(ours["repeat_phases"].values())
        read_time = read["phases"]["read"] if read and read["status"] == "ok" else None
        first = total(ours) + (read_time or 0)
        lines.append("| {} | {} | {} | {} | {} |".format(
            LABELS[name], fmt_duration(first) + ("" if read_time is not None else " (without reading)"),
            fmt_duration(repeat), fmt_ratio(first / repeat), fmt_ratio(total(ours) / repeat)))

    big = max((n for n in bench.sizes if bench.rows.get((n, "ours"), {}).get("status") == "ok"),
              key=lambda n: bench.workloads[n]["segments"], default=None)
    if big:
        ours, read = bench.rows[(big, "ours")], bench.rows.get((big, "read"), {})
        repeat = ours["repeat_phases"]
        lines += ["", "At {}: the cache saves reading the layer ({}) and the build ({}); the second run's attaching of "
                  "the {} residents ({}), inserting of the facilities ({}) and {} queries ({}) come from the memo."
                  .format(LABELS[big], fmt_duration(read.get("phases", {}).get("read")),
                          fmt_duration(ours["phases"]["build"]), fmt_count(ours["residents"]),
                          fmt_duration(repeat["attach"]), fmt_duration(repeat["prepare"]), len(ours["types"]),
                          fmt_duration(repeat["queries"]))]

    # end to end
    row = bench.e2e_row
    lines += ["", "## End to end: the check on the {} city through qgis_process".format(
        LABELS[row["workload"]] if row and "workload" in row else LABELS["1m"]), ""]
    if row is None:
        lines.append("Not run (--no-e2e).")
    elif row["status"] == "not run":
        lines.append(row["note"] + ".")
    else:
        summary = bench.workloads.get(row["workload"], {})
        lines.append("`completecommunity:checkcommunities` with NETWORK, RESIDENTS and {} communities, {} facilities, "
                     "{} residents, {} street features (GeoPackage): **{}**{}, peak memory {} (the qgis_process "
                     "process: QGIS start, plugin load, reading, check, writing).".format(
                         fmt_count(summary.get("communities", 0)), fmt_count(summary.get("facilities", 0)),
                         fmt_count(summary.get("residents", 0)), fmt_count(summary.get("lines", 0)),
                         "> {} min (stopped)".format(limit_min) if row["status"] == "stopped"
                         else fmt_duration(row["wall"]),
                         " — FAILED: " + row.get("error", "").replace("\n", " ") if row["status"] == "failed" else "",
                         fmt_memory(row["peak_mb"])))
        if row.get("log"):
            lines += ["", "The check's own log: " + "; ".join("`{}`".format(line.replace("\t", " "))
                                                               for line in row["log"]) + "."]
        lines += ["", "```", row["command"], "```"]

    lines += ["", "## How each engine was run", ""] + method_notes(bench)
    return "\n".join(lines) + "\n"


def result_line(name, engine, row, bench):
    label = ENGINE_LABELS[engine]
    if row["status"] in ("unavailable", "not run"):
        return "| {} | {} | | | | | — | | | {} |".format(LABELS[name], label, row["note"])
    if row["status"] == "failed":
        return "| {} | {} | | | | | failed | {} | | {} |".format(
            LABELS[name], label, fmt_memory(row.get("peak_mb")), row.get("error", "").replace("\n", " ")[-200:])
    phases = row.get("phases", {})
    coverage = mean(row.get("coverage", []))
    coverage_text = "{:.1%}".format(coverage) if coverage is not None else ""
    note = ""
    if engine == "ours":
        phases = dict(build=phases["build"], prepare=phases["attach"] + phases["prepare"], queries=phases["queries"])
        note = "{} residents, {} facilities off the network".format(row["off_network_residents"],
                                                                    row["off_network_facilities"])
        peak = row["peak_rss_first_mb"]
    elif engine == "ours_repeat":
        repeat = row["repeat_phases"]
        phases = dict(prepare=repeat["attach"] + repeat["prepare"], queries=repeat["queries"])
        note = "the same WalkingGraph object again: same answers" if row.get("repeat_same") else \
            "the same WalkingGraph object again: ANSWERS DIFFER"
        peak = None
        coverage_text = ""
    elif engine == "read":
        note = "{} lines; the step the cache saves besides the build".format(fmt_count(row["lines"]))
        peak = row["peak_mb"]
        phases = dict(build=phases["read"])
    elif engine == "native":
        peak = row["peak_mb"]
        note = "{} / {} types".format(row["types_done"], row["types_total"])
        if row["status"] == "stopped":
            per_type = (phases["queries"] + phases["overlay"]) / row["types_done"] if row["types_done"] else None
            note = "**{} (stopped)** after {} of {} types{}".format(
                fmt_limit(row["limit"]), row["types_done"], row["types_total"],
                "; ≈ {} for all at the measured rate".format(fmt_duration(per_type * row["types_total"]))
                if per_type else "")
            if row.get("unfinished"):
                note += "; then `{type}` ({facilities} facilities): service area {took}, its overlay still running " \
                        "at the stop".format(took=fmt_duration(row["unfinished"]["service_area"]), **row["unfinished"])
            if row["limit"] < bench.limit:
                note += " (short limit here: see the notes)"
    else:
        peak = row["peak_mb"]
        note = "points snapped to the nearest node"
        if row.get("coverage_with_legs"):
            note += "; with the straight legs from the points to those nodes added: coverage {:.1%}".format(
                mean(row["coverage_with_legs"]))
    if row["status"] == "stopped" and engine != "native":
        note = "**{} (stopped)**".format(fmt_limit(bench.limit))
    total_text = fmt_duration(sum(phases.values()))
    if row["status"] == "stopped":
        total_text = fmt_limit(row.get("limit", bench.limit))
    cells = [fmt_duration(phases[k]) if k in phases else "—" for k in ("build", "prepare", "queries", "overlay")]
    if engine == "native":
        cells[0] = "(in each run)"
        if not row["types_done"]:
            cells[2:] = ["—", "—"]  # stopped before the first type was done
    return "| {} | {} | {} | **{}** | {} | {} | {} |".format(
        LABELS[name], label, " | ".join(cells), total_text, fmt_memory(peak) if peak else "", coverage_text, note)


def ratio_cell(row, ours_total, bench):
    if row is None:
        return ""
    if row["status"] == "ok":
        return fmt_ratio(total(row) / ours_total)
    if row["status"] == "stopped":
        limit = row.get("limit", bench.limit)
        text = "> {}".format(fmt_ratio(limit / ours_total))
        if limit < bench.limit:
            text += " (stopped at {})".format(fmt_limit(limit)[2:])
        if row.get("types_done"):
            per_type = total(row) / row["types_done"]
            text += " (≈ {} at the measured rate)".format(fmt_ratio(per_type * row["types_total"] / ours_total))
        return text
    return row["status"]


def targets(bench):
    lines = []
    ours, native = bench.rows.get(("100k", "ours")), bench.rows.get(("100k", "native"))
    if ours and native and ours["status"] == "ok" and native["status"] in ("ok", "stopped"):
        if native["status"] == "ok":
            value = total(native) / total(ours)
            text = fmt_ratio(value)
        else:
            value = bench.limit / total(ours)
            text = "> {} (native stopped at the limit)".format(fmt_ratio(value))
        met = "yes" if value >= 100 else "**no**"
        lines.append("| QGIS native / ours at 100k ≥ 100× | {} | {} |".format(text, met))
    else:
        lines.append("| QGIS native / ours at 100k ≥ 100× | not measured | — |")
    big = bench.rows.get(("1m", "ours"))
    if big and big["status"] == "ok":
        seconds, peak = total(big), big["peak_rss_first_mb"]
        lines.append("| ours at 1M ≤ 60 s (build + attach + prepare + 15 queries) | {} (the whole process, with "
                     "imports and loading the input: {}) | {} |".format(
                         fmt_duration(seconds), fmt_duration(big["process_wall"]),
                         "yes" if seconds <= 60 else "**no**"))
        lines.append("| ours at 1M ≤ 3 GB peak memory | {} (of which {} before the build: Python, libraries, input) "
                     "| {} |".format(fmt_memory(peak), fmt_memory(big["rss_before_mb"]),
                                     "yes" if peak <= 3 * 1024 else "**no**"))
        read = bench.rows.get(("1m", "read"))
        repeat = sum(big["repeat_phases"].values())
        first = total(big) + (read["phases"]["read"] if read and read["status"] == "ok" else 0)
        lines.append("| second check on the cached graph ≥ 5× faster than the first (1M) | {} with reading the layer, "
                     "{} engine only | {} |".format(fmt_ratio(first / repeat), fmt_ratio(total(big) / repeat),
                                                    "yes" if first / repeat >= 5 else "**no**"))
    else:
        lines.append("| ours at 1M ≤ 60 s and ≤ 3 GB | not measured | — |")
    return lines


def method_notes(bench):
    notes = [
        "- **ours**: `WalkingGraph.from_lines` = *build* (vertices snapped at 0.5 m into nodes, segments as numpy "
        "arrays); `NetworkDistances(graph, residents)` + `.prepare(facilities)` = *prepare* (every point attached to "
        "its nearest segment, ≤ 100 m, with its access leg; the facilities inserted into the graph); then "
        "`nearest(indices of the type, max_distance=600)` per type = *queries* (one multi-source Dijkstra, "
        "scipy.sparse.csgraph, limited to 600 m; see core/network/access.py). Single-threaded. Its distances include "
        "the walk from the door to the street at both ends and the partly walked segments, which is why its coverage "
        "is a few points lower than the peers', who snap every point to its nearest crossing (and a resident more "
        "than 100 m from any street counts as not covered). *graph already built*: the same process then repeats "
        "attach + prepare + queries on the same `WalkingGraph` object, as a second check does with the plugin's "
        "session cache (the same answers are asserted).",
        "- **QGIS reading the street layer**: the step before the build in the plugin: the workload's GeoPackage read "
        "with QGIS through `core/network/streets.py:read_streets` (a separate process).",
        "- **QGIS native**: what a user does in the Processing toolbox without the plugin, in a standalone PyQGIS "
        "process with Processing initialised (scripts/bench/native.py), outputs as temporary layers: per facility type "
        "`native:extractbyattribute` (the type's facilities) + `native:serviceareafromlayer` (shortest, "
        "TRAVEL_COST2 = 600 m, both directions, OUTPUT_LINES) = *queries*; `native:buffer` of the service-area lines "
        "by 50 m with DISSOLVE + `native:countpointsinpolygon` of the residents = *overlay*. Each service-area run "
        "builds its own graph from the layer (no separate build). Not run at 1M. On Helsinki its limit is 2 min "
        "instead of 10: the facilities crowd a 1.8 km² extract, so each type's service areas overlap almost "
        "completely, and the buffer + dissolve of a single type can run for many minutes.",
        "- **pandana** (own venv, bench-output/venv-pandana, scripts/bench/setup_pandana.sh): nodes = distinct line "
        "vertices, edges = consecutive vertices weighted by length (the numpy table a user builds), "
        "`pandana.Network(..., twoway=True)` (contraction hierarchies, 2 threads) = *build*; `get_node_ids` of the "
        "residents = *prepare*; per type `set_pois(maxdist=600, maxitems=1)` + `nearest_pois(600, num_pois=1)` = "
        "*queries*. Contraction hierarchies do badly on grids (a perfect grid is their worst case, hence the ±4 m "
        "jitter of the crossings), so its build grows faster than linearly.",
        "- **networkx**: the same node/edge table into `nx.Graph` = *build*; residents and facilities snapped to their "
        "nearest node with a KD-tree = *prepare*; per type `nx.multi_source_dijkstra_path_length(cutoff=600)` = "
        "*queries*. Then, untimed, a cross-check of the coverages: the same distances with the straight legs from each "
        "point to its node added at both ends; ours, which walks those legs along the nearest street instead, should "
        "land between the two networkx figures (near the one with legs).",
        "- **Workloads** (scripts/bench/generate.py, seeded): superblock grids in metres, local streets every 100 m, "
        "arterials every 400 m, a vertex at every crossing, crossings moved by up to ±4 m, 3 % of local segments "
        "removed (detours); street features run from arterial to arterial; residents and facilities uniform inside "
        "the blocks (10–90 m into a block), the same number of facilities per type; communities = 4 × 4 superblocks. "
        "Helsinki: OSM `lines` of ../shared/data/helsinki/Helsinki.osm.pbf through the plugin's walkability filters "
        "(read_streets), EPSG:32635; facilities = the OSM points classified with the plugin's `osm` mapping (the 15 "
        "commonest types); residents = one point per inhabitant of the HSY 2020 population-grid cells inside the "
        "extract.",
        "- Logs of every measurement: bench-output/logs/; raw numbers: bench-output/network_benchmark.json.",
    ]
    return notes


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,helsinki,100k,1m",
                        help="workloads, in the order run (default 10k,helsinki,100k,1m)")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds before a measurement is stopped")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end check through qgis_process")
    parser.add_argument("--e2e-workload", default="1m", choices=[n for n in LABELS if n != "helsinki"],
                        help="the generated city the end-to-end check runs on (1m)")
    parser.add_argument("--out", default=str(ROOT / "bench-output"))
    parser.add_argument("--render-only", action="store_true",
                        help="write the report again from the numbers of the last run (network_benchmark.json)")
    args = parser.parse_args(argv)
    if args.render_only:
        bench = Bench.from_json(Path(args.out))
        report = render(bench)
        (bench.out / "network_benchmark.md").write_text(report)
        print(report)
        return
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in LABELS]
    if unknown:
        parser.error("unknown workload(s): {} (choose from {})".format(", ".join(unknown), ", ".join(LABELS)))
    bench = Bench(Path(args.out), args.limit, sizes, not args.no_e2e)
    bench.out.mkdir(parents=True, exist_ok=True)
    bench.setup_peers()
    for name in sizes:
        bench.run_workload(name)
        bench.write()  # a partial report after every workload
    if bench.e2e:
        bench.run_e2e(args.e2e_workload)
    report = bench.write()
    print()
    print(report)
    print("written: {}".format(bench.out / "network_benchmark.md"))


if __name__ == "__main__":
    main(sys.argv[1:])
