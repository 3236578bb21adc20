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
