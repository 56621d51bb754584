"""The PySide6 user interface: thin views and item models over the core."""
