"""QGIS started for an in-process benchmark: the application, Processing and the plugin's provider (the checkout
registered as the package complete_community), stopped again when the benchmark ends."""

import sys
from contextlib import contextmanager


@contextmanager
def processing_session():
    """Yields once QGIS, Processing and our provider are ready; exits QGIS afterwards."""
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from plugin_package import register_package

    register_package()
    from complete_community.processing.provider import CompleteCommunityProvider

    provider = CompleteCommunityProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    try:
        yield
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
        app.exitQgis()
