"""completecommunity:importpoi — Amap or Baidu POI exports (CSV/XLSX, one or many) as one classified point layer in
WGS-84 (or a chosen CRS)."""

from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsVectorLayer,
)

from complete_community.core.chinese_coordinates import SYSTEMS, convert
from complete_community.core.i18n import tr
from complete_community.core.mapping import ClassificationTally, record_from_attributes
from complete_community.core.poi_import import (
    AUTO,
    UNKNOWN,
    PoiFileError,
    PoiTable,
    detect_columns,
    detect_system,
    read_csv,
    row_coordinates,
)
from complete_community.core.qgis_compat import source_type, wkb_type
from complete_community.core.taxonomy import facility_types
from complete_community.core.values import is_missing
from complete_community.processing.algorithms.convert_coordinates import system_labels
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.parameters import advanced, static_choice
from complete_community.processing.parameters.mapping import (
    add_mapping_parameters,
    log_classification,
    mapping_from_parameters,
)
from complete_community.processing.styling import style_output

# free texts have no length limit (an Amap address can be longer than 254 characters; a shapefile output cuts them
# and says so)
POI_FIELDS = (("name", "string", 0), ("category", "string", 0), ("typecode", "string", 0),
              ("address", "string", 0), ("district", "string", 0), ("cc_type", "string", 40),
              ("cc_type_zh", "string", 40), ("cc_rule", "string", 80), ("source_file", "string", 0),
              ("source_row", "int"), ("source_crs", "string", 10), ("source_lon", "double"),
              ("source_lat", "double"))
BAD_ROWS_LISTED = 20
UNMAPPED_LISTED = 15
WGS84 = "EPSG:4326"


def read_poi_file(path) -> PoiTable:
    """A CSV (UTF-8 or GB18030) or Excel (first sheet, header in the first row) file as a PoiTable."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xls", ".ods"):
        layer = QgsVectorLayer(str(path), "poi", "ogr")
        if not layer.isValid():  # (asking an invalid OGR layer for its error can crash QGIS 3.22)
            raise PoiFileError(tr("it is not an Excel workbook QGIS can open (a CSV or another file renamed?). Save it "
                                  "again as .xlsx or .csv"))
        headers = layer.fields().names()
        rows = [dict(zip(headers, feature.attributes())) for feature in layer.getFeatures()]
    else:
        headers, rows = read_csv(path)
    return PoiTable(str(path), headers, rows, detect_columns(headers))


class ImportPoiAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "preparation"
    INPUT = "INPUT"
    COORDINATES = "COORDINATES"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT = "OUTPUT"
    COUNTS = ("IMPORTED_COUNT", "BAD_COORDINATES_COUNT", "CLASSIFIED_COUNT", "UNMAPPED_COUNT")

    def name(self):
        return "importpoi"

    def displayName(self):  # noqa: N802
        return self.tr("Import Amap/Baidu POIs")

    def summary(self):
        return self.tr(
            "Reads one or many POI exports of Amap (高德) or Baidu (CSV or Excel, e.g. one file per category) into "
            "one point layer: the name, type string or typecode, coordinates (a “location” column “lng,lat” or "
            "separate longitude/latitude columns), address and district columns are found by their Chinese or "
            "English names; the coordinates are converted to WGS-84 from the system chosen, or from the one each "
            "file's own evidence shows (column names; raw 6-decimal output of Amap = GCJ-02, of Baidu = BD-09; "
            "values converted from raw GCJ-02) — a file whose system cannot be told is refused until you choose "
            "one. Each point is classified with the chosen mapping as “Classify facilities” does and keeps its "
            "source file and row. Rows without usable coordinates are listed by file and row; categories no rule "
            "matched are listed with their counts."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        files = QgsProcessingParameterMultipleLayers(self.INPUT, self.tr("POI files (CSV or Excel)"),
                                                     layerType=source_type("File"))
        files.setHelp(self.tr("One or many Amap or Baidu exports; all are merged into one layer."))
        self.addParameter(files)
        labels = dict(system_labels(), auto=self.tr("Detect from each file (refused when it cannot be told)"))
        self.addParameter(static_choice(
            self.COORDINATES, self.tr("Coordinate system of the files"), [AUTO] + list(SYSTEMS), AUTO,
            self.tr("Amap exports are GCJ-02 and Baidu exports BD-09 unless someone converted them; “detect” reads "
                    "each file's evidence and says what it found."), labels=labels))
        add_mapping_parameters(self, default="amap")
        crs = QgsProcessingParameterCrs(self.TARGET_CRS, self.tr("CRS of the output"), WGS84, optional=True)
        crs.setHelp(self.tr("Default WGS-84 longitude/latitude (EPSG:4326); e.g. the project's CGCS2000 zone."))
        self.addParameter(advanced(crs))
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Imported POIs"),
                                                            type=source_type("VectorPoint")))
        for output, description in zip(self.COUNTS, (self.tr("POIs imported"),
                                                     self.tr("Rows without usable coordinates"),
                                                     self.tr("POIs classified"),
                                                     self.tr("POIs no rule matched"))):
            self.addOutput(QgsProcessingOutputNumber(output, description))

    def process(self, parameters, context, feedback):
        paths = self.parameterAsFileList(parameters, self.INPUT, context)
        if not paths:
            raise QgsProcessingException(self.tr("No POI file given: choose one or more CSV or Excel files."))
        chosen = self.parameterAsEnumString(parameters, self.COORDINATES, context) or AUTO
        mapping = mapping_from_parameters(self, parameters, context)
        target_crs = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
        if not target_crs.isValid():
            target_crs = QgsCoordinateReferenceSystem(WGS84)
        to_target = None
        if target_crs.authid() != WGS84:
            to_target = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), target_crs,
                                               context.transformContext())

        # first every file: its columns, coordinates and system — a file that cannot be used stops the run before
        # anything is written
        tables = []
        for path in paths:
            self.stop_if_canceled(feedback)
            tables.append(self._prepare(path, chosen, feedback))

        fields = fields_from(POI_FIELDS)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, wkb_type("Point"), target_crs)
        types = facility_types()
        tally = ClassificationTally()
        imported = bad_total = 0
        total_rows = sum(len(table.rows) for table, _c, _s in tables) or 1
        done = 0
        for table, coordinates, system in tables:
            name = Path(table.path).name
            bound = mapping.bind_fields(table.headers, {"name": table.columns.name,
                                                        "category": table.columns.category,
                                                        "code": table.columns.code})
            valid = [i for i, c in enumerate(coordinates) if c is not None]
            xy = np.array([coordinates[i] for i in valid], dtype=float).reshape(-1, 2)
            lon, lat = convert(xy[:, 0], xy[:, 1], system, "wgs84") if system != "wgs84" else (xy[:, 0], xy[:, 1])
            converted = dict(zip(valid, zip(lon.tolist(), lat.tolist())))
            bad = [i for i, row in enumerate(table.rows) if row is not None and coordinates[i] is None]
            bad_total += len(bad)
            if bad:
                feedback.pushWarning(self.tr("{}: {} rows without usable coordinates (not imported), rows: {}{}")
                                     .format(name, len(bad), ", ".join(str(i + 2) for i in bad[:BAD_ROWS_LISTED]),
                                             " …" if len(bad) > BAD_ROWS_LISTED else ""))
            for index, row in enumerate(table.rows):
                done += 1
                if index % 500 == 0:
                    self.stop_if_canceled(feedback)
                    feedback.setProgress(100.0 * done / total_rows)
                if index not in converted:
                    continue
                record = record_from_attributes(row, bound)
                code, rule_id = tally.classify(mapping, record)
                x, y = converted[index]
                if to_target is not None:
                    point = to_target.transform(QgsPointXY(x, y))
                    x, y = point.x(), point.y()
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                columns = table.columns
                feature.setAttributes([
                    _text(row, columns.name), _text(row, columns.category), _text(row, columns.code),
                    _text(row, columns.address), _text(row, columns.district), code,
                    types[code].name_zh if code else None, rule_id, name, index + 2, system,
                    coordinates[index][0], coordinates[index][1]])
                self.add_feature(sink, feature, parameters, self.OUTPUT)
                imported += 1

        feedback.pushInfo(self.tr("Imported {} POIs from {} files; classified {} with mapping '{}':").format(
            imported, len(tables), tally.classified, mapping.id))
        log_classification(feedback, tally, types, self.tr("{} POIs in {} categories matched no rule; most "
                                                           "frequent:"), UNMAPPED_LISTED, with_examples=True)
        style_output(context, dest_id, "imported_pois", self.tr("Imported POIs"))
        results = dict(zip(self.COUNTS, (imported, bad_total, tally.classified, tally.unmapped_total)))
        results[self.OUTPUT] = dest_id
        return results

    def _prepare(self, path, chosen, feedback):
        """(table, coordinates per row, system) of one file; refused with a message when it cannot be used."""
        name = Path(path).name
        if not Path(path).is_file():
            raise QgsProcessingException(self.tr("{}: no such file.").format(path))
        try:
            table = read_poi_file(path)
        except (OSError, PoiFileError) as error:
            raise QgsProcessingException(self.tr("{} cannot be read: {}").format(name, error)) from None
        columns = table.columns
        if not (columns.lon or columns.location):
            raise QgsProcessingException(self.tr(
                "{}: no coordinate columns found (it has: {}). Name them lng/lat, lon/lat, 经度/纬度, or give one "
                "“location” column with “lng,lat”.").format(name, ", ".join(table.headers)))
        if not (columns.name or columns.category or columns.code):
            feedback.pushWarning(self.tr("{}: no name, type or typecode column: its POIs cannot be classified.")
                                 .format(name))
        coordinates = [row_coordinates(row, columns) for row in table.rows]
        detection = detect_system(table, coordinates)
        feedback.pushInfo(self.tr("{}: {} rows; columns {}").format(
            name, sum(row is not None for row in table.rows), columns.describe()))
        if chosen == AUTO:
            if detection.system == UNKNOWN:
                raise QgsProcessingException(self.tr(
                    "{}: its coordinate system cannot be told ({}). Choose it under “Coordinate system of the "
                    "files”: Amap exports are GCJ-02, Baidu exports BD-09, unless they were converted.").format(
                    name, detection.evidence))
            feedback.pushInfo(self.tr("{}: coordinates read as {}, detected: {}").format(
                name, detection.system, detection.evidence))
            return table, coordinates, detection.system
        if detection.system not in (UNKNOWN, chosen):
            feedback.pushWarning(self.tr("{}: read as {} as chosen, but the file looks like {} ({}).").format(
                name, chosen, detection.system, detection.evidence))
        else:
            feedback.pushInfo(self.tr("{}: coordinates in {}, as chosen").format(name, chosen))
        return table, coordinates, chosen


def _text(row, column):
    if not column:
        return None
    value = row.get(column)
    return None if is_missing(value) else str(value).strip()
