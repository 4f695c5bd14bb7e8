"""Tests for benchmarks/: the peer workload means the same thing in every engine."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

import mlcareer

from .conftest import ROOT

if TYPE_CHECKING:
    import pytest


def test_every_engine_fires_the_same_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine fires the same rules: mlcareer from candidates and from plain data, its interpretation, peers."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    peers = importlib.import_module("peers")
    # Generated profiles seldom hold two given skills at a working level: one more meets r38 for sure.
    strong = {"name": "Strong", "skills": [{"name": "python", "level": 4}, {"name": "pytorch", "level": 4}],
              "traits": [{"name": "curiosity", "evidence": "An example."}]}  # fmt: skip
    plain = [*peers.profiles(500), strong]
    fired = peers.check(peers.engines([mlcareer.load_candidate(profile) for profile in plain], plain))
    counts = {rule: sum(rule in rules for rules in fired) for rule, _ in peers.RULES}
    assert all(0 < count < len(fired) for count in counts.values()), counts
