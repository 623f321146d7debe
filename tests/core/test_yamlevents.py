"""Reading YAML from libyaml's events: the same data as PyYAML, problems placed where editors and PyYAML put them."""

from __future__ import annotations

import re
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.yamlevents import Lines
from annotator.core.yamlfile import parse_yaml

# Text PyYAML writes plainly, quoted or as a block, including what YAML 1.1 likes to misread.
words = st.one_of(st.sampled_from(["no", "yes", "0755", "1e3", "~", "", "a: b", "#x", "2019-03-01", "é ✓", "x\ny\n"]),
                  st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12))
scalars = st.one_of(words, st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False))
documents = st.dictionaries(st.text(alphabet="abcdefgh_", min_size=1, max_size=6), st.recursive(
    scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                     st.dictionaries(st.text(alphabet="abcxyz", min_size=1, max_size=4), inner,
                                                     max_size=4)), max_leaves=15), max_size=5)


def paths_of(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document: each mapping key and each list position, nested."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += paths_of(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += paths_of(value, (*prefix, index))
    return found


def node_at(node: yaml.Node, path: tuple[Any, ...]) -> yaml.Node:
    """PyYAML's own node for a path: where it says the value is written."""
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next(v for k, v in node.value if k.value == step)
        else:
            node = node.value[step]
    return node


@settings(max_examples=200, deadline=None)
@given(data=documents, flow=st.sampled_from([False, True, None]))
def test_events_give_pyyamls_data_and_places(data: dict[str, Any], flow: bool | None) -> None:
    """Reading without PyYAML's node tree must not change a single value, nor the line a problem is shown on."""
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=True, sort_keys=False)
    doc = parse_yaml(text, "f.yaml")
    assert doc.data == yaml.safe_load(text)
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    paths = paths_of(data)
    doc.locate(paths)
    for path in paths:
        mark = node_at(root, path).start_mark
        problem = doc.problem(path, "x")
        assert (problem.line, problem.col) == (mark.line + 1, mark.column + 1), path


@given(before=st.text(alphabet="ab \n\r\x85\u2028\u2029é", max_size=30))
def test_lines_are_counted_as_an_editor_counts_them(before: str) -> None:
    """NEL, LS and PS are line breaks to YAML, not to an editor: a reported line must be the editor's."""
    lines = Lines(before + "X")
    shown = re.split(r"\r\n?|\n", before)
    assert lines.at(len(before)) == (len(shown), len(shown[-1]) + 1)


def test_a_document_that_is_not_a_mapping_is_reported_where_it_starts() -> None:
    """`[1, 2]` after a comment and a blank line was reported on line 1, where there is only the comment."""
    doc = parse_yaml("# just a list\n\n[1, 2]\n", "f.yaml")
    problem = doc.problem((), "not a mapping")
    assert (problem.line, problem.col) == (3, 1)
