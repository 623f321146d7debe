"""The file kinds and their JSON Schemas: checking a document, explaining every problem, writing YAML.

The schemas in ``resources/schemas/`` are the one source of truth for every file format. Files
are checked by the schemas compiled to Python (:mod:`annotator.core.schema_checks`); an invalid
one is checked again by ``jsonschema`` to explain each problem with its line (in a file of more
than 20,000 entries, only the part the compiled check stopped at). Fields the schemas mark
``"format": "date-time"`` are checked after both, by :mod:`annotator.core.dates`. Writing
(:mod:`annotator.core.plainyaml`, whose output the C loader reads back identically): keys in
the order given, unicode as is, multi-line text as ``|`` blocks, and a ``yaml-language-server``
modeline naming the schema.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any

from annotator.core import plainyaml, schema_checks
from annotator.core.dates import date_problems
from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import QT_TRANSLATE_NOOP, Words
from annotator.core.text import shorten
from annotator.core.yamlevents import DataPath
from annotator.core.yamlfile import MAX_YAML_BYTES, Document, decode_utf8, parse_yaml, read_bytes
from annotator.resources import schema_path

SCHEMA_IDS = {
    "lesson": "annotator/lesson@1",
    "annotations": "annotator/annotations@1",
    "key": "annotator/key@1",
    "feedback": "annotator/feedback@1",
    "school": "annotator/school@1",  # the machine-wide settings IT writes (annotator/core/school.py)
}
_TYPE_WORDS = {bool: QT_TRANSLATE_NOOP("Schemas", "true/false"), int: QT_TRANSLATE_NOOP("Schemas", "a number"),
               float: QT_TRANSLATE_NOOP("Schemas", "a number"), type(None): QT_TRANSLATE_NOOP("Schemas", "empty")}
_SCHEMA_TYPES = {"string": QT_TRANSLATE_NOOP("Schemas", "text"),
                 "integer": QT_TRANSLATE_NOOP("Schemas", "a whole number"),
                 "object": QT_TRANSLATE_NOOP("Schemas", "a mapping of fields"),
                 "array": QT_TRANSLATE_NOOP("Schemas", "a list")}


class Schemas(Words):
    """What is wrong with a file against its schema, said to the person who wrote or edits it (`annotator check`).

    jsonschema's own wording is kept for the rare rules not worded here (a number below its minimum...).
    """


@cache
def schema_of(kind: str) -> dict[str, Any]:
    """The JSON Schema of a file kind, as loaded from ``resources/schemas``."""
    return json.loads(schema_path(kind).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@cache
def _validator(kind: str) -> Any:
    import jsonschema  # only needed to explain problems, so not paid for at start-up

    schema = schema_of(kind)
    base = jsonschema.validators.validator_for(schema)
    strict = jsonschema.validators.extend(base, {"pattern": _whole_text_pattern})  # type: ignore[no-untyped-call]
    return strict(schema)


def _whole_text_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    # A final "$" means the end of the text, as in the compiled checks: Python's re lets it match
    # before a final newline too, which would let "hanoi-summit\n" through as an id or a file name.
    import jsonschema

    if validator.is_type(instance, "string"):
        anchored = pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith(r"\$") else pattern
        if not re.search(anchored, instance):
            yield jsonschema.ValidationError(Schemas.tr("{value} does not match {pattern}").format(
                value=repr(instance), pattern=repr(pattern)))


def validate(doc: Document, kind: str, *, limit: int = 50) -> list[Problem]:
    """Problems with a document against its kind's schema, in file order."""
    # The schemas compiled to Python (schema_checks.py) are 15x faster than jsonschema on 5,000
    # annotations, but stop at the first error without a path we can place. Valid files (nearly
    # all) pass there; an invalid one is checked again by jsonschema to explain every problem.
    try:
        schema_checks.CHECKS[kind](doc.data)
        return []
    except schema_checks.JsonSchemaValueException as exc:
        first = exc
    errors, whole = _errors(kind, doc.data, first, limit)
    doc.locate(p for path, error in errors for p in _paths_of(path, error))
    problems = [_explain(doc, path, error) for path, error in errors]
    problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    if problems and not whole:
        problems.append(Problem(doc.name, Schemas.tr("there may be more problems: a file this large is only checked "
                                                     "up to its first one; fix it and check again")))
    # Should the two ever judge differently, the file is still refused: never accepted unchecked.
    return problems or [Problem(doc.name, Schemas.tr("does not match its schema: {first}").format(first=first))]


_EXPLAIN_ALL_UP_TO = 20_000  # entries of lists and mappings; jsonschema takes about 50 µs for each
_BIG = 64  # a list or mapping with more entries is explained only where the compiled check stopped


def _errors(kind: str, data: Any, first: Any, limit: int) -> tuple[list[tuple[DataPath, Any]], bool]:
    """jsonschema's errors (at most ``limit``) with their paths, and whether the whole document was looked at.

    jsonschema goes through 195,000 annotations in 9 s. A document that big is explained only in
    the part the compiled check stopped at: the annotation, field or top-level mapping.
    """
    validator = _validator(kind)
    by_path = lambda e: [str(p) for p in e.absolute_path]  # noqa: E731
    if not isinstance(data, dict) or sum(len(v) for v in data.values() if isinstance(v, list | dict)) \
            <= _EXPLAIN_ALL_UP_TO:
        errors = sorted(validator.iter_errors(data), key=by_path)[:limit]
        return [(tuple(e.absolute_path), e) for e in errors], True
    base, instance = _failing_part(data, first)
    schema = _subschema(schema_of(kind), base)
    if schema is None:
        base, instance, schema = (), data, schema_of(kind)
    if not base:
        # The top-level mapping itself: its big lists and mappings emptied, their entries never looked at.
        emptied = {k for k, v in data.items() if isinstance(v, list | dict) and len(v) > _BIG}
        instance = {k: (type(v)() if k in emptied else v) for k, v in data.items()}
        found = [e for e in validator.iter_errors(instance) if not e.absolute_path or e.absolute_path[0] not in emptied]
    else:
        found = list(validator.evolve(schema=schema).iter_errors(instance))
    errors = sorted(found, key=by_path)[:limit]
    return [((*base, *e.absolute_path), e) for e in errors], False


def _failing_part(data: dict[Any, Any], first: Any) -> tuple[DataPath, Any]:
    """The path and value of what the compiled check named (``data.annotations[12].start``): a field, or
    one entry of a big list or mapping."""
    name = str(first.name)
    rest = name.removeprefix("data.") if name.startswith("data.") else ""
    field = next((k for k in data if isinstance(k, str) and (rest == k or rest.startswith((k + ".", k + "[")))),
                 None)
    if field is None:
        return (), data
    value, after = data[field], rest[len(field):]
    if isinstance(value, list) and len(value) > _BIG:
        index = re.match(r"\[(\d+)\]", after)
        if index and int(index.group(1)) < len(value):
            return (field, int(index.group(1))), value[int(index.group(1))]
    elif isinstance(value, dict) and len(value) > _BIG and after.startswith("."):
        tail = after[1:]
        # A key may hold dots itself: try the longest candidate first.
        cuts = [tail, *(tail[:i] for i in range(len(tail) - 1, 0, -1) if tail[i] in ".[")]
        key = next((c for c in cuts if c in value), None)
        if key is not None:
            return (field, key), value[key]
    if isinstance(value, list | dict) and len(value) > _BIG:
        # The list or mapping itself (a field name it must not have): only the entry named, if one is.
        named = first.value if isinstance(value, dict) and isinstance(first.value, str) else None
        if isinstance(value, dict) and named in value:
            return (field,), {named: value[named]}
        return (field,), type(value)()  # nothing to name: the compiled check's own words are reported
    return (field,), value


def _subschema(schema: dict[str, Any], path: DataPath) -> dict[str, Any] | None:
    for step in path:
        if isinstance(step, int):
            schema = schema.get("items")  # type: ignore[assignment]
        else:
            schema = schema.get("properties", {}).get(step, schema.get("additionalProperties"))
        if not isinstance(schema, dict):
            return None
    return schema


def _paths_of(path: DataPath, error: Any) -> list[DataPath]:
    """The places an error's explanation points at or quotes: the value, or the unknown field's key."""
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = error.schema.get("properties", {})
        return [path, *((*path, k) for k in error.instance if k not in allowed)][:2]
    return [path]


def _explain(doc: Document, path: DataPath, error: Any) -> Problem:
    v, value = error.validator, error.instance
    if v == "required":
        # jsonschema reports each missing field as its own error, naming it in the message.
        named = re.match(r"'(.+)' is a required property", error.message)
        return doc.problem(path, Schemas.tr("missing required field '{field}'").format(field=named.group(1))
                           if named else error.message)
    if v == "additionalProperties" and isinstance(value, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in value if k not in allowed]
        if extra and allowed:
            import difflib  # only a broken file needs it, so it is not paid for at start-up

            hint = difflib.get_close_matches(extra[0], allowed, n=1)
            said = (Schemas.tr("unknown field '{field}' (did you mean '{hint}'?)").format(field=extra[0], hint=hint[0])
                    if hint else Schemas.tr("unknown field '{field}' (allowed: {allowed})").format(
                        field=extra[0], allowed=", ".join(allowed)))
            return doc.problem((*path, extra[0]), said, at_key=True)
    if v == "type":
        return doc.problem(path, _type_message(doc, path, error.validator_value, value))
    if v == "const":
        return doc.problem(path, Schemas.tr("must be '{wanted}' (found {found})").format(
            wanted=error.validator_value, found=repr(value)))
    if v == "enum":
        return doc.problem(path, Schemas.tr("{value} is not one of: {choices}").format(
            value=repr(value), choices=", ".join(map(str, error.validator_value))))
    if v == "pattern":
        words = _PATTERN_WORDS.get(error.validator_value, QT_TRANSLATE_NOOP("Schemas", "{value} has the wrong form"))
        return doc.problem(path, Schemas.tr(words).format(value=repr(value)))
    if v == "minLength" and value == "":
        return doc.problem(path, Schemas.tr("must not be empty"))
    return doc.problem(path, error.message)


_PATTERN_WORDS = {
    "^[a-z0-9][a-z0-9-]*$": QT_TRANSLATE_NOOP(
        "Schemas", "{value} must be lower-case letters, digits and dashes (like 'unnamed-source')"),
    "^#[0-9A-Fa-f]{6}$": QT_TRANSLATE_NOOP("Schemas", "{value} must be a colour like '#0072B2'"),
    "^[0-9A-Za-z]$": QT_TRANSLATE_NOOP("Schemas", "{value} must be a single letter or digit"),
    "^[0-9a-f]{64}$": QT_TRANSLATE_NOOP("Schemas", "{value} must be a SHA-256 digest (64 hex digits)"),
    "^[A-Za-z0-9_-]{1,32}$": QT_TRANSLATE_NOOP("Schemas", "{value} must be 1-32 letters, digits, '-' or '_'"),
}


def _type_message(doc: Document, path: tuple[str | int, ...], expected: str | list[str], value: Any) -> str:
    named = expected if isinstance(expected, str) else " or ".join(expected)
    wanted = Schemas.tr(_SCHEMA_TYPES[named]) if named in _SCHEMA_TYPES else named
    raw = doc.raw(path)
    if value is None:
        return Schemas.tr("is empty; expected {wanted}").format(wanted=wanted)
    if named == "string" and raw is not None and type(value) in _TYPE_WORDS:
        # YAML 1.1 reads no/yes/on/off as booleans and 0755 as an octal number.
        return Schemas.tr("expected text, but YAML reads {raw} as {read_as} ({value}); put it in quotes: "
                          "'{raw}'").format(raw=raw, read_as=Schemas.tr(_TYPE_WORDS[type(value)]), value=repr(value))
    if raw is None:
        found = Schemas.tr("a list") if isinstance(value, list) else Schemas.tr("a mapping of fields")
        return Schemas.tr("expected {wanted}, found {found}").format(wanted=wanted, found=found)
    shown = shorten(raw, 40)
    return Schemas.tr("expected {wanted}, found {found}").format(wanted=wanted, found=repr(shown))


def load_document(path: Path, kind: str, *, text: str | None = None, name: str | None = None) -> Document:
    """Read, parse and check one YAML file of a kind; raise :class:`InvalidFile` listing every problem."""
    name = name or str(path)
    if text is None:
        text = decode_utf8(read_bytes(path, limit=MAX_YAML_BYTES, what=f"{kind} file"), name)
    seal = plainyaml.seal_problem(text)
    doc = None
    if not seal:
        try:
            doc = Document(name, plainyaml.read_sealed(text), None, text, seal)
        except Exception:  # not our own output after all (or a forged digest): the full parser decides
            doc = None
    fast = doc is not None
    if doc is None:
        doc = _parsed(text, name, seal)
    if not isinstance(doc.data, dict):
        what = Schemas.tr("expected an Annotator {kind} file: a mapping of fields starting with 'schema:'")
        raise InvalidFile(doc.problem((), what.format(kind=kind)))
    found = doc.data.get("schema")
    if isinstance(found, str) and found in SCHEMA_IDS.values() and found != SCHEMA_IDS[kind]:
        raise InvalidFile(doc.problem(("schema",), Schemas.tr("this is a '{found}' file, not a {kind} file").format(
            found=found, kind=kind)))
    problems = _problems(doc, kind)
    if problems and fast:
        # Explain problems from what the full YAML parser reads, never from the fast path's view.
        doc = _parsed(text, name, seal)
        problems = _problems(doc, kind)
    if problems:
        raise InvalidFile(problems)
    return doc


def _parsed(text: str, name: str, seal: str) -> Document:
    """The document the full YAML parser reads, with the seal already looked at."""
    doc = parse_yaml(text, name)
    doc.seal = seal
    return doc


def _problems(doc: Document, kind: str) -> list[Problem]:
    """What is wrong with a document of a kind: a number out of range (raised), then the schema, then dates."""
    _numbers_in_range(doc)
    return validate(doc, kind) or date_problems(doc, schema_of(kind))


def _numbers_in_range(doc: Document) -> None:
    """Whole numbers made ints (:func:`_whole_numbers`); raise :class:`InvalidFile` for one out of range, before
    the schema's messages, which would write it out."""
    out_of_range = _whole_numbers(doc.data)
    if out_of_range is not None:
        raise InvalidFile(doc.problem(out_of_range, Schemas.tr(
            "{value} is not a number Annotator can use: at most {largest}, and never .inf or .nan").format(
            value=repr(shorten(doc.raw(out_of_range) or "", 40)), largest=f"{_LARGEST:,}")))


_LARGEST = 2**53 - 1  # JSON's largest exact whole number: an offset, a count or points are far below it


def _whole_numbers(value: Any) -> DataPath | None:
    """Turn ``3.0`` into ``3`` in place; the path of the first number out of range (past :data:`_LARGEST`,
    infinite or not a number), if there is one.

    JSON Schema counts 3.0 as an integer, so ``start: 3.0`` passes the schema; left a float, it
    would crash the first slice of the article text that uses it. YAML reads ``0x`` and ``1:2:3`` numbers of
    any size, which Python cannot even write out past 4,300 digits; a grade of ``.inf`` passes as a number.
    """
    items = value.items() if type(value) is dict else enumerate(value) if type(value) is list else ()
    for k, v in items:
        t = type(v)
        if t is float:
            if not math.isfinite(v):
                return (k,)
            if v.is_integer():
                v = value[k] = int(v)
                t = int
        if t is int:
            if not -_LARGEST <= v <= _LARGEST:
                return (k,)
        elif t is dict or t is list:
            found = _whole_numbers(v)
            if found is not None:
                return (k, *found)
    return None


def written_by_annotator(text: str, kind: str) -> bool:
    """Whether ``text`` starts with the modeline :func:`dump_yaml` writes for a file of ``kind`` (either form)."""
    end = text.find("\n", 0, 4096)
    if end < 0 or not text.startswith(_MODELINE):
        return False
    where = text[len(_MODELINE) : end].rstrip("\r")
    own = f"/{kind}.schema.json"
    return where == schema_of(kind)["$id"] or (where.startswith("file:") and where.endswith(own) and " " not in where)


_MODELINE = "# yaml-language-server: $schema="


def dump_yaml(data: dict[str, Any], kind: str, *, leaves_this_computer: bool = False) -> str:
    """YAML text for a file of a kind, with the editor modeline naming its schema.

    The modeline names the schema file installed here, so that an editor on this computer checks the
    file. A file that ``leaves_this_computer`` (a student's hand-in) names it by its ``$id`` instead:
    a path here would tell the teacher the student's account name, and would not open over there.
    """
    where = schema_of(kind)["$id"] if leaves_this_computer else schema_path(kind).resolve().as_uri()
    return plainyaml.emit(data, header=f"{_MODELINE}{where}")
