"""Tests for the public API surface of mlcareer."""

from __future__ import annotations

import ast
import graphlib
import importlib.metadata
import inspect
from pathlib import Path

import mlcareer
from mlcareer import exceptions, strategies


def test_all_is_sorted_and_complete() -> None:
    """__all__ is sorted, every name in it exists, and dir() shows exactly it."""
    assert mlcareer.__all__ == sorted(mlcareer.__all__)
    assert all(hasattr(mlcareer, name) for name in mlcareer.__all__)
    assert dir(mlcareer) == mlcareer.__all__


def test_public_submodules() -> None:
    """The public submodules list their names too."""
    for module in (exceptions, strategies):
        assert sorted(module.__all__) == module.__all__
        assert all(hasattr(module, name) for name in module.__all__)


def test_every_public_name_is_documented() -> None:
    """Every public class and function has a docstring."""
    undocumented = [
        name
        for name in mlcareer.__all__
        if (inspect.isclass(obj := getattr(mlcareer, name)) or inspect.isfunction(obj))
        and not inspect.getdoc(obj)
    ]
    assert undocumented == []


def test_errors_inherit_builtins() -> None:
    """Specific errors also inherit the builtin they resemble."""
    assert issubclass(mlcareer.ProfileError, ValueError)
    assert issubclass(mlcareer.RuleError, ValueError)
    assert issubclass(mlcareer.LimitError, mlcareer.ProfileError)
    assert issubclass(mlcareer.UnknownRuleError, LookupError)
    for error in (mlcareer.ProfileError, mlcareer.RuleError, mlcareer.ReportError, mlcareer.UnknownRuleError):
        assert issubclass(error, mlcareer.MlcareerError)


def test_version() -> None:
    """The package says its version, the one its metadata gives, and so does the command."""
    assert mlcareer.__version__ == importlib.metadata.version("mlcareer")


def _runtime_imports() -> dict[str, set[str]]:
    """Each module of the package and the package modules it imports when it is loaded."""
    package = Path(mlcareer.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text())
        found: set[str] = set()
        for (
            node
        ) in tree.body:  # module level only: imports inside functions and TYPE_CHECKING blocks are not loaded
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mlcareer."):
                found.add(node.module.removeprefix("mlcareer."))
        graph[path.stem] = found
    return graph


def test_modules_import_without_cycles() -> None:
    """The package's modules import each other in one direction, and reports know nothing of the rule language."""
    graph = _runtime_imports()
    order = list(graphlib.TopologicalSorter(graph).static_order())  # raises CycleError on a cycle
    assert set(order) >= set(graph)
    seen: set[str] = set()
    pending = ["_report"]
    while pending:
        for module in graph[pending.pop()] - seen:
            seen.add(module)
            pending.append(module)
    assert seen.isdisjoint({"_conditions", "_language", "_rulebook", "_horizon", "_compiler", "_engine"})
