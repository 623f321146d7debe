"""Reading an article file's bytes: encodings, refusals with one line each, and any bytes at all."""

from __future__ import annotations

import codecs
import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.article_decoding import MAX_ARTICLE_BYTES
from annotator.core.article_import import ImportedArticle, import_article
from annotator.core.errors import ArticleImportError
from annotator.core.i18n import speaking
from tests.core.importing import import_error, paragraphs, write

# --- encodings ----------------------------------------------------------------------------


def test_utf8_with_bom_is_plain_utf8(tmp_path: Path) -> None:
    """A UTF-8 file saved by Notepad (with a BOM) imports silently, without a stray character."""
    article = import_article(write(tmp_path, "a.txt", codecs.BOM_UTF8 + "Café «crème» — ok.\n".encode()))
    assert article.markdown == "Café «crème» — ok.\n"
    assert article.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, codec: str) -> None:
    """A UTF-16 file (Notepad's 'Unicode') imports with its accents, and says which encoding it was."""
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    article = import_article(write(tmp_path, "a.txt", bom + "Señor Pérez dijo “hola”.\r\n".encode(codec)))
    assert article.markdown == "Señor Pérez dijo “hola”.\n"
    assert any("UTF-16" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "text",
    [
        "Le café est fermé. « Très bien », dit-il. L’été sera chaud.",
        "El señor Pérez dijo “hola” a la niña en Año Nuevo.",
        "He said it wasn’t “fair” — really.",
        "Größere Änderungen für Bürger.",
        "café",
    ],
)
def test_windows_1252_text(tmp_path: Path, text: str) -> None:
    """An old Windows text file keeps its accents and curly quotes, and the teacher is told how it was read."""
    article = import_article(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert article.markdown == text + "\n"
    assert any("Windows-1252" in warning for warning in article.warnings)


def test_latin1_text(tmp_path: Path) -> None:
    """A Latin-1 (ISO-8859-1) file keeps its accents."""
    text = "Ça coûte cher, señor: ½ de l'année."
    article = import_article(write(tmp_path, "a.txt", text.encode("latin-1")))
    assert article.markdown == text + "\n"
    assert article.warnings


def test_cyrillic_legacy_text(tmp_path: Path) -> None:
    """A Russian text in Windows-1251 is read as Cyrillic, not as accented gibberish."""
    text = "Президент заявил, что переговоры продолжатся на следующей неделе."
    article = import_article(write(tmp_path, "a.txt", text.encode("cp1251")))
    assert article.markdown == text + "\n"
    assert any("Windows-1251" in warning for warning in article.warnings)


def test_refusals_and_warnings_speak_the_teachers_language(tmp_path: Path) -> None:
    """A French or Spanish teacher importing a PDF or an old Windows file would be told so in English."""
    pdf = write(tmp_path, "a.txt", b"%PDF-1.7 ...")
    legacy = write(tmp_path, "b.txt", "He said it wasn’t “fair” — really.".encode("cp1252"))
    controls = write(tmp_path, "c.txt", "The council\x07 voted on Tuesday night to close it.\x1a")
    with speaking("fr"):
        assert import_error(pdf) == ("c'est un document PDF, pas du texte\u00a0; enregistre-le en texte brut (.txt) "
                                     "ou en page web (.html)")
        assert import_article(controls).warnings == ("2 caractères de contrôle invisibles supprimés",)
    with speaking("es"):
        assert import_article(legacy).warnings[0].startswith("decodificado como Windows-1252 (el archivo no está en ")
    assert import_article(controls).warnings == ("removed 2 invisible control characters",)


def test_stray_control_characters_are_dropped(tmp_path: Path) -> None:
    """An odd invisible control character does not show up as a box in the article."""
    article = import_article(write(tmp_path, "a.txt", "The council\x07 voted on Tuesday night to close it.\x1a"))
    assert article.markdown == "The council voted on Tuesday night to close it.\n"
    assert any("control" in warning for warning in article.warnings)


# --- bad input ----------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    """Opening a file that was moved away says so instead of crashing."""
    assert import_error(tmp_path / "gone.txt") == "article not found"


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    """Picking a folder says it is a folder."""
    assert "folder" in import_error(tmp_path)


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html"])
@pytest.mark.parametrize(
    "content", [b"", b"  \n\t\r\n  ", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")]
)
def test_empty_file(tmp_path: Path, name: str, content: bytes) -> None:
    """An empty (or blank) file is reported as empty."""
    assert "empty" in import_error(write(tmp_path, name, content))


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (b"The council\x00voted", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Word"),
        (bytes(range(1, 9)) * 40 + b"some text", "not look like text"),
    ],
)
def test_binary_file(tmp_path: Path, content: bytes, says: str) -> None:
    """A picture, PDF or Word file renamed to .txt is refused with a message naming the problem."""
    assert says in import_error(write(tmp_path, "a.txt", content))


def test_undecodable_file(tmp_path: Path) -> None:
    """Bytes that are in no known encoding are refused with advice to save the file as UTF-8."""
    # Noise without NUL bytes: not UTF-8, and no legacy encoding makes sense of it.
    content = random.Random(0).randbytes(400).replace(b"\x00", b"a")
    message = import_error(write(tmp_path, "a.txt", content))
    assert "encoding" in message or "not look like text" in message


def test_broken_utf16(tmp_path: Path) -> None:
    """A file that starts like UTF-16 but is cut in half is refused, not half-read."""
    assert "UTF-16" in import_error(write(tmp_path, "a.txt", codecs.BOM_UTF16_LE + "abc".encode("utf-16-le")[:-1]))


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    """A huge file is refused with its size and the limit, before it is read into memory."""
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk
    message = import_error(path)
    assert "MB" in message and "5 MB" in message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_a_named_pipe_is_refused_instead_of_waited_on(tmp_path: Path) -> None:
    """Picking a pipe named like an article froze the import forever, waiting for a writer that never came."""
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    assert "not an ordinary file" in import_error(pipe)


# --- any bytes at all ---------------------------------------------------------------------

_ANY_CONTENT = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(max_size=500).map(lambda t: t.encode("cp1252", "ignore")),
    st.text(max_size=300).map(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le", "surrogatepass")),
    st.text(max_size=500).map(lambda t: f"<html><body><p>{t}</p></body></html>".encode("utf-8", "surrogatepass")),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=_ANY_CONTENT, suffix=st.sampled_from([".txt", ".html", ".md"]))
def test_any_bytes_import_or_give_a_clear_error(content: bytes, suffix: str) -> None:
    """Whatever file a teacher picks, the app shows an article or a message — never a crash."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(content)
        try:
            article = import_article(path)
        except ArticleImportError as error:
            assert error.problems and all("\n" not in p.message for p in error.problems)
            return
    assert isinstance(article, ImportedArticle)
    assert len(paragraphs(article)) >= 1
    assert "\n" not in article.title
