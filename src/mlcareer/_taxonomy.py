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
import heapq
import re
from importlib import resources
from typing import TYPE_CHECKING, Any, NewType, SupportsIndex

import attrs
import yaml

from mlcareer._shapes import SEPARATORS, remember_short

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "Implication",
    "SkillCategory",
    "SkillId",
    "SkillInfo",
    "SkillTable",
    "TraitId",
    "skill_key",
    "skill_table",
]

#: What follows a skill's name that makes it what a product has: "AI-powered", "ML-driven".
_PRODUCT = re.compile(r"-(?:powered|driven|enabled)\b", re.IGNORECASE)
#: What follows a skill's name that makes it part of a team's name (group 1: the team's, a possessive).
_TEAM = re.compile(r"\s+(?:teams?|departments?|groups?|squads?)\b((?:'|\u2019)s\b)?", re.IGNORECASE)
#: A word of software, which makes a name that is also an everyday word name the skill: "a Flask API".
_SOFTWARE = re.compile(
    r"\b(?:code|coding|coded|programm\w*|software|apps?|applications?|apis?|librar(?:y|ies)|frameworks?"
    r"|packages?|backend|back-end|frontend|front-end|web|websites?|server|scripts?|scripting|stack|developers?"
    r"|develop(?:ed|ing)?|implement(?:ed|ing)?|built|deployed|written in|using|data|dataframes?|pipelines?"
    r"|models?|notebooks?|github|open[- ]source|languages?|engineer\w*|dashboards?|ui|components?|native"
    r"|databases?|quer(?:y|ies)|cloud|clusters?|streaming|spreadsheets?|reports?|tools?|forecast\w*"
    r"|transcri\w*|speech|environments?|agents?|training|trained)\b",
    re.IGNORECASE,
)
#: What comes before a team's name that makes the writer someone who works for that team, not in it.
_SERVING = re.compile(
    r"\b(?:for|with|to|supporting|supports|supported|serving|alongside)\s+(?:the|our|a|an|their|its)\s+$",
    re.IGNORECASE,
)
#: The level at which a project or position shows the skills it names: intermediate.
_WORK_LEVEL = 3
_LEVEL_WORDS = ("", "novice", "beginner", "intermediate", "advanced", "expert")

SkillId = NewType("SkillId", str)
"""
A canonical skill id: a lowercase slug such as ``scikit-learn``.
"""

TraitId = NewType("TraitId", str)
"""
A canonical trait id: a lowercase slug such as ``learning-from-failure``.
"""


#: A capital after a small letter within a word: "PyTorch", "ReAct".
_HUMP = re.compile(r"[a-z][A-Z]")


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


@attrs.frozen
class Implication:
    """
    What a skill shows beyond itself, from a level on.

    Attributes:
        at_least: The level (1-5) of the skill from which it shows *shows*.
        shows: The skills it shows, each with the highest level (1-5) it shows.
    """

    at_least: int
    shows: tuple[tuple[str, int], ...]


@attrs.frozen(kw_only=True)
class SkillInfo:
    """
    One entry of the skill table.

    Attributes:
        id: The canonical id.
        name: The name to show people.
        category: What kind of skill it is; None for a trait.
        aliases: Other names people write for it.
        ml: Whether work that names it is machine-learning work.
        niche: Whether it is a field people specialise in.
        implies: What the skill shows beyond itself.
        everyday: Whether its name is also an everyday word or a given name ("pandas",
            "Rust", "Julia"): free text names the skill only beside another skill or a
            word of software.
    """

    id: str
    name: str
    category: SkillCategory | None
    aliases: tuple[str, ...] = ()
    ml: bool = False
    niche: bool = False
    implies: tuple[Implication, ...] = ()
    everyday: bool = False


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
    _words: re.Pattern[str] | None = attrs.field(init=False, default=None, repr=False, eq=False)
    _trait_words: re.Pattern[str] | None = attrs.field(init=False, default=None, repr=False, eq=False)
    _letters: re.Pattern[str] | None = attrs.field(init=False, default=None, repr=False, eq=False)
    _showing: dict[tuple[str, ...], frozenset[str]] = attrs.field(
        init=False, factory=dict, repr=False, eq=False
    )
    _ml: frozenset[str] = attrs.field(init=False, repr=False, eq=False)
    _implied: dict[str, tuple[tuple[tuple[str, int], ...], ...]] = attrs.field(
        init=False, repr=False, eq=False
    )
    _order: dict[str, int] = attrs.field(init=False, repr=False, eq=False)

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # The shipped table unpickles as the process's own (an engine from the cache, or sent to a
        # worker, shares the table profiles are read through), or becomes it, unread from its file.
        if _SHIPPED.get("table") is self:
            return _shipped, (self.skills, self.traits)
        return super().__reduce_ex__(protocol)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_skill_index", _index(self.skills))
        object.__setattr__(self, "_trait_index", _index(self.traits))
        object.__setattr__(self, "_ml", frozenset(key for key, info in self.skills.items() if info.ml))
        letters = {
            name for info in self.skills.values() for name in (info.name, *info.aliases) if len(name) == 1
        }
        object.__setattr__(self, "_letters", _one_letter_pattern(letters) if letters else None)
        # What each skill that implies something shows at each level (1-5; 0 for none).
        implied = {
            key: tuple(
                tuple(
                    (other, min(cap, level))
                    for implication in info.implies
                    if level >= implication.at_least
                    for other, cap in implication.shows
                )
                for level in range(6)
            )
            for key, info in self.skills.items()
            if info.implies
        }
        object.__setattr__(self, "_implied", implied)
        object.__setattr__(self, "_order", _topological(implied))

    def extended(self, skills: Iterable[SkillInfo]) -> SkillTable:
        """
        This table with *skills* added, each replacing an entry of the same id.

        Example:
            >>> kubernetes = SkillInfo(
            ...     id="kubernetes", name="Kubernetes", category=SkillCategory.PRACTICE, aliases=("k8s",)
            ... )
            >>> skill_table().extended([kubernetes]).skill_id("K8s")
            'kubernetes'
        """
        added = {info.id: info for info in skills}
        if not added:
            return self
        return SkillTable({**self.skills, **added}, self.traits)

    def merged(self, entry: SkillInfo) -> SkillInfo:
        """
        The entry *entry* makes of its id: itself for a new skill, else added to the table's entry.

        The table's aliases and implications are kept, *entry*'s are added
        after them, and it can mark a skill as ML work or a niche, never unmark one.
        """
        old = self.skills.get(entry.id)
        if old is None:
            return entry
        return SkillInfo(
            id=entry.id,
            name=entry.name,
            category=entry.category,
            aliases=(*old.aliases, *(alias for alias in entry.aliases if alias not in old.aliases)),
            ml=old.ml or entry.ml,
            niche=old.niche or entry.niche,
            implies=(*old.implies, *(rule for rule in entry.implies if rule not in old.implies)),
            everyday=old.everyday or entry.everyday,
        )

    def showing(self, skills: tuple[str, ...]) -> frozenset[str]:
        """
        The skills whose naming in a piece of work shows one of *skills*: those, and those that imply one.

        A project or position shows what it names at intermediate (see
        `shown`), so the implications that hold from intermediate count.

        Example:
            >>> sorted(skill_table().showing(("transformer-models",)))
            ['bert', 'hugging-face-transformers', 'transformer-models', 'vision-language-models']
        """
        found = self._showing.get(skills)
        if found is None:
            wanted = set(skills)
            found = (
                frozenset(
                    skill
                    for skill in self.skills
                    if skill in wanted or not wanted.isdisjoint(self.shown({skill: _WORK_LEVEL})[0])
                )
                | wanted
            )
            self._showing[skills] = found
        return found

    @property
    def ml_skills(self) -> frozenset[str]:
        """
        The ids of the skills that make work machine learning.
        """
        return self._ml

    def shown(
        self, listed: Mapping[str, int], work: Iterable[tuple[str, int, str]] = ()
    ) -> tuple[dict[str, int], dict[str, str]]:
        """
        Every skill a profile shows, with its level (1-5), and what shows each one it does not list.

        A listed skill keeps its listed level. Each of *work* (a skill, a
        level and where it was seen) shows its skill at that level; then
        every skill shown shows what it implies, in chains, until nothing
        changes. A skill shown several ways takes the highest level, and of
        equal levels the first source in alphabetical order, so the result
        never depends on the order of the profile's lists.

        Example:
            >>> levels, shown_by = skill_table().shown({"xgboost": 4})
            >>> levels["decision-trees"], shown_by["decision-trees"]
            (4, 'XGBoost (advanced)')
        """
        levels = dict(listed)
        shown_by: dict[str, str] = {}
        for skill, level, source in work:
            old = levels.get(skill, 0)
            if skill not in listed and (level > old or (level == old and source < shown_by[skill])):
                levels[skill] = level
                shown_by[skill] = source
        # What a piece of work shows is shown through the skill it names: "supervised learning in
        # project “House prices”", not the project alone, shows logistic regression.
        worked = set(shown_by)
        # Each skill comes after every skill that can imply it, so it is taken once, at its final level
        # and source, and the result is the same whatever the order of the lists. (In a table whose
        # implications form a cycle, a skill is taken again whenever it changes, until none does.)
        implied, order = self._implied, self._order
        heap = [(order[skill], skill) for skill in levels if skill in implied]
        heapq.heapify(heap)
        queued = {skill for _, skill in heap}
        while heap:
            _, skill = heapq.heappop(heap)
            queued.discard(skill)
            level = levels[skill]
            by = None  # written out only for an implication that changes something
            for other, shows in implied[skill][level]:
                if other in listed or shows < (old := levels.get(other, 0)):
                    continue
                by = by or (
                    f"{self.skill_name(skill)} in {shown_by[skill]}"
                    if skill in worked
                    else shown_by.get(skill) or f"{self.skill_name(skill)} ({_LEVEL_WORDS[level]})"
                )
                if shows == old and (other in worked or by >= shown_by[other]):
                    continue  # (what work shows itself stays shown by it at an equal level)
                levels[other] = shows
                shown_by[other] = by
                worked.discard(other)  # shown through another skill now
                if other in implied and other not in queued:
                    queued.add(other)
                    heapq.heappush(heap, (order[other], other))
        return levels, shown_by

    def niche_id(self, text: str) -> str:
        """
        The canonical id of a specialization: its skill's id when the table knows it, else a slug.

        Example:
            >>> skill_table().niche_id("NLP"), skill_table().niche_id("quantum_ml")
            ('natural-language-processing', 'quantum_ml')
        """
        info = self.known_skill(text)
        return info.id if info is not None else "_".join(skill_key(text).split())

    def find(self, text: str, *, listed: bool = False) -> tuple[SkillId, ...]:
        """
        The skills named in free *text*, as whole words, in order of first mention.

        A name that is an everyday word too (``everyday``: "pandas", "Julia") counts
        beside another skill or a word of software only, unless the text is *listed*
        among skills.

        Names of up to three letters count only as acronyms in capitals, and
        one-letter names only where a language fits ("plots in R", "Stata/R"),
        so "Go to market" and "R&D" name no language. A name
        that is part of another team's name ("for the data science team",
        "the ML team's models") names no skill of the writer's, nor does one that says what a
        product has ("an AI-powered wallet"). A name right
        after a slash counts when a name ends at the slash ("Spark/Kafka"),
        not in a path or an address ("src/numpy"); an everyday name ending a
        hyphenated word ("gamma-ray data") is that word.

        Example:
            >>> skill_table().find("A CNN in PyTorch; logistic-regression baseline; Go to R&D")
            ('convolutional-neural-networks', 'pytorch', 'logistic-regression')
            >>> (
            ...     skill_table().find("SQL reports for the data science team"),
            ...     skill_table().find("an AI-powered app"),
            ... )
            (('sql',), ())
            >>> skill_table().find("Spark/Kafka pipelines in the repository's etl/pandas folder")
            ('spark', 'kafka')
            >>> skill_table().find("Giant pandas eat bamboo"), skill_table().find("Data cleaning in pandas")
            ((), ('data-cleaning', 'pandas'))
        """
        return tuple(dict.fromkeys(skill for skill, _, _ in self.mentions(text, listed=listed)))

    def mentions(self, text: str, *, listed: bool = False) -> list[tuple[SkillId, int, int]]:
        """
        Each naming of a skill in free *text*, as `find` reads them, with where it starts and ends.

        Example:
            >>> skill_table().mentions("PyTorch or TensorFlow")
            [('pytorch', 0, 7), ('tensorflow', 11, 21)]
        """
        words = self._words
        if words is None:  # compiled at the first use: compiling takes longer than the rest of the table
            words = _text_pattern(self.skills)
            object.__setattr__(self, "_words", words)
        found: list[tuple[SkillId, int, int]] = []
        letters = self._one_letter_names(text)
        ends = {end for _, _, end in letters}
        for match in words.finditer(text):
            word = match.group(0)
            if len(word.strip()) <= 3 and not word.isupper():
                continue
            start = match.start()
            if (
                text[start - 1 : start] == "/"
                and (not found or found[-1][2] != start - 1)
                and start - 1 not in ends
            ):
                continue  # after a slash, only in a list of names ("Spark/Kafka", "R/Python"), not in a path
            if _PRODUCT.match(text, match.end()):
                continue  # "an AI-powered wallet": what a product has, not the writer's skill
            skill = self.skill_id(word)
            if self._other_word(word, skill, text, start):
                continue
            team = _TEAM.match(text, match.end())
            if team is not None and (team.group(1) or _SERVING.search(text, 0, match.start())):
                continue
            found.append((skill, match.start(), match.end()))
        if letters:
            found = sorted([*found, *letters], key=lambda mention: mention[1])
        # A name that is also an everyday word ("Giant pandas", "Julia Roberts") names the skill beside
        # another skill or a word of software only.
        if (
            not listed
            and any(self.skills[skill].everyday for skill, _, _ in found)
            and not (_SOFTWARE.search(text) or any(not self.skills[skill].everyday for skill, _, _ in found))
        ):
            return []
        return found

    def _one_letter_names(self, text: str) -> list[tuple[SkillId, int, int]]:
        """
        The languages of one letter (R, C) that *text* names where only a language fits, as `mentions`.

        That is after "in", "using" or "with" ("plots in R"), beside a slash ("Stata/R"), or before
        a word of code ("R package", "C programming"); a letter alone elsewhere is most often no
        language ("Plan B", "R&D", "Section C").

        Example:
            >>> skill_table().find("Stata/R tutor; starbility, a package of plots in R; R&D; Plan C")
            ('r',)
            >>> skill_table().find("C/C++ and R/Python")
            ('c', 'c++', 'r', 'python')
        """
        if self._letters is None:
            return []
        return [
            (self.skill_id(match.group(1) or match.group(2)), match.start(), match.end())
            for match in self._letters.finditer(text)
        ]

    def _other_word(self, word: str, skill: SkillId, text: str, start: int) -> bool:
        """
        Whether *word*, which names *skill* at *start* of *text*, is another thing's name.

        That is a name with capitals within it the skill's has not ("ReAct", an agent's pattern, is
        not React), or an everyday name ending a hyphenated word ("gamma-ray data" is no Ray).
        """
        return self._other_capitals(word) or (
            self.skills[skill].everyday and start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()
        )

    def _other_capitals(self, word: str) -> bool:
        """
        Whether *word* writes capitals within it where the name of the skill it spells has none.

        Example:
            >>> table = skill_table()
            >>> (
            ...     table._other_capitals("ReAct"),
            ...     table._other_capitals("REACT"),
            ...     table._other_capitals("PyTorch"),
            ... )
            (True, False, False)
        """
        humps = [found.start() for found in _HUMP.finditer(word)]
        if not humps:
            return False
        name = self.skills[self.skill_id(word)].name
        return skill_key(name) == skill_key(word) and humps != [
            found.start() for found in _HUMP.finditer(name)
        ]

    def trait_mentions(self, text: str) -> list[tuple[TraitId, int, int]]:
        """
        Each naming of a trait in free *text*, as a whole word, with where it starts and ends.

        Example:
            >>> skill_table().trait_mentions("A curious, resilient engineer")
            [('curiosity', 2, 9), ('persistence', 11, 20)]
        """
        words = self._trait_words
        if words is None:
            words = _text_pattern(self.traits)
            object.__setattr__(self, "_trait_words", words)
        return [(self.trait_id(match.group(0)), match.start(), match.end()) for match in words.finditer(text)]

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


def _one_letter_pattern(letters: Iterable[str]) -> re.Pattern[str]:
    """
    A pattern that finds the skills named by one of *letters* ("R", "C") where only a language fits.

    That is after "in", "using" or "with", beside a slash, or before a word of code; in capitals.
    """
    named = "[" + "".join(sorted({re.escape(letter.upper()) for letter in letters})) + "]"
    return re.compile(
        rf"(?:(?<=\bin )|(?<=\busing )|(?<=\bwith )|(?<=[A-Za-z]/))({named})(?![\w+#&/-]|\.\w)"
        rf"|(?<![\w.+#&/-])({named})"
        r"(?=/[A-Z]|\s+(?:packages?|programming|language|scripts?|code|Markdown|Shiny|Studio)\b)"
    )


def _text_pattern(skills: Mapping[str, SkillInfo]) -> re.Pattern[str]:
    """
    One pattern that finds any name or alias of *skills* as a whole word, the longest that fits.

    The names are written as a tree of their letters (``py(?:thon|torch)``), so
    the pattern tries one branch per letter instead of every name at every
    place; a longer name is tried before a name it starts with.
    """
    names = {skill_key(name) for info in skills.values() for name in (info.id, info.name, *info.aliases)}
    return re.compile(
        r"(?<![\w.+#])" + _alternatives(n for n in names if len(n) > 1) + r"(?![\w+#]|\.\w)", re.IGNORECASE
    )


def _alternatives(names: Iterable[str]) -> str:
    """
    A pattern matching any of *names* (words joined by spaces, which match any run of separators).
    """
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for index, word in enumerate(name.split(" ")):
            if index:
                node = node.setdefault(" ", {})
            for letter in word:
                node = node.setdefault(letter, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: Mapping[str, Any]) -> str:
    branches = [
        (r"[\s_-]+" if key == " " else re.escape(key)) + _branches(node[key]) for key in sorted(node) if key
    ]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ("|" if "" in node else "") + ")"


def _implications(entries: object) -> tuple[Implication, ...]:
    from mlcareer._model import Level  # noqa: PLC0415 - the model imports this module

    result = []
    for entry in entries if isinstance(entries, list) else []:
        at_least = Level.parse(entry.get("at_least", "novice"))
        shows = tuple((key, int(Level.parse(level))) for key, level in entry["shows"].items())
        result.append(Implication(int(at_least), shows))
    return tuple(result)


def _index(entries: Mapping[str, SkillInfo]) -> dict[str, str]:
    index: dict[str, str] = {}
    for info in entries.values():
        for name in (info.id, info.name, *info.aliases):
            key = skill_key(name)
            if index.setdefault(key, info.id) != info.id:  # pragma: no cover - guarded by tests
                msg = f"{name!r} names both {index[key]!r} and {info.id!r}"
                raise ValueError(msg)
    return index


#: The skill table that ships with mlcareer, once a process has it.
_SHIPPED: dict[str, SkillTable] = {}


def skill_table() -> SkillTable:
    """
    Return the skill table that ships with mlcareer (read once, then shared).
    """
    table = _SHIPPED.get("table")
    return table if table is not None else _SHIPPED.setdefault("table", _read_skill_table())


def _shipped(skills: Mapping[str, SkillInfo], traits: Mapping[str, SkillInfo]) -> SkillTable:
    """
    The shipped table as a pickle gives it: the process's own, or this one, which becomes it.
    """
    table = _SHIPPED.get("table")
    return table if table is not None else _SHIPPED.setdefault("table", SkillTable(skills, traits))


def _read_skill_table() -> SkillTable:
    """
    The skill table read from its file.
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
            ml=bool(entry.get("ml", False)),
            niche=bool(entry.get("niche", False)),
            implies=_implications(entry.get("implies")),
            everyday=bool(entry.get("everyday", False)),
        )
        for key, entry in data["skills"].items()
    }
    traits = {
        key: SkillInfo(id=key, name=entry["name"], category=None, aliases=tuple(entry["aliases"]))
        for key, entry in data["traits"].items()
    }
    return SkillTable(skills, traits)


def _topological(implied: Mapping[str, tuple[tuple[tuple[str, int], ...], ...]]) -> dict[str, int]:
    """
    A place for each skill of *implied* after every skill that can imply it (but those in a cycle).
    """
    # What each skill can imply at all (every implication holds at expert); showing itself changes nothing.
    shows = {
        skill: {other for other, _ in by_level[5] if other in implied} - {skill}
        for skill, by_level in implied.items()
    }
    waiting = dict.fromkeys(implied, 0)
    for others in shows.values():
        for other in others:
            waiting[other] += 1
    ready = sorted(skill for skill, count in waiting.items() if not count)
    order: dict[str, int] = {}
    while ready:
        skill = ready.pop()
        order[skill] = len(order)
        for other in shows[skill]:
            waiting[other] -= 1
            if not waiting[other]:
                ready.append(other)
    if len(order) < len(implied):  # a cycle: its skills in any order, after the others
        order.update(
            (skill, len(order) + place) for place, skill in enumerate(sorted(set(implied) - set(order)))
        )
    return order
