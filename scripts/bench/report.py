"""The Markdown report of the walking-network benchmark (bench-output/network_benchmark.md) from the numbers a run
recorded (scripts/bench/run.py, which keeps them in bench-output/network_benchmark.json as well).

Pure functions over a BenchResults: nothing here measures, starts a process or looks at the machine, so the same
recorded results always give the same report, byte for byte (`run.py --render-only` writes it again from the JSON).
The formatting helpers are shared with run.py's progress lines.
"""

from dataclasses import dataclass
from typing import Optional

LABELS = {"10k": "grid 10k", "100k": "grid 100k", "1m": "grid 1M", "helsinki": "Helsinki (OSM)"}
ENGINE_LABELS = {"ours": "**ours** (plugin engine)", "ours_repeat": "ours, graph already built (cached)",
                 "native": "QGIS native (service area + overlay)", "pandana": "pandana", "networkx": "networkx",
                 "read": "QGIS reading the street layer (read_streets)"}


@dataclass
class BenchResults:
    """What a benchmark run recorded: everything the report is made of, and what network_benchmark.json holds."""

    limit: float  # seconds before a measurement was stopped
    reach: float  # metres of walking asked about
    sizes: list  # the workloads asked for, in the order run
    workloads: dict  # name → generate.py summary, or {"skipped": reason}; absent: not reached yet
    rows: dict  # (workload, engine) → the measurement (status, phases, peak memory, what the engine reported …)
    e2e: Optional[dict]  # the end-to-end check through qgis_process; None when not asked for (--no-e2e)
    environment: dict  # the machine, the versions, the commit, when and how long (run.py: environment)
    service_areas: Optional[dict] = None  # walking service areas with 100,000 facilities; None when not asked for


# ---------------------------------------------------------------------------------------------------------------
# the report


def render(results):
    """The whole report, as written to network_benchmark.md."""
    env = results.environment
    limit_min = int(results.limit // 60)
    lines = ["# Walking-network benchmark", ""]
    lines.append("{date} · {cpu}, {cores} cores, {memory} · {system} · Python {python} · QGIS {qgis} · numpy {numpy} · "
                 "scipy {scipy} · networkx {networkx} · pandana {pandana} · commit {commit} · the whole run took {took}"
                 .format(took=fmt_duration(env["duration"]), **env))
    lines += ["", "Question asked of every engine: for each of the facility types, the share of resident points with a "
              "facility of the type within {:.0f} m of walking (*coverage*, averaged over the types). Times are wall "
              "times measured inside a fresh process per measurement, input loaded before the clock starts; *peak* is "
              "that process's maximum resident memory (Python, libraries and input included). Limit per measurement: "
              "{} min.".format(results.reach, limit_min), ""]

    # workloads
    lines += ["## Workloads", "", "| workload | street features | graph nodes / edges | residents | facilities (types) "
              "| communities |", "|---|---:|---:|---:|---:|---:|"]
    for name in results.sizes:
        summary = results.workloads.get(name)
        if summary is None:
            continue
        if "skipped" in summary:
            lines.append("| {} | {} | | | | |".format(LABELS[name], summary["skipped"]))
            continue
        ours = results.rows.get((name, "ours"), {})
        graph = "{} / {}".format(fmt_count(ours["nodes"]), fmt_count(ours["edges"])) if "nodes" in ours else \
            "— / {}".format(fmt_count(summary["segments"]))
        lines.append("| {} | {} | {} | {} | {} ({}) | {} |".format(
            LABELS[name], fmt_count(summary["lines"]), graph, fmt_count(summary["residents"]),
            fmt_count(summary["facilities"]), summary["types"], fmt_count(summary["communities"] or "—")))

    # results
    lines += ["", "## Results", "",
              "| workload | engine | build | prepare | queries (all types) | overlay | **total** | "
              "peak memory | coverage | note |", "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for name in results.sizes:
        summary = results.workloads.get(name)
        if summary is None or "skipped" in summary:
            continue
        for engine in ("ours", "ours_repeat", "read", "native", "pandana", "networkx"):
            row = results.rows.get((name, "ours" if engine == "ours_repeat" else engine))
            if row is None:
                continue
            lines.append(result_line(name, engine, row, results.limit))

    # ratios and targets
    lines += ["", "## Ratios (total time of the peer ÷ total time of ours, same workload)", "",
              "| workload | QGIS native / ours | pandana / ours | networkx / ours |", "|---|---:|---:|---:|"]
    for name in results.sizes:
        ours = results.rows.get((name, "ours"))
        if not ours or ours["status"] != "ok":
            continue
        cells = [ratio_cell(results.rows.get((name, engine)), total(ours), results.limit) for engine in
                 ("native", "pandana", "networkx")]
        lines.append("| {} | {} |".format(LABELS[name], " | ".join(cells)))
    lines += ["", "## Targets", "", "| target | measured | met |", "|---|---|---|"]
    lines += targets(results)

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
    for name in results.sizes:
        ours, read = results.rows.get((name, "ours")), results.rows.get((name, "read"))
        if not ours or ours["status"] != "ok":
            continue
        repeat = sum(ours["repeat_phases"].values())
        read_time = read["phases"]["read"] if read and read["status"] == "ok" else None
        first = total(ours) + (read_time or 0)
        lines.append("| {} | {} | {} | {} | {} |".format(
            LABELS[name], fmt_duration(first) + ("" if read_time is not None else " (without reading)"),
            fmt_duration(repeat), fmt_ratio(first / repeat), fmt_ratio(total(ours) / repeat)))

    big = max((n for n in results.sizes if results.rows.get((n, "ours"), {}).get("status") == "ok"),
              key=lambda n: results.workloads[n]["segments"], default=None)
    if big:
        ours, read = results.rows[(big, "ours")], results.rows.get((big, "read"), {})
        repeat = ours["repeat_phases"]
        lines += ["", "At {}: the cache saves reading the layer ({}) and the build ({}); the second run's attaching of "
                  "the {} residents ({}), inserting of the facilities ({}) and {} queries ({}) come from the memo."
                  .format(LABELS[big], fmt_duration(read.get("phases", {}).get("read")),
                          fmt_duration(ours["phases"]["build"]), fmt_count(ours["residents"]),
                          fmt_duration(repeat["attach"]), fmt_duration(repeat["prepare"]), len(ours["types"]),
                          fmt_duration(repeat["queries"]))]

    # end to end
    row = results.e2e
    lines += ["", "## End to end: the check on the {} city through qgis_process".format(
        LABELS[row["workload"]] if row and "workload" in row else LABELS["1m"]), ""]
    if row is None:
        lines.append("Not run (--no-e2e).")
    elif row["status"] == "not run":
        lines.append(row["note"] + ".")
    else:
        summary = results.workloads.get(row["workload"], {})
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
        stages = row.get("stages")
        if stages:
            lines += ["", "Where the time goes: the same check through processing.run in a standalone PyQGIS process "
                      "(scripts/bench/check_stages.py), the plugin's functions timed ({} from processing.run called to "
                      "returned, peak memory {}):".format(fmt_duration(stages["run"]),
                                                           fmt_memory(stages["peak_rss_self_mb"])),
                      "", "| stage | time | share |", "|---|---:|---:|"]
            for stage, seconds in stages["stages"].items():
                lines.append("| {} | {} | {:.0f} % |".format(stage, fmt_duration(seconds),
                                                             100.0 * seconds / max(stages["run"], 1e-9)))

    lines += service_area_section(results.service_areas, limit_min)

    lines += ["", "## How each engine was run", ""] + method_notes()
    return "\n".join(lines) + "\n"


def result_line(name, engine, row, run_limit):
    """The row of the results table for one engine on one workload (run_limit: the run's limit per measurement;
    a native row carries its own, which can be shorter)."""
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
            if row["limit"] < run_limit:
                note += " (short limit here: see the notes)"
    else:
        peak = row["peak_mb"]
        note = "points snapped to the nearest node"
        if row.get("coverage_with_legs"):
            note += "; with the straight legs from the points to those nodes added: coverage {:.1%}".format(
                mean(row["coverage_with_legs"]))
    if row["status"] == "stopped" and engine != "native":
        note = "**{} (stopped)**".format(fmt_limit(run_limit))
    total_text = fmt_duration(sum(phases.values()))
    if row["status"] == "stopped":
        total_text = fmt_limit(row.get("limit", run_limit))
    cells = [fmt_duration(phases[k]) if k in phases else "—" for k in ("build", "prepare", "queries", "overlay")]
    if engine == "native":
        cells[0] = "(in each run)"
        if not row["types_done"]:
            cells[2:] = ["—", "—"]  # stopped before the first type was done
    return "| {} | {} | {} | **{}** | {} | {} | {} |".format(
        LABELS[name], label, " | ".join(cells), total_text, fmt_memory(peak) if peak else "", coverage_text, note)


def ratio_cell(row, ours_total, run_limit):
    """A cell of the ratios table: the peer's total time ÷ ours, or how far it got before it was stopped."""
    if row is None:
        return ""
    if row["status"] == "ok":
        return fmt_ratio(total(row) / ours_total)
    if row["status"] == "stopped":
        row_limit = row.get("limit", run_limit)
        text = "> {}".format(fmt_ratio(row_limit / ours_total))
        if row_limit < run_limit:
            text += " (stopped at {})".format(fmt_limit(row_limit)[2:])
        if row.get("types_done"):
            per_type = total(row) / row["types_done"]
            text += " (≈ {} at the measured rate)".format(fmt_ratio(per_type * row["types_total"] / ours_total))
        return text
    return row["status"]


def service_area_section(row, limit_min):
    """The walking service areas with 100,000 facilities: the whole run and how fast a cancel is answered."""
    lines = ["", "## Walking service areas with 100,000 facilities", ""]
    if row is None:
        return lines + ["Not run (--no-service-areas)."]
    if row["status"] != "ok":
        return lines + ["{}: {}".format("> {} min (stopped)".format(limit_min) if row["status"] == "stopped"
                                        else "FAILED", row.get("error", "").replace("\n", " "))]
    lines.append("`completecommunity:walkingserviceareas` on the streets of the bundled sample district ({} street "
                 "features) with {} facilities, {} types in turn, placed at random over the district; every type at "
                 "the walking time the national profile asks for it, reachable streets and polygons written as "
                 "GeoPackages (scripts/bench/service_areas.py): **{}** for all {} types ({} in processing.run), peak "
                 "memory {}; {} reachable street parts and {} polygons written.".format(
                     row.get("streets", "?"), fmt_count(row["facilities"]), row["types"], fmt_duration(row["wall"]),
                     row["types"], fmt_duration(row["run"]), fmt_memory(row["peak_mb"]),
                     fmt_count(row.get("reachable_streets", 0)), row.get("service_areas", 0)))
    cancels = row.get("cancel") or []
    if cancels:
        lines += ["", "Cancelled from another thread (as the dialog's Cancel button does) this long after the start: "
                  "how long the run took to stop, counted from the moment the cancel was due.", "",
                  "| cancelled after | stopped within |", "|---:|---:|"]
        for cancel in cancels:
            lines.append("| {} | {} |".format(fmt_duration(cancel["after"]), fmt_duration(cancel["latency"])
                                              if cancel.get("latency") is not None else cancel["status"]))
    return lines


def targets(results):
    """The rows of the targets table: what the engine was built to reach, and whether this run did."""
    lines = []
    ours, native = results.rows.get(("100k", "ours")), results.rows.get(("100k", "native"))
    if ours and native and ours["status"] == "ok" and native["status"] in ("ok", "stopped"):
        if native["status"] == "ok":
            value = total(native) / total(ours)
            text = fmt_ratio(value)
        else:
            value = results.limit / total(ours)
            text = "> {} (native stopped at the limit)".format(fmt_ratio(value))
        met = "yes" if value >= 100 else "**no**"
        lines.append("| QGIS native / ours at 100k ≥ 100× | {} | {} |".format(text, met))
    else:
        lines.append("| QGIS native / ours at 100k ≥ 100× | not measured | — |")
    big = results.rows.get(("1m", "ours"))
    if big and big["status"] == "ok":
        seconds, peak = total(big), big["peak_rss_first_mb"]
        lines.append("| ours at 1M ≤ 60 s (build + attach + prepare + 15 queries) | {} (the whole process, with "
                     "imports and loading the input: {}) | {} |".format(
                         fmt_duration(seconds), fmt_duration(big["process_wall"]),
                         "yes" if seconds <= 60 else "**no**"))
        lines.append("| ours at 1M ≤ 3 GB peak memory | {} (of which {} before the build: Python, libraries, input) "
                     "| {} |".format(fmt_memory(peak), fmt_memory(big["rss_before_mb"]),
                                     "yes" if peak <= 3 * 1024 else "**no**"))
        read = results.rows.get(("1m", "read"))
        repeat = sum(big["repeat_phases"].values())
        first = total(big) + (read["phases"]["read"] if read and read["status"] == "ok" else 0)
        lines.append("| second check on the cached graph ≥ 5× faster than the first (1M) | {} with reading the layer, "
                     "{} engine only | {} |".format(fmt_ratio(first / repeat), fmt_ratio(total(big) / repeat),
                                                    "yes" if first / repeat >= 5 else "**no**"))
    else:
        lines.append("| ours at 1M ≤ 60 s and ≤ 3 GB | not measured | — |")
    e2e = results.e2e
    if e2e and e2e.get("status") == "ok":
        lines.append("| the whole check of the {} city through qgis_process ≤ 15 s | {} | {} |".format(
            LABELS[e2e["workload"]], fmt_duration(e2e["wall"]), "yes" if e2e["wall"] <= 15 else "**no**"))
        lines.append("| … and ≤ 1 GB peak memory | {} | {} |".format(
            fmt_memory(e2e["peak_mb"]), "yes" if e2e["peak_mb"] <= 1024 else "**no**"))
    sa = results.service_areas
    if sa and sa.get("status") == "ok":
        lines.append("| walking service areas, {} facilities, all {} types ≤ 60 s | {} | {} |".format(
            fmt_count(sa["facilities"]), sa["types"], fmt_duration(sa["wall"]),
            "yes" if sa["wall"] <= 60 else "**no**"))
        latencies = [c["latency"] for c in sa.get("cancel") or [] if c.get("latency") is not None]
        if latencies:
            lines.append("| … a cancel answered within 1 s | {} at most | {} |".format(
                fmt_duration(max(latencies)), "yes" if max(latencies) <= 1 else "**no**"))
    return lines


def method_notes():
    """How each engine was run and what its phases are (the list under the report's last heading)."""
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


# ---------------------------------------------------------------------------------------------------------------
# formatting


def total(row):
    """A measurement's time: the sum of its timed phases (starting the process and loading the input excluded)."""
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
