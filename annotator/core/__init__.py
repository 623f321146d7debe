"""The Qt-free heart of Annotator: texts, lessons, annotations, anchoring, storage and scoring.

Nothing below this package imports Qt, so the same code serves the command line, the tests
and the windows (a test enforces it).
"""
