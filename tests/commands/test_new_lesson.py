"""`annotator new-lesson`, as the function the command line calls: a pack made, checked and described, or one line."""

from __future__ import annotations

import io
from pathlib import Path

from annotator.commands.new_lesson import run_new_lesson

ARTICLE = "Bridge opens late\n\nThe mayor said the bridge would open in May. Critics doubt it.\n\nA second paragraph.\n"


def run(article: Path, folder: Path) -> tuple[int, list[str], list[str]]:
    """Run the command into ``folder``; return its status and the lines it printed to its output and errors."""
    out, err = io.StringIO(), io.StringIO()
    status = run_new_lesson(article, out=out, err=err, folder=folder)
    return status, out.getvalue().splitlines(), err.getvalue().splitlines()


def test_a_new_pack_is_described_checked_and_the_next_step_named(tmp_path: Path) -> None:
    """A teacher would not know where the pack went, whether it checks, or what to do next."""
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    status, out, err = run(article, tmp_path / "pack")
    assert status == 0 and err == []
    assert out[0] == f"made lesson pack {tmp_path / 'pack'} (language: en)"
    assert out[1].startswith("“Bridge opens late” (bridge-opens-late): 2 paragraphs")
    assert out[2] == (f"{tmp_path / 'pack'}: lesson 'bridge-opens-late' OK: 8 categories, 4 prompts, no answer key, "
                      "article 100 characters")  # what `annotator check` says of it
    assert out[-1].startswith("next: adapt the prompts") and out[-1].endswith(f"annotator check {tmp_path / 'pack'}")
    assert "Edit this lesson…" in out[-1]  # the Teacher menu's item, by the name it has there


def test_an_article_that_cannot_be_used_gets_one_line_and_no_pack(tmp_path: Path) -> None:
    """An empty article file gave a traceback, or an empty pack students could open."""
    article = tmp_path / "empty.txt"
    article.write_text("", encoding="utf-8")
    assert run(article, tmp_path / "pack") == (1, [], [f"{article}: the file is empty"])
    assert not (tmp_path / "pack").exists()


def test_a_pack_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    """`--out notes.txt/pack` ended in a traceback instead of saying the pack could not be written there."""
    article = tmp_path / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("a file, not a folder\n", encoding="utf-8")
    status, out, err = run(article, tmp_path / "notes.txt" / "pack")
    assert status == 1 and out == []
    assert err == [f"{tmp_path / 'notes.txt'}: cannot write the lesson pack (File exists)"]
