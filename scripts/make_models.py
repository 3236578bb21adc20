#!/usr/bin/env python3
"""Generate the Processing model shipped with the provider (resources/models/wholecity.model3) with PyQGIS, so it is
reproducible: a whole city in one step — classify the facilities → check the communities → walking service areas →
the printed report and the spreadsheet. The provider loads it as completecommunity:wholecity (processing/models.py);
several cities run in the toolbox's batch mode. tests/test_models.py fails when a child algorithm's parameter or
output the model uses is renamed.
Run with the system python: /usr/bin/python3 scripts/make_models.py [OUTPUT_DIR] (default resources/models)"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from plugin_package import register_package  # noqa: E402

register_package()

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF  # noqa: E402

from complete_community.core.mapping import bundled_mappings  # noqa: E402
from complete_community.core.qgis_compat import source_type  # noqa: E402

MODEL_NAME = "wholecity"  # the algorithm id: completecommunity:wholecity
DEFAULT_TYPES = "幼儿园, 托儿所, 社区卫生服务站, 综合超市"  # the service areas drawn on the report's maps


def model_input(name):
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def child_output(child_id, output):
    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def value(data):
    return QgsProcessingModelChildParameterSource.fromStaticValue(data)


def add_input(model, parameter, y):
    component = QgsProcessingModelParameter(parameter.name())
    component.setPosition(QPointF(120, y))
    model.addModelParameter(parameter, component)


def add_child(model, child_id, algorithm_id, description, sources, outputs, y, depends=()):
    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    child.setDescription(description)
    child.setPosition(QPointF(420, y))
    for name, source in sources.items():
        child.addParameterSources(name, [source])
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    for parameter in algorithm.parameterDefinitions():  # the rest at their defaults, as the model designer does
        if parameter.name() not in sources and not parameter.isDestination() \
                and parameter.defaultValue() is not None:
            child.addParameterSources(parameter.name(), [value(parameter.defaultValue())])
    model_outputs = {}
    for output_name, (child_output_name, description_text, mandatory) in outputs.items():
        out = QgsProcessingModelOutput(output_name, description_text)
        out.setChildId(child_id)
        out.setChildOutputName(child_output_name)
        out.setMandatory(mandatory)
        out.setPosition(QPointF(700, y))
        model_outputs[output_name] = out
    child.setModelOutputs(model_outputs)
    child.setDependencies(list(depends))
    model.addChildAlgorithm(child)


def build():
    model = QgsProcessingModelAlgorithm(MODEL_NAME, "check")
    model.setHelpContent({
        "ALG_DESC": "一步完成一个城市（区）的完整社区体检：设施分类 → 社区体检 → 步行服务范围 → 体检报告（PDF）与表格"
                    "（XLSX）。多个城市用工具箱的批处理模式。\nA whole city in one step: classify the facilities, "
                    "check the communities, walking service areas, the report (PDF) and the spreadsheet (XLSX). "
                    "Several cities: the toolbox's batch mode.",
    })
    add_input(model, QgsProcessingParameterFeatureSource(
        "COMMUNITIES", "社区 Communities", [source_type("VectorPolygon")]), 60)
    add_input(model, QgsProcessingParameterFeatureSource(
        "FACILITIES", "设施（POI）Facilities", [source_type("VectorPoint")]), 140)
    add_input(model, QgsProcessingParameterFeatureSource(
        "NETWORK", "步行网络（道路）Walking network", [source_type("VectorLine")]), 220)
    mapping = QgsProcessingParameterEnum("MAPPING", "设施分类规则 Category mapping", options=bundled_mappings(),
                                         defaultValue="cn-keywords")
    mapping.setUsesStaticStrings(True)
    add_input(model, mapping, 300)
    add_input(model, QgsProcessingParameterString(
        "SERVICE_TYPES", "服务范围的设施类型 Facility types of the service areas", defaultValue=DEFAULT_TYPES), 380)
    add_input(model, QgsProcessingParameterString(
        "TITLE", "报告标题 Report title", defaultValue="完整居住社区体检报告"), 460)

    add_child(model, "classify", "completecommunity:classifyfacilities", "设施分类 Classify facilities",
              {"INPUT": model_input("FACILITIES"), "MAPPING": model_input("MAPPING")},
              {}, 100)
    add_child(model, "check", "completecommunity:checkcommunities", "社区体检 Check communities",
              {"COMMUNITIES": model_input("COMMUNITIES"), "FACILITIES": child_output("classify", "OUTPUT"),
               "NETWORK": model_input("NETWORK")},
              {"COMMUNITY_RESULTS": ("OUTPUT", "社区体检结果 Community results", True),
               "ITEM_RESULTS": ("OUTPUT_ITEMS", "分项结果 Item results", True)}, 220)
    add_child(model, "service_areas", "completecommunity:walkingserviceareas", "步行服务范围 Walking service areas",
              {"FACILITIES": child_output("classify", "OUTPUT"), "NETWORK": model_input("NETWORK"),
               "TYPES": model_input("SERVICE_TYPES")},
              {}, 340)
    add_child(model, "report", "completecommunity:exportreport", "体检报告 Report (PDF)",
              {"COMMUNITIES": child_output("check", "OUTPUT"), "ITEMS": child_output("check", "OUTPUT_ITEMS"),
               "FACILITIES": child_output("classify", "OUTPUT"), "NETWORK": model_input("NETWORK"),
               "SERVICE_AREAS": child_output("service_areas", "OUTPUT_POLYGONS"), "TITLE": model_input("TITLE")},
              {"REPORT": ("OUTPUT", "体检报告 Report (PDF)", True)}, 460)
    add_child(model, "table", "completecommunity:exporttable", "表格 Spreadsheet (XLSX)",
              {"COMMUNITIES": child_output("check", "OUTPUT"), "ITEMS": child_output("check", "OUTPUT_ITEMS")},
              {"TABLE": ("OUTPUT", "体检表格 Spreadsheet (XLSX)", True)}, 580)
    return model


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "models"
    out.mkdir(parents=True, exist_ok=True)
    app = QgsApplication([], False)
    app.initQgis()
    from complete_community.processing.provider import CompleteCommunityProvider

    provider = CompleteCommunityProvider()  # kept: the registry does not own a Python provider
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    path = out / "{}.model3".format(MODEL_NAME)
    if not model.toFile(str(path)):
        raise SystemExit("could not write {}".format(path))
    print("wrote", path)
    app.exitQgis()


if __name__ == "__main__":
    main()
