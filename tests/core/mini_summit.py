"""A small lesson on a three-paragraph article, its key and two hand-worked students, for the scoring tests."""

from __future__ import annotations

from pathlib import Path

from annotator.core.annotations import Annotation, Student, Work
from annotator.core.key import AnswerKey, KeyItem, NotFlagged
from annotator.core.lesson import ArticleInfo, Category, Lesson, Prompt
from annotator.core.pack import Pack, load_pack
from annotator.core.schemas import dump_yaml
from annotator.core.text import Article, context

ARTICLE_MD = """# Summit ends in a stunning collapse

Senator Jane Roe said the talks had failed. According to a senior official, the North slammed the door on a deal.

Two people familiar with the talks said more meetings are planned.
"""
TEXT = Article.from_markdown(ARTICLE_MD).text


def span(quote: str, text: str = TEXT) -> tuple[int, int]:
    """Where ``quote`` first is in the text (the test names passages, not numbers)."""
    start = text.index(quote)
    return start, start + len(quote)


def make_lesson(prompts: tuple[Prompt, ...] | None = None) -> Lesson:
    """A three-category, two-prompt lesson on the small article."""
    cats = tuple(Category(cid, label, color, "solid", key, "help") for cid, label, color, key in (
        ("named-source", "Named source", "#0072B2", "n"),
        ("unnamed-source", "Unnamed source", "#D55E00", "u"),
        ("framing", "Framing", "#009E73", "f"),
    ))
    prompts = prompts or (
        Prompt("who-speaks", "Who is speaking?", ("named-source", "unnamed-source"), points=3),
        Prompt("framing", "How is the story framed?", ("framing",), points=0),  # 0: capped at its items' sum
    )
    return Lesson("mini-summit", "Mini summit", ArticleInfo("article.md"), cats, prompts)


def item(text: str, iid: str, quote: str, cats: tuple[str, ...], prompt: str, points: float,
         min_overlap: float = 0.5) -> KeyItem:
    """A key item on the quote's place in the text."""
    s, e = span(quote, text)
    return KeyItem(iid, quote, s, e, cats, f"why {iid}", prompt, False, points, min_overlap)


def make_key(article: Article) -> AnswerKey:
    """Five key items: two per prompt and one with no prompt."""
    t = article.text
    return AnswerKey("mini-summit", article.sha256, (
        item(t, "k1", "Senator Jane Roe", ("named-source",), "who-speaks", 2),
        item(t, "k2", "a senior official", ("unnamed-source",), "who-speaks", 2),
        item(t, "k3", "a stunning collapse", ("framing",), "framing", 1),
        item(t, "k4", "slammed the door", ("framing",), "framing", 1.5, min_overlap=1.0),
        item(t, "k5", "people familiar with the talks", ("unnamed-source", "named-source"), "", 1),
    ), (NotFlagged("said", *span("said", t), "“said” is neutral.", ("framing",)),))


def write_pack(folder: Path, *, article_md: str = ARTICLE_MD, with_key: bool = True) -> Pack:
    """The lesson, article and key written as a pack folder, and loaded back as a teacher would."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lesson.yaml").write_text(dump_yaml(make_lesson().to_data(), "lesson"), encoding="utf-8")
    (folder / "article.md").write_text(article_md, encoding="utf-8")
    if with_key:
        key = make_key(Article.from_markdown(article_md))
        (folder / "key.yaml").write_text(dump_yaml(key.to_data(), "key"), encoding="utf-8")
    return load_pack(folder)


def ann(aid: str, category: str, quote: str, *, text: str = TEXT, note: str = "") -> Annotation:
    """An annotation of the first place ``quote`` is in ``text``, as the student app stores it."""
    s, e = span(quote, text)
    prefix, suffix = context(text, s, e)
    return Annotation(aid, category, s, e, quote, prefix, suffix, note)


def work_of(pack: Pack, *annotations: Annotation, name: str = "Ana Pérez") -> Work:
    """A student's work with these annotations, made on the pack's article."""
    return Work(pack.lesson.id, pack.article.sha256, Student(name), annotations={a.id: a for a in annotations})


def ana(pack: Pack) -> Work:
    """Student A of the hand-worked example."""
    return work_of(pack,
                   ann("a1", "named-source", "Senator Jane Roe"),  # all of k1 -> found
                   ann("a2", "unnamed-source", "senior official"),  # 15/17 of k2 >= 0.5 -> found
                   ann("a3", "framing", "slammed the"),  # 11/16 of k4 < 1.0 (k4 asks for all of it) -> extra
                   ann("a4", "framing", "stunning collapse"),  # 17/19 of k3 -> found
                   ann("a5", "named-source", "the talks had failed"))  # no key item -> extra


def ben(pack: Pack) -> Work:
    """Student B: a wrong category, an accepted second category, a full cover and an orphan."""
    orphan = Annotation("b4", "unnamed-source", 5, 20, "words that are nowhere in it", "", "")
    return work_of(pack,
                   ann("b1", "framing", "Senator Jane Roe"),  # k1 does not accept framing -> extra, k1 missed
                   ann("b2", "named-source", "people familiar with the talks"),  # k5 accepts named-source
                   ann("b3", "framing", "slammed the door on a deal"),  # 16/16 of k4 -> found
                   orphan, name="Ben Okafor")
