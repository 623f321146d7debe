"""Annotator: a desktop app for media-literacy lessons.

Students highlight and tag passages of a news article and hand in their work as YAML;
teachers review it against an answer key and export grades.
"""

__version__ = "0.1.0"
