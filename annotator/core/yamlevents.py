"""YAML read straight from libyaml's events: plain data in one pass, and places of values on demand.

No node tree is built. A tree of a 16 MB file holds millions of nodes with two marks each (about
a gigabyte) and the cyclic garbage collector walks it again and again as it grows (35 s); read
from the events, the same file is plain dicts, lists and text. Where a value is written, needed
only when a problem is reported, is found by :func:`locate` in a second pass over the events,
which follows only the paths asked for.

Lines and columns are those an editor shows. YAML counts NEL, LS and PS (U+0085, U+2028,
U+2029) as line breaks, editors show them inside a line; so when a text holds one, places are
computed from libyaml's character offset with only CR, LF and CR LF breaking lines.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_right
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import yaml

from annotator.core.errors import InvalidFile, Problem
from annotator.core.i18n import Words

MAX_YAML_DEPTH = 32  # our files nest 5 levels; deeper is a mistake or an attack on the parser

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = yaml.constructor.SafeConstructor()
_TAG = "tag:yaml.org,2002:"
_STR, _TIMESTAMP, _INT, _MERGE = _TAG + "str", _TAG + "timestamp", _TAG + "int", _TAG + "merge"
_CONSTRUCTED = frozenset([_INT, _TAG + "float", _TAG + "bool", _TAG + "null"])
_RESOLVED_FIRST = frozenset(k for k in yaml.resolver.Resolver.yaml_implicit_resolvers if k)
_DECIMAL = re.compile(r"-?[1-9][0-9]{0,17}\Z|0\Z")  # YAML 1.1 and Python agree on these integers
_YAML_ONLY_BREAKS = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile(r"\r\n?|\n")
_CACHE_LIMIT = 4096  # resolved short plain scalars (numbers, yes/no) kept; quotes and notes are not
_NO_KEY = object()


class YamlText(Words):
    """The words about YAML that Annotator refuses to read (aliases, tags, repeated fields)."""


EMPTY: Any = object()  # what build() returns for a text with no document in it (only comments)

DataPath = tuple[str | int, ...]  # keys and list positions from the top of a document


class Lines:
    """Turns libyaml's marks into the line and column an editor shows."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None
        self._same: bool | None = None  # whether libyaml's own count is the editor's (looked at when first asked)

    def of(self, mark: Any) -> tuple[int, int]:
        """1-based (line, column) of a mark."""
        if self._same is None:
            self._same = _YAML_ONLY_BREAKS.search(self._text) is None
        if self._same:
            return mark.line + 1, mark.column + 1
        return self.at(mark.index)

    def at(self, index: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        if self._starts is None:
            self._starts = [0, *(m.end() for m in _EDITOR_BREAK.finditer(self._text))]
        row = bisect_right(self._starts, index) - 1
        return row + 1, index - self._starts[row] + 1


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of objects that all stay alive are made.

    It would walk the growing heap again and again: 13 s of a 16 MB file's 16 s. Whatever it
    would have found is freed when it runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Scalars:
    """Plain data from scalar events, as YAML 1.1 reads them, refusing tags Annotator's files never use."""

    def __init__(self, loader: Any, name: str, lines: Lines) -> None:
        self._resolve = loader.resolve
        self._name = name
        self._lines = lines
        self._tags: dict[str, str] = {}
        self._values: dict[tuple[str, str], Any] = {}

    def value(self, event: yaml.ScalarEvent, is_key: bool) -> Any:
        """The value of one scalar."""
        tag, text = event.tag, event.value
        if tag is None or tag == "!":
            if not event.implicit[0]:
                return text  # quoted or a block: text
            first = text[:1]
            if first and first not in _RESOLVED_FIRST:
                return text  # starts with a letter no YAML type starts with: text (most values)
            tag = self._tags.get(text)
            if tag is None:
                tag = self._resolve(yaml.ScalarNode, text, event.implicit)
                if len(self._tags) < _CACHE_LIMIT and len(text) <= 32:
                    self._tags[text] = tag
        if tag in (_STR, _TIMESTAMP):
            return text  # dates stay text as written; the schema checks their form
        if tag == _INT and _DECIMAL.match(text):
            return int(text)
        if tag in _CONSTRUCTED:
            known = self._values.get((tag, text), _NO_KEY)
            if known is not _NO_KEY:
                return known
            try:
                value = _SCALARS.construct_object(yaml.ScalarNode(tag, text))
            except ValueError:
                return text  # "0x_" looks like a number to YAML 1.1 but is none; a number too long to read
            if len(self._values) < _CACHE_LIMIT and len(text) <= 32:
                self._values[(tag, text)] = value
            return value
        if tag == _MERGE and is_key:
            raise self.refuse(event.start_mark, YamlText.tr("YAML merge keys (<<) are not allowed"))
        raise self.refuse(event.start_mark, YamlText.tr("YAML tag {tag} is not allowed").format(tag=repr(tag)))

    def refuse(self, mark: Any, message: str) -> InvalidFile:
        """The problem at a mark, placed as an editor shows it."""
        line, col = self._lines.of(mark)
        return InvalidFile(Problem(self._name, message, line=line, col=col))


def build(text: str, name: str) -> Any:
    """Plain data from YAML text, refusing aliases, custom tags, merge keys and repeated fields.

    libyaml's own composer recurses once per nesting level and overflows the C stack (the
    process dies) on a few tens of thousands of ``[``; it also expands aliases before anyone can
    refuse them. Working from the events refuses an alias where it is written and caps nesting.
    Returns :data:`EMPTY` for a text without a document (only comments).
    """
    loader = Loader(text)
    scalars = _Scalars(loader, name, Lines(text))
    get_event = loader.get_event
    scalar_event, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    resolved_first = _RESOLVED_FIRST
    root: Any = EMPTY
    # The open collection values go into, whether it is a mapping, and its key waiting for a value;
    # the same for each enclosing one on the stack. Kept in locals: this loop runs for every event.
    top: Any = None
    in_mapping = False
    key: Any = _NO_KEY
    stack: list[tuple[Any, bool, Any]] = []
    with collector_paused():
        while True:
            event = get_event()
            kind = type(event)
            value: Any
            if kind is scalar_event:
                if event.tag is None and event.implicit[0]:
                    value = event.value
                    if value[:1] in resolved_first or not value:  # may be a number, a date, yes/no, null
                        value = scalars.value(event, in_mapping and key is _NO_KEY)
                else:
                    value = scalars.value(event, in_mapping and key is _NO_KEY)
            elif kind is mapping_start or kind is sequence_start:
                if in_mapping and key is _NO_KEY:
                    raise scalars.refuse(event.start_mark, YamlText.tr(
                        "field name 'a list or mapping' must be plain text"))
                tag, wanted = event.tag, (_TAG + "map" if kind is mapping_start else _TAG + "seq")
                if tag is not None and tag != "!" and tag != wanted:
                    raise scalars.refuse(event.start_mark, YamlText.tr("YAML tag {tag} is not allowed").format(
                        tag=repr(tag)))
                value = {} if kind is mapping_start else []
            elif kind is mapping_end or kind is sequence_end:
                top, in_mapping, key = stack.pop()
                continue
            elif kind is yaml.AliasEvent:
                raise scalars.refuse(event.start_mark, YamlText.tr(
                    "YAML aliases ({alias}) are not allowed; write the value out in full").format(
                    alias=f"*{event.anchor}"))
            elif kind is yaml.DocumentStartEvent:
                if root is not EMPTY:
                    raise scalars.refuse(event.start_mark, YamlText.tr(
                        "file holds more than one YAML document (a second '---')"))
                continue
            elif kind is yaml.StreamEndEvent:
                return root
            else:  # stream start, document end
                continue
            if in_mapping:
                if key is _NO_KEY:  # a field name (never a list or mapping: refused above)
                    if type(value) is not str:
                        if type(value) is not int:
                            raise scalars.refuse(event.start_mark, YamlText.tr(
                                "field name {name} must be plain text").format(name=repr(event.value)))
                        value = str(value)
                    if value in top:
                        raise scalars.refuse(event.start_mark, YamlText.tr("field {name} appears twice").format(
                            name=repr(value)))
                    key = value
                    continue
                top[key] = value
                key = _NO_KEY
            elif top is not None:
                top.append(value)
            else:
                root = value
            if kind is not scalar_event:
                if len(stack) >= MAX_YAML_DEPTH:
                    raise scalars.refuse(event.start_mark, YamlText.tr("nested more than {levels} levels deep").format(
                        levels=MAX_YAML_DEPTH))
                stack.append((top, in_mapping, key))
                top, in_mapping, key = value, kind is mapping_start, _NO_KEY


@dataclass(frozen=True)
class Place:
    """Where a value is written: its key's place (for a field), its own place, and the text of a scalar."""

    key: tuple[int, int] | None
    value: tuple[int, int]
    raw: str | None  # the scalar as written (without quotes), None for a list or mapping


def locate(text: str, paths: Collection[DataPath]) -> dict[DataPath, Place]:
    """Where each of ``paths`` (keys and list positions from the top) is written; missing ones are left out.

    One pass over the events, descending only into collections on the way to a path asked for.
    It stops once every path asked for is found.
    """
    wanted = set(paths)
    on_the_way = {p[:i] for p in wanted for i in range(len(p))}
    found: dict[DataPath, Place] = {}
    if not wanted:
        return found
    loader = Loader(text)
    lines = Lines(text)
    scalars = _Scalars(loader, "", lines)
    # Each open collection we descend into: [its path, is a mapping, next list index or the key waiting, key mark]
    frames: list[list[Any]] = []
    skipping = 0  # depth inside a collection no path goes through
    try:
        while len(found) < len(wanted):
            event = loader.get_event()
            kind = type(event)
            starts = kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent
            ends = kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent
            if skipping:
                skipping += 1 if starts else -1 if ends else 0
                continue
            if ends:
                frames.pop()
                continue
            if kind is yaml.StreamEndEvent:
                break
            if not starts and kind is not yaml.ScalarEvent:
                continue  # stream and document start and end
            key_place = None
            if not frames:
                path: DataPath = ()
            else:
                frame = frames[-1]
                if not frame[1]:
                    path = (*frame[0], frame[2])
                    frame[2] += 1
                elif frame[2] is _NO_KEY:
                    key = scalars.value(event, True) if kind is yaml.ScalarEvent else None
                    frame[2] = key if key is None or type(key) is str else str(key)
                    frame[3] = event.start_mark
                    if starts:
                        skipping = 1  # a list or mapping as a key: never in a file that was read
                    continue
                else:
                    path = (*frame[0], frame[2])
                    key_place = lines.of(frame[3])
                    frame[2] = _NO_KEY
            if path in wanted:
                raw = event.value if kind is yaml.ScalarEvent else None
                found[path] = Place(key_place, lines.of(event.start_mark), raw)
            if starts:
                if path in on_the_way:
                    frames.append([path, kind is yaml.MappingStartEvent, _NO_KEY if kind is yaml.MappingStartEvent
                                   else 0, None])
                else:
                    skipping = 1
    except (yaml.YAMLError, InvalidFile):
        pass  # the places found so far stand; the rest are reported without one
    finally:
        loader.dispose()
    return found
