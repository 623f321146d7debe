"""The student's highlights, grouped by category, updated one row at a time."""

from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.anchoring import Status
from annotator.core.annotations import Annotation
from annotator.core.text import shorten
from annotator.core.worksheet import Worksheet
from annotator.ui.palette import swatch

ID_ROLE = Qt.ItemDataRole.UserRole
_MARKS = {Status.FUZZY: "⚠ check: ", Status.ORPHANED: "✖ not found: "}
_ORPHANS = "__orphans__"


class HighlightList(QTreeWidget):
    """A tree of highlights under their categories; orphans have a group of their own at the top."""

    annotationChosen = Signal(str)
    categoryKeyPressed = Signal(str)  # a category's key pressed on a row: re-categorise it

    def __init__(self, sheet: Worksheet, parent: QWidget | None = None, *,
                 teacher_comments: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.teacher_comments = teacher_comments or {}
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("My highlights"))
        self.setUniformRowHeights(True)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {_ORPHANS: self.tr("Not found in the article (kept, check them)")}
        self._rows: dict[str, QTreeWidgetItem] = {}
        orphans = QTreeWidgetItem([self.tr("Not found in the article (kept, check them)")])
        orphans.setForeground(0, QBrush(QColor("#a00000")))
        orphans.setData(0, ID_ROLE, _ORPHANS)
        self.addTopLevelItem(orphans)
        self._groups[_ORPHANS] = orphans
        for cat in sheet.lesson.categories:
            self._titles[cat.id] = cat.label
            group = QTreeWidgetItem([cat.label])
            group.setIcon(0, swatch(cat, 14))
            font = QFont()
            font.setBold(True)
            group.setFont(0, font)
            group.setData(0, ID_ROLE, "")
            self.addTopLevelItem(group)
            self._groups[cat.id] = group
        self._keys: dict[str, list[tuple[int, str]]] = {key: [] for key in self._groups}
        rows: dict[str, list[QTreeWidgetItem]] = {key: [] for key in self._groups}
        for a in sheet.work.sorted_annotations():  # in reading order, so each group is built in one go
            group_key = self._group_key(a)
            rows[group_key].append(self._row(a))
            self._keys[group_key].append((a.start, a.id))
        for key, items in rows.items():
            self._groups[key].addChildren(items)
        self._refresh_groups()
        self.expandAll()
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)
        # Arrowing through the rows shows each highlight and its note, as clicking does.
        self.currentItemChanged.connect(lambda item, _old: item is not None and self._chosen(item))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if len(text) == 1 and any(c.shortcut.lower() == text.lower() for c in self.sheet.lesson.categories):
            self.categoryKeyPressed.emit(text)
            return
        super().keyPressEvent(event)

    def _group_key(self, a: Annotation) -> str:
        if self.sheet.placements[a.id].status is Status.ORPHANED or a.category not in self._groups:
            return _ORPHANS
        return a.category

    def _label(self, a: Annotation) -> str:
        quote = shorten(a.quote, 70)
        mark = _MARKS.get(self.sheet.placements[a.id].status, "")
        note = " ✎" if a.note else ""
        teacher = "  💬 " + self.tr("teacher") if self.teacher_comments.get(a.id) else ""
        return f"{mark}“{quote}”{note}{teacher}"

    def _row(self, a: Annotation) -> QTreeWidgetItem:
        row = QTreeWidgetItem([self._label(a)])
        row.setData(0, ID_ROLE, a.id)
        row.setToolTip(0, a.note or self.tr("No note yet"))
        self._rows[a.id] = row
        return row

    def _insert(self, a: Annotation) -> None:
        key = self._group_key(a)
        keys = self._keys[key]
        index = bisect_left(keys, (a.start, a.id))
        keys.insert(index, (a.start, a.id))
        self._groups[key].insertChild(index, self._row(a))

    def _remove(self, annotation_id: str) -> None:
        row = self._rows.pop(annotation_id, None)
        if row is None or row.parent() is None:
            return
        parent = row.parent()
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
        """Show one annotation as the current row."""
        row = self._rows.get(annotation_id)
        if row is not None:
            was = self.blockSignals(True)
            self.setCurrentItem(row)
            if self.isVisible():  # scrolling a hidden list costs time on every highlight
                self.scrollToItem(row)
            self.blockSignals(was)

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        aid = item.data(0, ID_ROLE)
        if aid and aid != _ORPHANS:
            self.annotationChosen.emit(aid)
