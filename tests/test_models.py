"""The Processing model shipped with the provider: completecommunity:wholecity (classify → check → service areas →
report and spreadsheet) is registered, every parameter and output it gives its child algorithms exists (so renaming
one fails here), and it runs on a copy of the sample district to a PDF and an XLSX."""

import shutil

import pytest
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm
from test_export_report import page_texts

from helpers import PROVIDER, SAMPLE, run_algorithm


def wholecity():
    registered = QgsApplication.processingRegistry().algorithmById("{}:wholecity".format(PROVIDER))
    assert isinstance(registered, QgsProcessingModelAlgorithm)
    return registered.create()  # as processing.run and the dialogs do: its children found in the registry


def test_model_is_an_algorithm_of_the_provider(provider):
    model = wholecity()
    assert model.provider().id() == PROVIDER
    assert model.groupId() == "check"
    assert "classify" in model.displayName() and "report" in model.displayName()
    assert {"COMMUNITIES", "FACILITIES", "NETWORK", "MAPPING"} <= {p.name() for p in model.parameterDefinitions()}


def test_children_use_parameters_and_outputs_that_exist(provider):
    model = wholecity()
    registry = QgsApplication.processingRegistry()
    children = model.childAlgorithms()
    assert set(children) == {"classify", "check", "service_areas", "report", "table"}
    for child_id, child in children.items():
        algorithm = registry.algorithmById(child.algorithmId())
        assert algorithm is not None, child.algorithmId()
        names = {parameter.name() for parameter in algorithm.parameterDefinitions()}
        for name, sources in child.parameterSources().items():
            assert name in names, (child_id, name)  # a renamed parameter of the algorithm fails here
            for source in sources:
                if source.source() == source.ChildOutput:
                    producer = registry.algorithmById(children[source.outputChildId()].algorithmId())
                    assert producer.outputDefinition(source.outputName()) is not None, (child_id, name)
                elif source.source() == source.ModelParameter:
                    assert model.parameterDefinition(source.parameterName()) is not None, (child_id, name)
        for output in child.modelOutputs().values():
            assert algorithm.outputDefinition(output.childOutputName()) is not None, (child_id, output.name())
        ok, issues = model.validateChildAlgorithm(child_id)
        assert ok, (child_id, issues)


def test_model_runs_a_city_to_its_report(provider, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    copy = tmp_path / "city.gpkg"
    shutil.copy(SAMPLE, copy)
    result, _context, _feedback = run_algorithm("wholecity", {
        "COMMUNITIES": f"{copy}|layername=communities", "FACILITIES": f"{copy}|layername=facilities",
        "NETWORK": f"{copy}|layername=streets", "MAPPING": "cn-keywords",
        "check:COMMUNITY_RESULTS": str(tmp_path / "communities.gpkg"),
        "check:ITEM_RESULTS": str(tmp_path / "items.gpkg"),
        "report:REPORT": str(tmp_path / "报告.pdf"), "table:TABLE": str(tmp_path / "表格.xlsx")})
    assert result["report:REPORT"] == str(tmp_path / "报告.pdf")
    pages = page_texts(tmp_path / "报告.pdf")
    assert "社区数量：10 个" in pages[0]
    assert "步行网络" in pages[0] and "步行服务范围" in pages[0]  # the model gave the report its network and areas
    assert len(pages) >= 11
    from osgeo import ogr

    spreadsheet = ogr.Open(str(tmp_path / "表格.xlsx"))
    assert spreadsheet is not None and spreadsheet.GetLayerCount() == 2
    assert sum(spreadsheet.GetLayer(i).GetFeatureCount() for i in range(2)) == 10 + 10 * 20
