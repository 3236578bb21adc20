#!/usr/bin/env python3
"""Workloads of the walking-network benchmark (scripts/bench/run.py): generated street grids and the real Helsinki
extract, written once as

  <out>/<name>.npz   what every engine reads: street lines (flat vertices + offsets), residents, facilities (x, y,
                     type index), type codes, communities (boxes) — numpy only, so the pandana venv can read it too
  <out>/<name>.gpkg  the same as layers (streets, facilities, residents, communities), for QGIS: only when asked
                     (the native QGIS route and the end-to-end check need it)

The generated city is a SUPERBLOCK GRID in metres (EPSG:4547): local streets every 100 m, arterials every 400 m
(every 4th street), a vertex at every crossing, each crossing moved by up to ±4 m (real grids are not exact, and a
perfect grid is a pathological case for contraction hierarchies), and 3 % of the local street segments removed so
that paths detour. Street features run from one arterial crossing to the next (4 blocks), or stop at a removed
segment. Residents and facilities are uniform random points inside the blocks (10–90 m into a 100 m block, so never
on a street); each facility type gets the same number. Communities are 4 × 4 superblocks (1.6 km squares, inset
12 m from the arterials), their population the residents' inside. Everything is seeded: the same size gives the
same city.

Usage: /usr/bin/python3 scripts/bench/generate.py NAME OUT_DIR [--gpkg]
  NAME: 10k | 100k | 1m | helsinki (the real extract in ../shared/data/helsinki, needs QGIS)
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
GENERATOR_VERSION = 3  # bump when the generated data changes: cached workloads are rebuilt

BLOCK = 100.0  # m between local streets
SUPERBLOCK = 4  # blocks between arterials
JITTER = 4.0  # m, how far a crossing moves from the exact grid
REMOVED_SHARE = 0.03  # of the local street segments
COMMUNITY_SUPERBLOCKS = 4  # a community is 4 × 4 superblocks
INSET = 12.0  # m, community boundary inside the arterial's centre line
X0, Y0 = 500000.0, 2490000.0
GRID_CRS = "EPSG:4547"  # CGCS2000 / 3-degree Gauss-Kruger CM 114E, as the bundled sample
HELSINKI_CRS = "EPSG:32635"

# the 15 facility types (taxonomy codes) with a walking reach in mohurd-2020
FACILITY_TYPES = [
    "community_service_station", "kindergarten", "nursery", "elderly_service_station", "elderly_day_care",
    "health_station", "supermarket", "postal_express_station", "pharmacy", "restaurant", "bus_stop",
    "waste_collection_station", "public_toilet", "multi_sport_ground", "community_park",
]

# name: target street segments (graph edges), facilities per type, residents, seed
GRIDS = {
    "10k": dict(edges=10_000, per_type=40, residents=5_000, seed=10),
    "100k": dict(edges=100_000, per_type=400, residents=50_000, seed=100),
    "1m": dict(edges=1_000_000, per_type=2_667, residents=500_000, seed=1000),
}
HELSINKI_SEED = 2020


def shared_helsinki():
    """The shared Helsinki folder, or None when ../shared is absent."""
    folder = Path(os.environ.get("CC_SHARED_DATA", ROOT.parent / "shared" / "data")) / "helsinki"
    return folder if (folder / "Helsinki.osm.pbf").is_file() else None


# ---------------------------------------------------------------------------------------------------------------
# the generated grid


def grid_city(edges, per_type, residents, seed):
    """The superblock grid city as numpy arrays (see the module docstring)."""
    rng = np.random.default_rng(seed)
    # an n × n lattice of crossings has 2 n (n - 1) segments
    n = int(round((1 + np.sqrt(1 + 2 * edges)) / 2))
    jitter = rng.uniform(-JITTER, JITTER, size=(n, n, 2))
    ii, jj = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    node_xy = np.stack([X0 + ii * BLOCK, Y0 + jj * BLOCK], axis=-1) + jitter  # node_xy[i, j]: column i, row j

    pieces, classes = [], []
    for direction in (0, 1):  # 0: streets along x (row j fixed), 1: streets along y (column i fixed)
        for k in range(n):
            vertices = node_xy[:, k] if direction == 0 else node_xy[k, :]
            arterial = k % SUPERBLOCK == 0
            kept = np.ones(n - 1, dtype=bool)
            if not arterial:
                kept = rng.random(n - 1) >= REMOVED_SHARE
            # a feature starts at every arterial crossing and after every removed segment
            start = np.zeros(n - 1, dtype=bool)
            start[np.arange(0, n - 1, SUPERBLOCK)] = True
            start[1:] |= ~kept[:-1]
            piece_of_segment = np.cumsum(start) - 1
            # a piece holds either kept segments only or one removed segment: group the kept ones by piece
            segments = np.nonzero(kept)[0]
            for run in np.split(segments, np.nonzero(np.diff(piece_of_segment[segments]))[0] + 1):
                pieces.append(vertices[run[0]:run[-1] + 2])
                classes.append(0 if arterial else 1)
    counts = np.array([len(p) for p in pieces], dtype=np.int64)
    line_offsets = np.concatenate([[0], np.cumsum(counts)])
    line_xy = np.vstack(pieces)

    blocks = n - 1

    def points_in_blocks(count):
        block = rng.integers(0, blocks, size=(count, 2))
        return np.column_stack([X0, Y0]) + block * BLOCK + rng.uniform(10.0, BLOCK - 10.0, size=(count, 2))

    resident_xy = points_in_blocks(residents)
    resident_population = rng.integers(5, 41, size=residents)
    facility_count = per_type * len(FACILITY_TYPES)
    facility_xy = points_in_blocks(facility_count)
    facility_type = rng.permutation(np.repeat(np.arange(len(FACILITY_TYPES)), per_type))

    size = COMMUNITY_SUPERBLOCKS * SUPERBLOCK * BLOCK
    per_side = blocks // (COMMUNITY_SUPERBLOCKS * SUPERBLOCK)
    ci, cj = np.meshgrid(np.arange(per_side), np.arange(per_side), indexing="ij")
    x1 = X0 + ci.ravel() * size + INSET
    y1 = Y0 + cj.ravel() * size + INSET
    community_box = np.column_stack([x1, y1, x1 + size - 2 * INSET, y1 + size - 2 * INSET])
    return dict(line_xy=line_xy, line_offsets=line_offsets, line_class=np.array(classes, dtype=np.int8),
                resident_xy=resident_xy, resident_population=resident_population, facility_xy=facility_xy,
                facility_type=facility_type.astype(np.int16), type_codes=np.array(FACILITY_TYPES),
                community_box=community_box, crs=np.array(GRID_CRS),
                segments=np.array(int((counts - 1).sum())))


# ---------------------------------------------------------------------------------------------------------------
# Helsinki (real OpenStreetMap data, read with QGIS the way the plugin reads it)


def register_package():
    """Make the checkout importable as `complete_community` (its folder has another name)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from plugin_package import register_package as register

    register()


def helsinki_city(folder):
    """Streets: OSM `lines` through the plugin's walkability filters (core/network/streets.py:read_streets), in
    EPSG:32635.
    Facilities: OSM `points` classified with the plugin's `osm` mapping (the 15 commonest types). Residents: one point
    per inhabitant of the HSY 2020 population grid cells whose centre lies inside the extract, uniform in the cell."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsRectangle,
        QgsVectorLayer,
    )

    register_package()
    from complete_community.core.mapping import load_mapping, type_classifier
    from complete_community.core.network.streets import read_streets

    pbf = folder / "Helsinki.osm.pbf"
    utm = QgsCoordinateReferenceSystem(HELSINKI_CRS)
    context = QgsProject.instance().transformContext()

    lines_layer = QgsVectorLayer("{}|layername=lines".format(pbf), "lines", "ogr")
    if not lines_layer.isValid():
        raise RuntimeError("cannot read {}|layername=lines".format(pbf))
    to_utm = QgsCoordinateTransform(lines_layer.crs(), utm, context)
    lines, _removed = read_streets(lines_layer.getFeatures(), to_utm)
    counts = np.array([len(line) for line in lines], dtype=np.int64)

    points_layer = QgsVectorLayer("{}|layername=points".format(pbf), "points", "ogr")
    classify = type_classifier(load_mapping("osm"), points_layer.fields().names())
    to_utm = QgsCoordinateTransform(points_layer.crs(), utm, context)
    facility_rows = []
    for feature in points_layer.getFeatures():
        code = classify({name: feature[name] for name in feature.fields().names()})
        if code:
            point = feature.geometry()
            point.transform(to_utm)
            facility_rows.append((code, point.asPoint().x(), point.asPoint().y()))
    # the 15 commonest types, as many as the generated cities have
    frequency = {}
    for row in facility_rows:
        frequency[row[0]] = frequency.get(row[0], 0) + 1
    codes = sorted(sorted(frequency), key=lambda code: -frequency[code])[:len(FACILITY_TYPES)]
    facility_rows = [row for row in facility_rows if row[0] in codes]
    facility_type = np.array([codes.index(row[0]) for row in facility_rows], dtype=np.int16)
    facility_xy = np.array([(row[1], row[2]) for row in facility_rows])

    # the extract's bounding box (PROVENANCE.md), in WGS84
    extract = QgsRectangle(24.93518, 60.16416, 24.95341, 60.17911)
    grid = QgsVectorLayer("{}|layername=population_grid_2020".format(folder / "helsinki_population_grid_2020.gpkg"),
                          "grid", "ogr")
    to_utm = QgsCoordinateTransform(grid.crs(), utm, context)
    rng = np.random.default_rng(HELSINKI_SEED)
    resident_xy = []
    for cell in grid.getFeatures():
        geometry = cell.geometry()
        if not extract.contains(geometry.centroid().asPoint()):
            continue
        geometry.transform(to_utm)
        box = geometry.boundingBox()
        wanted = int(cell["population"])
        while wanted > 0:
            candidates = rng.uniform((box.xMinimum(), box.yMinimum()), (box.xMaximum(), box.yMaximum()),
                                     size=(2 * wanted + 10, 2))
            inside = [xy for xy in candidates if geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(*xy)))]
            resident_xy.extend(inside[:wanted])
            wanted -= len(inside[:wanted])
    resident_xy = np.array(resident_xy)
    return dict(line_xy=np.vstack(lines), line_offsets=np.concatenate([[0], np.cumsum(counts)]),
                line_class=np.ones(len(lines), dtype=np.int8), resident_xy=resident_xy,
                resident_population=np.ones(len(resident_xy), dtype=np.int64), facility_xy=facility_xy,
                facility_type=facility_type, type_codes=np.array(codes), community_box=np.zeros((0, 4)),
                crs=np.array(HELSINKI_CRS), segments=np.array(int((counts - 1).sum())))


# ---------------------------------------------------------------------------------------------------------------
# GeoPackage for QGIS (GDAL's OGR: fast bulk writes in one transaction per layer)


def write_gpkg(city, path):
    from osgeo import ogr, osr

    ogr.UseExceptions()
    tmp = path.with_suffix(".partial.gpkg")
    if tmp.exists():
        tmp.unlink()
    srs = osr.SpatialReference()
    srs.SetFromUserInput(str(city["crs"]))
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    codes = [str(c) for c in city["type_codes"]]

    def layer(name, geometry_type, fields):
        created = source.CreateLayer(name, srs, geometry_type, options=["SPATIAL_INDEX=YES"])
        for field_name, field_type in fields:
            created.CreateField(ogr.FieldDefn(field_name, field_type))
        return created

    def fill(target, rows):
        """rows: (wkt-free geometry builder, {field: value}) pairs, written in one transaction."""
        definition = target.GetLayerDefn()
        target.StartTransaction()
        for geometry, values in rows:
            feature = ogr.Feature(definition)
            for key, value in values.items():
                feature.SetField(key, value)
            feature.SetGeometry(geometry)
            target.CreateFeature(feature)
        target.CommitTransaction()

    def point(x, y):
        geometry = ogr.Geometry(ogr.wkbPoint)
        geometry.AddPoint_2D(float(x), float(y))
        return geometry

    def streets():
        offsets = city["line_offsets"]
        for k in range(len(offsets) - 1):
            geometry = ogr.Geometry(ogr.wkbLineString)
            for x, y in city["line_xy"][offsets[k]:offsets[k + 1]]:
                geometry.AddPoint_2D(float(x), float(y))
            yield geometry, {"class": "arterial" if city["line_class"][k] == 0 else "local"}

    fill(layer("streets", ogr.wkbLineString, [("class", ogr.OFTString)]), streets())
    fill(layer("facilities", ogr.wkbPoint, [("fid_bench", ogr.OFTInteger), ("type", ogr.OFTString),
                                            ("name", ogr.OFTString), ("building_area", ogr.OFTReal),
                                            ("classes", ogr.OFTInteger)]),
         ((point(x, y), {"fid_bench": k, "type": codes[t], "name": "{} {}".format(codes[t], k),
                         "building_area": 3000.0, "classes": 12})
          for k, ((x, y), t) in enumerate(zip(city["facility_xy"], city["facility_type"]))))
    fill(layer("residents", ogr.wkbPoint, [("population", ogr.OFTInteger)]),
         ((point(x, y), {"population": int(p)}) for (x, y), p in zip(city["resident_xy"],
                                                                         city["resident_population"])))
    population = community_population(city)

    def communities():
        for k, (x1, y1, x2, y2) in enumerate(city["community_box"]):
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((x1, y1), (x2, y1), (x2, y2), (x1, y2), (x1, y1)):
                ring.AddPoint_2D(float(x), float(y))
            polygon = ogr.Geometry(ogr.wkbPolygon)
            polygon.AddGeometry(ring)
            yield polygon, {"id": "B{:04d}".format(k + 1), "name": "Block group {}".format(k + 1),
                            "population": int(population[k]), "status": "existing"}

    fill(layer("communities", ogr.wkbPolygon, [("id", ogr.OFTString), ("name", ogr.OFTString),
                                               ("population", ogr.OFTInteger), ("status", ogr.OFTString)]),
         communities())
    source = None  # closes the file
    tmp.replace(path)


def community_population(city):
    """The residents' population inside each community box."""
    boxes = city["community_box"]
    population = np.zeros(len(boxes), dtype=np.int64)
    if not len(boxes):
        return population
    xy = city["resident_xy"]
    size = boxes[0, 2] - boxes[0, 0] + 2 * INSET
    col = np.floor((xy[:, 0] - X0) / size).astype(np.int64)
    row = np.floor((xy[:, 1] - Y0) / size).astype(np.int64)
    per_side = int(round(np.sqrt(len(boxes))))
    box_index = col * per_side + row  # boxes are ordered column-major, as generated
    ok = (col >= 0) & (col < per_side) & (row >= 0) & (row < per_side)
    box = boxes[np.where(ok, box_index, 0)]
    inside = ok & (xy[:, 0] >= box[:, 0]) & (xy[:, 0] <= box[:, 2]) & (xy[:, 1] >= box[:, 1]) & (xy[:, 1] <= box[:, 3])
    np.add.at(population, box_index[inside], city["resident_population"][inside])
    return population


# ---------------------------------------------------------------------------------------------------------------


def describe(city):
    return dict(segments=int(city["segments"]), lines=len(city["line_offsets"]) - 1,
                residents=len(city["resident_xy"]), facilities=len(city["facility_xy"]),
                types=len(city["type_codes"]), communities=len(city["community_box"]), crs=str(city["crs"]))


def ensure(name, out_dir, gpkg=False):
    """Write <out_dir>/<name>.npz (and .gpkg when asked) unless an up-to-date copy is there; returns the summary."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    npz, gpkg_path, manifest = out_dir / f"{name}.npz", out_dir / f"{name}.gpkg", out_dir / f"{name}.json"
    parameters = dict(GRIDS.get(name, {}), version=GENERATOR_VERSION, name=name)
    summary = json.loads(manifest.read_text()) if manifest.is_file() else None
    fresh = summary is not None and summary.get("parameters") == parameters and npz.is_file()
    if fresh and (not gpkg or gpkg_path.is_file()):
        return summary
    started = time.perf_counter()
    app = None
    if name == "helsinki" or gpkg:
        from qgis.core import QgsApplication

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QgsApplication([], False)
        app.initQgis()
    if fresh:
        city = dict(np.load(npz))
    elif name == "helsinki":
        folder = shared_helsinki()
        if folder is None:
            raise SystemExit("helsinki: ../shared/data/helsinki is absent")
        city = helsinki_city(folder)
    else:
        city = grid_city(**{k: v for k, v in GRIDS[name].items()})
    if not fresh:
        np.savez(npz.with_suffix(".partial.npz"), **city)
        npz.with_suffix(".partial.npz").replace(npz)
    if gpkg:
        write_gpkg(city, gpkg_path)
    summary = dict(describe(city), parameters=parameters)
    manifest.write_text(json.dumps(summary, indent=1))
    print("{}: {} street segments in {} lines, {} residents, {} facilities in {} types, {} communities ({:.1f} s)"
          .format(name, summary["segments"], summary["lines"], summary["residents"], summary["facilities"],
                  summary["types"], summary["communities"], time.perf_counter() - started), flush=True)
    if app is not None:
        app.exitQgis()
    return summary


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("name", choices=[*GRIDS, "helsinki"])
    parser.add_argument("out_dir")
    parser.add_argument("--gpkg", action="store_true", help="also write the GeoPackage for QGIS")
    args = parser.parse_args(argv)
    ensure(args.name, args.out_dir, gpkg=args.gpkg)


if __name__ == "__main__":
    main(sys.argv[1:])
