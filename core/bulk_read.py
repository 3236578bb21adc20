"""Reading a plain OGR file layer in bulk, through GDAL's Arrow interface (GDAL ≥ 3.6): half a million points or
lines in a fraction of the time a feature iterator takes, without a Python object per feature.

Every reader gives exactly what reading the layer feature by feature gives (core/check/readers.py,
core/network/streets.py), or None whenever the layer holds anything it does not read that way — other geometry
types, big-endian or curved geometries, texts or negative numbers where numbers are read, an older GDAL, a file
that cannot be opened. The caller then reads features as before: bulk reading is only ever a faster way to the
same numbers."""

import contextlib

import numpy as np

from complete_community.core.cancellation import raise_if_canceled

WKB_POINT_TYPES = (1, 1001, 2001, 3001)  # Point, Point Z, Point M, Point ZM (ISO WKB): x and y come first
WKB_LINESTRING = 2
LINE_HEADER = 9  # byte order (1), type (4), point count (4)


def _layer(dataset, layer_name):
    if layer_name is None:
        return dataset.GetLayer(0)
    if isinstance(layer_name, int) or str(layer_name).isdigit():
        return dataset.GetLayer(int(layer_name))
    return dataset.GetLayerByName(str(layer_name))


def read_batches(path, layer_name, fields, convert, is_canceled=None):
    """convert(geometries, {field: values}) of each record batch of the layer, in its file order (geometries as ISO
    WKB), or None when the layer cannot be read in bulk (no such layer or field, GDAL without the Arrow interface) or
    convert returned None for a batch. The batch's arrays are views of GDAL's memory, valid only during the call:
    convert returns copies."""
    try:
        from osgeo import gdal, ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    # GDAL's errors as exceptions for this read only (GDAL ≥ 3.7): the process-wide setting is QGIS's and other
    # plugins', and left unset GDAL 3.9+ warns about it; GDAL 3.6 returns None instead
    errors = gdal.ExceptionMgr(useExceptions=True) if hasattr(gdal, "ExceptionMgr") else contextlib.nullcontext()
    with errors:
        return _read_batches(gdal, path, layer_name, fields, convert, is_canceled)


def _read_batches(gdal, path, layer_name, fields, convert, is_canceled):
    dataset = layer = None
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        layer = _layer(dataset, layer_name) if dataset is not None else None
        if layer is None:
            return None
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        if any(field not in names for field in fields):
            return None
        # GDAL 3.6 gives empty geometries when every field is ignored: one field is then read and left unused
        read = list(fields) or names[:1]
        layer.SetIgnoredFields([name for name in names if name not in read])
        layer.SetAttributeFilter(None)
        layer.SetSpatialFilter(None)
        layer.ResetReading()
        first = layer.GetNextFeature()
        layer.ResetReading()
        results = []
        for batch in layer.GetArrowStreamAsNumPy(["INCLUDE_FID=NO"]):
            if is_canceled is not None:
                raise_if_canceled(is_canceled)
            extra = [key for key in batch if key not in read]
            if len(extra) != 1:  # exactly one geometry column, and nothing else
                return None
            if not results and not _same_geometry(first, batch[extra[0]]):
                return None  # a reader that does not give what the features hold: never trusted
            result = convert(batch[extra[0]], {field: batch[field] for field in fields})
            if result is None:
                return None
            results.append(result)
        return results
    except RuntimeError:  # GDAL's error with exceptions on: read features instead
        return None
    finally:
        layer = dataset = None


def _same_geometry(feature, geometries):
    """Whether the first record of a batch holds the geometry of the layer's first feature, as ISO WKB."""
    if feature is None or len(geometries) == 0:
        return feature is None and len(geometries) == 0
    geometry = feature.GetGeometryRef()
    if np.ma.getmaskarray(geometries)[0] or geometry is None:
        return bool(np.ma.getmaskarray(geometries)[0]) and geometry is None
    record = np.ma.getdata(geometries)[0]
    return bytes(record) == bytes(geometry.ExportToIsoWkb())


def _numbers(part):
    """A numeric column's values as floats and where it has none; None for any other column."""
    data = np.ma.getdata(part)
    if data.dtype.kind not in "iuf":
        return None
    return data.astype(float), np.ma.getmaskarray(part).copy()


def _wkb_records(part):
    """(one byte buffer of the non-null WKB records of a batch's geometry column one after the other, each
    record's length, where the records are null). GDAL gives a fixed-size column when every record has the same
    size (points; lines of as many vertices), else one bytes object per record."""
    data = np.ma.getdata(part)
    null = np.ma.getmaskarray(part).copy()
    if data.dtype.kind == "V":
        raw = data.view(np.uint8).reshape(len(data), data.dtype.itemsize)[~null]
        return raw.ravel(), np.full(len(raw), data.dtype.itemsize, dtype=np.int64), null
    if data.dtype != object:
        return None
    null |= np.array([record is None for record in data], dtype=bool)
    records = data[~null]
    lengths = np.fromiter(map(len, records), dtype=np.int64, count=len(records))
    return np.frombuffer(b"".join(records), dtype=np.uint8), lengths, null


def _point_xy(part):
    """(n, 2) coordinates of point geometries, and where there is none (a null or an empty point); None for any
    other geometry."""
    records = _wkb_records(part)
    if records is None:
        return None
    buffer, lengths, null = records
    xy = np.full((len(null), 2), np.nan)
    if len(lengths):
        size = int(lengths[0])
        if size not in (21, 29, 37) or not (lengths == size).all():
            return None
        raw = buffer.reshape(-1, size)
        kind = raw[:, 1:5].copy().view("<u4").ravel()
        if not (raw[:, 0] == 1).all() or not np.isin(kind, WKB_POINT_TYPES).all():
            return None
        xy[~null] = raw[:, 5:21].copy().view("<f8").reshape(-1, 2)
    return xy, null | ~np.isfinite(xy).all(axis=1)


def point_residents(path, layer_name, population_field, is_canceled=None):
    """The (n, 3) x, y, population of a point layer's residents as read_residents gives them (features without a
    positive population or a point left out), or None when it must read features: no such layer or field, a
    geometry other than points, a population that is no number or is negative or NaN (those get read_residents'
    warnings)."""

    def convert(geometries, values):
        points, numbers = _point_xy(geometries), _numbers(values[population_field])
        if points is None or numbers is None:
            return None
        (xy, no_point), (population, no_value) = points, numbers
        given = population[~no_value]
        if (~np.isfinite(given) | (given < 0)).any():
            return None
        keep = ~no_point & ~no_value & (population > 0)
        return np.column_stack([xy[keep], population[keep]]).reshape(-1, 3)

    batches = read_batches(path, layer_name, [population_field], convert, is_canceled)
    if batches is None:
        return None
    return np.concatenate(batches) if batches else np.zeros((0, 3))


def plain_lines(path, layer_name, is_canceled=None):
    """The lines of a layer of 2D LineStrings in file order, packed (core/network/graph.py pack_lines: vertices and
    counts), as read_streets gives them without the walkability filters (null and empty geometries left out), or
    None when it must read features: other geometry types (multi-lines, curves, Z), big-endian WKB, or a line that
    a feature source checking geometries would treat as invalid (fewer than two distinct points, coordinates that
    are not finite)."""
    batches = read_batches(path, layer_name, [], lambda geometries, _values: _line_vertices(geometries), is_canceled)
    if batches is None:
        return None
    if not batches:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    vertices = np.concatenate([batch[0] for batch in batches])
    count = np.concatenate([batch[1] for batch in batches])
    if not np.isfinite(vertices).all() or _any_collapsed(vertices, count):
        return None
    return vertices, count[count > 0]


def _line_vertices(part):
    """(vertices, point count of each line) of a batch of 2D LineString WKB records (nulls left out), or None when
    a record is anything else."""
    records = _wkb_records(part)
    if records is None:
        return None
    buffer, lengths, _null = records
    if len(lengths) == 0:
        return np.zeros((0, 2)), np.zeros(0, dtype=np.int64)
    if (lengths < LINE_HEADER).any():
        return None
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    header_bytes = (starts[:, None] + np.arange(LINE_HEADER)).ravel()
    header = buffer[header_bytes].reshape(-1, LINE_HEADER)
    kind = header[:, 1:5].copy().view("<u4").ravel()
    count = header[:, 5:9].copy().view("<u4").ravel().astype(np.int64)
    if not (header[:, 0] == 1).all() or not (kind == WKB_LINESTRING).all() \
            or not (lengths == LINE_HEADER + 16 * count).all():
        return None
    body = np.ones(len(buffer), dtype=bool)
    body[header_bytes] = False
    return np.frombuffer(buffer[body].tobytes(), dtype="<f8").reshape(-1, 2), count


def _any_collapsed(vertices, count):
    """Whether a (non-empty) line has fewer than two distinct points — GEOS's "too few points", an invalid geometry
    that a feature source checking geometries skips or stops at."""
    present = count[count > 0]
    if (present < 2).any():
        return True
    if len(present) == 0:
        return False
    first = np.concatenate([[0], np.cumsum(present)[:-1]])
    differs = (vertices != vertices[np.repeat(first, present)]).any(axis=1)
    return not np.logical_or.reduceat(differs, first).all()
