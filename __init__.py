"""完整社区体检 Complete Community Check — QGIS plugin entry point.

QGIS imports this package and calls classFactory(); nothing heavy happens at import time.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from complete_community.plugin import CompleteCommunityPlugin

    return CompleteCommunityPlugin(iface)
