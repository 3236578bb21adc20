"""The community check: communities × facilities × a checklist profile → a status with evidence for every item.

readers.py turns QGIS features into plain objects (model.py); everything after that — samples, distances, engine,
reasons — is numpy/shapely only, so the same engine serves Processing, the dock and the tests.
"""
