"""Operations are grouped in modules by their first tag (render/operation_groups.py): a spec edit elsewhere
moves no operation between modules, and a big group is split by a hash of the name."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from generator.render.operation_groups import MAX_GROUP, group_key, names_table, operation_groups


def _op(name: str, *tags: str, path: str = "/{id}") -> Any:
    return SimpleNamespace(name=name, tags=tags, pager=None, path=path)


def _modules(ops: list[Any]) -> dict[str, str]:
    """Each operation's module."""
    return {op.name: g.module for g in operation_groups(ops, lambda op: op) for op in g.operations}


def test_the_group_is_the_first_tag_as_an_identifier() -> None:
    assert group_key(_op("a", "Pull Requests", "repos")) == "pull_requests"
    assert group_key(_op("a")) == group_key(_op("b", "日本")) == "untagged"
    assert group_key(_op("a", path="/{owner}/Gists/{id}/star")) == "gists"  # untagged: the path's first word
    assert _modules([_op("a", "Repos"), _op("b", "repos"), _op("c")]) == {
        "a": "_ops_repos",
        "b": "_ops_repos",
        "c": "_ops_untagged",
    }


def test_an_edit_elsewhere_moves_no_operation() -> None:
    repos = [_op(f"repos_{i}", "repos") for i in range(100)]
    before = _modules([*repos, _op("a", "users")])
    after = _modules([_op("new", "apps"), *repos, _op("a", "users"), _op("b", "users")])
    assert {name: after[name] for name in before} == before


def test_a_big_group_is_split_in_parts_that_no_tag_can_be_named() -> None:
    ops = [_op(f"op_{i}", "big") for i in range(MAX_GROUP * 2 + 1)]
    groups = operation_groups([*ops, _op("x", "big 1")], lambda op: op)
    modules = [g.module for g in groups]
    assert modules == ["_ops_big__0", "_ops_big__1", "_ops_big__2", "_ops_big__3", "_ops_big_1"]
    assert sum(len(g.operations) for g in groups) == len(ops) + 1
    assert all(len(g.operations) <= MAX_GROUP for g in groups)
    # one more operation in another group, or a few in this one, moves none
    assert _modules([*ops, _op("y", "other")])["op_7"] == _modules(ops)["op_7"]


def test_the_table_lists_each_module_s_names() -> None:
    groups = operation_groups([_op("b", "t"), _op("a", "t"), _op("c", "u")], lambda op: op)
    table = eval(names_table(groups))  # a dict literal of string literals
    assert table == {"_ops_t": ["b", "a"], "_ops_u": ["c"]}
    assert names_table(groups, pagers=True) == "{}"
