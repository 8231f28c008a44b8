"""The PySide6 GUI: the only package of Sferum Desk that imports Qt."""
