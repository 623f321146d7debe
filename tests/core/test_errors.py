"""Problems in a file, as a person reads them: ``FILE:LINE:COL: where: what``, one per line."""

from __future__ import annotations

from annotator.core.errors import AnnotatorError, InvalidFile, Problem


def test_a_problem_names_its_file_line_column_and_field_when_it_has_them() -> None:
    """An editor's "go to line" would not find a problem printed without its line, or with a stray colon."""
    assert str(Problem("ana.yaml", "missing required field 'end'", "annotations[0]", 5, 3)) == (
        "ana.yaml:5:3: annotations[0]: missing required field 'end'")
    assert str(Problem("ana.yaml", "file is empty", line=1)) == "ana.yaml:1: file is empty"
    assert str(Problem("pack", "no lesson pack here")) == "pack: no lesson pack here"


def test_an_error_carries_every_problem_and_reads_as_their_lines() -> None:
    """A file with three problems would show only the first, and the student would fix them one run at a time."""
    problems = [Problem("a.yaml", "first", line=2), Problem("a.yaml", "second", line=9)]
    error = InvalidFile(problems)
    assert isinstance(error, AnnotatorError) and error.problems == problems
    assert str(error) == "a.yaml:2: first\na.yaml:9: second"
    assert AnnotatorError("the lesson could not be saved").problems == [
        Problem("annotator", "the lesson could not be saved")]
