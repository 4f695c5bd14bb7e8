"""Tests for benchmarks/: the peer workload means the same thing in every engine."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .conftest import ROOT

if TYPE_CHECKING:
    import pytest


def test_every_engine_fires_the_same_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """mlcareer, its plain interpretation, the hand-written function and any installed peer agree on every profile."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    peers = importlib.import_module("peers")
    fired = peers.check(peers.engines(peers.candidates(500)))
    counts = {rule: sum(rule in rules for rules in fired) for rule, _ in peers.RULES}
    assert all(0 < count < len(fired) for count in counts.values()), counts
