"""The projected CRS the check measures in: distances and areas in metres, whatever the inputs' CRSs.

The choice, in order: a CRS the user chose for the run (it must be projected in metres); the main layer's own CRS
when it is projected in metres; for a geographic layer whose centre lies in China, the CGCS2000 3-degree
Gauss–Krüger zone of its longitude (EPSG:4534 … 4554, "CM 75E" … "CM 135E", the zones without the zone number in
their false easting — what Chinese surveying and planning data use); elsewhere its WGS 84 / UTM zone. "In China" is
the zone's own area of use as the EPSG database gives it (QgsCoordinateReferenceSystem.bounds()), so the limits are
data, not constants here.
"""

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

from complete_community.core.qgis_compat import metres_unit

# CGCS2000 / 3-degree Gauss-Kruger CM 75E is EPSG:4534, each next central meridian 3° east the next code, up to
# CM 135E (EPSG:4554)
GAUSS_KRUGER_FIRST_EPSG, GAUSS_KRUGER_FIRST_CM, GAUSS_KRUGER_LAST_CM = 4534, 75, 135

LAYER, OVERRIDE, GAUSS_KRUGER, UTM = "layer", "override", "gauss_kruger", "utm"  # why the CRS was chosen


def is_metric_projected(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == metres_unit()


def utm_for(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of a longitude/latitude (EPSG:326xx north, 327xx south)."""
    zone = min(60, max(1, int((lon + 180.0) // 6.0) + 1))
    code = (32600 if lat >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem("EPSG:{}".format(code))


def gauss_kruger_for(lon: float, lat: float) -> Optional[QgsCoordinateReferenceSystem]:
    """The CGCS2000 3-degree Gauss–Krüger zone (central meridian the multiple of 3° nearest lon) of a point in China,
    or None when the point lies outside that zone's area of use."""
    central_meridian = int(round(lon / 3.0)) * 3
    if not GAUSS_KRUGER_FIRST_CM <= central_meridian <= GAUSS_KRUGER_LAST_CM:
        return None
    code = GAUSS_KRUGER_FIRST_EPSG + (central_meridian - GAUSS_KRUGER_FIRST_CM) // 3
    crs = QgsCoordinateReferenceSystem("EPSG:{}".format(code))
    if not crs.isValid():
        return None
    area = crs.bounds()  # the area of use, in degrees
    inside = area.xMinimum() <= lon <= area.xMaximum() and area.yMinimum() <= lat <= area.yMaximum()
    return crs if inside else None


def working_crs(layer_crs: QgsCoordinateReferenceSystem, extent, transform_context, override=None):
    """(crs, reason): the override when given (it must be projected in metres: the caller checks), else the layer's
    own CRS when it is projected in metres, else the CGCS2000 Gauss–Krüger zone of its extent's centre in China or
    the UTM zone elsewhere. reason: one of OVERRIDE, LAYER, GAUSS_KRUGER, UTM."""
    if override is not None and override.isValid():
        return override, OVERRIDE
    if is_metric_projected(layer_crs):
        return layer_crs, LAYER
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsPointXY(extent.center())
    if layer_crs.isValid() and layer_crs != wgs84:
        centre = QgsCoordinateTransform(layer_crs, wgs84, transform_context).transform(centre)
    zone = gauss_kruger_for(centre.x(), centre.y())
    if zone is not None:
        return zone, GAUSS_KRUGER
    return utm_for(centre.x(), centre.y()), UTM
