"""
The skills a rule file declares: new skills, and more names or implications for known ones.

A rule file's ``skills`` section is written like the skill table that ships
with mlcareer (``mlcareer/data/skills.yaml``): skill ids with a name, a
category, aliases, ``ml``, ``niche``, ``implies`` and ``everyday``. `declare_skills` reads
it against the table the rule file extends and returns the entries to add;
`skills_data` writes entries back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from mlcareer._model import LEVEL_SHAPE, Level, _enum_shape
from mlcareer._shapes import Field, Flag, Items, Record, Rejected, Shape, Table, Text, suggest
from mlcareer._taxonomy import Implication, SkillCategory, SkillInfo, SkillTable, skill_key, skill_table

if TYPE_CHECKING:
    from mlcareer._document import Path
    from mlcareer._shapes import Issues, JSONSchema

__all__ = ["SKILLS_SHAPE", "declare_skills", "skills_data"]


@attrs.frozen(kw_only=True)
class _Implies:
    at_least: Level = Level.NOVICE
    shows: dict[str, Level] = attrs.field(factory=dict, hash=False)


@attrs.frozen(kw_only=True)
class _Entry:
    name: str | None = None
    category: SkillCategory | None = None
    aliases: tuple[str, ...] = ()
    ml: bool = False
    niche: bool = False
    implies: tuple[_Implies, ...] = ()
    everyday: bool = False


_NAME = Text(max_length=200)

_SHAPE: Table[_Entry] = Table(
    Record(
        _Entry,
        {
            "name": Field(_NAME, description="The name to show people; needed for a new skill."),
            "category": Field(_enum_shape(SkillCategory), description="Needed for a new skill."),
            "aliases": Field(Items(_NAME), default=(), description="Other names people write for it."),
            "ml": Field(Flag(), default=False, description="Work that names it is machine-learning work."),
            "niche": Field(Flag(), default=False, description="A field people specialise in."),
            "implies": Field(
                Items(
                    Record(
                        _Implies,
                        {
                            "at_least": Field(LEVEL_SHAPE, default=Level.NOVICE),
                            "shows": Field(Table(LEVEL_SHAPE), required=True),
                        },
                        what="an implication (a mapping with 'shows')",
                    )
                ),
                default=(),
                description="What the skill shows beyond itself, from a level on.",
            ),
            "everyday": Field(
                Flag(),
                default=False,
                description="Its name is an everyday word too: free text names it beside software only.",
            ),
        },
        what="a skill (a mapping)",
    ),
    what="a mapping of skill ids to skills",
)


class _SkillsShape(Shape[tuple[SkillInfo, ...]]):
    """
    A rule file's ``skills``, written back and described; `declare_skills` reads them against a table.
    """

    what = "a mapping of skill ids to skills"

    def parse(self, value: object, path: Path, issues: Issues) -> tuple[SkillInfo, ...]:
        return declare_skills(value, path, issues, skill_table())[1]

    def dump(self, value: tuple[SkillInfo, ...]) -> object:
        return skills_data(value)

    def schema(self) -> JSONSchema:
        return _SHAPE.schema()


#: How a rule file writes the skills it declares.
SKILLS_SHAPE = _SkillsShape()


def declare_skills(
    value: object, path: Path, issues: Issues, table: SkillTable
) -> tuple[SkillTable, tuple[SkillInfo, ...]]:
    """
    Read the ``skills`` section *value* against *table*.

    Returns *table* with the declared skills, and the declared entries as
    they now stand (a known skill's entry with the names and implications
    added). Problems are recorded in *issues*; entries with problems are
    left out.
    """
    try:
        entries = _SHAPE.parse(value, path, issues)
    except Rejected:
        return table, ()
    named: dict[str, SkillInfo] = {}
    for key, entry in entries.items():
        where = (*path, key)
        if key != skill_key(key).replace(" ", "-"):
            issues.add(
                where,
                f"{key!r} is not a skill id (lowercase words joined by -, such as 'scikit-learn')",
                at_key=where,
            )
            continue
        old = table.skills.get(key)
        name = entry.name or (old.name if old else None)
        category = entry.category or (old.category if old else None)
        if name is None or category is None:
            issues.add(where, f"skill {key!r} is new to the skill table: give it a 'name' and a 'category'")
            continue
        clashes = [
            (index, alias)
            for index, alias in enumerate((name, *entry.aliases))
            if (other := table.known_skill(alias)) is not None and other.id != key
        ]
        for index, alias in clashes:
            at = (*where, "name") if index == 0 else (*where, "aliases", index - 1)
            issues.add(at, f"{alias!r} already names the skill {table.known_skill(alias).id!r}")  # type: ignore[union-attr] # found above
        if clashes:
            continue
        named[key] = SkillInfo(
            id=key,
            name=name,
            category=category,
            aliases=entry.aliases,
            ml=entry.ml,
            niche=entry.niche,
            everyday=entry.everyday,
        )
    # Implications may name skills declared beside them, so they resolve through the table with all names.
    provisional = table.extended(table.merged(info) for info in named.values())
    declared = tuple(
        table.merged(attrs.evolve(info, implies=_implies(entries[key], (*path, key), issues, provisional)))
        for key, info in named.items()
    )
    return table.extended(declared), declared


def _implies(entry: _Entry, path: Path, issues: Issues, table: SkillTable) -> tuple[Implication, ...]:
    """
    The implications of *entry*, with the skills they show resolved through *table*.
    """
    result = []
    for index, implication in enumerate(entry.implies):
        shows = []
        for other, level in implication.shows.items():
            found = table.known_skill(other)
            if found is None:
                where = (*path, "implies", index, "shows", other)
                suggestion = suggest(other.casefold(), table.names())
                issues.add(where, f"unknown skill {other!r}", suggestion=suggestion, at_key=where)
            else:
                shows.append((found.id, int(level)))
        result.append(Implication(int(implication.at_least), tuple(shows)))
    return tuple(result)


def skills_data(skills: tuple[SkillInfo, ...]) -> dict[str, object]:
    """
    Declared skill entries as a rule file's ``skills`` section writes them.
    """
    return _SHAPE.dump(  # type: ignore[return-value] # a table dumps to a mapping
        {
            info.id: _Entry(
                name=info.name,
                category=info.category,
                aliases=info.aliases,
                ml=info.ml,
                niche=info.niche,
                implies=tuple(
                    _Implies(
                        at_least=Level(implication.at_least),
                        shows={skill: Level(level) for skill, level in implication.shows},
                    )
                    for implication in info.implies
                ),
                everyday=info.everyday,
            )
            for info in skills
        }
    )
