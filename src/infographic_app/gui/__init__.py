"""The desktop editor: main window, forms, live preview and figure panels (PySide6)."""
