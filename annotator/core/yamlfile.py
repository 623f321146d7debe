"""Reading a YAML file safely: a size limit, UTF-8, libyaml's safe composer, no aliases or custom tags.

Every problem names the file, line and column. A :class:`Document` keeps the data and, when a
problem needs a line to point at, the YAML nodes it came from.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from annotator.core.errors import InvalidFile, Problem

MAX_YAML_BYTES = 16 * 1024 * 1024  # 5,000 annotations take about 2 MB; anything far past is a mistake
MAX_YAML_DEPTH = 32  # our files nest 5 levels; deeper is a mistake or an attack on the parser

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SCALARS = yaml.constructor.SafeConstructor()
_TAG = "tag:yaml.org,2002:"


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


def kind_of(text: str) -> str | None:
    """The file kind named on a document's ``schema:`` line, read without parsing the rest."""
    match = re.search(r"^schema:\s*['\"]?annotator/(\w+)@\d+", text, re.MULTILINE)
    return match.group(1) if match else None
