"""Languages without Qt: which one is spoken, plurals, reports in the lesson's language, new lessons' words."""

from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core import i18n
from annotator.core.authoring import guess_language, lesson_from_file, lesson_from_text
from annotator.core.defaults import default_categories, placeholder_prompts
from annotator.core.exports import Report, render_report
from annotator.core.i18n import Words, choose_language, speaking, supported, system_languages, translate
from annotator.core.pack import Pack
from annotator.core.scoring import score_with_feedback
from annotator.core.worksheet import Worksheet
from tests.core.mini_summit import ann, work_of, write_pack

PAGES = Path(__file__).parent.parent / "fixtures" / "news-pages"


class _Probe(Words):
    """A context for the tests' own look-ups of translated texts."""


def test_the_preset_wins_then_the_asked_then_the_remembered_then_the_system() -> None:
    """A school's fixed language, a student's --lang or menu choice must each beat what comes after it."""
    assert choose_language(preset="fr", explicit="es", remembered="en", system=["es_ES"]) == "fr"
    assert choose_language(explicit="es", remembered="fr", system=["fr_FR"]) == "es"
    assert choose_language(remembered="fr", system=["es_ES.UTF-8"]) == "fr"
    assert choose_language(system=["de_DE", "es_MX"]) == "es"
    assert choose_language(system=["de_DE", "C"]) == "en"


@pytest.mark.parametrize(("tag", "spoken"), [("es-AR", "es"), ("fr_CA.UTF-8", "fr"), ("ES", "es"), ("en@euro", "en"),
                                             ("de", None), ("", None), (None, None), ("C", None)])
def test_a_language_tag_is_read_as_people_write_it(tag: str | None, spoken: str | None) -> None:
    """es-AR, fr_CA.UTF-8 or ES must each find the language Annotator speaks; German finds none."""
    assert supported(tag) == spoken


def test_the_system_language_is_read_as_posix_programs_read_it() -> None:
    """LANGUAGE's list comes first, then the first of LC_ALL, LC_MESSAGES, LANG; C says nothing."""
    assert system_languages({"LANGUAGE": "fr:es", "LANG": "de_DE.UTF-8"}) == ["fr", "es", "de_DE.UTF-8"]
    assert system_languages({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "fr_FR"}) == ["es_ES.UTF-8"]
    assert system_languages({"LANG": "C"}) == []


@given(st.integers(min_value=0, max_value=10**9))
def test_plurals_follow_each_languages_rule(n: int) -> None:
    """"1 archivos" or "0 fichiers" reads wrong: Spanish takes the singular for 1, French for 0 and 1."""
    spanish = translate("Commands", "%n file(s)", "", n, language="es")
    french = translate("Commands", "%n file(s)", "", n, language="fr")
    english = translate("Commands", "%n file(s)", "", n, language="en")
    assert spanish == (f"{n} archivo" if n == 1 else f"{n} archivos")
    assert french == (f"{n} fichier" if n <= 1 else f"{n} fichiers")
    assert english == (f"{n} file" if n == 1 else f"{n} files")


def test_a_text_without_translation_stays_english_and_keeps_its_number() -> None:
    """A text added to the code but not yet translated must still read, not vanish."""
    assert _Probe.tr("Not in any catalog: %n left", "", 3, language="es") == "Not in any catalog: 3 left"


def test_english_reads_no_translation_file_but_for_plurals(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every start says the command line's help in English: reading annotator_en.ts for it cost a millisecond."""
    def refuse(language: str) -> dict[tuple[str, str, str], i18n.Forms]:
        raise AssertionError(f"read the {language} catalog")

    monkeypatch.setattr(i18n, "catalog", refuse)
    assert _Probe.tr("options", language="en") == "options"
    with pytest.raises(AssertionError, match="read the en catalog"):
        _Probe.tr("%n file(s)", "", 2, language="en")


def test_speaking_a_language_for_a_while_comes_back() -> None:
    """A report rendered in the lesson's language must not leave the command line speaking it afterwards."""
    before = i18n.current_language()
    with speaking("fr"):
        assert i18n.current_language() == "fr"
    assert i18n.current_language() == before


@pytest.mark.parametrize("language", ["es", "fr"])
def test_new_lessons_get_categories_and_prompts_in_their_language(language: str) -> None:
    """A Spanish class would otherwise start with English category names, help and prompts."""
    english = {c.id: c for c in default_categories()}
    translated = default_categories(language)
    for category in translated:
        assert category.help != english[category.id].help
        assert (category.color, category.style, category.shortcut) == (english[category.id].color,
                                                                          english[category.id].style,
                                                                          english[category.id].shortcut)
    # "Opinion" is French too; every other label changes
    assert sum(c.label != english[c.id].label for c in translated) >= len(translated) - 1
    assert [p.text for p in placeholder_prompts(language)] != [p.text for p in placeholder_prompts()]
    assert [p.categories for p in placeholder_prompts(language)] == [p.categories for p in placeholder_prompts()]


@pytest.mark.parametrize(("page", "language"), [("lemonde-1", "fr"), ("la-nacion", "es"), ("guardian-1", "en")])
def test_a_lesson_from_a_news_page_speaks_the_pages_language(page: str, language: str) -> None:
    """new-lesson on Le Monde must give French categories, on La Nación Spanish ones, on the Guardian English."""
    lesson, _ = lesson_from_file(PAGES / page / "source.html")
    assert lesson.language.split("-")[0] == language
    assert [c.label for c in lesson.categories] == [c.label for c in default_categories(language)]


def test_the_teacher_can_name_the_lessons_language(tmp_path: Path) -> None:
    """An English page for a Spanish class: --language es must win over what the page declares."""
    lesson, _ = lesson_from_file(PAGES / "guardian-1" / "source.html", language="es")
    assert lesson.language == "es"
    assert lesson.prompts == placeholder_prompts("es")


SPANISH = ("El gobierno anunció el lunes que los precios de la energía bajarán, según dijo el ministro en una "
           "conferencia de prensa. Pero la oposición criticó la medida y pidió más datos para la población, "
           "como los costes y los plazos del plan. Los expertos consultados por este diario dudan de que se cumpla.")
FRENCH = ("Le gouvernement a annoncé lundi que les prix de l'énergie vont baisser, selon le ministre. Mais "
          "l'opposition a critiqué la mesure et demande des chiffres pour les familles, avec les coûts et le "
          "calendrier du plan. Les experts interrogés par le journal doutent qu'il soit tenu dans les délais.")


def test_a_plain_text_articles_language_is_recognised() -> None:
    """Pasted Spanish text declares nothing: its common words must make the lesson Spanish, not English."""
    assert guess_language(SPANISH) == "es"
    assert guess_language(FRENCH) == "fr"
    assert guess_language("Senator Jane Roe said the talks had failed and that the summit was over. " * 3) == "en"
    assert guess_language("Kim Jong Un 2019 Hanoi Trump 28 February") is None
    lesson, _ = lesson_from_text(SPANISH, "")
    assert lesson.language == "es" and lesson.title == "Lección sin título"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []

    def handle_data(self, data: str) -> None:
        self.text.append(data)


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_report_speaks_its_lessons_language(tmp_path: Path, language: str) -> None:
    """A report handed back to a Spanish class must not read "Scores", "Key passages" or "Teacher:"."""
    english_pack = write_pack(tmp_path / "pack")
    pack: Pack = replace(english_pack, lesson=replace(english_pack.lesson, language=language))
    sheet = Worksheet(pack.lesson, pack.article, work_of(pack, ann("a1", "named-source", "Senator Jane Roe")))
    page = render_report(pack, sheet, score_with_feedback(sheet, pack, None), None, file_name="ana.yaml")
    reader = _Text()
    reader.feed(page)
    text = " ".join(reader.text)
    for english in ("Scores", "Prompts and answers", "Key passages", "Student:", "Matches the key", "Out of",
                    "Automatic", "File:", "Highlights (", "found", "missed"):
        assert english not in text, english
    assert Report.tr("Scores", language=language) in text
    assert f'<html lang="{language}">' in page
