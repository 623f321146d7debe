"""PySide6 widgets: they show the core's state and send the student's and teacher's edits to it."""

# The core modules the student window needs are imported here, before any widget module imports Qt:
# once PySide6 is loaded, its __feature__ import hook reads the source file of every module imported
# after it (about 7 ms of every start-up for these and the libraries they use).
import annotator.core.desk
import annotator.core.feedback
import annotator.core.library
import annotator.core.lock
import annotator.core.pack
import annotator.core.workfile
import annotator.core.worksheet  # noqa: F401
