"""Annotator's own YAML writer: libyaml reads its output exactly as the fast reader does."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import plainyaml
from annotator.core.yamlfile import parse_yaml

# Text that YAML 1.1 likes to misread, mixed with anything at all.
tricky = st.sampled_from(["no", "yes", "Off", "0755", "059148", "1e3", "1.5", "-", "- x", "a: b", "#x", "x #y",
                          "~", "null", "=", "<<", "2019-03-01", "0x1F", "1:20", ".inf", "", " lead", "trail ",
                          "two\nlines\n", "x\n\n\n", "\x85", "\u2028", "\ufeff", "tab\there", "é ✓ 😀", '"q"',
                          "'s'", "\\", "a\r\nb", "\n", "|", ">", "[]", "{}", "*a", "&a", "!tag", "%", "@", "`"])
text = st.one_of(tricky, st.text(), st.text(alphabet="0123456789.-+e_:x", max_size=8))
scalar = st.one_of(text, st.integers(), st.booleans(), st.none(),
                   st.floats(allow_nan=False, allow_infinity=True))
data = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                    st.dictionaries(text, inner, max_size=4)), max_leaves=20)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(text, data, max_size=6))
def test_fast_reader_and_libyaml_both_read_back_what_was_written(value: dict[str, Any]) -> None:
    """If the two readers disagreed, a student's saved note or id could change when reopened."""
    written = plainyaml.emit(value, header="# yaml-language-server: $schema=x")
    assert plainyaml.read_own(written) == value
    assert parse_yaml(written, "test.yaml").data == value


def test_a_hand_edit_sends_the_file_to_the_full_parser() -> None:
    """A file a teacher edited is read by libyaml, not trusted to the fast reader."""
    written = plainyaml.emit({"note": "first"})
    edited = written.replace("first", "second")
    try:
        plainyaml.read_own(edited)
    except plainyaml.NotOwnFormat:
        pass
    else:
        raise AssertionError("an edited file was read by the fast path")
    assert parse_yaml(edited, "t.yaml").data == {"note": "second"}


def test_ids_made_of_digits_stay_text() -> None:
    """An annotation id like 059148 must not turn into a number after saving."""
    written = plainyaml.emit({"id": "059148", "n": 59148, "octal": "0755"})
    assert plainyaml.read_own(written) == {"id": "059148", "n": 59148, "octal": "0755"}


def test_a_forged_digest_cannot_make_the_fast_reader_disagree_with_libyaml() -> None:
    """A file with a valid-looking digest but YAML the writer never produces goes to the full parser."""
    import hashlib

    for body in ("a: *x\n", "a: !tag x\n", "a: [1, 2]\n", "a: b #c\n", "a: &x y\n"):
        forged = f"{body}{plainyaml.DIGEST_PREFIX}{hashlib.sha256(body.encode()).hexdigest()}\n"
        try:
            plainyaml.read_own(forged)
        except plainyaml.NotOwnFormat:
            continue
        raise AssertionError(f"the fast reader accepted {body!r}")


@settings(max_examples=100, deadline=None)
@given(value=st.dictionaries(text, data, min_size=1, max_size=4), cut=st.integers(min_value=1))
def test_a_file_cut_anywhere_no_longer_passes_as_sealed(value: dict[str, Any], cut: int) -> None:
    """A hand-in cut short by an interrupted copy would pass as Annotator's own, intact output."""
    written = plainyaml.emit(value, header="# yaml-language-server: $schema=x")
    assert plainyaml.seal_problem(written) == ""
    shorter = written[: len(written) - 1 - cut % (len(written) - 1)]
    if shorter.rstrip("\n") != written.rstrip("\n"):
        assert plainyaml.seal_problem(shorter) != ""
