"""Widgets and helpers that the student, review and lesson windows share."""
