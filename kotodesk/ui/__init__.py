"""The PySide6 user interface: thin views and item models over the core."""

from kotodesk.ui.pyside_feature import answer_from_bytes

answer_from_bytes()  # before the window's modules are imported (pyside_feature says why)
