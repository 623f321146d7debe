"""How categories and the article look: tints, underline styles, fonts, high contrast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from annotator.core.i18n import QT_TRANSLATE_NOOP
from annotator.core.lesson import Category

UNDERLINES = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dashed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dotted": QTextCharFormat.UnderlineStyle.DotLine,
    "dash-dot": QTextCharFormat.UnderlineStyle.DashDotLine,
    "dash-dot-dot": QTextCharFormat.UnderlineStyle.DashDotDotLine,
    "wavy": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "boxed": QTextCharFormat.UnderlineStyle.SingleUnderline,  # plus a line above
    "wavy-boxed": QTextCharFormat.UnderlineStyle.WaveUnderline,  # plus a line above
}
STYLE_WORDS = {  # in words, for tooltips and the lesson editor; style_words() translates them
    "solid": QT_TRANSLATE_NOOP("Looks", "solid underline"),
    "dashed": QT_TRANSLATE_NOOP("Looks", "dashed underline"),
    "dotted": QT_TRANSLATE_NOOP("Looks", "dotted underline"),
    "dash-dot": QT_TRANSLATE_NOOP("Looks", "dash-dot underline"),
    "dash-dot-dot": QT_TRANSLATE_NOOP("Looks", "dash-dot-dot underline"),
    "wavy": QT_TRANSLATE_NOOP("Looks", "wavy underline"),
    "boxed": QT_TRANSLATE_NOOP("Looks", "lines above and below"),
    "wavy-boxed": QT_TRANSLATE_NOOP("Looks", "wavy underline and a line above"),
}
COLOR_WORDS = {  # the Okabe–Ito colours by name, for screen readers and tooltips (core.defaults.COLOR_NAMES)
    "orange": QT_TRANSLATE_NOOP("Looks", "orange"),
    "sky blue": QT_TRANSLATE_NOOP("Looks", "sky blue"),
    "bluish green": QT_TRANSLATE_NOOP("Looks", "bluish green"),
    "yellow": QT_TRANSLATE_NOOP("Looks", "yellow"),
    "blue": QT_TRANSLATE_NOOP("Looks", "blue"),
    "vermilion": QT_TRANSLATE_NOOP("Looks", "vermilion"),
    "reddish purple": QT_TRANSLATE_NOOP("Looks", "reddish purple"),
    "black": QT_TRANSLATE_NOOP("Looks", "black"),
}


def style_words(style: str) -> str:
    """An underline style in words, in the interface's language."""
    return QCoreApplication.translate("Looks", STYLE_WORDS[style]) if style in STYLE_WORDS else style


def color_words(name: str) -> str:
    """A palette colour's name in the interface's language."""
    return QCoreApplication.translate("Looks", COLOR_WORDS[name]) if name in COLOR_WORDS else name


def tint(color: str, strength: float) -> QColor:
    """The category colour mixed with white: light enough to read black text on."""
    c = QColor(color)
    r, g, b = c.red(), c.green(), c.blue()
    if (r, g, b) == (0, 0, 0):  # black would hide the words; use grey
        r = g = b = 96

    def mix(v: int) -> int:
        return round(255 - (255 - v) * strength)

    return QColor(mix(r), mix(g), mix(b))


def highlight_format(
    category: Category, *, depth: int = 1, current: bool = False, high_contrast: bool = False
) -> QTextCharFormat:
    """The character format of a highlight: tint, underline in the category's style and colour."""
    fmt = QTextCharFormat()
    strength = 0.28 + 0.14 * min(depth - 1, 2) + (0.22 if current else 0.0)
    if high_contrast:
        strength = min(0.9, strength + 0.2)
    fmt.setBackground(tint(category.color, strength))
    fmt.setForeground(QColor("#000000"))
    # The style is kept on the format (what the text *is*), but Qt's one-pixel line is hidden:
    # annotator.ui.common.decorations draws it again, thick enough to tell the styles apart.
    fmt.setUnderlineStyle(UNDERLINES.get(category.style, QTextCharFormat.UnderlineStyle.SingleUnderline))
    fmt.setUnderlineColor(QColor(0, 0, 0, 0))
    fmt.setToolTip(category.label)
    return fmt


def reading_font(size: int) -> QFont:
    """A calm serif for long reading, falling back to whatever the system has."""
    font = QFont()
    font.setFamilies(["Charter", "Georgia", "Source Serif Pro", "Noto Serif", "DejaVu Serif", "serif"])
    font.setPointSize(size)
    return font


def system_wants_high_contrast() -> bool:
    """Whether the desktop asks applications for high contrast (Qt 6.10+ reads it from the system's
    accessibility settings; older Qt cannot tell, and Annotator starts in its usual colours)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(Qt, "ContrastPreference", None)
    return preference is not None and accessibility().contrastPreference() == preference.HighContrast


# High contrast for every control, not only the article: Qt's styles draw frames, tabs and buttons in
# shades of the window colour (light grey on white), so strong black borders, a blue focus frame three
# pixels wide and white-on-black for the chosen tab are set here. Widgets' own style sheets (the
# category buttons' padding, the teacher's comments) keep what they set.
HIGH_CONTRAST_STYLE = """
QWidget { color: #000000; }
QMainWindow, QDialog, QMenuBar, QMenu, QStatusBar, QScrollArea, QTabWidget::pane { background: #ffffff; }
QPushButton, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QDoubleSpinBox, QListWidget,
QTreeWidget, QTableView, QTabWidget::pane, QFrame[frameShape="6"] {
    border: 2px solid #000000; background: #ffffff;
}
QPushButton { padding: 4px 8px; border-radius: 3px; }
QPushButton:hover { background: #e6e6ff; }
QPushButton:pressed { background: #000000; color: #ffffff; }
QPushButton:disabled, QComboBox:disabled, QPlainTextEdit:disabled, QLineEdit:disabled {
    color: #595959; border-color: #595959; background: #eeeeee;
}
QPushButton:focus, QComboBox:focus, QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDoubleSpinBox:focus, QListWidget:focus, QTreeWidget:focus, QTableView:focus, QCheckBox:focus {
    border: 3px solid #0000c0;
}
QTabBar::tab { border: 2px solid #000000; padding: 4px 10px; background: #ffffff; color: #000000; }
QTabBar::tab:selected { background: #000000; color: #ffffff; }
QTabBar::tab:focus { border: 3px solid #0000c0; }
QMenuBar::item:selected, QMenu::item:selected { background: #0000c0; color: #ffffff; }
QToolTip { background: #ffffff; color: #000000; border: 2px solid #000000; }
QLineEdit, QPlainTextEdit, QTextEdit { placeholder-text-color: #4d4d4d; }
"""


def apply_high_contrast(app: QApplication, on: bool) -> None:
    """Black on white with strong borders and focus colours over the whole window, or the system's look."""
    if not on:
        app.setStyleSheet("")
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.Light):
        p.setColor(role, QColor("#ffffff"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.ToolTipText, QPalette.ColorRole.Mid, QPalette.ColorRole.Dark,
                 QPalette.ColorRole.Shadow):
        p.setColor(role, QColor("#000000"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#0000c0"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0000c0"))
    # Placeholders ("Why did you mark this?") stay readable, in an empty box and a disabled one alike.
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#4d4d4d"))
    # Disabled controls must still look disabled: grey text on a grey button, not black on white.
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(disabled, role, QColor("#595959"))
    p.setColor(disabled, QPalette.ColorRole.Button, QColor("#eeeeee"))
    p.setColor(disabled, QPalette.ColorRole.Base, QColor("#eeeeee"))
    app.setPalette(p)
    app.setStyleSheet(HIGH_CONTRAST_STYLE)
