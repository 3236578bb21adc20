"""The projected CRS the check measures in: distances and areas in metres, whatever the inputs' CRSs."""

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

from complete_community.core.qgis_compat import metres_unit


def is_metric_projected(crs: QgsCoordinateReferenceSystem) -> bool:
    return crs.isValid() and not crs.isGeographic() and crs.mapUnits() == metres_unit()


def utm_for(lon: float, lat: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone of a longitude/latitude (EPSG:326xx north, 327xx south)."""
    zone = min(60, max(1, int((lon + 180.0) // 6.0) + 1))
    code = (32600 if lat >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem("EPSG:{}".format(code))


def working_crs(layer_crs: QgsCoordinateReferenceSystem, extent, transform_context):
    """(crs, reason): the layer's own CRS when it is projected in metres, else the UTM zone of its extent's centre."""
    if is_metric_projected(layer_crs):
        return layer_crs, "layer"
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    centre = QgsPointXY(extent.center())
    if layer_crs.isValid() and layer_crs != wgs84:
        centre = QgsCoordinateTransform(layer_crs, wgs84, transform_context).transform(centre)
    return utm_for(centre.x(), centre.y()), "utm"
