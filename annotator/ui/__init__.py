"""PySide6 widgets: they show the core's state and send the student's and teacher's edits to it."""
