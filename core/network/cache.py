"""Walking graphs kept for the QGIS session, so a second check on the same network skips reading and building.

The key is the network file's path, size and modification time (and the layer's subset and the build options):
when the file changes, the graph is built again. Layers without a file (memory, databases) are not cached.
"""

import os
from collections import OrderedDict

MAX_GRAPHS = 4
_graphs = OrderedDict()


def file_state(source_uri):
    """(path, size, mtime_ns) of the file behind a layer source, or None when there is no plain file."""
    path = source_uri.split("|", 1)[0]
    if not os.path.isfile(path):
        return None
    stat = os.stat(path)
    return path, stat.st_size, stat.st_mtime_ns


def cache_key(source_uri, subset, crs_authid, options, modified=False):
    state = file_state(source_uri)
    if state is None or modified:
        return None
    return (source_uri, state, subset, crs_authid, tuple(sorted(options.items())))


def get(key):
    if key is None or key not in _graphs:
        return None
    _graphs.move_to_end(key)
    return _graphs[key]


def put(key, value):
    if key is None:
        return
    _graphs[key] = value
    _graphs.move_to_end(key)
    while len(_graphs) > MAX_GRAPHS:
        _graphs.popitem(last=False)


def clear():
    _graphs.clear()
