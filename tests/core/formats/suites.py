"""The published schemas the exports are checked against: the W3C test assertions and the REFI-QDA XSD."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from jsonschema import Draft4Validator
from lxml import etree
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from annotator.resources import resources_dir

W3C = resources_dir() / "formats" / "w3c-annotation-tests"
XSD = resources_dir() / "formats" / "refi-qda" / "Project.xsd"


@cache
def _registry() -> Registry:
    """Every definitions file under the name the assertions refer to it by (``annotations.json`` …)."""
    resources = []
    for path in sorted((W3C / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append((schema["id"], Resource.from_contents(schema, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def assertions(test_file: str) -> list[tuple[str, dict[str, Any]]]:
    """The assertions a ``.test`` file of the Working Group lists, by their file name."""
    listed = json.loads((W3C / test_file).read_text(encoding="utf-8"))["assertions"]
    return [(name, json.loads((W3C / name).read_text(encoding="utf-8"))) for name in listed]


def w3c_failures(instance: Any, test_file: str, *, levels: tuple[str, ...] = ("must",)) -> list[str]:
    """The assertions of ``test_file`` (of the given levels) that ``instance`` fails, with their messages.

    As the Working Group's harness does: an assertion passes when validating gives its
    ``expectedResult`` (every one of them expects "valid").
    """
    failed = []
    for name, schema in assertions(test_file):
        if schema.get("assertionType", "must") not in levels:
            continue
        valid = Draft4Validator(schema, registry=_registry()).is_valid(instance)
        if valid != (schema.get("expectedResult", "valid") == "valid"):
            failed.append(f"{name}: {schema.get('errorMessage', schema.get('title'))}")
    return failed


def assertion_passes(instance: Any, name: str) -> bool:
    """Whether ``instance`` passes one assertion (an optional feature: a selector, a purpose…)."""
    schema = json.loads((W3C / name).read_text(encoding="utf-8"))
    return bool(Draft4Validator(schema, registry=_registry()).is_valid(instance))


@cache
def _xsd() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD)))


def xsd_errors(xml: bytes) -> list[str]:
    """What the REFI-QDA Project XSD says is wrong with a ``project.qde`` (nothing when it is valid)."""
    schema = _xsd()
    if schema.validate(etree.fromstring(xml)):
        return []
    return [f"{e.line}: {e.message}" for e in schema.error_log]
