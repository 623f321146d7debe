"""`annotator grade` and `annotator export`: a class's files, scored and written out safely."""

from __future__ import annotations

import csv
import html
import io
import os
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.annotations import Annotation, Student, Work
from annotator.core.feedback import Feedback, PromptFeedback, feedback_path, save_feedback
from annotator.core.key import AnswerKey, KeyItem
from annotator.core.lesson import ArticleInfo, Category, Lesson, Prompt
from annotator.core.pack import Pack, load_pack
from annotator.core.schemas import dump_yaml
from annotator.core.text import Article, context
from annotator.core.workfile import save_work

ARTICLE_MD = """# Summit ends in a stunning collapse

Senator Jane Roe said the talks had failed. According to a senior official, the North slammed the door on a deal.

Two people familiar with the talks said more meetings are planned.
"""
BOM = b"\xef\xbb\xbf"
GRADE_HEADER = ["student_name", "student_id", "who-speaks", "framing", "total", "max_total", "found", "missed",
                "extra", "file"]
EXPORT_HEADER = ["student_name", "student_id", "category", "prompt", "quote", "note", "start", "end", "status",
                 "file"]
EVIL_NAME = '=HYPERLINK("http://x","y")'
SCRIPT = "<script>alert(1)</script>"


def span(quote: str, text: str) -> tuple[int, int]:
    """Where ``quote`` first is in ``text``."""
    start = text.index(quote)
    return start, start + len(quote)


def write_pack(folder: Path, article_md: str = ARTICLE_MD, *, with_key: bool = True) -> Pack:
    """A three-category, two-prompt lesson pack with a five-item key, written as files and loaded."""
    cats = tuple(Category(cid, cid.replace("-", " ").capitalize(), "#0072B2", "solid", cid[0], "help")
                 for cid in ("named-source", "unnamed-source", "framing"))
    lesson = Lesson("mini-summit", "Mini summit", ArticleInfo("article.md", title="Summit"), cats, (
        Prompt("who-speaks", "Who is speaking?", ("named-source", "unnamed-source"), points=3),
        Prompt("framing", "How is the story framed?", ("framing",), points=0),
    ))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lesson.yaml").write_text(dump_yaml(lesson.to_data(), "lesson"), encoding="utf-8")
    (folder / "article.md").write_text(article_md, encoding="utf-8")
    if with_key:
        article = Article.from_markdown(article_md)
        t = article.text

        def item(iid: str, quote: str, cats: tuple[str, ...], prompt: str, points: float, ov: float = 0.5) -> KeyItem:
            return KeyItem(iid, quote, *span(quote, t), cats, f"why {iid}", prompt, False, points, ov)

        key = AnswerKey("mini-summit", article.sha256, (
            item("k1", "Senator Jane Roe", ("named-source",), "who-speaks", 2),
            item("k2", "a senior official", ("unnamed-source",), "who-speaks", 2),
            item("k3", "a stunning collapse", ("framing",), "framing", 1),
            item("k4", "slammed the door", ("framing",), "framing", 1.5, 1.0),
            item("k5", "people familiar with the talks", ("unnamed-source", "named-source"), "", 1),
        ))
        (folder / "key.yaml").write_text(dump_yaml(key.to_data(), "key"), encoding="utf-8")
    return load_pack(folder)


def ann(aid: str, category: str, quote: str, text: str, note: str = "") -> Annotation:
    """An annotation of the first place ``quote`` is in ``text``."""
    s, e = span(quote, text)
    return Annotation(aid, category, s, e, quote, *context(text, s, e), note=note)


def write_work(path: Path, pack: Pack, student: Student, annotations: list[Annotation], *,
               modified: str = "2026-11-26T10:41:12+00:00", lesson_id: str = "mini-summit",
               created: str = "2026-11-26T10:15:00+00:00") -> Work:
    """A handed-in file."""
    work = Work(lesson_id, pack.article.sha256, student, created=created, modified=modified,
                annotations={a.id: a for a in annotations})
    save_work(path, work)
    return work


def ana_annotations(text: str) -> list[Annotation]:
    """Ana's work: who-speaks 3 (k1 2 + k2 2, capped at 3), framing 1 (k3), total 4 of 6.5; found 3, extra 2."""
    return [ann("a1", "named-source", "Senator Jane Roe", text),
            ann("a2", "unnamed-source", "senior official", text),
            ann("a3", "framing", "slammed the", text),
            ann("a4", "framing", "stunning collapse", text),
            ann("a5", "named-source", "the talks had failed", text, note=SCRIPT)]


def ben_annotations(text: str) -> list[Annotation]:
    """Ben's work: who-speaks 0, framing 1.5 (k4), k5 1 outside prompts, total 2.5; found 2, extra 2."""
    orphan = Annotation("b4", "unnamed-source", 5, 20, "words that are nowhere in it", "", "")
    return [ann("b1", "framing", "Senator Jane Roe", text, note="=SUM(A1:A2)"),
            ann("b2", "named-source", "people familiar with the talks", text),
            ann("b3", "framing", "slammed the door on a deal", text),
            orphan]


def read_csv(path: Path) -> list[list[str]]:
    """The rows of a CSV as a spreadsheet program would read them."""
    data = path.read_bytes()
    assert data.startswith(BOM)
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def pack(tmp_path: Path) -> Pack:
    """The small lesson pack."""
    return write_pack(tmp_path / "pack")


@pytest.fixture
def bad_class(tmp_path: Path, pack: Pack) -> Path:
    """A class folder with two good students and every kind of bad file a teacher meets."""
    folder = tmp_path / "class"
    folder.mkdir()
    text = pack.article.text
    write_work(folder / "ana.yaml", pack, Student("Ana Pérez", "s-0412"), ana_annotations(text))
    write_work(folder / "ana-old.yaml", pack, Student("Ana Pérez", "s-0412"), ana_annotations(text)[:1],
               modified="2026-11-25T09:00:00+00:00")
    os.utime(folder / "ana.yaml", (1_000_000, 1_000_000))  # the file times disagree: the time written inside wins
    ben = write_work(folder / "ben.yaml", pack, Student(EVIL_NAME, "-5"), ben_annotations(text))
    fb = Feedback.for_work(ben, folder / "ben.yaml")
    fb.prompts["who-speaks"] = PromptFeedback("You found the anonymous sources.", 1)
    fb.overall = SCRIPT
    save_feedback(feedback_path(folder / "ben.yaml"), fb)
    (folder / "notes.txt").write_text("remember to grade these\n", encoding="utf-8")
    (folder / "empty.yaml").write_text("", encoding="utf-8")
    (folder / "broken.yaml").write_text("schema: annotator/annotations@1\nstudent: [unclosed\n", encoding="utf-8")
    (folder / "latin1.yaml").write_bytes("schema: annotator/annotations@1\nstudent: {name: José}\n".encode("latin-1"))
    (folder / "schema-error.yaml").write_text(
        f"schema: annotator/annotations@1\nlesson: {{id: mini-summit, article_sha256: {pack.article.sha256}}}\n"
        "student: {name: Dana}\n", encoding="utf-8")
    write_work(folder / "other-lesson.yaml", pack, Student("Eli"), [], lesson_id="another-lesson")
    past = Annotation("c1", "framing", 9000, 9010, "the door", "", "")
    write_work(folder / "past-end.yaml", pack, Student("Carla"), [past])
    for bak in folder.glob("*.bak"):
        bak.unlink()
    return folder


BAD_FILES = {
    "notes.txt": "not a YAML file",
    "empty.yaml": "file is empty",
    "broken.yaml": "not valid YAML",
    "latin1.yaml": "not UTF-8",
    "schema-error.yaml": "missing required field 'annotations'",
    "other-lesson.yaml": "made for lesson 'another-lesson'",
    "ana-old.yaml": "handed in more than once",
    "past-end.yaml": "past the end of the article",
}


def grade(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Run `annotator grade ...` as a teacher would; return status, stdout and stderr."""
    status = main(["grade", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_bad_files_are_reported_one_line_each_and_the_rest_graded(
    bad_class: Path, pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One broken file would stop the whole class's grading, or a problem would go unmentioned."""
    out_csv, reports = tmp_path / "out" / "grades.csv", tmp_path / "out" / "reports"
    status, out, err = grade(capsys, bad_class, "--lesson", pack.path, "--csv", out_csv, "--report", reports)
    assert status == 0
    assert "Traceback" not in err
    lines = err.splitlines()
    for name, reason in BAD_FILES.items():
        mine = [line for line in lines if line.startswith(str(bad_class / name) + ":")]
        assert mine, f"{name} not reported"
        assert any(reason in line for line in mine), (name, mine)
    assert all(line.startswith(str(bad_class)) for line in lines)  # every line names its file
    assert "ben.feedback.yaml" not in err  # feedback files are not submissions
    assert out.count("\n") == 1 and "2 students from 10 files (8 not used" in out


def test_grades_csv_by_hand(bad_class: Path, pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The gradebook would get wrong scores, lose accents, or cells a spreadsheet runs as formulas."""
    out_csv = tmp_path / "grades.csv"
    assert grade(capsys, bad_class, "--lesson", pack.path, "--csv", out_csv)[0] == 0
    header, *rows = read_csv(out_csv)
    assert header == GRADE_HEADER
    by_id = {row[1]: row for row in rows}
    # Ana: who-speaks min(2 + 2, 3) = 3; framing k3 = 1 of 1 + 1.5; total 3 + 1 + 0 = 4 of 3 + 2.5 + 1 = 6.5
    assert by_id["s-0412"][:-1] == ["Ana Pérez", "s-0412", "3", "1", "4", "6.5", "3", "2", "2"]
    assert by_id["s-0412"][-1] == str(bad_class / "ana.yaml")  # the newer of Ana's two files
    # Ben: the teacher's 1 replaces who-speaks 0; framing k4 = 1.5; k5 (no prompt) 1: total 1 + 1.5 + 1 = 3.5
    # found k4 k5 -> 2, missed 3, extra b1 and the orphan b4 -> 2
    assert by_id["'-5"][:-1] == ["'" + EVIL_NAME, "'-5", "1", "1.5", "3.5", "6.5", "2", "3", "2"]
    for row in [header, *rows]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_html_reports_escape_what_students_typed(
    bad_class: Path, pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A note with a script tag would run in the teacher's browser when the report is opened."""
    reports = tmp_path / "reports"
    assert grade(capsys, bad_class, "--lesson", pack.path, "--csv", tmp_path / "g.csv", "--report", reports)[0] == 0
    for audience in ("teacher", "students"):
        files = sorted(p.name for p in (reports / audience).iterdir())
        assert files == ["ana-perez-s-0412.html", "hyperlink-http-x-y-5.html"]
        ana = (reports / audience / "ana-perez-s-0412.html").read_text(encoding="utf-8")
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in ana and "<script" not in ana
        assert "Ana Pérez" in ana and "Senator Jane Roe" in ana
    assert sorted(p.name for p in reports.iterdir()) == ["students", "teacher"]
    ben = (reports / "teacher" / "hyperlink-http-x-y-5.html").read_text(encoding="utf-8")
    assert "<script" not in ben and "&lt;script&gt;" in ben  # the teacher's overall comment, escaped too
    assert "&#34;http://x&#34;" in ben  # the name is shown, escaped (Jinja2 writes " as &#34;)
    assert "You found the anonymous sources." in ben
    assert "not found in the article" in ben  # an orphaned highlight is named for what it is


def test_grade_reports_come_in_a_copy_to_hand_back_without_the_key(
    bad_class: Path, pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A teacher handing back the reports `grade --report` wrote would give the answer key to the class."""
    reports = tmp_path / "reports"
    status, out, _ = grade(capsys, bad_class, "--lesson", pack.path, "--csv", tmp_path / "g.csv", "--report", reports)
    assert status == 0 and "to hand back" in out
    assert pack.key is not None
    rationale = pack.key.items[0].rationale
    teacher = (reports / "teacher" / "ana-perez-s-0412.html").read_text(encoding="utf-8")
    student = (reports / "students" / "ana-perez-s-0412.html").read_text(encoding="utf-8")
    assert rationale in teacher and "✗ missed" in teacher
    assert rationale not in student and "<h2>Key passages</h2>" not in student


def test_export_one_row_per_annotation(
    bad_class: Path, pack: Pack, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A researcher's export would miss annotations, misplace them, or carry formulas."""
    out = tmp_path / "all.csv"
    status = main(["export", str(bad_class), "--lesson", str(pack.path), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert status == 0 and "exported 9 annotations" in stdout
    assert "past-end.yaml" in err
    header, *rows = read_csv(out)
    assert header == EXPORT_HEADER
    assert len(rows) == 9  # Ana 5 + Ben 4
    ana = [r for r in rows if r[1] == "s-0412"]
    assert [r[4] for r in ana] == ["stunning collapse", "Senator Jane Roe", "the talks had failed",
                                   "senior official", "slammed the"]  # reading order
    s, e = span("Senator Jane Roe", pack.article.text)
    assert ana[1][2:4] == ["named-source", ""] and ana[1][6:9] == [str(s), str(e), "exact"]
    assert ana[2][5] == SCRIPT  # CSV keeps the note as typed; only formulas are neutralised
    ben = [r for r in rows if r[1] == "'-5"]
    assert ben[-1][6:9] == ["", "", "orphaned"]  # orphans last, with no place
    assert "'=SUM(A1:A2)" in [r[5] for r in ben]


def test_changed_article_is_reanchored_with_a_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Work made before the teacher fixed a typo in the article would be rejected or scored at the old places."""
    old = write_pack(tmp_path / "old")
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", old, Student("Ana Pérez", "s-0412"), ana_annotations(old.article.text))
    changed = ARTICLE_MD.replace("Senator Jane Roe said", "On Thursday, Senator Jane Roe said")
    new = write_pack(tmp_path / "new", changed)
    status, _, err = grade(capsys, folder, "--lesson", new.path, "--csv", tmp_path / "g.csv")
    assert status == 0
    assert "note: made for a different text of the article" in err and "4 moved" in err  # a4 is before the change
    [row] = read_csv(tmp_path / "g.csv")[1:]
    assert row[2:9] == ["3", "1", "4", "6.5", "3", "2", "2"]  # the same as on the old text


def test_outputs_inside_the_class_folder_are_not_graded(
    tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """Running grade twice would complain about its own CSV and reports the second time."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana Pérez"), ana_annotations(pack.article.text))
    for _ in range(2):
        status, out, err = grade(capsys, folder, "--lesson", pack.path, "--csv", folder / "grades.csv",
                                 "--report", folder / "reports")
        assert status == 0 and err == ""
    assert "1 student from 1 file" in out


def test_nothing_gradeable_exits_1(tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    """A teacher's script would think grading worked when not one file could be read."""
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "empty.yaml").write_text("", encoding="utf-8")
    status, _, err = grade(capsys, folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert status == 1 and "nothing to grade" in err and "empty.yaml" in err
    assert not (tmp_path / "g.csv").exists()
    status, _, err = grade(capsys, tmp_path / "nowhere", "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert status == 1 and "no such file or folder" in err


def test_invalid_lesson_or_missing_key_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Grading against a broken pack, or one with no key, would write a gradebook of zeros."""
    bare = write_pack(tmp_path / "bare", with_key=False)
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", bare, Student("Ana"), [])
    status, _, err = grade(capsys, folder, "--lesson", bare.path, "--csv", tmp_path / "g.csv")
    assert status == 1 and "no answer key" in err
    keyed = write_pack(tmp_path / "keyed")
    status, _, _ = grade(capsys, folder, "--lesson", bare.path, "--key", keyed.path / "key.yaml",
                         "--csv", tmp_path / "g.csv")
    assert status == 0  # --key supplies the key the pack lacks
    (keyed.path / "lesson.yaml").write_text("schema: annotator/lesson@1\nid: [\n", encoding="utf-8")
    status, _, err = grade(capsys, folder, "--lesson", keyed.path, "--csv", tmp_path / "g.csv")
    assert status == 1 and "lesson.yaml:" in err and err.count("\n") == 1


def test_feedback_about_someone_else_is_not_applied(
    tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """A renamed or misplaced feedback file would change another student's grade."""
    folder = tmp_path / "class"
    ana = write_work(folder / "ana.yaml", pack, Student("Ana Pérez", "s-0412"), ana_annotations(pack.article.text))
    fb = Feedback.for_work(ana, folder / "ana.yaml")
    fb.student = Student("Ben", "s-0007")
    fb.total = 10
    save_feedback(feedback_path(folder / "ana.yaml"), fb)
    status, _, err = grade(capsys, folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert status == 0 and "feedback is about Ben (s-0007)" in err and "not applied" in err
    assert read_csv(tmp_path / "g.csv")[1][4] == "4"  # the automatic total


def test_broken_feedback_file_is_reported_and_the_student_still_graded(
    tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo in a hand-edited feedback file would drop the student from the gradebook."""
    folder = tmp_path / "class"
    write_work(folder / "ana.yaml", pack, Student("Ana Pérez", "s-0412"), ana_annotations(pack.article.text))
    feedback_path(folder / "ana.yaml").write_text("schema: annotator/feedback@1\ntotal: [\n", encoding="utf-8")
    status, _, err = grade(capsys, folder, "--lesson", pack.path, "--csv", tmp_path / "g.csv")
    assert status == 0
    [line] = err.splitlines()
    assert line.startswith(str(feedback_path(folder / "ana.yaml")) + ":") and "(feedback not applied)" in line
    assert read_csv(tmp_path / "g.csv")[1][4] == "4"  # the automatic total


@pytest.mark.parametrize("target", ["class/ana.yaml", "pack/key.yaml", "pack/grades.csv", "class/grades.yaml"])
def test_a_mistyped_output_never_replaces_a_students_file_or_the_key(tmp_path: Path, pack: Pack, bad_class: Path,
                                                                     target: str, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--csv class/ana.yaml` or `--csv pack/key.yaml` is refused with a reason, and every file is as it was."""
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    out = tmp_path / target
    assert main(["grade", str(bad_class), "--lesson", str(pack.path), "--csv", str(out)]) == 1
    assert main(["export", str(bad_class), "--lesson", str(pack.path), "--out", str(out)]) == 1
    assert "not written" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_reports_are_not_written_over_the_class_folder(tmp_path: Path, pack: Pack, bad_class: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--report` pointing at the class folder is refused instead of mixing reports with students' files."""
    code = main(["grade", str(bad_class), "--lesson", str(pack.path), "--csv", str(tmp_path / "g.csv"),
                 "--report", str(bad_class)])
    assert code == 1 and "class folder" in capsys.readouterr().err
    assert not (tmp_path / "g.csv").exists()


def test_a_report_for_the_student_leaves_out_the_key(tmp_path: Path, pack: Pack, bad_class: Path) -> None:
    """Handing a report back must not hand the whole answer key to the class."""
    from annotator.core.exports import render_report
    from annotator.core.roster import load_class
    from annotator.core.scoring import score_work

    sub = load_class([bad_class], pack).submissions[0]
    score = score_work(sub.sheet, pack)
    assert pack.key is not None
    teacher = render_report(pack, sub.sheet, score, file_name=sub.path.name)
    student = render_report(pack, sub.sheet, score, file_name=sub.path.name, with_key=False)
    rationale = pack.key.items[0].rationale
    assert "<h2>Key passages</h2>" in teacher and rationale in teacher
    assert "<h2>Key passages</h2>" not in student and rationale not in student
    assert "Prompt 1:" in student


def test_a_report_gives_each_prompt_once(tmp_path: Path, pack: Pack, bad_class: Path) -> None:
    """A report printed each prompt twice: shortened as a heading, then in full."""
    from annotator.core.exports import render_report
    from annotator.core.roster import load_class
    from annotator.core.scoring import score_work

    sub = load_class([bad_class], pack).submissions[0]
    page = render_report(pack, sub.sheet, score_work(sub.sheet, pack), file_name=sub.path.name)
    section = page.split("<h2>Prompts and answers</h2>")[1].split("<h2>")[0]
    for n, prompt in enumerate(pack.lesson.prompts, 1):
        assert section.count(f"<h3>Prompt {n}</h3>") == 1
        assert section.count(html.escape(prompt.text, quote=False)) == 1
