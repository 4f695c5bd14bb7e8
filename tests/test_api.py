"""Tests for the public API surface of mlcareer."""

from __future__ import annotations

import importlib.metadata
import inspect

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
