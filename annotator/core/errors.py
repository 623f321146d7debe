"""Problems found in a file, reported one per line as ``FILE:LINE:COL: where: what``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, with its place in the file where it has one."""

    file: str
    message: str
    where: str = ""
    line: int | None = None  # 1-based
    col: int | None = None  # 1-based

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.col is not None:
                place += f":{self.col}"
        return f"{place}: {self.where}: {self.message}" if self.where else f"{place}: {self.message}"


class AnnotatorError(Exception):
    """Base of every error Annotator reports to a person; carries one or more problems."""

    def __init__(self, problems: Problem | list[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem(file="annotator", message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class InvalidFile(AnnotatorError):
    """A lesson pack, article, annotation or key file that cannot be used as it is."""


class ArticleImportError(AnnotatorError):
    """An article file (text, Markdown or web page) that cannot be turned into a lesson."""
