"""The two questions of File ▸ Import annotations…: which files of which format, and what their types mean.

:class:`SourceDialog` asks the format (brat, Hypothesis, W3C) and the files or folder to read;
:class:`MappingDialog` lists the brat types or Hypothesis tags that are no category of the lesson,
each with a choice of category that starts at "leave out": a category is never guessed, since a
wrong guess would put a student's highlight under a heading they never chose. Both are reached
through :class:`annotator.ui.common.dialogs.Dialogs`, so tests answer them without a modal.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.core.formats.foreign import NO_KIND

_LONGEST = 32  # characters of a type or tag shown in the mapping dialog (all of it in its tooltip)

# (format, the files to pick) in the order offered; the formats are core's (annotator import FORMAT).
FILTERS = (("brat", "brat (*.ann *.txt)"), ("hypothesis", "JSON (*.json *.jsonld)"),
           ("w3c", "JSON-LD (*.jsonld *.json)"))


class SourceDialog(QDialog):
    """Asks the format and the files (or one folder) to import; :meth:`choice` is the answer."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.paths: list[Path] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Annotations made in another program become one Annotator file per annotator, "
                               "placed on this lesson's article."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt, _ in FILTERS:
            self.format.addItem(self._label(fmt), fmt)
        form.addRow(self.tr("&Format:"), self.format)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Choose &files…"))
        self.folder_button = QPushButton(self.tr("Choose a f&older…"))
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.chosen = QLabel(self.tr("Nothing chosen yet."))
        self.chosen.setWordWrap(True)
        self.chosen.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.chosen)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _label(self, fmt: str) -> str:
        return {"brat": self.tr("brat (.ann and .txt files)"), "hypothesis": self.tr("Hypothesis (JSON of its API)"),
                "w3c": self.tr("W3C Web Annotation (JSON-LD)")}.get(fmt, fmt)

    def _filters(self) -> str:
        fmt = self.format.currentData()
        return next(f for name, f in FILTERS if name == fmt)

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the files to import"), str(Path.home()),
                                                self._filters())
        if names:
            self.set_paths([Path(n) for n in names])

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to import"), str(Path.home()))
        if folder:
            self.set_paths([Path(folder)])

    def set_paths(self, paths: Sequence[Path]) -> None:
        """Remember what to import and show it."""
        self.paths = list(paths)
        shown = ", ".join(p.name or str(p) for p in self.paths[:3]) + ("…" if len(self.paths) > 3 else "")
        self.chosen.setText(self.tr("To import: {files}").format(files=shown))
        self.chosen.setToolTip("\n".join(str(p) for p in self.paths))
        self.ok.setEnabled(bool(self.paths))

    def choice(self) -> tuple[str, list[Path]]:
        """The format chosen and the files or folder to read."""
        return str(self.format.currentData()), self.paths


class MappingDialog(QDialog):
    """One row per type or tag that is no category: how many highlights have it, and the category it becomes."""

    def __init__(self, title: str, unmapped: Mapping[str, int], categories: Sequence[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("These types or tags are no category of the lesson. Choose the category each "
                               "becomes; highlights of a type left out are not imported."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        holder = QWidget()
        form = QFormLayout(holder)
        self.choices: dict[str, QComboBox] = {}
        for kind, n in sorted(unmapped.items(), key=lambda kn: kn[0].casefold()):
            box = QComboBox()
            box.addItem(self.tr("(leave out)"), "")
            for cid, label in categories:
                box.addItem(label, cid)
            box.setAccessibleName(self.tr("Category for {kind}").format(kind=kind))
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(22)  # "Missing voice / context" whole
            shown = self.tr("(no type or tag)") if kind == NO_KIND else kind
            # One line per row: a wrapped label in a scrolled form overlaps its neighbours; a long tag is cut.
            short = shown if len(shown) <= _LONGEST else shown[: _LONGEST - 1] + "…"
            name = QLabel(self.tr("“{kind}” (%n highlight(s))", "", n).format(kind=short))
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setToolTip(shown)
            form.addRow(name, box)
            self.choices[kind] = box
        scroll = QScrollArea()  # a corpus can have dozens of types; the buttons must stay on a 600-pixel screen
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough for the rows (no sideways scrolling), never wider than a 1024-pixel screen.
        width = holder.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 40
        self.setMinimumWidth(min(max(480, width), 980))
        self.resize(self.minimumWidth(), min(520, 170 + 40 * len(unmapped)))

    def mapping(self) -> dict[str, str]:
        """Type or tag -> category id, for the rows given a category."""
        return {kind: str(box.currentData()) for kind, box in self.choices.items() if box.currentData()}
