"""Making a lesson pack from an article: ``annotator new-lesson`` and "New lesson from pasted text"."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.authoring import lesson_from_text, new_lesson
from annotator.core.defaults import default_categories, placeholder_prompts
from annotator.core.errors import ArticleImportError, InvalidFile
from annotator.core.library import make_pack
from annotator.core.pack import load_pack

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "news-pages"

STORY = """Town Council Votes to Close the Library

The town council voted 5-2 on Tuesday to close the Main Street library, officials said.

"This is a sad day," said Maria Lopez, who has run the library for twelve years.

A source close to the council said the decision was made months ago.
"""


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _guardian(tmp_path: Path) -> Path:
    page = CORPUS / "guardian-1" / "source.html"
    copy = tmp_path / "whales.html"
    copy.write_bytes(page.read_bytes())
    return copy


def test_plain_text_becomes_a_pack_that_checks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher's .txt article would not turn into a lesson students can open."""
    article = tmp_path / "library.txt"
    article.write_text(STORY, encoding="utf-8")
    code, out, err = _run(["new-lesson", str(article)], capsys)
    assert code == 0, err
    pack_dir = tmp_path / "town-council-votes-to-close-the-library"
    assert str(pack_dir) in out and "OK" in out
    assert main(["check", str(pack_dir)]) == 0
    pack = load_pack(pack_dir)
    assert pack.lesson.title == "Town Council Votes to Close the Library"
    assert pack.lesson.categories == default_categories()
    assert pack.lesson.prompts == placeholder_prompts()
    info = pack.lesson.article
    assert (info.file, info.title) == ("article.md", "Town Council Votes to Close the Library")
    assert (info.source, info.author, info.published, info.url) == ("", "", "", "")  # never invented
    assert "Maria Lopez" in pack.article.text
    assert pack.key is None


def test_markdown_becomes_a_pack_with_its_heading_as_title(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A Markdown article would lose its headline or its subheadings in the lesson."""
    article = tmp_path / "story.md"
    article.write_text(
        "# Storm Hits the Coast\n\n## What happened\n\nWinds reached 120 km/h, the weather service "
        "said.\n\nResidents were told to stay indoors.\n",
        encoding="utf-8",
    )
    out_dir = tmp_path / "packs" / "storm"
    code, _, err = _run(["new-lesson", str(article), "--out", str(out_dir)], capsys)
    assert code == 0, err
    assert main(["check", str(out_dir)]) == 0
    pack = load_pack(out_dir)
    assert (pack.lesson.id, pack.lesson.title) == ("storm-hits-the-coast", "Storm Hits the Coast")
    assert (out_dir / "article.md").read_text(encoding="utf-8") == article.read_text(encoding="utf-8")


def test_saved_news_page_becomes_a_pack_with_its_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A lesson from a news web page would lack the headline, byline, date or site the page states."""
    page = _guardian(tmp_path)
    expected = json.loads((CORPUS / "guardian-1" / "expected-metadata.json").read_text(encoding="utf-8"))
    code, out, err = _run(["new-lesson", str(page)], capsys)
    assert code == 0, err
    pack_dir = tmp_path / "what-is-the-sea-telling-us-maori-tribes-fearful"
    assert main(["check", str(pack_dir)]) == 0
    pack = load_pack(pack_dir)
    info = pack.lesson.article
    # The page's <title> adds its author after a bar; the headline is what the <h1> says.
    assert info.title == pack.lesson.title == expected["title"].removesuffix(" | Eleanor Ainge Roy")
    assert info.author == expected["byline"]
    assert info.source.casefold() == expected["siteName"].casefold()
    assert info.published == expected["publishedTime"][:10]
    assert info.url.startswith("http://www.theguardian.com/")
    assert pack.lesson.language == "en"
    assert "Hori Parata" in pack.article.text
    assert "Eleanor Ainge Roy" in out and "2019-01-03" in out  # the summary says what was found


def test_web_page_without_byline_or_date_leaves_them_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A made-up author, date or site in a lesson would teach students to trust invented facts."""
    body = " ".join(["The river rose by two metres overnight, and the mayor asked people to leave their homes."] * 3)
    page = tmp_path / "flood.html"
    page.write_text(
        f"<html lang='es'><head><title>Flood in the valley</title></head><body><article>"
        f"<h1>Flood in the valley</h1><p>{body}</p><p>{body}</p></article></body></html>",
        encoding="utf-8",
    )
    code, _, err = _run(["new-lesson", str(page)], capsys)
    assert code == 0, err
    pack = load_pack(tmp_path / "flood-in-the-valley")
    info = pack.lesson.article
    assert info.title == "Flood in the valley"
    assert (info.source, info.author, info.published, info.url) == ("", "", "", "")
    assert pack.lesson.language == "es"


def test_new_lesson_function_takes_title_and_out(tmp_path: Path) -> None:
    """The teacher's own lesson title or chosen folder would be ignored."""
    article = tmp_path / "library.txt"
    article.write_text(STORY, encoding="utf-8")
    folder = new_lesson(article, title="Libraries: who decides?", out=tmp_path / "mine")
    assert folder == tmp_path / "mine"
    pack = load_pack(folder)
    assert (pack.lesson.id, pack.lesson.title) == ("libraries-who-decides", "Libraries: who decides?")
    assert pack.lesson.article.title == "Town Council Votes to Close the Library"  # the article's own title


def test_running_again_on_the_same_article_is_harmless(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Running the command twice would fail, or would silently replace the first pack."""
    article = tmp_path / "library.txt"
    article.write_text(STORY, encoding="utf-8")
    assert main(["new-lesson", str(article)]) == 0
    assert main(["new-lesson", str(article)]) == 0
    capsys.readouterr()


def test_legacy_encoding_is_decoded_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An article saved as Windows-1252 by an old editor would be refused or come out garbled, silently."""
    article = tmp_path / "cafe.txt"
    article.write_bytes("Café Reopens\n\nThe café owner said “we are back” on Monday.\n".encode("cp1252"))
    code, _, err = _run(["new-lesson", str(article)], capsys)
    assert code == 0
    assert "Windows-1252" in err
    assert "café owner said “we are back”" in load_pack(tmp_path / "cafe-reopens").article.text


def _undecodable(path: Path) -> None:
    rng = random.Random(1)
    path.write_bytes(bytes(rng.choice([*range(0x80, 0x100), 0x20, 0x20, 0x20]) for _ in range(2000)))


BAD_INPUTS = {
    "empty": ("empty.txt", lambda p: p.write_text("", encoding="utf-8"), "empty"),
    "binary": ("photo.txt", lambda p: p.write_bytes(bytes(range(256)) * 20), "not a text file"),
    "not UTF-8": ("odd.txt", _undecodable, "not UTF-8"),
    "enormous": ("huge.txt", lambda p: p.write_bytes(b"word " * (1_100_000)), "MB"),
    "no article": (
        "menu.html",
        lambda p: p.write_text(
            "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav><p>Subscribe now.</p></body></html>",
            encoding="utf-8",
        ),
        "no article",
    ),
    "a PDF": ("paper.txt", lambda p: p.write_bytes(b"%PDF-1.7\n" + bytes(500)), "PDF"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_article_gets_one_line_and_writes_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad article file would crash with a traceback or leave a half-made pack folder behind."""
    name, make, words = BAD_INPUTS[case]
    article = tmp_path / name
    make(article)
    before = _listing(tmp_path)
    code, out, err = _run(["new-lesson", str(article), "--out", str(tmp_path / "new" / "pack")], capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert words in err and "Traceback" not in err
    assert out == ""
    assert _listing(tmp_path) == before


def test_out_folder_with_another_pack_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Making a new lesson would overwrite a lesson pack the teacher already has."""
    first = tmp_path / "first.txt"
    first.write_text(STORY, encoding="utf-8")
    assert main(["new-lesson", str(first), "--out", str(tmp_path / "pack")]) == 0
    before = {p: p.read_bytes() for p in (tmp_path / "pack").iterdir()}
    second = tmp_path / "second.md"
    second.write_text("# Another Story\n\nSomething else happened today, the police said.\n", encoding="utf-8")
    capsys.readouterr()
    code, _, err = _run(["new-lesson", str(second), "--out", str(tmp_path / "pack")], capsys)
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "already holds a lesson pack" in err
    assert {p: p.read_bytes() for p in (tmp_path / "pack").iterdir()} == before


def test_out_folder_with_other_files_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher's other files would get mixed up with (or replaced by) a new pack."""
    article = tmp_path / "library.txt"
    article.write_text(STORY, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "article.md").write_text("my notes", encoding="utf-8")
    code, _, err = _run(["new-lesson", str(article), "--out", str(tmp_path / "docs")], capsys)
    assert code == 1 and "other files" in err
    assert _listing(tmp_path / "docs") == ["article.md"]
    assert (tmp_path / "docs" / "article.md").read_text(encoding="utf-8") == "my notes"


def test_new_lesson_raises_clear_errors_for_the_app(tmp_path: Path) -> None:
    """The app's "New lesson…" would show a traceback instead of a message."""
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(ArticleImportError, match="empty"):
        new_lesson(empty, title=None, out=None)
    article = tmp_path / "library.txt"
    article.write_text(STORY, encoding="utf-8")
    (tmp_path / "taken").mkdir()
    (tmp_path / "taken" / "x.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InvalidFile, match="never overwrites"):
        new_lesson(article, title=None, out=tmp_path / "taken")


def test_lesson_from_pasted_text(tmp_path: Path) -> None:
    """A lesson made from pasted text would not save as a pack students can open."""
    lesson, markdown = lesson_from_text(STORY.split("\n", 2)[2], "Library closing")
    assert (lesson.id, lesson.title, lesson.article.title) == ("library-closing", "Library closing", "Library closing")
    assert markdown.startswith("# Library closing\n\n")
    pack = load_pack(make_pack(tmp_path / lesson.id, lesson=lesson, article_markdown=markdown))
    assert "Maria Lopez" in pack.article.text
    untitled, _ = lesson_from_text("Just one paragraph of pasted text, with no title.", "")
    assert (untitled.id, untitled.title) == ("untitled-lesson", "Untitled lesson")


def test_new_lesson_says_what_the_import_removed_and_what_to_check(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The teacher was not told that soft hyphens went, that a byline and share buttons were left out, or which
    paragraph may still be a link that students would take for the article."""
    from tests.core.test_page_furniture import ARTICLE

    page = tmp_path / "column.html"
    page.write_text(
        "<html><head><title>Budget</title></head><body><article><p>By Jo Banks</p>"
        f"<p>{ARTICLE[0].replace('librarians', 'librar&shy;ians')}</p><p>Share on Twitter</p><p>{ARTICLE[1]}</p>"
        f"<p>Watch the council meeting video</p><p>{ARTICLE[2]}</p></article></body></html>", encoding="utf-8")
    code, out, err = _run(["new-lesson", str(page), "--out", str(tmp_path / "pack"), "--lang", "en"], capsys)
    assert code == 0, err
    assert "removed 1 invisible character that split words (soft hyphens, zero-width spaces)" in out
    assert "left out 2 blocks of page furniture: bylines, share buttons" in out
    assert "1 paragraph may not be the article's" in out
    assert "  paragraph 3: “Watch the council meeting video”" in out.splitlines()
    assert "librarians" in (tmp_path / "pack" / "article.md").read_text(encoding="utf-8")
