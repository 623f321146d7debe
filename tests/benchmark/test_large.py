"""The big article of the benchmark: a pack and a work file of the size asked for, that Annotator opens as it is."""

from __future__ import annotations

from pathlib import Path

from annotator.benchmark.large import large_article, make_large_pack
from annotator.core.anchoring import Status
from annotator.core.pack import load_pack
from annotator.core.workfile import load_work
from annotator.core.worksheet import Worksheet


def test_the_article_is_as_long_as_asked_and_the_same_each_run() -> None:
    """Figures from two runs would compare articles of different lengths or words, and mean nothing."""
    article = large_article(20_000)
    assert 20_000 <= len(article) < 20_000 + 1_000
    assert article == large_article(20_000)
    assert article.startswith("# A very long article\n\n") and article.count("\n\n") > 20


def test_the_pack_opens_with_every_highlight_where_it_was_made(tmp_path: Path) -> None:
    """The benchmark would time opening a broken pack, or a file whose highlights have to be searched for."""
    pack_dir, work_file = make_large_pack(tmp_path, annotations=300, chars=30_000)
    pack = load_pack(pack_dir, with_key=False)
    work, _ = load_work(work_file)
    assert pack.lesson.id == "big-article" and work.article_sha256 == pack.article.sha256
    sheet = Worksheet(pack.lesson, pack.article, work)
    assert len(work.annotations) == 300
    assert {sheet.status(aid) for aid in work.annotations} == {Status.EXACT}
