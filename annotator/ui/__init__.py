"""PySide6 widgets: they show the core's state and send the student's and teacher's edits to it."""

# The core modules the student window needs are imported here, before any widget module imports Qt:
# once PySide6 is loaded, its __feature__ import hook reads the source file of every module imported
# after it (about 7 ms of every start-up for these and the libraries they use).
import annotator.core.desk
import annotator.core.feedback
import annotator.core.library
import annotator.core.lock
import annotator.core.pack
import annotator.core.school
import annotator.core.workfile
import annotator.core.worksheet  # noqa: F401


def _skip_pysides_source_scan() -> None:
    """Tell PySide's ``__feature__`` import hook that Annotator's widget modules use no ``__feature__``.

    The hook reads the whole source of each module imported after PySide6 to find out (``inspect.getsource``),
    about 4 ms of every start for these modules; the answer it would reach, 0, is written in its table first.
    Its table is not a public API: where it is missing (another PySide6), the hook simply reads as before.
    """
    import os

    import PySide6.QtCore  # noqa: F401  (loads the hook and its table)

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]

        table = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    here = os.path.dirname(__file__)
    for root, _folders, files in os.walk(here):
        inside = os.path.relpath(root, here)
        package = __name__ if inside == "." else f"{__name__}.{inside.replace(os.sep, '.')}"
        for name in files:
            if name.endswith(".py"):
                table.setdefault(package if name == "__init__.py" else f"{package}.{name[:-3]}", 0)


_skip_pysides_source_scan()
