"""YAML as Annotator writes it: a fast writer for people, and a reader for exactly its output.

PyYAML runs its representers and constructors in Python for every value, so even with libyaml
a file of 5,000 annotations takes about 0.6 s to write and 0.9 s to read — far over the
budgets (the README's "Performance" table). Annotator's files are a known shape of mappings, lists and text, so
this module writes them directly: block style, keys in order, unicode as is, multi-line text as
``|`` blocks, anything that YAML could misread in quotes. Its last line is a digest of the text
above it. Reading takes the fast path only when that digest matches — the file is byte for byte
what this writer produced — and otherwise hands the file to PyYAML's C safe loader, so a file
edited by hand is always read by the full YAML parser. Tests check that both readers agree.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

import yaml.constructor
import yaml.nodes
from yaml.reader import Reader
from yaml.resolver import Resolver

DIGEST_PREFIX = "# annotator-digest: "
_NON_PRINTABLE = Reader.NON_PRINTABLE  # what libyaml refuses to see raw in a file
_LINE_BREAKS = re.compile("[\x85\u2028\u2029\ufeff]")  # YAML 1.1 line breaks, and the BOM
_PLAIN_START = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`]")
_RESOLVER = Resolver()
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_STR = "tag:yaml.org,2002:str"


def _implicit_tag(s: str) -> str:
    """The tag YAML 1.1 gives a plain scalar: what libyaml's reader would make of it."""
    return str(_RESOLVER.resolve(_SCALAR, s, (True, False)))  # type: ignore[no-untyped-call]


def _plain_ok(s: str) -> bool:
    if not s or not _PLAIN_START.match(s) or s[-1] in " :" or "\n" in s or "\t" in s or "\r" in s:
        return False
    if ": " in s or " #" in s or _NON_PRINTABLE.search(s) or _LINE_BREAKS.search(s):
        return False
    # Words YAML 1.1 reads as something else (no, 0755, ~, 1e3) must be quoted; dates are read
    # back as text by Annotator's loader, so they stay plain, as a person would type them.
    if s[0] not in _RESOLVED_FIRST:
        return True
    return _implicit_tag(s) in (_STR, _TIMESTAMP)


_SCALAR = yaml.nodes.ScalarNode
_RESOLVED_FIRST = frozenset(k for k in Resolver.yaml_implicit_resolvers if k)  # first letters YAML may misread


def _quoted(s: str) -> str:
    out = json.dumps(s, ensure_ascii=False)
    if _NON_PRINTABLE.search(out) or _LINE_BREAKS.search(out):
        out = _NON_PRINTABLE.sub(lambda m: _escape(m.group()), out)
        out = _LINE_BREAKS.sub(lambda m: _escape(m.group()), out)
    return out


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _block_ok(s: str) -> bool:
    if "\n" not in s or s[0] in " \n\t" or "\r" in s or _NON_PRINTABLE.search(s) or _LINE_BREAKS.search(s):
        return False
    body = s.rstrip("\n")
    return all(line.strip() or not line for line in body.split("\n")) and body != ""


def _scalar(value: Any, indent: str) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        mantissa, _, exponent = repr(value).partition("e")
        mantissa += "" if "." in mantissa else ".0"  # YAML 1.1 floats need a dot
        return f"{mantissa}e{exponent}" if exponent else mantissa
    if isinstance(value, str):
        if _plain_ok(value):
            return value
        if _block_ok(value):
            body = value.rstrip("\n")
            trailing = len(value) - len(body)
            chomp = "-" if trailing == 0 else ("" if trailing == 1 else "+")
            lines = body.split("\n") + [""] * (trailing - 1 if trailing > 1 else 0)
            inner = indent + "  "
            return f"|{chomp}\n" + "\n".join(inner + line if line else "" for line in lines)
        return _quoted(value)
    raise TypeError(f"cannot write {type(value).__name__} to YAML")


def _key(key: Any) -> str:
    text = str(key)
    # Keys are never | blocks, and a colon inside a key is quoted so each line splits at one place.
    return text if ":" not in text and _plain_ok(text) else _quoted(text)


def _emit(value: Any, indent: str, out: list[str]) -> None:
    """Append the lines of a mapping's or list's contents at ``indent``."""
    if isinstance(value, dict):
        for key, item in value.items():
            k = _key(key)
            _emit_entry(f"{indent}{k}:", item, indent, out)
    else:
        for item in value:
            if isinstance(item, dict) and item:
                first = True
                for key, sub in item.items():
                    lead = f"{indent}- " if first else f"{indent}  "
                    first = False
                    _emit_entry(f"{lead}{_key(key)}:", sub, indent + "  ", out)
            else:
                _emit_entry(f"{indent}-", item, indent, out)


def _emit_entry(head: str, item: Any, indent: str, out: list[str]) -> None:
    if isinstance(item, dict | list):
        if not item:
            out.append(f"{head} {{}}" if isinstance(item, dict) else f"{head} []")
            return
        out.append(head)
        _emit(item, indent + "  ", out)
    else:
        out.append(f"{head} {_scalar(item, indent)}")


def emit(data: dict[str, Any], header: str = "") -> str:
    """YAML text for a mapping, ending with the digest line that lets :func:`read_own` trust it."""
    lines: list[str] = [header] if header else []
    if data:
        _emit(data, "", lines)
    else:
        lines.append("{}")
    body = "\n".join(lines) + "\n"
    return f"{body}{DIGEST_PREFIX}{_digest(body)}\n"


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# --- reading this module's own output --------------------------------------------------------

_KEY = re.compile(r'^( *)(- )?("(?:[^"\\]|\\.)*"|[^ "][^:]*?):(?: (.*))?$')
_ITEM = re.compile(r"^( *)- (.*)$")


class NotOwnFormat(Exception):
    """The text is not byte for byte this writer's output; read it with the full YAML parser."""


NO_SEAL = f"does not end with the '{DIGEST_PREFIX.strip()}' line Annotator ends its files with"
BROKEN_SEAL = f"has a '{DIGEST_PREFIX.strip()}' line that does not match the text above it"


def seal_problem(text: str) -> str:
    """Why ``text`` is not sealed by its last line, the digest :func:`emit` ends with: :data:`NO_SEAL`,
    :data:`BROKEN_SEAL`, or "" when it is sealed."""
    cut = text.rfind("\n" + DIGEST_PREFIX)
    if cut < 0 or "\n" in text[cut + 1 :].rstrip("\n"):
        return NO_SEAL
    if text[cut + 1 + len(DIGEST_PREFIX) :].strip() != _digest(text[: cut + 1]):
        return BROKEN_SEAL
    return ""


def read_own(text: str) -> Any:
    """Data from text :func:`emit` wrote, or raise :class:`NotOwnFormat`."""
    why = seal_problem(text)
    if why:
        raise NotOwnFormat(why)
    return read_sealed(text)


def read_sealed(text: str) -> Any:
    """Data from text whose seal :func:`seal_problem` found intact, or raise :class:`NotOwnFormat`."""
    body = text[: text.rfind("\n" + DIGEST_PREFIX) + 1]
    lines = [line for line in body.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    pos = 0
    while pos < len(lines) and lines[pos].startswith("#"):
        pos += 1
    if lines[pos:] == ["{}"]:
        return {}
    value, pos = _read_block(lines, pos, 0)
    if pos != len(lines):
        raise NotOwnFormat(f"unexpected line {pos + 1}")
    return value


_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_CONSTRUCT = yaml.constructor.SafeConstructor()
_DIGITS = frozenset("0123456789-")
_DECIMAL = re.compile(r"-?[1-9][0-9]{0,17}$|0$")
_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2}|Z)?$")
# Words YAML 1.1 may read as values rather than text.
_BOOL_WORDS = frozenset(["yes", "no", "true", "false", "on", "off", "y", "n", "null"])


def _not_own(token: str) -> Any:
    raise NotOwnFormat(f"unexpected plain value {token!r}")


_NEVER_PLAIN = frozenset(" \t-?:,[]{}#&*!|>'\"%@`")
_SPECIAL: dict[str, Any] = {"null": None, "true": True, "false": False, "{}": {}, "[]": []}


def _read_scalar(token: str) -> Any:
    first = token[:1]
    if token in _SPECIAL:
        value = _SPECIAL[token]
        return dict(value) if isinstance(value, dict) else (list(value) if isinstance(value, list) else value)
    if first == '"':
        try:
            return json.loads(token)
        except ValueError:
            raise NotOwnFormat("bad quoted text") from None
    if first in _DIGITS:
        if _DECIMAL.match(token):  # YAML 1.1 and Python agree on plain decimal integers
            return int(token)
        if _STAMP.match(token):  # dates and times stay text (the loader keeps them as written)
            return token
    elif first.isalpha() and token.lower() not in _BOOL_WORDS:
        return token if not (" #" in token or ": " in token or token[-1] in " :") else _not_own(token)
    if first in _RESOLVED_FIRST:
        tag = _implicit_tag(token)
        if tag == _INT_TAG:
            return _CONSTRUCT.construct_yaml_int(yaml.nodes.ScalarNode(tag, token))
        if tag == _FLOAT_TAG:
            return _CONSTRUCT.construct_yaml_float(yaml.nodes.ScalarNode(tag, token))
        if tag not in (_STR, _TIMESTAMP):
            raise NotOwnFormat(f"unexpected plain value {token!r}")
    if first in _NEVER_PLAIN or " #" in token or ": " in token or token[-1:] in (" ", ":"):
        # The writer quotes such text; a file holding it plain was not written by it.
        raise NotOwnFormat(f"unexpected plain value {token!r}")
    return token


def _read_literal(lines: list[str], pos: int, indent: int, chomp: str) -> tuple[str, int]:
    inner = " " * (indent + 2)
    parts: list[str] = []
    while pos < len(lines) and (lines[pos].startswith(inner) or lines[pos] == ""):
        parts.append(lines[pos][len(inner) :])
        pos += 1
    while parts and parts[-1] == "" and chomp != "+":
        parts.pop()
        pos -= 1
    text = "\n".join(parts)
    if chomp == "":
        text += "\n"
    elif chomp == "+":
        pass  # the emitter wrote the extra newlines as empty lines; keep them all
    return text, pos


def _value_after(rest: str | None, lines: list[str], pos: int, indent: int) -> tuple[Any, int]:
    if rest is None:  # a nested block follows
        return _read_block(lines, pos, indent + 2)
    if rest in ("|", "|-", "|+"):
        text, pos = _read_literal(lines, pos, indent, rest[1:])
        if rest == "|+":
            text += "\n"
        return text, pos
    return _read_scalar(rest), pos


def _read_block(lines: list[str], pos: int, indent: int) -> tuple[Any, int]:
    if pos >= len(lines):
        raise NotOwnFormat("missing block")
    first = lines[pos]
    is_list = first[indent:].startswith("- ") or first[indent:] == "-"
    result: Any = [] if is_list else {}
    while pos < len(lines):
        line = lines[pos]
        lead = len(line) - len(line.lstrip(" "))
        if lead < indent:
            break
        if lead > indent:
            raise NotOwnFormat(f"unexpected indent at line {pos + 1}")
        if is_list:
            if not line[indent:].startswith("-"):
                break
            m = _KEY.match(line)
            if m and m.group(2):  # "- key: value": a mapping item
                item: dict[str, Any] = {}
                key = _read_key(m.group(3))
                item[key], pos = _value_after(m.group(4), lines, pos + 1, indent + 2)
                inner = " " * (indent + 2)
                while pos < len(lines):
                    nxt = lines[pos]
                    # The item's next field: exactly two spaces deeper than its "- ", and a key.
                    if not nxt.startswith(inner) or nxt[indent + 2 : indent + 3] in (" ", "-"):
                        break
                    mm = _KEY.match(nxt)
                    if mm is None:
                        break
                    k = _read_key(mm.group(3))
                    if k in item:
                        raise NotOwnFormat("repeated key")
                    item[k], pos = _value_after(mm.group(4), lines, pos + 1, indent + 2)
                result.append(item)
                continue
            if line[indent:] == "-":  # a list or mapping nested in a list item
                value, pos = _read_block(lines, pos + 1, indent + 2)
                result.append(value)
                continue
            mi = _ITEM.match(line)
            if mi is None:
                raise NotOwnFormat(f"bad list item at line {pos + 1}")
            value, pos = _value_after(mi.group(2), lines, pos + 1, indent)
            result.append(value)
        else:
            m = _KEY.match(line)
            if m is None or m.group(2):
                raise NotOwnFormat(f"bad line {pos + 1}")
            key = _read_key(m.group(3))
            if key in result:
                raise NotOwnFormat("repeated key")
            result[key], pos = _value_after(m.group(4), lines, pos + 1, indent)
    return result, pos


_KEYS: dict[str, str] = {}  # the same few field names come back thousands of times


def _read_key(token: str) -> str:
    value = _KEYS.get(token)
    if value is None:
        read = _read_scalar(token)
        if not isinstance(read, str):
            raise NotOwnFormat("key is not text")
        value = read
        if len(_KEYS) < 256:
            _KEYS[token] = value
    return value
