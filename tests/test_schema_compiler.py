"""The schema compiler: core/schema_checks.py is exactly what it writes, with a check for every schema file."""

from __future__ import annotations

from typing import Any

import pytest

from annotator.resources import resources_dir


def test_compiled_checks_are_what_the_compiler_writes_now() -> None:
    """Hand edits to the generated checks would be lost, or hide a bug, at the next recompile."""
    fastjsonschema = pytest.importorskip("fastjsonschema")
    from annotator.schema_compiler import TARGET, compiled_source

    if f"fastjsonschema {fastjsonschema.VERSION}" not in TARGET.read_text(encoding="utf-8"):
        pytest.skip("compiled with another fastjsonschema version; tests/core/test_schema_checks.py still applies")
    assert TARGET.read_text(encoding="utf-8") == compiled_source()


def test_every_schema_file_gets_a_digest_and_a_check() -> None:
    """A schema file added to resources/schemas but left out of the compiled checks would let its files through."""
    pytest.importorskip("fastjsonschema")
    from annotator.schema_compiler import compiled_source

    compiled: dict[str, Any] = {}
    exec(compile(compiled_source(), "schema_checks.py", "exec"), compiled)
    kinds = sorted(p.name.removesuffix(".schema.json") for p in (resources_dir() / "schemas").glob("*.schema.json"))
    assert kinds and sorted(compiled["CHECKS"]) == kinds == sorted(compiled["SCHEMA_SHA256"])
    with pytest.raises(compiled["JsonSchemaValueException"]):
        compiled["CHECKS"]["lesson"]({"schema": "annotator/lesson@1"})  # no id, no title, no article
