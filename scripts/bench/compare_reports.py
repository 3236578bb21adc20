#!/usr/bin/env python3
"""Check that the benchmark report is byte-for-byte the same as the one the code of a git revision writes, for the
same recorded results (a refactoring check, run by hand; nothing is measured, so it takes a second or two).

Recorded results are made up here, realistic and covering the report's branches (measurements ok, stopped, failed,
unavailable and not run; a skipped workload; a partial report; the end-to-end check run, failed, stopped, skipped
and not asked for). Each code version, the revision's scripts/bench (from `git archive`) and the working tree's,
gets them in a process of its own (both have modules named run, report, generate) and writes the report both ways
run.py does: `run.py --render-only` from a network_benchmark.json, and Bench.write() during a run (which also writes
the JSON, compared as well). Exit status 0 when every file is identical.

Usage: /usr/bin/python3 scripts/bench/compare_reports.py [REVISION]   (default HEAD)
"""

import contextlib
import difflib
import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


# ---------------------------------------------------------------------------------------------------------------
# made-up recorded results, as run.py keeps them in network_benchmark.json


def coverage(base, types=15):
    return [round(base + 0.013 * ((k * 7) % 5 - 2), 6) for k in range(types)]


def workload(segments, lines, residents, facilities, communities, types=15):
    return dict(segments=segments, lines=lines, residents=residents, facilities=facilities, types=types,
                communities=communities, crs="EPSG:4547", parameters=dict(version=3))


def ours(build, attach, prepare, queries, nodes, edges, residents, peak, repeat, same=True, off_network=(0, 0)):
    return dict(status="ok", process_wall=build + attach + prepare + queries + 1.6, peak_mb=peak + 12.0,
                rss_before_mb=106.2, phases=dict(build=build, attach=attach, prepare=prepare, queries=queries),
                coverage=coverage(0.37), nodes=nodes, edges=edges, off_network_residents=off_network[0],
                off_network_facilities=off_network[1], peak_rss_first_mb=peak,
                repeat_phases=dict(attach=repeat[0], prepare=repeat[1], queries=repeat[2]), repeat_same=same,
                engine="ours", peak_rss_self_mb=peak + 3.0, types=["type{}".format(k) for k in range(15)],
                residents=residents, facilities=residents // 8)


def read(seconds, lines, peak=217.4):
    return dict(status="ok", process_wall=seconds + 2.2, peak_mb=peak, rss_before_mb=180.0, phases=dict(read=seconds),
                lines=lines, same=True, engine="read")


def peer(engine, build, prepare, queries, peak, version, legs=True):
    row = dict(status="ok", process_wall=build + prepare + queries + 0.9, peak_mb=peak, rss_before_mb=60.0,
               version=version, phases=dict(build=build, prepare=prepare, queries=queries), coverage=coverage(0.46),
               nodes=5041, edges=9709, engine=engine)
    if legs:
        row["coverage_with_legs"] = coverage(0.354)
    return row


def native(per_type, types_done, types_total, peak, limit=600.0, status="ok", unfinished=None):
    events = [dict(event="type", type="type{}".format(k), facilities=40, service_area=per_type[0],
                   overlay=per_type[1], coverage=0.48 + 0.001 * k) for k in range(types_done)]
    row = dict(status=status, process_wall=limit + 0.3 if status == "stopped" else 57.9, peak_mb=peak, limit=limit,
               types_done=types_done, types_total=types_total,
               phases=dict(queries=sum(e["service_area"] for e in events), overlay=sum(e["overlay"] for e in events)),
               coverage=[e["coverage"] for e in events], per_type=events)
    if unfinished:
        row["unfinished"] = unfinished
    return row


def stopped(limit=600.0):
    return dict(status="stopped", process_wall=limit + 0.1, peak_mb=812.5)


def failed(error, peak=301.0):
    return dict(status="failed", process_wall=3.2, peak_mb=peak, error=error)


def environment(duration):
    return dict(cpu="AMD EPYC", cores=2, memory="24 GiB", system="Linux-6.18.44-x86_64-with-glibc2.36",
                python="3.11.2", qgis="3.22.16", numpy="1.24.2", scipy="1.10.1", commit="994eed5", networkx="3.4.2",
                pandana="0.8", date="2026-11-28 22:25", duration=duration)


E2E_COMMAND = ("scripts/qgis_process.sh run completecommunity:checkcommunities -- "
               "'COMMUNITIES=bench-output/workloads/1m.gpkg|layername=communities' ID_FIELD=id NAME_FIELD=name")


def scenarios():
    """name → the raw dict of network_benchmark.json."""
    full_rows = {
        ("10k", "ours"): ours(0.055, 0.021, 0.016, 0.020, 5041, 9709, 5000, 58.0, (0.0001, 0.0002, 0.0068)),
        ("10k", "read"): read(0.042, 2677),
        ("10k", "networkx"): peer("networkx", 0.012, 0.003, 0.047, 71.0, "3.4.2"),
        ("10k", "pandana"): peer("pandana", 1.02, 0.004, 0.136, 168.0, "0.8", legs=False),
        ("10k", "native"): native((0.165, 3.66), 15, 15, 252.0),
        ("helsinki", "ours"): ours(0.045, 0.012, 0.008, 0.024, 5875, 6928, 5374, 56.0, (0.0001, 0.0001, 0.0064),
                                   off_network=(282, 0)),
        ("helsinki", "read"): read(0.039, 2441),
        ("helsinki", "networkx"): peer("networkx", 0.010, 0.003, 0.100, 72.0, "3.4.2"),
        ("helsinki", "pandana"): peer("pandana", 0.095, 0.004, 0.177, 168.0, "0.8", legs=False),
        ("helsinki", "native"): native((0.235, 0.0), 0, 15, 1833.0, limit=120.0, status="stopped",
                                       unfinished=dict(event="service_area", type="barber", facilities=44,
                                                       service_area=0.235)),
        ("100k", "ours"): ours(0.120, 0.250, 0.217, 0.293, 50176, 97683, 50000, 118.0, (0.0004, 0.0006, 0.1025)),
        ("100k", "read"): read(0.217, 26122, 224.0),
        ("100k", "networkx"): peer("networkx", 0.229, 0.038, 1.48, 133.0, "3.4.2"),
        ("100k", "pandana"): peer("pandana", 41.5, 0.039, 1.81, 251.0, "0.8", legs=False),
        ("100k", "native"): native((14.6, 51.4), 9, 15, 328.0, status="stopped"),
        ("1m", "ours"): ours(1.15, 4.0, 3.11, 4.82, 501264, 978424, 500000, 689.0, (0.007, 0.001, 1.30)),
        ("1m", "read"): read(2.02, 261463, 340.0),
        ("1m", "networkx"): peer("networkx", 3.51, 0.907, 19.0, 716.0, "3.4.2"),
        ("1m", "pandana"): dict(status="not run", note="not run: ≈ 1611 s (26.8 min) predicted from its 10k → 100k "
                                "scaling (time ∝ edges^1.57), over the 10-min limit"),
        ("1m", "native"): dict(status="not run", note="not run at 1M (hours at the 100k rate)"),
    }
    full_workloads = {"10k": workload(9709, 2677, 5000, 600, 16), "helsinki": workload(6928, 2441, 5374, 646, 0),
                      "100k": workload(97683, 26122, 50000, 6000, 169),
                      "1m": workload(978424, 261463, 500000, 40005, 1936)}
    full_e2e = dict(status="ok", wall=32.5, peak_mb=1054.7, workload="1m", command=E2E_COMMAND,
                    log=["Walking network: 501264 nodes, 978424 segments, built in 3.5 s;\t0 ways left out",
                         "COMMUNITY_COUNT: 1936", "COMPLETE_COUNT: 0"],
                    stages=dict(run=11.8, peak_rss_self_mb=812.0, stages={
                        "read communities": 0.05, "read facilities": 0.4, "read residents": 2.1, "read streets": 0.9,
                        "build graph": 0.9, "attach points": 2.6, "shortest paths": 2.9, "verdicts": 1.2,
                        "write results": 0.7, "other (QGIS, Processing, the algorithm)": 0.05}))
    full_service_areas = dict(status="ok", wall=13.9, peak_mb=337.0, run=12.9, network="sample", layout="random",
                              facilities=100000, types=23, reachable_streets=104094, service_areas=23, streets=20,
                              cancel=[dict(after=2.0, status="cancelled", latency=0.05),
                                      dict(after=5.0, status="cancelled", latency=0.31),
                                      dict(after=8.0, status="ok", latency=None)])

    troubles_rows = {
        ("10k", "ours"): ours(0.061, 0.02, 0.018, 0.021, 5041, 9709, 5000, 59.0, (0.0001, 0.0002, 0.0071)),
        ("10k", "read"): failed("Traceback (most recent call last):\n  ...\nSystemExit: cannot read the streets"),
        ("10k", "networkx"): peer("networkx", 0.013, 0.003, 0.05, 71.0, "3.4.2"),
        ("10k", "pandana"): dict(status="unavailable", note="could not be installed here (exit 1: no compiler)"),
        ("10k", "native"): dict(native((0.17, 3.7), 3, 15, 250.0), status="failed", error="Segmentation fault\n" * 80),
        ("100k", "ours"): ours(0.125, 0.26, 0.22, 0.3, 50176, 97683, 50000, 119.0, (0.0005, 0.0006, 0.11)),
        ("100k", "read"): read(0.221, 26122, 224.0),
        ("100k", "networkx"): failed("MemoryError", peak=2900.0),
        ("100k", "pandana"): stopped(),
        ("100k", "native"): native((0.0, 0.0), 0, 15, 330.0, status="stopped"),
        ("1m", "ours"): failed("Killed"),
        ("1m", "read"): read(2.1, 261463, 341.0),
        ("1m", "networkx"): stopped(),
        ("1m", "pandana"): dict(status="unavailable", note="could not be installed here (exit 1: no compiler)"),
        ("1m", "native"): dict(status="not run", note="not run at 1M (hours at the 100k rate)"),
    }
    troubles_workloads = {"10k": workload(9709, 2677, 5000, 600, 16),
                          "helsinki": {"skipped": "../shared/data/helsinki is absent: skipped"},
                          "100k": workload(97683, 26122, 50000, 6000, 169),
                          "1m": workload(978424, 261463, 500000, 40005, 1936)}
    troubles_e2e = dict(status="failed", wall=12.25, peak_mb=640.0, workload="100k", command=E2E_COMMAND, log=[],
                        error="Error: algorithm failed\nline two")

    # a partial report, written after the first workload of a run with a 5-min limit and --no-e2e
    partial_rows = {
        ("10k", "ours"): ours(0.055, 0.021, 0.016, 0.020, 5041, 9709, 5000, 58.0, (0.001, 0.002, 0.0068), same=False),
        ("10k", "read"): read(0.042, 2677),
        ("10k", "networkx"): peer("networkx", 0.012, 0.003, 0.047, 71.0, "3.4.2", legs=False),
        ("10k", "native"): native((1.5, 25.0), 6, 15, 252.0, limit=300.0, status="stopped",
                                  unfinished=dict(event="service_area", type="school", facilities=40,
                                                  service_area=1.25)),
    }

    lone_rows = {
        ("1m", "ours"): ours(1.3, 4.2, 3.0, 70.5, 501264, 978424, 500000, 3300.0, (0.5, 0.3, 20.0)),
        ("1m", "networkx"): peer("networkx", 3.4, 0.9, 18.5, 720.0, "3.4.2"),
        ("1m", "pandana"): dict(status="unavailable", note="could not be installed here (timed out: see the log)"),
        ("1m", "native"): dict(status="not run", note="not run at 1M (hours at the 100k rate)"),
    }

    def raw(rows, workloads, e2e, sizes, limit, duration, service_areas=None):
        recorded = dict(workloads=workloads, rows={"{}|{}".format(*key): row for key, row in rows.items()}, e2e=e2e,
                        environment=environment(duration), limit=limit, reach=600.0, sizes=sizes)
        if service_areas is not None:
            recorded["service_areas"] = service_areas
        return recorded

    return {
        "full": raw(full_rows, full_workloads, full_e2e, ["10k", "helsinki", "100k", "1m"], 600.0, 981.3,
                    full_service_areas),
        "troubles": raw(troubles_rows, troubles_workloads, troubles_e2e, ["10k", "helsinki", "100k", "1m"], 600.0,
                        1402.0, dict(status="failed", wall=3.2, peak_mb=300.0, error="Traceback\nKeyError: 'x'",
                                     cancel=[])),
        "partial": raw(partial_rows, {"10k": workload(9709, 2677, 5000, 600, 16)}, None, ["10k", "100k"], 300.0,
                       61.0),
        "lone 1M, e2e skipped": raw(lone_rows, {"1m": workload(978424, 261463, 500000, 40005, 1936)},
                                    dict(status="not run", note="skipped: completecommunity:checkcommunities has no "
                                         "NETWORK parameter yet (straight-line distances only in this checkout)"),
                                    ["1m"], 600.0, 140.0),
        "e2e stopped": raw(partial_rows, {"10k": workload(9709, 2677, 5000, 600, 16)},
                           dict(status="stopped", wall=300.4, peak_mb=2210.0, workload="10k", command=E2E_COMMAND,
                                log=["Walking network: 5041 nodes, 9709 segments, built in 0.1 s"]),
                           ["10k"], 300.0, 333.0),
    }


# ---------------------------------------------------------------------------------------------------------------
# one code version writing the reports (in its own process)


def write_reports(code, out):
    """Import run.py from `code` and write every scenario's report into `out`, both ways run.py writes it."""
    # the code's own folder first, and not this file's (the working tree's), so that its run.py imports its report.py
    sys.path[:] = [str(code)] + [p for p in sys.path if p and Path(p).resolve() != HERE]
    import run

    for number, (name, raw) in enumerate(scenarios().items()):
        # --render-only: the report again from a previous run's network_benchmark.json (printed as well)
        folder = out / "{}-render-only".format(number)
        folder.mkdir(parents=True)
        (folder / "network_benchmark.json").write_text(json.dumps(raw, indent=1))
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            run.main(["--render-only", "--out", str(folder)])
        (folder / "printed.txt").write_text(printed.getvalue())
        # during a run: the report and the JSON written from the Bench's numbers (the machine's description fixed,
        # as the run would have recorded it)
        folder = out / "{}-run".format(number)
        folder.mkdir(parents=True)
        bench = run.Bench(folder, raw["limit"], raw["sizes"], raw["e2e"] is not None)
        bench.workloads, bench.e2e_row = raw["workloads"], raw["e2e"]
        bench.sa_row = raw.get("service_areas")  # a revision before the service areas were measured ignores it
        bench.rows = {tuple(key.split("|")): row for key, row in raw["rows"].items()}
        run.environment = lambda _bench, recorded=raw["environment"]: recorded
        (folder / "returned.md").write_text(bench.write())
        (folder / "scenario.txt").write_text(name)


def main(argv):
    revision = argv[0] if argv else "HEAD"
    with tempfile.TemporaryDirectory(prefix="compare-reports-") as scratch:
        scratch = Path(scratch)
        old_code = scratch / "old"
        old_code.mkdir()
        archive = subprocess.run(["git", "archive", revision, "scripts/bench"], cwd=ROOT, capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old_code)], input=archive, check=True)
        versions = {revision: old_code / "scripts" / "bench", "working tree": HERE}
        for label, code in versions.items():
            subprocess.run([sys.executable, __file__, "--write", str(code), str(scratch / label)], check=True)
        old, new = scratch / revision, scratch / "working tree"
        old_files = sorted(p.relative_to(old) for p in old.rglob("*") if p.is_file())
        new_files = sorted(p.relative_to(new) for p in new.rglob("*") if p.is_file())
        differences = 0
        if old_files != new_files:
            print("different files: {} vs {}".format(old_files, new_files))
            differences += 1
        for path in old_files:
            before, after = (old / path).read_bytes(), (new / path).read_bytes() if (new / path).is_file() else b""
            if before == after:
                print("identical  {:34} {:6} bytes".format(str(path), len(before)))
                continue
            differences += 1
            print("DIFFERENT  {}".format(path))
            sys.stdout.writelines(difflib.unified_diff(before.decode().splitlines(True),
                                                       after.decode().splitlines(True), revision, "working tree"))
        print("{} files compared with {}: {}".format(len(old_files), revision,
                                                    "all identical" if not differences else
                                                    "{} DIFFERENT".format(differences)))
        return 1 if differences else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--write"]:
        write_reports(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        sys.exit(main(sys.argv[1:]))
