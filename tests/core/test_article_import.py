"""Importing a news article (.txt, .md, pasted text) into a lesson's article.md: paragraphs, headings, title."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core import article_import
from annotator.core.article_import import import_article, import_text
from annotator.core.errors import ArticleImportError
from tests.core.importing import BARE_PAGE, import_error, paragraphs, write

# --- plain text ---------------------------------------------------------------------------


def test_text_with_blank_lines_keeps_paragraphs_and_words(tmp_path: Path) -> None:
    """Paragraphs of a .txt stay paragraphs, wrapped lines are joined and no quote is 'smartened'."""
    text = (
        "Council closes library\n\n"
        'The council said "no" -- twice.\nIt would not\nsay why.\n\n'
        "Residents were angry, and said so.\n"
    )
    article = import_article(write(tmp_path, "article.txt", text))
    assert article.title == "Council closes library"
    assert paragraphs(article) == [
        'The council said "no" -- twice. It would not say why.',
        "Residents were angry, and said so.",
    ]
    assert article.markdown.startswith("# Council closes library\n\n")
    assert article.warnings == ()


def test_text_with_one_paragraph_per_line(tmp_path: Path) -> None:
    """A .txt with one paragraph per line (as word processors save it) keeps each line a paragraph."""
    text = "First paragraph, a sentence.\r\nSecond paragraph.\r\n\r\nThird paragraph.\r\n"
    # Blank line present: the first block's lines are short, so they are read as one wrapped paragraph.
    assert len(paragraphs(import_article(write(tmp_path, "a.txt", text)))) == 2
    text = "First paragraph, a sentence.\r\nSecond paragraph.\r\nThird paragraph.\r\n"
    assert paragraphs(import_article(write(tmp_path, "b.txt", text))) == [
        "First paragraph, a sentence.",
        "Second paragraph.",
        "Third paragraph.",
    ]


def test_text_with_long_lines_after_a_blank_line(tmp_path: Path) -> None:
    """Pasted paragraphs (long lines) under a title stay separate paragraphs, not one wall of text."""
    long_one = "The council voted on Tuesday to close the library, citing repairs it cannot afford this year. " * 2
    long_two = "Residents said they would fight the decision, and a petition has already collected signatures. " * 2
    text = f"Library to close\n\n{long_one.strip()}\n{long_two.strip()}\n"
    article = import_article(write(tmp_path, "pasted.txt", text))
    assert article.title == "Library to close"
    assert paragraphs(article) == [long_one.strip(), long_two.strip()]


@pytest.mark.parametrize(
    "first",
    [
        "The council met on Tuesday.",  # ends like a sentence
        "Is the library closing?",  # a question stays text
        "he said nothing",  # starts in lowercase
        " ".join(["word"] * 21),  # too long for a headline
    ],
)
def test_text_title_only_when_clearly_a_title(tmp_path: Path, first: str) -> None:
    """A first line that reads like a sentence stays in the article instead of becoming its title."""
    article = import_article(write(tmp_path, "a.txt", f"{first}\n\nThe rest of the article.\n"))
    assert article.title == ""
    assert paragraphs(article)[0] == first


def test_text_title_inside_quotes(tmp_path: Path) -> None:
    """A headline ending in a quotation is still taken as the title."""
    article = import_article(
        write(tmp_path, "a.txt", "Obama admits gun laws are his 'biggest frustration'\n\nText.\n")
    )
    assert article.title == "Obama admits gun laws are his 'biggest frustration'"


def test_text_of_one_line_is_a_paragraph_not_a_title(tmp_path: Path) -> None:
    """A one-line text is the article itself, never an article with a title and nothing to read."""
    article = import_article(write(tmp_path, "a.txt", "Library to close\n"))
    assert article.title == ""
    assert paragraphs(article) == ["Library to close"]


def test_pasted_text_with_a_given_title() -> None:
    """Pasted text gets the title the teacher typed, without repeating it when it was pasted too."""
    article = import_text("Library to close\n\nThe council voted.\n", title="Library to close")
    assert article.markdown == "# Library to close\n\nThe council voted.\n"
    article = import_text("The council voted.\nResidents objected.", title="Vote")
    assert article.title == "Vote"
    assert paragraphs(article) == ["The council voted.", "Residents objected."]


def test_text_with_markdown_headings(tmp_path: Path) -> None:
    """A .txt written with Markdown headings keeps them as the title and subheadings."""
    article = import_article(write(tmp_path, "a.txt", "# Library vote\n\nThe council voted.\n\n## Next\n\nMore.\n"))
    assert article.title == "Library vote"
    assert paragraphs(article) == ["The council voted.", "More."]


def test_pasted_text_with_a_broken_character() -> None:
    """Text pasted with half an emoji still imports, the broken character shown as �."""
    article = import_text("The council voted \ud83d today.")
    assert article.markdown == "The council voted \ufffd today.\n"
    assert article.warnings


def test_pasted_empty_text_is_refused() -> None:
    """Pasting nothing gives a clear message rather than an empty lesson."""
    with pytest.raises(ArticleImportError, match="no text"):
        import_text(" \n\t\n")


# --- Markdown -----------------------------------------------------------------------------


def test_markdown_is_kept_and_titled_by_its_first_heading(tmp_path: Path) -> None:
    """A Markdown article is kept as written (Windows line endings aside) and titled by its '# ' heading."""
    article = import_article(
        write(tmp_path, "a.md", "# Library vote\r\n\r\nThe council voted.\r\n\r\n## Next\r\n\r\nMore.\r\n")
    )
    assert article.title == "Library vote"
    assert article.markdown == "# Library vote\n\nThe council voted.\n\n## Next\n\nMore.\n"
    untitled = import_article(write(tmp_path, "b.markdown", "The council voted.\n"))
    assert untitled.title == ""


def test_markdown_with_headings_only_is_refused(tmp_path: Path) -> None:
    """A Markdown file with nothing but headings is refused: students would have nothing to annotate."""
    assert "no paragraphs" in import_error(write(tmp_path, "a.md", "# Title\n\n## Section\n"))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", "Library to close\n\nThe council voted.\n"),
        ("b.md", "# Library to close\n\nThe council voted.\n"),
        ("c.html", BARE_PAGE),
    ],
)
def test_result_is_a_readable_article(tmp_path: Path, name: str, content: str) -> None:
    """What is imported opens as an article with at least one paragraph to annotate."""
    article = import_article(write(tmp_path, name, content))
    assert len(paragraphs(article)) >= 1


def test_pasted_text_over_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pasting a huge text is refused like a huge file."""
    monkeypatch.setattr(article_import, "MAX_ARTICLE_BYTES", 100)
    with pytest.raises(ArticleImportError, match="MB"):
        import_text("word " * 100)


@pytest.mark.parametrize("name", ["article.docx", "article.pdf", "article"])
def test_unsupported_kind_of_file(tmp_path: Path, name: str) -> None:
    """A file of a kind Annotator cannot import says which kinds it can."""
    assert ".txt, .md and .html" in import_error(write(tmp_path, name, "The council voted."))


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_file_of_nothing_but_soft_hyphens_has_no_text_to_import(tmp_path: Path, suffix: str) -> None:
    """A file holding only invisible characters became a lesson with an empty article."""
    path = tmp_path / f"article{suffix}"
    path.write_bytes("\u00ad\u200b\n".encode())
    with pytest.raises(ArticleImportError, match="no text to import"):
        import_article(path)
