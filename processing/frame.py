"""The working frame: the one projected CRS in metres an algorithm measures in, chosen from its main layer, with the
transforms of every other input into it and of results back out. Every algorithm that measures gets the same choice,
the same log line, and the same refusal of a layer without a CRS or whose coordinates cannot be in its CRS — metres
in a geographic CRS, degrees in a projected one — before any feature is read (core/crs.py makes the choice)."""

from qgis.core import QgsCoordinateTransform, QgsProcessingException

from complete_community.core.crs import LAYER, OVERRIDE, working_crs
from complete_community.core.i18n import tr


class WorkingFrame:
    def __init__(self, crs, transform_context):
        self.crs = crs
        self.transform_context = transform_context

    @classmethod
    def of(cls, source, label, context, feedback, override=None):
        """The frame of the main layer (a feature source) called label in messages: override when given (the
        WORKING_CRS parameter, processing/parameters/crs.py), else its own CRS when it is projected in metres, else a
        projected CRS chosen for its extent — a CGCS2000 Gauss–Krüger zone in China, a UTM zone elsewhere (logged)."""
        _require_usable_crs(source, label)
        crs, chosen_for = working_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext(),
                                      override)
        if chosen_for == OVERRIDE:
            feedback.pushInfo(tr("Measuring in {} ({}), the CRS chosen for this run").format(
                crs.authid(), crs.description()))
        elif chosen_for == LAYER:
            feedback.pushInfo(tr("Measuring in {} ({}), the CRS of {}").format(
                crs.authid(), crs.description(), label))
        else:
            feedback.pushInfo(tr("{} is not in a projected CRS in metres ({}): distances and areas are measured in "
                                 "{} ({})").format(label, source.sourceCrs().authid(), crs.authid(),
                                                   crs.description()))
        return cls(crs, context.transformContext())

    def transform_from(self, source, label):
        """The transform of a source into the frame, None when it is already in it."""
        _require_usable_crs(source, label)
        if source.sourceCrs() == self.crs:
            return None
        return QgsCoordinateTransform(source.sourceCrs(), self.crs, self.transform_context)

    def transform_to(self, crs):
        """The transform of results from the frame back into crs (an output's CRS), None when it is the frame's."""
        if crs == self.crs:
            return None
        return QgsCoordinateTransform(self.crs, crs, self.transform_context)


# A layer whose every coordinate lies within these bounds, in an extent this small, holds degrees
DEGREE_BOUNDS = (-180.0, -90.0, 180.0, 90.0)
DEGREE_EXTENT_MAX = 20.0


def _require_usable_crs(source, label):
    crs = source.sourceCrs()
    if not crs.isValid():
        raise QgsProcessingException(tr(
            "{} has no coordinate reference system, so distances and areas cannot be measured. Assign the CRS the "
            "coordinates are in (Layer Properties ▸ Source, or “Assign projection”) and run again.").format(label))
    require_coordinates_fit_crs(source, label)


def require_coordinates_fit_crs(source, label):
    """Refuse, naming the layer, a layer whose coordinates cannot be in its CRS: metres in a geographic CRS, or
    longitudes and latitudes in a projected one (a CRS assigned wrongly, or lost and guessed)."""
    crs = source.sourceCrs()
    extent = source.sourceExtent()
    if source.featureCount() == 0 or extent.isNull():
        return  # no features: nothing to judge
    inside_degrees = (extent.xMinimum() >= DEGREE_BOUNDS[0] and extent.yMinimum() >= DEGREE_BOUNDS[1]
                      and extent.xMaximum() <= DEGREE_BOUNDS[2] and extent.yMaximum() <= DEGREE_BOUNDS[3])
    coordinates = "{:.6g}, {:.6g} – {:.6g}, {:.6g}".format(
        extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    if crs.isGeographic() and not inside_degrees:
        raise QgsProcessingException(tr(
            "{}: its coordinates ({}) cannot be longitudes and latitudes, yet its CRS is {} ({}): they look like "
            "metres. Assign the CRS the coordinates are in — for Chinese planning data usually a CGCS2000 "
            "3-degree Gauss–Krüger zone (EPSG:4534–4554) — with “Assign projection” (not “Reproject”), then run "
            "again.").format(label, coordinates, crs.authid(), crs.description()))
    if not crs.isGeographic() and inside_degrees and max(extent.width(), extent.height()) <= DEGREE_EXTENT_MAX:
        raise QgsProcessingException(tr(
            "{}: its coordinates ({}) look like longitudes and latitudes, yet its CRS is the projected {} ({}). "
            "Assign the geographic CRS the coordinates are in (e.g. EPSG:4490 CGCS2000 or EPSG:4326 WGS 84) with "
            "“Assign projection” (not “Reproject”), then run again.").format(label, coordinates, crs.authid(),
                                                                           crs.description()))
