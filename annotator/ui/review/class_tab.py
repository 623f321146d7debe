"""The review window's Class tab: how many students found each key passage, and how far they agree per category."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from annotator.core.class_stats import ClassStats
from annotator.core.pack import Pack
from annotator.core.text import shorten


class ClassTab(QTreeWidget):
    """One row per key passage ("3 of 25"), then Krippendorff's alpha for each category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Key passage"), self.tr("Found by")])
        self.setAccessibleName(self.tr("How many students found each key passage"))
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, stats: ClassStats | None, pack: Pack) -> None:
        """Show the class's statistics; empty when there are none (no key, or nobody handed in)."""
        self.clear()
        if stats is None or pack.key is None:
            return
        n = stats.students
        for item in pack.key.items:
            found = stats.found_by_item.get(item.id, 0)
            row = QTreeWidgetItem([f"“{shorten(item.quote, 60)}”", f"{found} of {n}"])
            row.setToolTip(0, item.rationale)
            self.addTopLevelItem(row)
        agreement = QTreeWidgetItem([self.tr("Agreement between students (Krippendorff's alpha)"), ""])
        for cat in pack.lesson.categories:
            alpha = stats.alpha.get(cat.id)
            agreement.addChild(QTreeWidgetItem([cat.label, "—" if alpha is None else f"{alpha:.2f}"]))
        self.addTopLevelItem(agreement)
        self.resizeColumnToContents(1)
