"""completecommunity:exportreport — the printed report of a check: an overview page of the district and an atlas page
per community (map, key figures, failed items, the checklist table), as one PDF through a QGIS print layout.

The layout is a template (resources/layouts/community_report_<paper>.qpt, scripts/make_layouts.py), loaded into a
private QgsProject that holds copies of the inputs: the user's project is never touched. The atlas' coverage layer is
made here, one feature per page — the overview first, its geometry all communities — carrying the page's texts, which
core/check/report.py writes; the template's labels show them. The report is a Chinese document: codes are named by
the Chinese styles' value maps, whatever the interface language (messages follow the interface)."""

import base64
import os

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsConditionalStyle,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsReadWriteContext,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtXml import QDomDocument

from complete_community.core.check.fields import FACILITY_FIELDS, choose_fields
from complete_community.core.check.report import (
    community_figures_text,
    facility_type_code,
    facility_type_label,
    failed_types,
    gaps_text,
    item_chart_svg,
    item_facility_types,
    measure_text,
    overview,
    overview_text,
    wrap_text,
)
from complete_community.core.paths import RESOURCES_DIR
from complete_community.core.profiles.loader import load_profile
from complete_community.core.qgis_compat import enum_value, source_type
from complete_community.core.yaml_io import DataFileError
from complete_community.processing.base import CompleteCommunityAlgorithm
from complete_community.processing.fields import fields_from
from complete_community.processing.parameters import static_choice
from complete_community.processing.parameters.network import NETWORK
from complete_community.processing.report_tables import COMMUNITY_STYLE, ITEM_STYLE, field_keys, source_rows
from complete_community.processing.styling import style_path, style_value_maps

LAYOUTS_DIR = RESOURCES_DIR / "layouts"
PAPERS = ("a4", "a3")
REQUIRED_ITEMS = ("map", "checklist", "legend")  # the ids the report fills; the rest of a template is free
CJK_FONT = "Noto Sans CJK SC"
CJK_FALLBACKS = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
                 "WenQuanYi Zen Hei", "Microsoft YaHei", "SimHei", "PingFang SC", "Hiragino Sans GB",
                 "Noto Sans SC", "Droid Sans Fallback")
PAGE_FIELDS = (("page_order", "int", 0), ("page_key", "string", 80), ("page_label", "string", 120),
               ("page_title", "string", 0), ("page_subtitle", "string", 0), ("overview_text", "string", 0),
               ("figures_text", "string", 0), ("gaps_text", "string", 0), ("page_footer", "string", 0),
               ("failed_types", "string", 0))  # ",kindergarten,nursery,": the types of the failed items
CHECKLIST_FIELDS = (("page_key", "string", 80), ("status", "string", 16), ("item", "string", 0),
                    ("verdict", "string", 16), ("measure", "string", 0), ("reason", "string", 0))
# the checklist table's columns: field, heading, share of the table's width
CHECKLIST_COLUMNS = (("item", "项目", 0.25), ("verdict", "结论", 0.09), ("measure", "实测 / 标准", 0.16),
                     ("reason", "原因", 0.50))
ROW_COLOURS = {"fail": "#f9d4d4", "unknown": "#eeeeee"}
# facilities by type on the maps: colours and marker shapes cycled through the types found
TYPE_COLOURS = ("#1f78b4", "#33a02c", "#e31a1c", "#ff7f00", "#6a3d9a", "#b15928", "#a6cee3", "#b2df8a", "#fb9a99",
                "#fdbf6f", "#cab2d6", "#8c8c00")
TYPE_SHAPES = ("circle", "square", "triangle", "diamond")
DEFAULT_TITLE = "完整居住社区体检报告"


def template_path(paper):
    return str(LAYOUTS_DIR / "community_report_{}.qpt".format(paper))


class ExportReportAlgorithm(CompleteCommunityAlgorithm):
    GROUP = "check"
    COMMUNITIES = "COMMUNITIES"
    ITEMS = "ITEMS"
    FACILITIES = "FACILITIES"
    NETWORK = NETWORK  # only drawn on the maps: no walking graph is built
    SERVICE_AREAS = "SERVICE_AREAS"
    FILTER = "FILTER"
    TEMPLATE = "TEMPLATE"
    PAPER = "PAPER"
    SORT_FIELD = "SORT_FIELD"
    TITLE = "TITLE"
    OUTPUT = "OUTPUT"
    COMMUNITY_COUNT = "COMMUNITY_COUNT"
    LAYOUT = "LAYOUT"

    def name(self):
        return "exportreport"

    def displayName(self):  # noqa: N802
        return self.tr("Export report (PDF)")

    def summary(self):
        return self.tr(
            "Writes the printed report of a check as one PDF in Chinese, for review meetings and street offices: an "
            "overview page (all communities coloured by their gaps, key figures, 完整居住社区覆盖率 by count and by "
            "population, the commonest gaps, a chart of fails and unknowns per item) and one atlas page per "
            "community (map with facilities by type, the walking network and walking service areas, key figures, "
            "failed items, the 20-item checklist with verdict, value, threshold and reason). A checklist too long "
            "for its page continues on a second page. Pages follow the sort field; a filter expression or the "
            "selection reports some communities only. The layout is a template (.qpt) in the plugin's "
            "resources/layouts folder: copy it, restyle it in the layout designer and give it as the template; it "
            "must keep the items with the ids map, checklist (the table's first frame) and legend. In QGIS desktop "
            "the layout is also added to the project's layout manager, its atlas set up, to adjust before printing.")

    def flags(self):
        # layouts render fonts and maps: QGIS's own layout exports run on the main thread too
        return super().flags() | enum_value("Qgis.ProcessingAlgorithmFlag.NoThreading",
                                            "QgsProcessingAlgorithm.Flag.FlagNoThreading")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.COMMUNITIES, self.tr("Community results (of the check)"), [source_type("VectorPolygon")]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.ITEMS, self.tr("Item results (of the check)"), [source_type("Vector")]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.FACILITIES, self.tr("Facilities (shown on the maps)"), [source_type("VectorPoint")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Walking network (shown on the maps)"), [source_type("VectorLine")], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SERVICE_AREAS, self.tr("Walking service areas (shown on the maps)"),
            [source_type("VectorPolygon")], optional=True))
        template = QgsProcessingParameterFile(
            self.TEMPLATE, self.tr("Layout template (.qpt)"), extension="qpt", optional=True)
        template.setHelp(self.tr("Empty: the plugin's template for the paper size."))
        self.addParameter(template)
        self.addParameter(static_choice(
            self.PAPER, self.tr("Paper"), list(PAPERS), "a4",
            self.tr("a4: A4 landscape; a3: A3 landscape (when no template is given)."),
            labels={"a4": self.tr("A4 landscape"), "a3": self.tr("A3 landscape")}))
        sort = QgsProcessingParameterField(
            self.SORT_FIELD, self.tr("Sort the community pages by"), defaultValue="cc_id",
            parentLayerParameterName=self.COMMUNITIES, optional=True)
        self.addParameter(sort)
        subset = QgsProcessingParameterExpression(
            self.FILTER, self.tr("Only the communities matching"), parentLayerParameterName=self.COMMUNITIES,
            optional=True)
        subset.setHelp(self.tr("An expression over the community results, e.g. \"cc_fail\" >= 3 or \"cc_id\" IN "
                               "('C01', 'C03'). Empty: every community (or the selected ones, when only selected "
                               "features are asked for). The overview covers the communities reported."))
        self.addParameter(subset)
        self.addParameter(QgsProcessingParameterString(
            self.TITLE, self.tr("Report title"), defaultValue=DEFAULT_TITLE, optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report"), fileFilter=self.tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber(self.COMMUNITY_COUNT, self.tr("Number of communities")))
        self.addOutput(QgsProcessingOutputString(self.LAYOUT, self.tr("Layout added to the project")))

    def process(self, parameters, context, feedback):
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        communities = self.source(parameters, self.COMMUNITIES, context)
        items = self.source(parameters, self.ITEMS, context)
        facilities = self.source(parameters, self.FACILITIES, context, optional=True)
        network = self.source(parameters, self.NETWORK, context, optional=True)
        service_areas = self.source(parameters, self.SERVICE_AREAS, context, optional=True)
        if communities.fields().lookupField("cc_id") < 0:
            raise QgsProcessingException(self.tr(
                "{} has no field cc_id: give the community results written by the check.").format(
                self.layer_label(parameters, self.COMMUNITIES, context)))
        item_keys = set(field_keys(items.fields().names(), ITEM_STYLE).values())
        if not {"item_id", "community_id"} <= item_keys:
            raise QgsProcessingException(self.tr(
                "{} has no fields item_id and community_id: give the item results written by the check.").format(
                self.layer_label(parameters, self.ITEMS, context)))
        sort_field = self.parameterAsString(parameters, self.SORT_FIELD, context) or "cc_id"
        if communities.fields().lookupField(sort_field) < 0:
            raise QgsProcessingException(self.tr(
                "“{}”: {} has no field {} (it has: {}). Choose one of its fields.").format(
                self.parameterDefinition(self.SORT_FIELD).description(),
                self.layer_label(parameters, self.COMMUNITIES, context), sort_field,
                ", ".join(communities.fields().names())))
        subset = self.community_filter(parameters, context, communities)
        layout, project = self.load_template(parameters, context)
        feedback.pushInfo(self.tr("Layout template: {}").format(self._template_file))

        community_layer = self.copy_layer(communities, "社区", feedback, subset)
        community_rows = [dict(zip(community_layer.fields().names(), f.attributes()))
                          for f in community_layer.getFeatures()]
        if not community_rows:
            raise QgsProcessingException(self.tr(
                "No community of {} to report: the filter or the selection leaves none. Change the filter "
                "expression or select communities.").format(self.layer_label(parameters, self.COMMUNITIES, context)))
        reported = {str(row.get("cc_id")) for row in community_rows}
        item_rows = [row for row in source_rows(self, items, feedback, ITEM_STYLE)
                     if str(row.get("community_id")) in reported]
        self.stop_if_canceled(feedback)
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or DEFAULT_TITLE
        pages = self.pages_layer(community_layer, community_rows, item_rows, title, sort_field, parameters, context,
                                 layout, feedback)

        layers = [pages]
        if facilities is not None:
            facility_layer = self.copy_layer(facilities, "设施", feedback)
            self.style_facilities(facility_layer)
            layers.append(facility_layer)
            highlight = self.failed_facilities_layer(facilities, feedback)
            if highlight is not None:
                layers.append(highlight)
        if network is not None:
            network_layer = self.copy_layer(network, "步行网络", feedback)
            network_layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
                {"line_color": "#8c8c8c", "line_width": "0.25", "line_style": "solid"})))
            layers.append(network_layer)
        layers.append(community_layer)
        self.apply_style(community_layer, COMMUNITY_STYLE, feedback)
        if service_areas is not None:
            area_layer = self.copy_layer(service_areas, "步行服务范围", feedback)
            # one symbol, not the layer style's one per type: the legend beside the map has room for the facilities
            area_layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
                {"color": "31,120,180,40", "outline_color": "31,120,180,160", "outline_width": "0.3"})))
            layers.append(area_layer)
        table = layout.itemById("checklist").multiFrame()
        checklist = self.checklist_layer(item_rows, table)
        project.addMapLayers(layers + [checklist], False)

        map_item = layout.itemById("map")
        map_item.setLayers(layers)
        map_item.setKeepLayerSet(True)
        self.fill_legend(layout.itemById("legend"), [layer for layer in layers if layer is not pages])
        self.fill_table(table, checklist)
        self.fill_chart(layout.itemById("chart"), community_rows, item_rows)
        atlas = layout.atlas()
        atlas.setCoverageLayer(pages)
        atlas.setEnabled(True)
        atlas.setHideCoverage(False)
        atlas.setSortFeatures(True)
        atlas.setSortAscending(True)
        atlas.setSortExpression('"page_order"')
        atlas.setPageNameExpression('"page_label"')
        self.use_cjk_font(layout, feedback)
        self.stop_if_canceled(feedback)
        feedback.pushInfo(self.tr("Rendering {} pages and their continuations …").format(pages.featureCount()))
        count = pages.featureCount() - 1
        self._for_project = None
        try:
            self.settle_map(atlas, map_item)
            self.export_pdf(layout, path, feedback)
            if _desktop_project(context) is not None:  # the layout goes to the project in postProcessAlgorithm
                self._for_project = self.detach_layout(layout, project, layers + [checklist], title)
        finally:
            del layout, project, map_item, table, atlas  # the layout's last references are release_layout()'s
            self.release_layout()
        self._results = {self.OUTPUT: path, self.COMMUNITY_COUNT: count, self.LAYOUT: ""}
        return dict(self._results)

    # the layout in the user's project (desktop): staff adjust it before printing
    def detach_layout(self, layout, project, layers, title):
        """The layout as XML and its layers taken out of the private project, for postProcessAlgorithm."""
        document = QDomDocument()
        document.appendChild(layout.writeXml(document, QgsReadWriteContext()))
        taken = [project.takeMapLayer(layer) for layer in layers]
        return document, [layer for layer in taken if layer is not None], "完整社区体检报告 – {}".format(title)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802 (QGIS API: on the main thread, after the run)
        # what this returns replaces the results of process()
        pending, self._for_project = getattr(self, "_for_project", None), None
        results = dict(getattr(self, "_results", {}))
        project = _desktop_project(context)
        if pending is None or project is None:
            return results
        document, layers, base_name = pending
        name = add_layout_to_project(project, document, layers, base_name)
        if name is None:
            feedback.pushWarning(self.tr("Could not add the report's layout to the project."))
            return results
        feedback.pushInfo(self.tr("The layout “{}” is in the project's layout manager, its atlas set up: open it to "
                                  "adjust the report before printing.").format(name))
        results[self.LAYOUT] = name
        return results

    @staticmethod
    def settle_map(atlas, map_item):
        """QGIS 3.22 resizes an atlas map to the shape of the first page's extent (once): that map would overlap what
        lies below it. Its first page is shown once here and the template's size given back."""
        size = map_item.sizeWithUnits()
        if atlas.beginRender() and atlas.first():
            map_item.attemptResize(size)
        atlas.endRender()

    def release_layout(self):
        """The private layout goes before its project (and both now, not at interpreter exit)."""
        keep, self._keep = getattr(self, "_keep", None), None
        if keep is not None:
            project, layout = keep
            del keep, layout  # deletes the layout and its items
            project.clear()

    # the template
    def load_template(self, parameters, context):
        template = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if not template:
            template = template_path(self.parameterAsEnumString(parameters, self.PAPER, context) or "a4")
        self._template_file = template
        try:
            with open(template, encoding="utf-8") as handle:
                text = handle.read()
        except OSError as error:
            raise QgsProcessingException(self.tr("Could not read the layout template {}: {}").format(
                template, error.strerror or error)) from None
        document = QDomDocument()
        if not document.setContent(text):
            raise QgsProcessingException(self.tr("{} is not a layout template (.qpt) QGIS can read.").format(template))
        project = QgsProject()
        layout = QgsPrintLayout(project)
        _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not ok:
            raise QgsProcessingException(self.tr("{} is not a layout template (.qpt) QGIS can read.").format(template))
        self._keep = (project, layout)  # a layout not referenced is deleted with its items
        missing = [item_id for item_id in REQUIRED_ITEMS if layout.itemById(item_id) is None]
        kinds = {"map": QgsLayoutItemMap, "legend": QgsLayoutItemLegend}
        wrong = [item_id for item_id, kind in kinds.items()
                 if item_id not in missing and not isinstance(layout.itemById(item_id), kind)]
        frame = layout.itemById("checklist")
        if frame is not None and not isinstance(getattr(frame, "multiFrame", lambda: None)(),
                                                QgsLayoutItemAttributeTable):
            wrong.append("checklist")
        if missing or wrong:
            raise QgsProcessingException(self.tr(
                "The layout template {} lacks the items the report fills: {}. A template needs a map with the item "
                "id “map”, an attribute table whose first frame has the id “checklist” and a legend with the id "
                "“legend” (Item Properties ▸ Item ID in the layout designer).").format(
                template, ", ".join("“{}”".format(item_id) for item_id in missing + wrong)))
        return layout, project

    # layers of the private project
    def community_filter(self, parameters, context, source):
        """The FILTER expression (None when empty), refused by name when it cannot be read."""
        text = self.parameterAsExpression(parameters, self.FILTER, context).strip()
        raw = parameters.get(self.FILTER)
        if not text and isinstance(raw, str):  # QGIS hands back '' for an expression it cannot parse
            text = raw.strip()
        if not text:
            return None
        expression = QgsExpression(text)
        if expression.hasParserError():
            raise QgsProcessingException(self.tr(
                "The filter expression {} cannot be read: {}. Write it as in the expression builder, e.g. "
                "\"cc_fail\" >= 3 or \"cc_id\" IN ('C01', 'C03').").format(text, expression.parserErrorString()))
        names = source.fields().names()
        unknown = sorted(column for column in expression.referencedColumns()
                         if column != QgsFeatureRequest.ALL_ATTRIBUTES and column not in names)
        if unknown:
            raise QgsProcessingException(self.tr(
                "The filter expression {} names fields that {} does not have: {} (it has: {}).").format(
                text, self.layer_label(parameters, self.COMMUNITIES, context), ", ".join(unknown), ", ".join(names)))
        return text

    def copy_layer(self, source, name, feedback, expression=None):
        """A memory copy of a source (its selection when only selected features are asked for; the features
        matching expression when given)."""
        request = QgsFeatureRequest()
        if expression:
            request.setFilterExpression(expression)
        layer = source.materialize(request, feedback)
        if layer is None:
            self.stop_if_canceled(feedback)
            raise QgsProcessingException(self.tr("Could not read {}.").format(name))
        layer.setName(name)
        return layer

    def style_facilities(self, layer):
        """Facilities by type, the legend naming each type in Chinese (one symbol when there is no type field)."""
        field = choose_fields(layer.fields().names(), {"type": FACILITY_FIELDS["type"]}, {})["type"]
        if field is None:
            layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": "#2b83ba", "outline_color": "#ffffff", "size": "1.8"})))
            return
        index = layer.fields().indexOf(field)
        by_label = {}
        for value in layer.uniqueValues(index):
            by_label.setdefault(facility_type_label(value), []).append(value)
        categories = []
        for number, (label, values) in enumerate(sorted(by_label.items())):
            symbol = QgsMarkerSymbol.createSimple({
                "name": TYPE_SHAPES[number // len(TYPE_COLOURS) % len(TYPE_SHAPES)],
                "color": TYPE_COLOURS[number % len(TYPE_COLOURS)], "outline_color": "#ffffff",
                "outline_width": "0.15", "size": "2.0"})
            for value in values:  # values naming one type (幼儿园, kindergarten) share its symbol and name
                categories.append(QgsRendererCategory(value, symbol.clone(), label, True))
        layer.setRenderer(QgsCategorizedSymbolRenderer(field, categories))

    def failed_facilities_layer(self, facilities, feedback):
        """The facilities again, ringed in red on a community's page when their type is one of its failed items'
        (beneath the facilities' own symbols); None without a type field."""
        layer = self.copy_layer(facilities, "短板项目", feedback)
        field = choose_fields(layer.fields().names(), {"type": FACILITY_FIELDS["type"]}, {})["type"]
        if field is None:
            return None
        index = layer.fields().indexOf(field)
        provider = layer.dataProvider()
        provider.addAttributes(fields_from((("report_type_code", "string", 80),)).toList())
        layer.updateFields()
        code_index = layer.fields().indexOf("report_type_code")
        provider.changeAttributeValues({feature.id(): {code_index: facility_type_code(feature.attributes()[index])}
                                        for feature in layer.getFeatures()})
        ring = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,0", "outline_color": "#d7191c",
                                             "outline_width": "0.45", "size": "3.4"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(
            ring, filterExp="\"report_type_code\" IS NOT NULL AND strpos(attribute(@atlas_feature, 'failed_types'), "
                            "',' || \"report_type_code\" || ',') > 0", label="本社区不达标项目的同类设施"))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        return layer

    def fill_chart(self, picture, community_rows, item_rows):
        """The overview's chart of fails and unknowns per item, as an SVG held in the template's picture item
        "chart" (a template without one has no chart)."""
        if not isinstance(picture, QgsLayoutItemPicture):
            return
        rect = picture.rect()
        families = set(QFontDatabase().families())
        family = next((family for family in CJK_FALLBACKS if family in families), CJK_FONT)
        svg = item_chart_svg(overview(community_rows, item_rows), rect.width(), rect.height(), family)
        picture.setMode(enum_value("Qgis.PictureFormat.SVG", "QgsLayoutItemPicture.Format.FormatSVG"))
        # held in the layout itself (a layout kept in a project needs no file beside it)
        picture.setPicturePath("base64:" + base64.b64encode(svg.encode("utf-8")).decode("ascii"))
        picture.refreshPicture()

    def apply_style(self, layer, qml_name, feedback):
        # a layer of the report's own private project, never shown in the user's: styled here, not post-processed
        message, ok = layer.loadNamedStyle(style_path(qml_name, chinese=True))
        if not ok:
            feedback.pushWarning(self.tr("Could not apply the style {}: {}").format(qml_name, message))

    def pages_layer(self, community_layer, community_rows, item_rows, title, sort_field, parameters, context,
                    layout, feedback):
        labels = style_value_maps(COMMUNITY_STYLE, chinese=True)
        wrap_gaps, wrap_overview = _wrapper(layout.itemById("gaps")), _wrapper(layout.itemById("overview"))
        wrap_figures = _wrapper(layout.itemById("figures")) or str

        def gaps(rows):
            return wrap_gaps(gaps_text(rows, "、")) if wrap_gaps else gaps_text(rows)

        by_community = {}
        for row in item_rows:
            by_community.setdefault(str(row.get("community_id")), []).append(row)
        profile = next((row.get("profile_name") for row in item_rows if row.get("profile_name")), None) or "—"
        uncertain = sorted({str(row["item_id"]) for row in item_rows if _has_unconfirmed(row.get("confidence"))})
        sources = ["{} {}".format(role, self.layer_label(parameters, name, context).split(" (")[0].strip("“”"))
                   for role, name in (("社区", self.COMMUNITIES), ("设施", self.FACILITIES), ("步行网络", self.NETWORK),
                                      ("服务范围", self.SERVICE_AREAS)) if parameters.get(name)]
        footer = "数据来源：{}　标准：{}{}　由“完整社区体检”QGIS 插件生成".format(
            "，".join(sources), profile,
            "　阈值待核实（R 级，未经核实）的项目：{}".format("、".join(uncertain)) if uncertain else "")

        crs = community_layer.crs().authid() or community_layer.crs().toWkt()
        layer = QgsVectorLayer("MultiPolygon?crs={}".format(crs), "页面", "memory")
        layer.setCrs(community_layer.crs())
        layer.dataProvider().addAttributes(fields_from(PAGE_FIELDS).toList())
        layer.updateFields()
        fields = layer.fields()
        geometries = [f.geometry() for f in community_layer.getFeatures() if f.hasGeometry()]
        district = QgsGeometry.unaryUnion(geometries) if geometries else QgsGeometry()
        features = []
        first = QgsFeature(fields)
        first.setGeometry(district)
        first.setAttributes([0, "", "总览", title, "总览　标准：{}".format(profile),
                             (wrap_overview or str)(overview_text(overview(community_rows, item_rows), labels)), "",
                             "", footer, ""])
        features.append(first)
        types_of_item = self.item_types(item_rows, feedback)
        ordered = sorted(zip(community_layer.getFeatures(), community_rows), key=lambda pair: _sort_key(
            pair[1].get(sort_field)))
        for order, (feature, row) in enumerate(ordered, 1):
            key = str(row.get("cc_id"))
            name = row.get("cc_name") or key
            page = QgsFeature(fields)
            page.setGeometry(feature.geometry())
            rows = by_community.get(key, [])
            page.setAttributes([
                order, key, str(name), "{}（{}）".format(name, key), "{}　标准：{}".format(title, profile), "",
                wrap_figures(community_figures_text(row, labels)), "短板项目：\n" + gaps(rows), footer,
                ",{},".format(",".join(failed_types(rows, types_of_item)))])
            features.append(page)
        layer.dataProvider().addFeatures(features)
        outline = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1f4e79", "outline_width": "0.8"})
        root = QgsRuleBasedRenderer.Rule(None)
        root.appendChild(QgsRuleBasedRenderer.Rule(outline, filterExp="$id = @atlas_featureid"))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        return layer

    def item_types(self, item_rows, feedback):
        """item id → facility type codes, from the profile the check used (the rows' profile field); {} when it
        cannot be read here (a local profile file moved since): no facility is then ringed, and the log says so."""
        name = next((row.get("profile") for row in item_rows if row.get("profile")), None)
        if not name:
            return {}
        try:
            return item_facility_types(load_profile(str(name)))
        except (DataFileError, OSError) as error:
            feedback.pushWarning(self.tr("The check's profile {} cannot be read here ({}): the maps do not ring the "
                                         "facilities of failed items.").format(name, error))
            return {}

    def checklist_layer(self, item_rows, table):
        units = style_value_maps(ITEM_STYLE, chinese=True).get("unit", {})
        statuses = style_value_maps(ITEM_STYLE, chinese=True).get("status", {})
        content = table.contentTextFormat().toQFont() if hasattr(table, "contentTextFormat") else table.contentFont()
        # the template's columns (a user may retitle and resize them): their widths are where the texts wrap
        widths = {column.attribute(): column.width() - 0.5 if column.width() > 0 else float("inf")
                  for column in table.columns()}
        widths = {name: widths.get(name, float("inf")) for name, _heading, _share in CHECKLIST_COLUMNS}

        def measure(text):
            return QgsLayoutUtils.textWidthMM(content, text)

        layer = QgsVectorLayer("None", "检查清单", "memory")
        layer.dataProvider().addAttributes(fields_from(CHECKLIST_FIELDS).toList())
        layer.updateFields()
        features = []
        for row in sorted(item_rows, key=lambda r: (str(r.get("community_id")), str(r.get("item_id")))):
            feature = QgsFeature(layer.fields())
            item = "{} {}".format(row.get("item_id"), row.get("item_name") or "")
            feature.setAttributes([
                str(row.get("community_id")), row.get("status"), wrap_text(item, widths["item"], measure),
                statuses.get(row.get("status"), row.get("status") or "—"),
                wrap_text(measure_text(row, units), widths["measure"], measure),
                wrap_text(str(row.get("reason_zh") or ""), widths["reason"], measure)])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        styles = []
        for status, colour in ROW_COLOURS.items():
            style = QgsConditionalStyle("\"status\" = '{}'".format(status))
            style.setBackgroundColor(QColor(colour))
            styles.append(style)
        layer.conditionalStyles().setRowStyles(styles)
        return layer

    def fill_table(self, table, layer):
        columns = table.columns()  # setVectorLayer() resets them to every field of the layer
        table.setVectorLayer(layer)
        known = [column for column in columns if column.attribute() in layer.fields().names()]
        if not known:  # a template whose table has no columns of ours: the default ones
            known = []
            for name, heading, share in CHECKLIST_COLUMNS:
                column = QgsLayoutTableColumn(heading)
                column.setAttribute(name)
                column.setWidth(share * 130.0)
                known.append(column)
        table.setColumns(known)
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"page_key\" = attribute(@atlas_feature, 'page_key')")
        table.setUseConditionalStyling(True)
        table.setMaximumNumberOfFeatures(1000)
        table.refreshAttributes()

    def fill_legend(self, legend, layers):
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer)
        legend.setLegendFilterByMapEnabled(True)
        legend.updateLegend()

    def use_cjk_font(self, layout, feedback):
        """The template's families when this machine has them; else the first Chinese family it has (no tofu)."""
        families = set(QFontDatabase().families())
        fallback = next((family for family in CJK_FALLBACKS if family in families), None)
        missing = set()

        def usable(font):
            if font.family() in families or fallback is None:
                return font
            missing.add(font.family())
            replaced = QFont(font)
            replaced.setFamily(fallback)
            return replaced

        for item in layout.items():
            if hasattr(item, "textFormat") and hasattr(item, "setTextFormat"):
                fmt = item.textFormat()
                fmt.setFont(usable(fmt.font()))
                item.setTextFormat(fmt)
            elif hasattr(item, "font") and hasattr(item, "setFont") and callable(item.font):
                item.setFont(usable(item.font()))
        for frame in layout.multiFrames():
            if hasattr(frame, "contentTextFormat"):
                for getter, setter in (("contentTextFormat", "setContentTextFormat"),
                                       ("headerTextFormat", "setHeaderTextFormat")):
                    fmt = getattr(frame, getter)()
                    fmt.setFont(usable(fmt.font()))
                    getattr(frame, setter)(fmt)
        if missing:
            feedback.pushWarning(self.tr("Font {} is not installed: the report uses {} instead.").format(
                ", ".join(sorted(missing)), fallback))
        elif fallback is None:
            feedback.pushWarning(self.tr("No Chinese font found ({}): Chinese text may show as boxes. Install Noto "
                                         "Sans CJK SC.").format(CJK_FONT))

    def export_pdf(self, layout, path, feedback):
        if not os.path.exists(path):
            self._new_files.append(path)  # removed again if the run fails or is cancelled
        partial = os.path.join(os.path.dirname(path), ".partial_" + os.path.basename(path))
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.appendGeoreference = False
        settings.exportMetadata = True
        settings.simplifyGeometries = True
        settings.textRenderFormat = enum_value("Qgis.TextRenderFormat.AlwaysText",
                                               "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText")
        try:
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), partial, settings)
            self.stop_if_canceled(feedback)
            if result != QgsLayoutExporter.Success:
                raise QgsProcessingException(self.tr("Could not write the report {}: {}").format(
                    path, error or self.tr("the layout could not be exported")))
            os.replace(partial, path)
        finally:
            if os.path.exists(partial):
                os.remove(partial)


def _desktop_project(context):
    """The project of a run in QGIS desktop (the layout is added to it), else None (scripts, qgis_process)."""
    application = QgsApplication.instance()
    return context.project() if application is not None and application.platform() == "desktop" else None


def add_layout_to_project(project, document, layers, base_name):
    """The report's layout added to project's layout manager under a name not yet used (returned; None when QGIS
    could not read it), its layers in a group of their own, switched off (the layout's map shows them anyway)."""
    name, number = base_name, 1
    while project.layoutManager().layoutByName(name) is not None:
        number += 1
        name = "{} ({})".format(base_name, number)
    group = project.layerTreeRoot().insertGroup(0, name)
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    layout = QgsPrintLayout(project)
    if not layout.readXml(document.documentElement(), document, QgsReadWriteContext()):
        return None
    layout.setName(name)
    layout.atlas().setEnabled(True)
    if not project.layoutManager().addLayout(layout):
        return None
    return name


def _wrapper(label):
    """text → text wrapped to the width of the template's label (Chinese has no spaces where QGIS would wrap), or
    None when the template has no such label."""
    if label is None or not hasattr(label, "marginX"):
        return None
    font = label.textFormat().toQFont() if hasattr(label, "textFormat") else label.font()
    # QGIS 3.22 draws label text a few percent wider than textWidthMM measures it: keep a margin
    width = (label.rect().width() - 2 * label.marginX()) * 0.92
    return lambda text: wrap_text(text, width, lambda part: QgsLayoutUtils.textWidthMM(font, part))


def _has_unconfirmed(confidence):
    """Whether an item row's thresholds include an unconfirmed recollection (R)."""
    return bool(confidence) and any(part.strip().endswith(":R") for part in str(confidence).split(","))


def _sort_key(value):
    if value is None:
        return (2, "")
    if isinstance(value, (int, float)):
        return (0, value)
    return (1, str(value))
