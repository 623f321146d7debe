"""Safe YAML in and out, checked against the JSON Schemas, and atomic writes with a backup.

Reading: the size is limited, the bytes must be UTF-8, YAML is composed with libyaml's safe
loader, anchors/aliases and custom tags are refused, and the data is checked against the
file kind's schema in ``resources/schemas/`` (the one source of truth for every file format).
Every problem names the file, line and column. Writing (:mod:`annotator.core.plainyaml`, whose
output the C loader reads back identically): keys in the order given, unicode as is,
multi-line text as ``|`` blocks, a ``yaml-language-server`` modeline, and a temporary file
renamed over the old one after the old one is kept as ``NAME.bak``.
"""

from __future__ import annotations

import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from annotator.core import plainyaml, schema_checks
from annotator.core.errors import InvalidFile, Problem
from annotator.core.text import shorten
from annotator.resources import schema_path

MAX_YAML_BYTES = 16 * 1024 * 1024  # 5,000 annotations take about 2 MB; anything far past is a mistake
MAX_YAML_DEPTH = 32  # our files nest 5 levels; deeper is a mistake or an attack on the parser
SCHEMA_IDS = {
    "lesson": "annotator/lesson@1",
    "annotations": "annotator/annotations@1",
    "key": "annotator/key@1",
    "feedback": "annotator/feedback@1",
}

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = yaml.constructor.SafeConstructor()
_TAG = "tag:yaml.org,2002:"
_TYPE_WORDS = {bool: "true/false", int: "a number", float: "a number", type(None): "empty"}


def read_bytes(path: Path, *, limit: int, what: str = "file") -> bytes:
    """Read a whole file, refusing one that is missing, empty or over ``limit`` bytes."""
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):
            # A device or a pipe says it is empty and then never ends (/dev/zero), or blocks (a FIFO).
            raise InvalidFile(Problem(name, "is not an ordinary file (a device or a pipe?)"))
        size = info.st_size
        if size <= limit:
            with path.open("rb") as handle:
                data = handle.read(limit + 1)  # the file may have grown since stat()
            size = max(size, len(data))
        if size > limit:
            raise InvalidFile(Problem(name, f"{what} is {size:,} bytes, over the limit of {limit:,}"))
    except FileNotFoundError:
        raise InvalidFile(Problem(name, f"{what} not found")) from None
    except IsADirectoryError:
        raise InvalidFile(Problem(name, "is a folder, not a file")) from None
    except OSError as exc:
        raise InvalidFile(Problem(name, f"cannot read {what}: {exc.strerror or exc}")) from None
    return data


def decode_utf8(data: bytes, name: str) -> str:
    """Decode UTF-8 (a byte-order mark is allowed), naming the line and column of a bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise InvalidFile(
            Problem(name, f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8", line=line, col=col)
        ) from None


@dataclass
class Document:
    """Data read from a YAML file, and the YAML nodes (built when needed) to point at a line."""

    name: str
    data: Any
    root: yaml.Node | None
    text: str = ""

    def node_at(self, path: tuple[str | int, ...]) -> tuple[yaml.Node | None, yaml.Node | None]:
        """The deepest (key node, value node) reached along ``path``."""
        if self.root is None and self.text:
            # Read through the fast path: compose the nodes only now that a problem needs a line
            # (with the same guarded composer as always: the text may only look like our own).
            try:
                self.root = _compose(self.text, self.name)
            except (InvalidFile, yaml.YAMLError):
                self.text = ""  # no places to point at; the problem is reported without one
        node, key_node = self.root, None
        for step in path:
            if isinstance(node, yaml.MappingNode):
                for k, v in node.value:
                    if k.value == step:
                        node, key_node = v, k
                        break
                else:
                    return key_node, node
            elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
                node, key_node = node.value[step], None
            else:
                return key_node, node
        return key_node, node

    def problem(self, path: tuple[str | int, ...], message: str, *, at_key: bool = False) -> Problem:
        """A problem placed at the YAML node a data path leads to."""
        key_node, node = self.node_at(path)
        mark_node = key_node if at_key and key_node is not None else node
        where = dotted(path)
        if mark_node is None:
            return Problem(self.name, message, where=where)
        mark = mark_node.start_mark
        return Problem(self.name, message, where=where, line=mark.line + 1, col=mark.column + 1)


def dotted(path: tuple[str | int, ...] | list[str | int]) -> str:
    """``annotations[3].category`` for a data path, the way a person reads it."""
    out = ""
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out or "(top)"


def parse_yaml(text: str, name: str) -> Document:
    """Compose YAML safely and turn it into plain data, refusing aliases and custom tags."""
    if not text.strip():
        raise InvalidFile(Problem(name, "file is empty", line=1, col=1))
    try:
        root = _compose(text, name)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        if "nesting depth" in what:  # PyYAML 6.0.4's own limit says the same as ours, in its words
            raise InvalidFile(Problem(name, f"nested more than {MAX_YAML_DEPTH} levels deep", line=line, col=col)) \
                from None
        raise InvalidFile(Problem(name, f"not valid YAML: {what}", line=line, col=col)) from None
    except yaml.reader.ReaderError as exc:
        # libyaml counts its position in its own units; the character itself says where it is.
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        pos = text.find(char)
        line, col = (text.count("\n", 0, pos) + 1, pos - text.rfind("\n", 0, pos)) if pos >= 0 else (None, None)
        raise InvalidFile(Problem(name, f"character U+{ord(char[:1] or ' '):04X} is not allowed in a YAML file "
                                  f"({exc.reason})", line=line, col=col)) from None
    except yaml.YAMLError as exc:
        raise InvalidFile(Problem(name, f"not valid YAML: {' '.join(str(exc).split())}")) from None
    if root is None:
        raise InvalidFile(Problem(name, "file holds no data (only comments?)", line=1, col=1))
    return Document(name, _to_data(root, name), root)


def _compose(text: str, name: str) -> yaml.Node | None:
    """Build the node tree from libyaml's events, without recursion.

    libyaml's own composer recurses once per nesting level and overflows the C stack (the
    process dies) on a few tens of thousands of ``[``; it also expands aliases before anyone can
    refuse them. Working from the events refuses an alias where it is written and caps nesting.
    """
    loader = _Loader(text)
    resolve = loader.resolve
    plain_tags: dict[str, str] = {}  # the tag YAML 1.1 gives a plain scalar depends only on its text
    root: yaml.Node | None = None
    # Open collections, each with the key node waiting for its value (mappings only).
    stack: list[list[Any]] = []
    while True:
        event = loader.get_event()
        kind = type(event)
        node: yaml.Node
        if kind is yaml.ScalarEvent:
            tag, value = event.tag, event.value
            if tag is None or tag == "!":
                if event.implicit[0]:
                    tag = plain_tags.get(value)
                    if tag is None:
                        tag = plain_tags[value] = resolve(yaml.ScalarNode, value, event.implicit)
                else:
                    tag = _TAG + "str"
            node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            node_kind = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(node_kind, None, event.implicit)
            node = node_kind(tag, [], event.start_mark, None, event.flow_style)
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            stack.pop()[0].end_mark = event.end_mark
            continue
        elif kind is yaml.AliasEvent:
            raise _refuse_at(event.start_mark, name,
                             f"YAML aliases (*{event.anchor}) are not allowed; write the value out in full")
        elif kind is yaml.DocumentStartEvent:
            if root is not None:
                raise _refuse_at(event.start_mark, name, "file holds more than one YAML document (a second '---')")
            continue
        elif kind is yaml.StreamEndEvent:
            return root
        else:  # stream start, document end
            continue
        if not stack:
            root = node
        else:
            top = stack[-1]
            if type(top[0]) is yaml.SequenceNode:
                top[0].value.append(node)
            elif top[1] is None:
                top[1] = node
            else:
                top[0].value.append((top[1], node))
                top[1] = None
        if kind is not yaml.ScalarEvent:
            if len(stack) >= MAX_YAML_DEPTH:
                raise _refuse_at(event.start_mark, name, f"nested more than {MAX_YAML_DEPTH} levels deep")
            stack.append([node, None])


def _refuse_at(mark: yaml.Mark, name: str, message: str) -> InvalidFile:
    return InvalidFile(Problem(name, message, line=mark.line + 1, col=mark.column + 1))


def _refuse(node: yaml.Node, name: str, message: str) -> InvalidFile:
    return _refuse_at(node.start_mark, name, message)


def _to_data(node: yaml.Node, name: str) -> Any:
    if isinstance(node, yaml.ScalarNode):
        tag = node.tag
        if tag == _TAG + "str":
            return node.value
        if tag == _TAG + "timestamp":
            return node.value  # dates stay text as written; the schema checks their form
        if tag in (_TAG + "int", _TAG + "float", _TAG + "bool", _TAG + "null"):
            try:
                return _SCALARS.construct_object(node)
            except ValueError:
                return node.value  # "0x_" looks like a number to YAML 1.1 but is none; a number too long to read
        raise _refuse(node, name, f"YAML tag {tag!r} is not allowed")
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _TAG + "seq":
            raise _refuse(node, name, f"YAML tag {node.tag!r} is not allowed")
        return [_to_data(item, name) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        if node.tag != _TAG + "map":
            raise _refuse(node, name, f"YAML tag {node.tag!r} is not allowed")
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _TAG + "merge":
                raise _refuse(key_node, name, "YAML merge keys (<<) are not allowed")
            key = _to_data(key_node, name)
            if not isinstance(key, str | int) or isinstance(key, bool):
                shown = key_node.value if isinstance(key_node, yaml.ScalarNode) else "a list or mapping"
                raise _refuse(key_node, name, f"field name {shown!r} must be plain text")
            key = str(key) if isinstance(key, int) else key
            if key in out:
                raise _refuse(key_node, name, f"field {key!r} appears twice")
            out[key] = _to_data(value_node, name)
        return out
    raise _refuse(node, name, "unsupported YAML node")


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
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


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
    errors = sorted(_validator(kind).iter_errors(doc.data), key=lambda e: [str(p) for p in e.absolute_path])
    problems = [_explain(doc, error) for error in errors[:limit]]
    problems.sort(key=lambda p: (p.line or 0, p.col or 0))
    # Should the two ever judge differently, the file is still refused: never accepted unchecked.
    return problems or [Problem(doc.name, f"does not match its schema: {first}")]


def _explain(doc: Document, error: Any) -> Problem:
    path = tuple(error.absolute_path)
    v, value = error.validator, error.instance
    if v == "required":
        # jsonschema reports each missing field as its own error, naming it in the message.
        named = re.match(r"'(.+)' is a required property", error.message)
        return doc.problem(path, f"missing required field '{named.group(1)}'" if named else error.message)
    if v == "additionalProperties" and isinstance(value, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in value if k not in allowed]
        if extra and allowed:
            import difflib  # only a broken file needs it, so it is not paid for at start-up

            hint = difflib.get_close_matches(extra[0], allowed, n=1)
            also = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(allowed)})"
            return doc.problem((*path, extra[0]), f"unknown field '{extra[0]}'{also}", at_key=True)
    if v == "type":
        return doc.problem(path, _type_message(doc, path, error.validator_value, value))
    if v == "const":
        return doc.problem(path, f"must be '{error.validator_value}' (found {value!r})")
    if v == "enum":
        return doc.problem(path, f"{value!r} is not one of: {', '.join(map(str, error.validator_value))}")
    if v == "pattern":
        return doc.problem(path, f"{value!r} {_PATTERN_WORDS.get(error.validator_value, 'has the wrong form')}")
    if v == "minLength" and value == "":
        return doc.problem(path, "must not be empty")
    return doc.problem(path, error.message)


_PATTERN_WORDS = {
    "^[a-z0-9][a-z0-9-]*$": "must be lower-case letters, digits and dashes (like 'unnamed-source')",
    "^#[0-9A-Fa-f]{6}$": "must be a colour like '#0072B2'",
    "^[0-9A-Za-z]$": "must be a single letter or digit",
    "^[0-9a-f]{64}$": "must be a SHA-256 digest (64 hex digits)",
    "^[A-Za-z0-9_-]{1,32}$": "must be 1-32 letters, digits, '-' or '_'",
}


def _type_message(doc: Document, path: tuple[str | int, ...], expected: str | list[str], value: Any) -> str:
    wanted = expected if isinstance(expected, str) else " or ".join(expected)
    wanted = {"string": "text", "integer": "a whole number", "object": "a mapping of fields", "array": "a list"}.get(
        wanted, wanted
    )
    _, node = doc.node_at(path)
    raw = node.value if isinstance(node, yaml.ScalarNode) else None
    if value is None:
        return f"is empty; expected {wanted}"
    if wanted == "text" and raw is not None and type(value) in _TYPE_WORDS:
        # YAML 1.1 reads no/yes/on/off as booleans and 0755 as an octal number.
        read_as = f"{_TYPE_WORDS[type(value)]} ({value!r})"
        return f"expected text, but YAML reads {raw} as {read_as}; put it in quotes: '{raw}'"
    if raw is None:
        return f"expected {wanted}, found {'a list' if isinstance(value, list) else 'a mapping of fields'}"
    shown = shorten(raw, 40)
    return f"expected {wanted}, found {shown!r}"


def load_document(path: Path, kind: str, *, text: str | None = None, name: str | None = None) -> Document:
    """Read, parse and check one YAML file of a kind; raise :class:`InvalidFile` listing every problem."""
    name = name or str(path)
    if text is None:
        text = decode_utf8(read_bytes(path, limit=MAX_YAML_BYTES, what=f"{kind} file"), name)
    try:
        doc = Document(name, plainyaml.read_own(text), None, text)
    except Exception:  # not our own output after all (or a forged digest): the full parser decides
        doc = parse_yaml(text, name)
    if not isinstance(doc.data, dict):
        what = f"expected an Annotator {kind} file: a mapping of fields starting with 'schema:'"
        raise InvalidFile(doc.problem((), what))
    found = doc.data.get("schema")
    if isinstance(found, str) and found in SCHEMA_IDS.values() and found != SCHEMA_IDS[kind]:
        raise InvalidFile(doc.problem(("schema",), f"this is a '{found}' file, not a {kind} file"))
    problems = validate(doc, kind)
    if problems and doc.root is None:
        # Explain problems from what the full YAML parser reads, never from the fast path's view.
        doc = parse_yaml(text, name)
        problems = validate(doc, kind)
    if problems:
        raise InvalidFile(problems)
    _whole_numbers(doc.data)
    return doc


def _whole_numbers(value: Any) -> None:
    """Turn ``3.0`` into ``3`` in place.

    JSON Schema counts 3.0 as an integer, so ``start: 3.0`` passes the schema; left a float, it
    would crash the first slice of the article text that uses it.
    """
    items = value.items() if type(value) is dict else enumerate(value) if type(value) is list else ()
    for k, v in items:
        t = type(v)
        if t is float:
            if v.is_integer():
                value[k] = int(v)
        elif t is dict or t is list:
            _whole_numbers(v)


def kind_of(text: str) -> str | None:
    """The file kind named on a document's ``schema:`` line, read without parsing the rest."""
    match = re.search(r"^schema:\s*['\"]?annotator/(\w+)@\d+", text, re.MULTILINE)
    return match.group(1) if match else None


# --- writing ---------------------------------------------------------------------------------

def dump_yaml(data: dict[str, Any], kind: str, *, leaves_this_computer: bool = False) -> str:
    """YAML text for a file of a kind, with the editor modeline naming its schema.

    The modeline names the schema file installed here, so that an editor on this computer checks the
    file. A file that ``leaves_this_computer`` (a student's hand-in) names it by its ``$id`` instead:
    a path here would tell the teacher the student's account name, and would not open over there.
    """
    where = schema_of(kind)["$id"] if leaves_this_computer else schema_path(kind).resolve().as_uri()
    return plainyaml.emit(data, header=f"# yaml-language-server: $schema={where}")


def atomic_write(path: Path, content: str | bytes, *, backup: bool = True) -> None:
    """Write a file so that a crash leaves either the old or the new version, never half of one.

    The previous version is kept as ``NAME.bak`` (one generation), so a bad save can be undone
    by hand.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes owner-only files; a file handed in on a shared drive must stay readable.
        os.chmod(tmp, _mode_for(path))
        if backup and path.exists():
            os.replace(path, backup_path(path)) if os.name == "nt" else _link_backup(path)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777  # keep the mode of the file being replaced
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def backup_path(path: Path) -> Path:
    """Where the previous version of a file is kept."""
    return path.with_name(path.name + ".bak")


def _link_backup(path: Path) -> None:
    # A hard link keeps the old version without a moment in which the file is missing.
    bak = backup_path(path)
    bak.unlink(missing_ok=True)
    try:
        os.link(path, bak)
    except OSError:
        bak.write_bytes(path.read_bytes())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
