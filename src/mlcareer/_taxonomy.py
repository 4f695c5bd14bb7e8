"""
The skill table: canonical skill and trait ids, names, categories and aliases.

The table ships with the package (``mlcareer/data/skills.yaml``). Names are
matched by folding case and separators and then looking for an exact name
or alias, never a substring, so ``R`` is the R language but "Red flags" is
not. Names that are not in the table are kept, as a slug of what was
written.
"""

from __future__ import annotations

import enum
import functools
from importlib import resources
from typing import TYPE_CHECKING, NewType

import attrs
import yaml

from mlcareer._shapes import SEPARATORS, remember_short

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "SkillCategory",
    "SkillId",
    "SkillInfo",
    "SkillTable",
    "TraitId",
    "skill_key",
    "skill_table",
]

SkillId = NewType("SkillId", str)
"""
A canonical skill id: a lowercase slug such as ``scikit-learn``.
"""

TraitId = NewType("TraitId", str)
"""
A canonical trait id: a lowercase slug such as ``learning-from-failure``.
"""


@remember_short
def skill_key(text: str) -> str:
    """
    Fold *text* for matching: lower case, one space for any separators.

    Example:
        >>> skill_key(" Scikit_Learn ")
        'scikit learn'
    """
    return SEPARATORS.sub(" ", text.casefold()).strip()


class SkillCategory(str, enum.Enum):
    """
    What kind of skill a skill is.
    """

    LANGUAGE = "language"
    LIBRARY = "library"
    FRAMEWORK = "framework"
    ALGORITHM = "algorithm"
    DOMAIN = "domain"
    PRACTICE = "practice"
    SOFT = "soft"


@attrs.frozen(kw_only=True)
class SkillInfo:
    """
    One entry of the skill table.

    Attributes:
        id: The canonical id.
        name: The name to show people.
        category: What kind of skill it is; None for a trait.
        aliases: Other names people write for it.
    """

    id: str
    name: str
    category: SkillCategory | None
    aliases: tuple[str, ...] = ()


@attrs.frozen
class SkillTable:
    """
    Canonical skills and traits with their aliases.

    Use `skill_table` for the table that ships with mlcareer.

    Example:
        >>> table = skill_table()
        >>> table.skill_id("SKLearn"), table.skill_id("Red flags")
        ('scikit-learn', 'red-flags')
        >>> table.skill_name("pytorch")
        'PyTorch'
    """

    skills: Mapping[str, SkillInfo]
    traits: Mapping[str, SkillInfo]
    _skill_index: Mapping[str, str] = attrs.field(init=False, repr=False, eq=False)
    _trait_index: Mapping[str, str] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_skill_index", _index(self.skills))
        object.__setattr__(self, "_trait_index", _index(self.traits))

    def skill_id(self, text: str) -> SkillId:
        """
        Return the canonical id of the skill named *text* (a slug if unknown).
        """
        key = skill_key(text)
        return SkillId(self._skill_index.get(key) or key.replace(" ", "-"))

    def trait_id(self, text: str) -> TraitId:
        """
        Return the canonical id of the trait named *text* (a slug if unknown).
        """
        key = skill_key(text)
        return TraitId(self._trait_index.get(key) or key.replace(" ", "-"))

    def known_skill(self, text: str) -> SkillInfo | None:
        """
        Return the table's entry for the skill named *text*, if it has one.
        """
        skill_id = self._skill_index.get(skill_key(text))
        return None if skill_id is None else self.skills[skill_id]

    def skill_name(self, skill_id: str) -> str:
        """
        Return the display name of *skill_id* (the id itself if unknown).
        """
        info = self.skills.get(skill_id)
        return info.name if info is not None else skill_id.replace("-", " ")

    def trait_name(self, trait_id: str) -> str:
        """
        Return the display name of *trait_id* (the id itself if unknown).
        """
        info = self.traits.get(trait_id)
        return info.name if info is not None else trait_id.replace("-", " ")

    def names(self) -> list[str]:
        """
        Every skill id and alias the table knows, for suggestions.
        """
        return list(self._skill_index)


def _index(entries: Mapping[str, SkillInfo]) -> dict[str, str]:
    index: dict[str, str] = {}
    for info in entries.values():
        for name in (info.id, info.name, *info.aliases):
            key = skill_key(name)
            if index.setdefault(key, info.id) != info.id:  # pragma: no cover - guarded by tests
                msg = f"{name!r} names both {index[key]!r} and {info.id!r}"
                raise ValueError(msg)
    return index


@functools.cache
def skill_table() -> SkillTable:
    """
    Return the skill table that ships with mlcareer (read once, then shared).
    """
    text = resources.files("mlcareer").joinpath("data/skills.yaml").read_text("utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    skills = {
        key: SkillInfo(
            id=key,
            name=entry["name"],
            category=SkillCategory(entry["category"]),
            aliases=tuple(entry["aliases"]),
        )
        for key, entry in data["skills"].items()
    }
    traits = {
        key: SkillInfo(id=key, name=entry["name"], category=None, aliases=tuple(entry["aliases"]))
        for key, entry in data["traits"].items()
    }
    return SkillTable(skills, traits)
