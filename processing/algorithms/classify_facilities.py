"""completecommunity:classifyfacilities — a copy of a facility layer with the standard's facility type added."""

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from complete_community.core.mapping import ClassificationTally, record_from_attributes
from complete_community.core.qgis_compat import field_data_type, source_type
from complete_community.core.taxonomy import facility_types
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import field_names, fields_from
from complete_community.processing.parameters.encoding import SOURCE_ENCODING, add_encoding_parameter
from complete_community.processing.parameters.mapping import (
    add_mapping_parameters,
    log_classification,
    mapping_from_parameters,
)
from complete_community.processing.styling import style_output

TYPE_FIELD = "cc_type"
ADDED_FIELDS = ((TYPE_FIELD, "string", 40), ("cc_type_zh", "string", 40), ("cc_rule", "string", 80))
UNMAPPED_FIELDS = (("category", "string", 254), ("count", "int"), ("example", "string", 254))
UNMAPPED_REPORTED = 15


class ClassifyFacilitiesAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "preparation"
    INPUT = "INPUT"
    NAME_FIELD = "NAME_FIELD"
    CATEGORY_FIELD = "CATEGORY_FIELD"
    CODE_FIELD = "CODE_FIELD"
    SOURCE_ENCODING = SOURCE_ENCODING
    OUTPUT = "OUTPUT"
    UNMAPPED_OUTPUT = "UNMAPPED_OUTPUT"
    COUNTS = ("CLASSIFIED_COUNT", "EXCLUDED_COUNT", "UNMAPPED_COUNT")

    def name(self):
        return "classifyfacilities"

    def displayName(self):  # noqa: N802
        return self.tr("Classify facilities")

    def summary(self):
        return self.tr(
            "Adds the facility type of the standard (field cc_type, with its Chinese name in cc_type_zh and the "
            "deciding rule in cc_rule) to a copy of a facility layer: survey points, Amap or Baidu POIs, or "
            "OpenStreetMap features. The rules of the chosen mapping are tried in order and the first match "
            "decides. Categories no rule matched are listed in the log, most frequent first, and optionally "
            "written to a table, so that you can extend the mapping. The input layer is not changed."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        source = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Facility layer"), [source_type("VectorAnyGeometry")])
        source.setHelp(self.tr("Points or polygons of facilities with a name and/or a category."))
        self.addParameter(source)
        add_mapping_parameters(self)
        add_encoding_parameter(self)
        for name, description, help_text in (
            (self.NAME_FIELD, self.tr("Name field"), self.tr("Default: the first of the mapping's name fields found.")),
            (self.CATEGORY_FIELD, self.tr("Category field"),
             self.tr("The raw category, e.g. the Amap type string. Default: found from the mapping.")),
            (self.CODE_FIELD, self.tr("Type code field"), self.tr("E.g. the Amap typecode. Default: found.")),
        ):
            parameter = QgsProcessingParameterField(
                name, description, parentLayerParameterName=self.INPUT, type=field_data_type("Any"), optional=True)
            parameter.setHelp(help_text)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Classified facilities")))
        unmapped = QgsProcessingParameterFeatureSink(
            self.UNMAPPED_OUTPUT, self.tr("Unmapped categories"), type=source_type("Vector"),
            optional=True, createByDefault=False)
        unmapped.setHelp(self.tr("A table of the categories no rule matched, with counts and an example name."))
        self.addParameter(unmapped)
        for output, description in zip(self.COUNTS, (self.tr("Features classified"),
                                                     self.tr("Features excluded by a rule"),
                                                     self.tr("Features no rule matched"))):
            self.addOutput(QgsProcessingOutputNumber(output, description))

    def process(self, parameters, context, feedback):
        source = self.source(parameters, self.INPUT, context)
        mapping = mapping_from_parameters(self, parameters, context)
        overrides = {
            "name": self.parameterAsString(parameters, self.NAME_FIELD, context),
            "category": self.parameterAsString(parameters, self.CATEGORY_FIELD, context),
            "code": self.parameterAsString(parameters, self.CODE_FIELD, context),
        }
        input_names = source.fields().names()
        bound = mapping.bind_fields(input_names, {k: v for k, v in overrides.items() if v})
        feedback.pushInfo(self.tr("Mapping '{}'; fields read: {}").format(
            mapping.id, ", ".join("{}={}".format(k, v or "—") for k, v in bound.items())))
        if not any(bound.values()) and "osm" not in mapping.id:
            feedback.reportError(self.tr(
                "None of the mapping's fields is in the layer (it has: {}); only OSM-style tag columns can match. "
                "Choose the name or category field.").format(", ".join(input_names)) + self.encoding_hint(source))

        added = field_names(ADDED_FIELDS)
        kept = QgsFields()
        for field in source.fields():
            if field.name() not in added:
                kept.append(field)
        if any(name in input_names for name in added):
            feedback.pushWarning(self.tr("The layer already has cc_type fields: the copy gets new values."))
        fields = fields_from(ADDED_FIELDS, before=kept)
        sink, dest_id = self.create_sink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                         source.sourceCrs())

        types = facility_types()
        tally = ClassificationTally()
        total = 0
        for feature in self.features(source, feedback):
            total += 1
            attributes = dict(zip(input_names, feature.attributes()))
            code, rule_id = tally.classify(mapping, record_from_attributes(attributes, bound))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            values = [attributes[field.name()] for field in kept]
            out.setAttributes(values + [code, types[code].name_zh if code else None, rule_id])
            self.add_feature(sink, out, parameters, self.OUTPUT)

        feedback.pushInfo(self.tr("Classified {} of {} features:").format(tally.classified, total))
        log_classification(feedback, tally, types, self.tr("{} features in {} categories matched no rule; most "
                                                           "frequent:"), UNMAPPED_REPORTED)

        results = dict(zip(self.COUNTS, (tally.classified, tally.excluded, tally.unmapped_total)))
        results[self.OUTPUT] = dest_id
        style_output(context, dest_id)
        unmapped_fields = fields_from(UNMAPPED_FIELDS)
        table, table_id = self.create_sink(parameters, self.UNMAPPED_OUTPUT, context, unmapped_fields)
        if table is not None:
            for label, number in tally.unmapped.most_common():
                row = QgsFeature(unmapped_fields)
                row.setAttributes([label, number, tally.examples.get(label, "")])
                self.add_feature(table, row, parameters, self.UNMAPPED_OUTPUT)
            results[self.UNMAPPED_OUTPUT] = table_id
            style_output(context, table_id)
        return results
