"""The student's highlights, grouped by category or by prompt, updated one row at a time."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.ui.common.palette import swatch

ID_ROLE = Qt.ItemDataRole.UserRole
_ORPHANS = "__orphans__"
_NO_PROMPT = "__no_prompt__"
BY_CATEGORY, BY_PROMPT = "category", "prompt"
GROUPINGS = (BY_CATEGORY, BY_PROMPT)


class HighlightList(QTreeWidget):
    """A tree of highlights under their categories or prompts; orphans have a group of their own at the top."""

    annotationChosen = Signal(str)
    categoryKeyPressed = Signal(str)  # a category's key pressed on a row: re-categorise it

    def __init__(self, sheet: Worksheet, parent: QWidget | None = None, *,
                 teacher_comments: dict[str, str] | None = None, group_by: str = BY_CATEGORY,
                 own_prompts: bool = False) -> None:
        super().__init__(parent)
        self.sheet = sheet
        # What a row says before a highlight that the article's changes moved or lost (looked up once, not per row).
        self._marks = {Status.FUZZY: self.tr("⚠ check: "), Status.ORPHANED: self.tr("✖ not found: ")}
        # Grouped by prompt, a student's highlight sits under every prompt about its category (as
        # the progress lines count it); a key passage (``own_prompts``) under the one it scores for.
        self.own_prompts = own_prompts
        self.teacher_comments = teacher_comments or {}
        self.group_by = group_by if group_by in GROUPINGS else BY_CATEGORY
        self._icons = {c.id: swatch(c, 14) for c in sheet.lesson.categories}  # drawn once, used by every row
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("My highlights"))
        self.setUniformRowHeights(True)
        self._build()
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        # Arrowing through the rows shows each highlight and its note, as clicking does.
        self.currentItemChanged.connect(self._current_changed)

    def set_grouping(self, group_by: str) -> None:
        """Group the highlights by category or by prompt (``BY_CATEGORY`` or ``BY_PROMPT``)."""
        if group_by not in GROUPINGS or group_by == self.group_by:
            return
        current = self.currentItem()
        chosen = current.data(0, ID_ROLE) if current is not None else None
        self.group_by = group_by
        was = self.blockSignals(True)  # rebuilding is not the student choosing a row
        try:
            self.clear()
            self._build()
        finally:
            self.blockSignals(was)
        if chosen:
            self.select(chosen)

    def _build(self) -> None:
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._rows: dict[str, list[QTreeWidgetItem]] = {}
        self._add_group(_ORPHANS, self.tr("Not found in the article (kept, check them)"), QColor("#a00000"))
        if self.group_by == BY_PROMPT:
            for number, prompt in enumerate(self.sheet.lesson.prompts, 1):
                self._add_group(prompt.id, f"{number}. {shorten(prompt.text, 60)}")
                self._groups[prompt.id].setToolTip(0, prompt.text)
            self._add_group(_NO_PROMPT, self.tr("Not for any prompt"))
        else:
            for cat in self.sheet.lesson.categories:
                self._add_group(cat.id, cat.label)
                self._groups[cat.id].setIcon(0, self._icons[cat.id])
        self._keys: dict[str, list[tuple[int, str]]] = {key: [] for key in self._groups}
        rows: dict[str, list[QTreeWidgetItem]] = {key: [] for key in self._groups}
        for a in self.sheet.work.sorted_annotations():  # in reading order, so each group is built in one go
            for group_key in self._group_keys(a):
                rows[group_key].append(self._row(a))
                self._keys[group_key].append((a.start, a.id))
        for key, items in rows.items():
            self._groups[key].addChildren(items)
        self._refresh_groups()
        self.expandAll()

    def _add_group(self, key: str, title: str, color: QColor | None = None) -> None:
        group = QTreeWidgetItem([title])
        self._titles[key] = title
        group.setData(0, ID_ROLE, key if key == _ORPHANS else "")
        if color is not None:
            group.setForeground(0, QBrush(color))
        else:
            font = QFont()
            font.setBold(True)
            group.setFont(0, font)
        self.addTopLevelItem(group)
        self._groups[key] = group

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and any(c.shortcut.lower() == text.lower() for c in self.sheet.lesson.categories):
            self.categoryKeyPressed.emit(text)
            return
        super().keyPressEvent(event)

    def _group_keys(self, a: Annotation) -> list[str]:
        if self.sheet.placements[a.id].status is Status.ORPHANED:
            return [_ORPHANS]
        if self.group_by == BY_PROMPT:
            if self.own_prompts:
                return [a.prompt if a.prompt in self._groups and a.prompt != _ORPHANS else _NO_PROMPT]
            return self.sheet.prompts_about(a.category) or [_NO_PROMPT]
        return [a.category if a.category in self._groups else _ORPHANS]

    def row_of(self, annotation_id: str) -> QTreeWidgetItem | None:
        """The (first) row that shows an annotation."""
        rows = self._rows.get(annotation_id)
        return rows[0] if rows else None

    def _label(self, a: Annotation) -> str:
        quote = shorten(a.quote, 70)
        mark = self._marks.get(self.sheet.placements[a.id].status, "")
        note = " ✎" if a.note else ""
        teacher = "  💬 " + self.tr("teacher") if self.teacher_comments.get(a.id) else ""
        category = self.sheet.lesson.category(a.category)
        # Grouped by prompt, each row names its category: colour is never the only cue.
        kind = f"{category.label}: " if self.group_by == BY_PROMPT and category is not None else ""
        return f"{mark}{kind}“{quote}”{note}{teacher}"

    def _row(self, a: Annotation) -> QTreeWidgetItem:
        row = QTreeWidgetItem([self._label(a)])
        if self.group_by == BY_PROMPT and a.category in self._icons:
            row.setIcon(0, self._icons[a.category])
        row.setData(0, ID_ROLE, a.id)
        row.setToolTip(0, a.note or self.tr("No note yet"))
        self._rows.setdefault(a.id, []).append(row)
        return row

    def _insert(self, a: Annotation) -> None:
        for key in self._group_keys(a):
            keys = self._keys[key]
            index = bisect_left(keys, (a.start, a.id))
            keys.insert(index, (a.start, a.id))
            group = self._groups[key]
            group.insertChild(index, self._row(a))
            group.setExpanded(True)  # a group shown for the first time would otherwise be folded shut

    def _remove(self, annotation_id: str) -> None:
        for row in self._rows.pop(annotation_id, []):
            parent = row.parent()
            if parent is None:
                continue
            key = next(k for k, g in self._groups.items() if g is parent)
            index = parent.indexOfChild(row)
            del self._keys[key][index]
            parent.removeChild(row)

    def update_annotation(self, annotation_id: str) -> None:
        """Redraw one annotation's row (added, changed or removed)."""
        self.blockSignals(True)  # rows moving about are not the student choosing one
        try:
            self._update(annotation_id)
        finally:
            self.blockSignals(False)

    def _update(self, annotation_id: str) -> None:
        current = self.currentItem()
        keep = current is not None and current.data(0, ID_ROLE) == annotation_id
        self._remove(annotation_id)
        a = self.sheet.work.annotations.get(annotation_id)
        if a is not None:
            self._insert(a)
            if keep:
                self.select(annotation_id)
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        for key, group in self._groups.items():
            n = group.childCount()
            title = f"{self._titles[key]} ({n})"
            if group.text(0) != title:  # each change to a row makes the tree lay itself out again
                group.setText(0, title)
            if group.isHidden() != (n == 0):
                group.setHidden(n == 0)

    def select(self, annotation_id: str) -> None:
        """Show one annotation as the current row (the one in the current group, if it shows there)."""
        rows = self._rows.get(annotation_id, [])
        current = self.currentItem()
        here = current.parent() if current is not None else None
        row = next((r for r in rows if r.parent() is here), rows[0] if rows else None)
        if row is not None:
            was = self.blockSignals(True)
            self.setCurrentItem(row)
            if self.isVisible():  # scrolling a hidden list costs time on every highlight
                self.scrollToItem(row)
            self.blockSignals(was)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:  # None when the list is cleared
            self._chosen(item)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        aid = item.data(0, ID_ROLE)
        if aid and aid != _ORPHANS:
            self.annotationChosen.emit(aid)
