"""Other programs' annotation formats: W3C Web Annotation, brat, REFI-QDA and Hypothesis.

Each module names the version of the specification it follows. Reading any of them gives
:class:`~annotator.core.formats.foreign.ForeignWork` values, which :mod:`~annotator.core.formats.foreign`
places on a lesson's article (exact, moved, fuzzy or orphaned) and turns into Annotator's own work.
"""
