"""Waiting inside QGIS desktop for the scripts that scripts/desktop_check.sh runs (it puts scripts/ on the path):
the GUI keeps processing events meanwhile, as it would for a person."""

from qgis.PyQt.QtCore import QEventLoop, QTimer


def wait(condition, seconds=120):
    """Process events until condition() holds or seconds have passed; condition()'s last value."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if condition() else None)
    timer.start(100)
    QTimer.singleShot(seconds * 1000, loop.quit)
    loop.exec()
    timer.stop()
    return condition()


def pause(seconds):
    """Process events for seconds."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def write_report(report, path):
    """A script's JSON report, for the test that started QGIS to read."""
    import json

    with open(path, "w", encoding="utf-8") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=2)


def finish(report, path):
    """Write the report and quit QGIS at once: its own exit may ask questions, and nothing is left to save."""
    import os

    write_report(report, path)
    os._exit(0)


def start_when_ready(run):
    """Call run once QGIS has finished starting (CC_DESKTOP_DELAY_MS, 4 s by default)."""
    import os

    QTimer.singleShot(int(os.environ.get("CC_DESKTOP_DELAY_MS", "4000")), run)
