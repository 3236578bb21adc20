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
After the workloads: the whole check of the 1M city through qgis_process (then its stages timed in-process,
scripts/bench/check_stages.py), and walking service areas with 100,000 facilities (scripts/bench/service_areas.py,
also cancelled at a few moments to time how fast a cancel is answered).

This module runs the measurements and records their numbers; scripts/bench/report.py turns the numbers into the
Markdown report, after every workload and, with --render-only, again from a previous run's network_benchmark.json.

Usage: /usr/bin/python3 scripts/bench/run.py [--sizes 10k,helsinki,100k,1m] [--limit 600] [--no-e2e]
                                             [--e2e-workload 1m] [--no-service-areas] [--render-only]
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
from report import LABELS, BenchResults, fmt_count, fmt_duration, fmt_memory, render, total  # noqa: E402

SYSTEM_PYTHON = "/usr/bin/python3"
REACH = 600.0
NATIVE_SIZES = ("10k", "100k", "helsinki")  # QGIS's native route: not at 1M
# Helsinki's facilities crowd a 1.8 km² extract, so every service area overlaps every other and the buffer + dissolve
# of one type alone takes minutes: a short limit shows that without spending the run's budget on it
NATIVE_LIMITS = {"helsinki": 120.0}


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
    def __init__(self, out, limit, sizes, e2e, service_areas=False):
        self.out = out
        self.service_areas = service_areas
        self.sa_row = None
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
    def run_e2e(self, name="1m"):
        if name not in self.workloads or "skipped" in self.workloads[name]:
            if not self.prepare_workload(name):
                self.e2e_row = dict(status="not run", note="the workload could not be generated")
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
        if run.status != "ok":
            return
        # where the time goes: the same check in-process, the plugin's stages timed
        result_path = self.work / "{}-stages.result.json".format(name)
        result_path.unlink(missing_ok=True)
        stages = measure([SYSTEM_PYTHON, str(HERE / "check_stages.py"), str(gpkg), str(target / "stages"),
                          str(result_path)], self.logs / "e2e-stages-{}.log".format(name), self.limit)
        if stages.status == "ok" and result_path.is_file():
            self.e2e_row["stages"] = json.loads(result_path.read_text())
            self.say("end to end, stages: " + ", ".join("{} {}".format(stage, fmt_duration(seconds)) for
                                                        stage, seconds in self.e2e_row["stages"]["stages"].items()))

    # walking service areas ---------------------------------------------------------------------------------------
    def run_service_areas(self, cancel_after=(2.0, 5.0, 8.0)):
        """Walking service areas with 100,000 facilities on the sample district's streets: the whole run, then runs
        cancelled this long after their start (how long each took to stop)."""
        self.say("walking service areas with 100,000 facilities …")

        def one(name, extra=()):
            result_path = self.work / "service-areas-{}.result.json".format(name)
            result_path.unlink(missing_ok=True)
            run = measure([SYSTEM_PYTHON, str(HERE / "service_areas.py"), str(self.work), str(result_path),
                           *extra], self.logs / "service-areas-{}.log".format(name), self.limit)
            found = json.loads(result_path.read_text()) if result_path.is_file() else {}
            return run, found

        run, found = one("run")
        row = dict(status=run.status if found.get("status") in ("ok", None) else found["status"], wall=run.wall,
                   peak_mb=run.peak_mb, **{k: v for k, v in found.items() if k != "status"})
        if run.status == "ok" and found.get("status") != "ok":
            row["status"] = "failed"
        if row["status"] == "failed":
            row["error"] = found.get("error") or tail(run.log, 3)
        row["streets"] = 20  # the sample district's street features
        row["cancel"] = []
        if row["status"] == "ok":
            for after in cancel_after:
                _cancelled, found = one("cancel-{:g}".format(after), ["--cancel-after", str(after)])
                row["cancel"].append(dict(after=after, status=found.get("status", "failed"),
                                          latency=found.get("cancel_latency")))
        self.sa_row = row
        self.say("service areas: {} {} peak {}; cancel answered within {}".format(
            row["status"], fmt_duration(row["wall"]), fmt_memory(row["peak_mb"]), ", ".join(
                fmt_duration(c["latency"]) if c.get("latency") is not None else c["status"] for c in row["cancel"])))

    # progress and results ----------------------------------------------------------------------------------------
    def describe(self, row):
        """A measurement in one progress line."""
        if row["status"] not in ("ok", "stopped"):
            return row.get("note") or "{}: {}".format(row["status"], row.get("error", ""))
        parts = ["{} {}".format(k, fmt_duration(v)) for k, v in row.get("phases", {}).items()
                 if row.get("types_done", 1)]  # a native run stopped before its first type has no phases
        if row["status"] == "stopped":
            parts.append("STOPPED at the limit")
        return "  ".join(parts + ["peak " + fmt_memory(row["peak_mb"])])

    def results(self):
        """What the run has recorded so far, with the machine it runs on: the report's input."""
        return BenchResults(limit=self.limit, reach=REACH, sizes=self.sizes, workloads=self.workloads, rows=self.rows,
                            e2e=self.e2e_row, environment=environment(self), service_areas=self.sa_row)

    def write(self):
        """Write the report and the numbers it is made of into bench-output/; returns the report."""
        results = self.results()
        report = render(results)
        (self.out / "network_benchmark.md").write_text(report)
        save_results(results, self.out)
        return report


def environment(bench):
    """The machine, the versions and the commit the run measures, when, and how long it has taken so far."""

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


# ---------------------------------------------------------------------------------------------------------------
# the recorded numbers (bench-output/network_benchmark.json)


def save_results(results, out):
    """Keep the numbers in network_benchmark.json (its rows keyed "workload|engine"), so that the report can be
    written again from them (--render-only)."""
    raw = dict(workloads=results.workloads, rows={"{}|{}".format(*key): row for key, row in results.rows.items()},
               e2e=results.e2e, environment=results.environment, limit=results.limit, reach=results.reach,
               sizes=results.sizes)
    if results.service_areas is not None:
        raw["service_areas"] = results.service_areas
    (out / "network_benchmark.json").write_text(json.dumps(raw, indent=1, default=str))


def load_results(out):
    """The numbers a previous run kept in network_benchmark.json."""
    raw = json.loads((out / "network_benchmark.json").read_text())
    return BenchResults(limit=raw["limit"], reach=raw["reach"], sizes=raw["sizes"], workloads=raw["workloads"],
                        rows={tuple(key.split("|")): row for key, row in raw["rows"].items()}, e2e=raw["e2e"],
                        environment=raw["environment"], service_areas=raw.get("service_areas"))


# ---------------------------------------------------------------------------------------------------------------


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10k,helsinki,100k,1m",
                        help="workloads, in the order run (default 10k,helsinki,100k,1m)")
    parser.add_argument("--limit", type=float, default=600.0, help="seconds before a measurement is stopped")
    parser.add_argument("--no-e2e", action="store_true", help="skip the end-to-end check through qgis_process")
    parser.add_argument("--no-service-areas", action="store_true",
                        help="skip the walking service areas with 100,000 facilities")
    parser.add_argument("--e2e-workload", default="1m", choices=[n for n in LABELS if n != "helsinki"],
                        help="the generated city the end-to-end check runs on (1m)")
    parser.add_argument("--out", default=str(ROOT / "bench-output"))
    parser.add_argument("--render-only", action="store_true",
                        help="write the report again from the numbers of the last run (network_benchmark.json)")
    args = parser.parse_args(argv)
    if args.render_only:
        out = Path(args.out)
        report = render(load_results(out))
        (out / "network_benchmark.md").write_text(report)
        print(report)
        return
    sizes = [s.strip().lower() for s in args.sizes.split(",") if s.strip()]
    unknown = [s for s in sizes if s not in LABELS]
    if unknown:
        parser.error("unknown workload(s): {} (choose from {})".format(", ".join(unknown), ", ".join(LABELS)))
    bench = Bench(Path(args.out), args.limit, sizes, not args.no_e2e, not args.no_service_areas)
    bench.out.mkdir(parents=True, exist_ok=True)
    bench.setup_peers()
    for name in sizes:
        bench.run_workload(name)
        bench.write()  # a partial report after every workload
    if bench.e2e:
        bench.run_e2e(args.e2e_workload)
        bench.write()
    if bench.service_areas:
        bench.run_service_areas()
    report = bench.write()
    print()
    print(report)
    print("written: {}".format(bench.out / "network_benchmark.md"))


if __name__ == "__main__":
    main(sys.argv[1:])
