"""The examples in mlcareer's docstrings run, and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import mlcareer

MODULES = sorted(
    [
        "mlcareer",
        *(
            f"mlcareer.{info.name}"
            for info in pkgutil.iter_modules(mlcareer.__path__)
            if info.name != "__main__"
        ),
    ]
)


#: Modules that need an extra, with a package of it (their examples run where it is installed).
EXTRAS = {"mlcareer.dask": "dask"}


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    """Every example in the module's docstrings gives the output written beside it."""
    if name in EXTRAS:
        pytest.importorskip(EXTRAS[name])
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0
