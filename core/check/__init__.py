"""The community check: communities × facilities × a checklist profile → a status with evidence for every item.

Pure Python + numpy/shapely: no QGIS objects here, so the same engine serves Processing, the dock and the tests.
"""
