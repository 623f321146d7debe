"""The teacher's "Edit lesson…" dialog: the lesson's details, its categories, its prompts and its article's text.

The dialog edits drafts and builds a new :class:`Lesson` only in :meth:`LessonEditor.result_lesson`.
What it does not show (the lesson id, the article file, standards, rubric, category examples) is kept
as it was. Answer keys and students' work refer to categories and prompts by id, so an existing
category or prompt keeps its id when its label or text changes; a new category's id follows its label
until the teacher edits the id, and a new prompt's id is made from its first words. Category ids
that the answer key uses (``in_use``) cannot be removed or renamed here: the key would no longer fit.

The categories and prompts pages live in :mod:`annotator.ui.lessons.categories_page` and
:mod:`annotator.ui.lessons.prompts_page`; this module holds the details page, the checks and the result.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from PySide6.QtCore import QCoreApplication, QSize, Qt, Slot
from PySide6.QtGui import QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.core.article_edit import article_blocks, edited_markdown, reanchor_key
from annotator.core.defaults import category_warnings
from annotator.core.key import AnswerKey
from annotator.core.lesson import ArticleInfo, Expectation, Lesson, Prompt
from annotator.core.text import Article, shorten
from annotator.ui.common.window_size import fit_to_screen
from annotator.ui.lessons.article_page import ArticlePage
from annotator.ui.lessons.categories_page import CategoriesPage
from annotator.ui.lessons.drafts import CATEGORY_ID, CATEGORY_KEY, CategoryDraft, PromptDraft, named, slug, unique
from annotator.ui.lessons.prompts_page import PromptsPage

_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)*")
_WARNING_STYLE = "background: #fff4e0; color: #000; border: 1px solid #E69F00; border-radius: 3px; padding: 6px;"
PROMPT_ID_WORDS = 4


def parse_grades(text: str) -> tuple[tuple[int, ...], str]:
    """Grade levels typed as ``9, 10, 11`` or ``9–12``, and what is wrong with them ("" if nothing)."""
    grades: list[int] = []
    for part in re.split(r"[,;\s]+", re.sub(r"\s*[-–]\s*", "-", text.strip())):
        if not part:
            continue
        match = re.fullmatch(r"(\d{1,2})(?:-(\d{1,2}))?", part)
        low, high = (int(match[1]), int(match[2] or match[1])) if match else (0, 0)
        if not match or not 1 <= low <= high <= 13:
            return (), QCoreApplication.translate(
                "LessonEditor", "grade levels: “{part}” is not a grade from 1 to 13 (write e.g. 9, 10 or 9–12)"
            ).format(part=part)
        grades += [g for g in range(low, high + 1) if g not in grades]
    return tuple(grades), ""


class LessonEditor(QDialog):
    """Edit a lesson's details, categories and prompts; :meth:`result_lesson` builds the edited lesson."""

    def __init__(self, lesson: Lesson, parent: QWidget | None = None, *, in_use: Collection[str] = (),
                 article_markdown: str | None = None, key: AnswerKey | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._markdown = article_markdown
        self._key = key
        self._blocks = article_blocks(article_markdown) if article_markdown is not None else []
        self._in_use = frozenset(in_use)
        self._cats = [CategoryDraft.of(c) for c in lesson.categories]
        by_id = {d.id: d for d in self._cats}
        self._prompts = [
            PromptDraft(
                p.id,
                p.text,
                [by_id[c] for c in p.categories if c in by_id],
                p.expects.highlights,
                p.expects.notes,
                p.expects.answer,
                p.points,
            )
            for p in lesson.prompts
        ]
        self.setWindowTitle(self.tr("Edit lesson: {title}").format(title=lesson.title))
        self.setMinimumSize(560, 360)
        layout = QVBoxLayout(self)
        self.tabs = named(QTabWidget(), self.tr("Parts of the lesson"))
        self.tabs.addTab(self._details_page(), self.tr("&Lesson and article"))
        # The pages edit the same draft lists the dialog checks and builds the lesson from.
        self.categories_page = CategoriesPage(self._cats)
        self.categories_page.edited.connect(self._check)
        self.categories_page.categoryRemoved.connect(self._category_removed)
        self.tabs.addTab(self.categories_page, self.tr("&Categories"))
        self.prompts_page = PromptsPage(self._prompts, self._cats)
        self.prompts_page.edited.connect(self._check)
        self.tabs.addTab(self.prompts_page, self.tr("&Prompts"))
        self.article_page: ArticlePage | None = None
        if article_markdown is not None:
            self.article_page = ArticlePage(self._blocks)
            self.article_page.edited.connect(self._check)
            self.tabs.addTab(self.article_page, self.tr("Article te&xt"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._expose_page_controls()
        layout.addWidget(self.tabs, 1)
        self.warnings = named(QLabel(), self.tr("Problems with the lesson"))
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings.setStyleSheet(_WARNING_STYLE)
        layout.addWidget(self.warnings)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("OK: keep these changes"))
        layout.addWidget(self.buttons)
        self.categories_page.fill(0)
        self.prompts_page.fill(0)
        self._check()
        fit_to_screen(self, QSize(980, 700))  # a small laptop gets a smaller editor, its status line in view

    def _expose_page_controls(self) -> None:
        # Callers and tests reach the pages' controls as the dialog's own (editor.label_edit), as before
        # the pages were split out of this module.
        c, p = self.categories_page, self.prompts_page
        self.category_list, self.category_box, self.preview = c.category_list, c.category_box, c.preview
        self.add_category_button, self.remove_category_button = c.add_category_button, c.remove_category_button
        self.category_up_button, self.category_down_button = c.category_up_button, c.category_down_button
        self.label_edit, self.id_edit, self.key_edit, self.help_edit = c.label_edit, c.id_edit, c.key_edit, c.help_edit
        self.color_group, self.color_buttons, self.color_name = c.color_group, c.color_buttons, c.color_name
        self.style_combo = c.style_combo
        self.prompt_list, self.prompt_box, self.prompt_text = p.prompt_list, p.prompt_box, p.prompt_text
        self.add_prompt_button, self.remove_prompt_button = p.add_prompt_button, p.remove_prompt_button
        self.prompt_up_button, self.prompt_down_button = p.prompt_up_button, p.prompt_down_button
        self.prompt_categories, self.highlights_spin = p.prompt_categories, p.highlights_spin
        self.notes_check, self.answer_check, self.points_spin = p.notes_check, p.answer_check, p.points_spin

    # --- the lesson and its article ---------------------------------------------------------

    def _details_page(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        lesson, article = self._lesson, self._lesson.article
        self.title_edit = named(
            QLineEdit(lesson.title),
            self.tr("Lesson title"),
            self.tr("What students and the lesson library see as the lesson's name."),
        )
        self.grades_edit = named(
            QLineEdit(", ".join(map(str, lesson.grade_levels))),
            self.tr("Grade levels"),
            self.tr("School grades the lesson is for, e.g. 9, 10 or 9–12. May stay empty."),
        )
        self.grades_edit.setPlaceholderText(self.tr("e.g. 9, 10 or 9–12"))
        self.minutes_spin = named(
            QSpinBox(),
            self.tr("Minutes the lesson takes"),
            self.tr("How long the lesson takes in class; 0 leaves it unsaid."),
        )
        self.minutes_spin.setRange(0, 600)
        self.minutes_spin.setSpecialValueText(self.tr("not set"))
        self.minutes_spin.setSuffix(self.tr(" minutes"))
        self.minutes_spin.setValue(lesson.minutes or 0)
        self.minutes_spin.setMaximumWidth(160)
        self.grades_edit.setMaximumWidth(240)
        self.language_edit = named(
            QLineEdit(lesson.language),
            self.tr("Language code"),
            self.tr("The article's language as a code: en, es, fr, de, pt-BR…"),
        )
        self.language_edit.setMaximumWidth(120)
        self.objectives_edit = named(
            QTextEdit(),
            self.tr("Learning objectives, one per line"),
            self.tr("Each objective is one bullet; Enter starts the next one."),
        )
        self.objectives_edit.setAcceptRichText(False)
        self.objectives_edit.setTabChangesFocus(True)
        self.objectives_edit.setPlaceholderText(self.tr("What students will be able to do, one objective per line"))
        self.objectives_edit.setPlainText("\n".join(lesson.objectives))
        self.objectives_edit.textChanged.connect(self._bullet_objectives)
        self._bullet_objectives()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Grade levels:"), self.grades_edit)
        form.addRow(self.tr("&Minutes:"), self.minutes_spin)
        form.addRow(self.tr("Lang&uage:"), self.language_edit)
        form.addRow(self.tr("&Objectives:"), self.objectives_edit)
        outer.addLayout(form, 1)
        box = QGroupBox(self.tr("The article, as its source gives it"))
        box_layout = QVBoxLayout(box)
        hint = QLabel(self.tr("Leave a field empty when the source does not say: students should not see a guess."))
        hint.setWordWrap(True)
        box_layout.addWidget(hint)
        article_form = QFormLayout()
        self.article_edits: dict[str, QLineEdit] = {}
        for key, label, name in (
            ("title", self.tr("Headl&ine:"), self.tr("Article headline")),
            ("source", self.tr("&Source:"), self.tr("Publication or website")),
            ("author", self.tr("&Author:"), self.tr("Article author")),
            ("published", self.tr("Pu&blished:"), self.tr("Date published")),
            ("url", self.tr("Add&ress:"), self.tr("Web address of the article")),
        ):
            edit = named(QLineEdit(getattr(article, key)), name)
            edit.setPlaceholderText(self.tr("not stated"))
            article_form.addRow(label, edit)
            self.article_edits[key] = edit
        self.article_edits["published"].setToolTip(self.tr("Best as a date like 2019-02-28."))
        box_layout.addLayout(article_form)
        outer.addWidget(box)
        for edit in (self.title_edit, self.grades_edit, self.language_edit):
            edit.textChanged.connect(self._check)
        return page

    @Slot()
    def _bullet_objectives(self) -> None:
        # A bullet per objective shows where one ends when a long one wraps; toPlainText() leaves bullets out.
        doc = self.objectives_edit.document()
        if doc.isEmpty() or all(doc.findBlockByNumber(i).textList() for i in range(doc.blockCount())):
            return
        cursor = QTextCursor(doc)
        cursor.select(QTextCursor.SelectionType.Document)
        bullets = QTextListFormat()
        bullets.setStyle(QTextListFormat.Style.ListDisc)
        cursor.createList(bullets)

    # --- the categories and prompts pages ----------------------------------------------------

    @Slot()
    def add_category(self) -> None:
        """Add a category with an unused colour, underline and key, and put the cursor in its label."""
        self.categories_page.add_category()

    @Slot()
    def add_prompt(self) -> None:
        """Add an empty prompt at the end and put the cursor in its question."""
        self.prompts_page.add_prompt()

    @Slot(object)
    def _category_removed(self, removed: CategoryDraft) -> None:
        # Prompts hold the drafts themselves, so a removed category would otherwise stay ticked in them.
        for p in self._prompts:
            p.categories = [c for c in p.categories if c is not removed]

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.prompts_page:
            self.prompts_page.refresh()  # categories may have changed meanwhile

    # --- checking and the result --------------------------------------------------------------

    def problems(self) -> tuple[list[str], bool]:
        """What the teacher should know about the lesson as edited, and whether OK must wait for a fix."""
        blocking: list[str] = []
        if not self.title_edit.text().strip():
            blocking.append(self.tr("The lesson needs a title."))
        grades_problem = parse_grades(self.grades_edit.text())[1]
        if grades_problem:
            blocking.append(grades_problem[0].upper() + grades_problem[1:] + ".")
        if not _LANGUAGE.fullmatch(self.language_edit.text().strip()):
            blocking.append(self.tr("The language must be a code such as en, es or pt-BR."))
        for n, d in enumerate(self._cats, 1):
            name = d.label.strip() or self.tr("Category {n}").format(n=n)
            if not d.label.strip():
                blocking.append(self.tr("Category {n} needs a label.").format(n=n))
            if not CATEGORY_ID.fullmatch(d.id.strip()):
                blocking.append(self.tr("“{name}” needs an id (lower-case letters, digits, dashes).").format(name=name))
            if not CATEGORY_KEY.fullmatch(d.shortcut):
                blocking.append(self.tr("“{name}” needs a key (one letter or digit).").format(name=name))
        keys = [d.shortcut.casefold() for d in self._cats if d.shortcut]
        ids = [d.id.strip() for d in self._cats]
        shared = len(set(keys)) < len(keys) or len(set(ids)) < len(ids)
        for cid in sorted(self._in_use - set(ids)):
            old = self._lesson.category(cid)
            blocking.append(
                self.tr("The answer key uses the category “{label}” (id {id}); keep it, with that id.").format(
                    label=old.label if old else cid, id=cid
                )
            )
        hints: list[str] = []
        for n, p in enumerate(self._prompts, 1):
            if not p.text.strip():
                blocking.append(self.tr("Prompt {n} has no question yet.").format(n=n))
            if p.highlights and not any(c in self._cats for c in p.categories):
                hints.append(self.tr("Prompt {n} expects highlights but ticks no category.").format(n=n))
        blocking += self._article_problems()
        warnings = [w[0].upper() + w[1:] + "." for w in category_warnings([d.category() for d in self._cats])]
        warnings += hints
        return blocking + warnings, bool(blocking) or shared

    def result_article(self) -> str | None:
        """The edited ``article.md``, or None when the article's text did not change."""
        if self._markdown is None:
            return None
        return edited_markdown(self._markdown, self._blocks)

    def result_key(self) -> AnswerKey | None:
        """The answer key moved to the edited article (None without a key or an article change)."""
        markdown = self.result_article()
        if self._key is None or markdown is None or self._markdown is None:
            return None
        return reanchor_key(self._key, Article.from_markdown(self._markdown), Article.from_markdown(markdown)).key

    def _article_problems(self) -> list[str]:
        """Why the edited article cannot be saved: no paragraph left, or key passages whose words are gone."""
        markdown = self.result_article()
        if markdown is None or self._markdown is None:
            return []
        article = Article.from_markdown(markdown)
        if all(block.is_heading for block in article.blocks):
            return [self.tr("The article needs at least one paragraph.")]
        if self._key is None:
            return []
        lost = reanchor_key(self._key, Article.from_markdown(self._markdown), article).lost
        return [self.tr("The answer key marks “{quote}”, which is no longer in the article: keep those words, "
                        "or remove the passage from the key first.").format(quote=shorten(q, 60)) for q in lost]

    @Slot()
    def _check(self) -> None:
        lines, blocked = self.problems()
        if lines:
            head = self.tr("Fix these to save the lesson:") if blocked else self.tr("Worth a look:")
            self.warnings.setText("\n".join([head, *(f"•  {line}" for line in lines)]))
        self.warnings.setVisible(bool(lines))
        self.warnings.setAccessibleDescription(self.warnings.text() if lines else "")
        self.ok_button.setEnabled(not blocked)
        self.ok_button.setToolTip(self.tr("Fix the problems listed above first.") if blocked else "")

    def accept(self) -> None:
        """Close with the edits, unless something would make the lesson unusable."""
        if not self.problems()[1]:
            super().accept()

    def result_lesson(self) -> Lesson:
        """The lesson as edited; what the dialog does not show is kept from the lesson it was given."""
        lesson = self._lesson
        minutes = self.minutes_spin.value()
        prompts: list[Prompt] = []
        taken = {p.id for p in self._prompts if p.id}
        for p in self._prompts:
            pid = p.id
            if not pid:
                pid = unique(slug(" ".join(p.text.split()[:PROMPT_ID_WORDS]), "prompt"), taken)
                taken.add(pid)
            cats = tuple(c.id.strip() for c in p.categories if any(c is d for d in self._cats))
            prompts.append(Prompt(pid, p.text, cats, Expectation(p.highlights, p.notes, p.answer), p.points))
        article = ArticleInfo(
            lesson.article.file,
            *(self.article_edits[k].text().strip() for k in ("title", "source", "author", "published", "url")),
        )
        return Lesson(
            id=lesson.id,
            title=self.title_edit.text().strip(),
            article=article,
            categories=tuple(d.category() for d in self._cats),
            prompts=tuple(prompts),
            grade_levels=parse_grades(self.grades_edit.text())[0],
            minutes=minutes or None,
            language=self.language_edit.text().strip(),
            objectives=tuple(s.strip() for s in self.objectives_edit.toPlainText().splitlines() if s.strip()),
            standards=lesson.standards,
            rubric=lesson.rubric,
        )
