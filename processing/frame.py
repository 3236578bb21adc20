"""The working frame: the one projected CRS in metres an algorithm measures in, chosen from its main layer, with the
transforms of every other input into it and of results back out. Every algorithm that measures gets the same choice,
the same log line and the same refusal of a layer without a CRS (core/crs.py makes the choice)."""

from qgis.core import QgsCoordinateTransform, QgsProcessingException

from complete_community.core.crs import working_crs
from complete_community.core.i18n import tr


class WorkingFrame:
    def __init__(self, crs, transform_context):
        self.crs = crs
        self.transform_context = transform_context

    @classmethod
    def of(cls, source, label, context, feedback):
        """The frame of the main layer (a feature source) called label in messages: its own CRS when it is projected
        in metres, else a projected CRS chosen for its extent (logged)."""
        _require_crs(source, label)
        crs, chosen_for = working_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext())
        if chosen_for == "layer":
            feedback.pushInfo(tr("Measuring in {} ({}), the CRS of {}").format(
                crs.authid(), crs.description(), label))
        else:
            feedback.pushInfo(tr("{} is not in a projected CRS in metres ({}): distances and areas are measured in "
                                 "{} ({})").format(label, source.sourceCrs().authid(), crs.authid(),
                                                   crs.description()))
        return cls(crs, context.transformContext())

    def transform_from(self, source, label):
        """The transform of a source into the frame, None when it is already in it."""
        _require_crs(source, label)
        if source.sourceCrs() == self.crs:
            return None
        return QgsCoordinateTransform(source.sourceCrs(), self.crs, self.transform_context)

    def transform_to(self, crs):
        """The transform of results from the frame back into crs (an output's CRS), None when it is the frame's."""
        if crs == self.crs:
            return None
        return QgsCoordinateTransform(self.crs, crs, self.transform_context)


def _require_crs(source, label):
    if not source.sourceCrs().isValid():
        raise QgsProcessingException(tr(
            "{} has no coordinate reference system, so distances and areas cannot be measured. Assign the CRS the "
            "coordinates are in (Layer Properties ▸ Source, or “Assign projection”) and run again.").format(label))
