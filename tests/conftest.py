"""Test harness: registers the checkout as the package `complete_community` (the checkout's folder has another
name), starts QGIS through pytest-qgis and initialises Processing with our provider."""

import gc
import importlib.util
import sys
from pathlib import Path

import pytest

PLUGIN_ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = PLUGIN_ROOT.parent / "shared" / "data"


def _register_package():
    if "complete_community" in sys.modules:
        return sys.modules["complete_community"]
    spec = importlib.util.spec_from_file_location(
        "complete_community", PLUGIN_ROOT / "__init__.py", submodule_search_locations=[str(PLUGIN_ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["complete_community"] = module
    spec.loader.exec_module(module)
    return module


_register_package()
_KEEP_ALIVE = []


@pytest.fixture(scope="session")
def plugin_root():
    return PLUGIN_ROOT


@pytest.fixture(scope="session")
def shared_data():
    """The real third-party data beside the checkout; tests that need it skip with the reason when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent: the real-data tests need the shared folder beside the checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def postgis():
    """A throwaway PostgreSQL/PostGIS server on 127.0.0.1 for the session (tests/postgis_cluster.py), stopped and
    removed afterwards, also when tests fail. No skip: `make setup` installs PostgreSQL and PostGIS, and a machine
    without them fails here with what to install."""
    from postgis_cluster import Cluster

    cluster = Cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session", autouse=True)
def layers_deleted_before_qgis_exits(qgis_app):
    """Delete, while QGIS still runs, the layers Python still owns at the end of the session (a traceback kept by an
    expected exception holds the frames that hold them): deleted after QGIS has exited, an OGR layer crashes the
    process with a segmentation fault after every test passed."""
    yield
    from qgis.core import QgsMapLayer
    from qgis.PyQt import sip

    gc.collect()
    for thing in gc.get_objects():
        if isinstance(thing, QgsMapLayer) and not sip.isdeleted(thing) and sip.ispyowned(thing):
            sip.delete(thing)


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing):
    """Our provider registered once for the session, as QGIS does at startup (initProcessing without iface)."""
    from qgis.core import QgsApplication

    from complete_community.processing.provider import CompleteCommunityProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("completecommunity") is not None:
        return registry.providerById("completecommunity")
    instance = CompleteCommunityProvider()
    assert registry.addProvider(instance)
    _KEEP_ALIVE.append(instance)
    return instance


@pytest.fixture()
def provider_unregistered(qgis_app, qgis_processing):
    """For tests of registration itself: no provider of ours during the test, the session's one back after it."""
    from qgis.core import QgsApplication

    from complete_community.processing.provider import CompleteCommunityProvider

    registry = QgsApplication.processingRegistry()
    had_one = registry.providerById("completecommunity") is not None
    if had_one:
        registry.removeProvider("completecommunity")
    yield
    if had_one and registry.providerById("completecommunity") is None:
        replacement = CompleteCommunityProvider()
        assert registry.addProvider(replacement)
        _KEEP_ALIVE.append(replacement)  # the registry does not keep the Python half of a provider alive


@pytest.fixture()
def chinese_interface(qgis_app):
    """QGIS in Chinese during the test: the outputs' styles show Chinese (the tests otherwise run under the C locale,
    that is in English)."""
    from helpers import interface_language

    with interface_language("zh_CN"):
        yield


@pytest.fixture()
def english_interface(qgis_app):
    """QGIS in English during the test, whatever the machine's locale."""
    from helpers import interface_language

    with interface_language("en_US"):
        yield
