"""
A deliberately simple reference interpreter of the rule language.

It reads a rule file's plain data and asks the `Candidate` directly, with
none of the engine's machinery (no parsing into predicate classes, no
facts index, no compiled closures), so the two can check each other. What
a profile shows is worked out here again, by a plain fixed point over the
skill table's entries, from the rules in docs/profile-format.md.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import math
import operator
import re
from typing import TYPE_CHECKING, Any

import attrs

from mlcareer import Candidate, Company, Level, PortfolioKind, load_rulebook, skill_table
from mlcareer._conditions import AllOf, AnyOf, AtLeastOf, Named, Not, Quiet
from mlcareer._model import period_end, period_start

if TYPE_CHECKING:
    from collections.abc import Iterable

    from mlcareer._conditions import Condition
    from mlcareer._facts import Facts
    from mlcareer._model import Position

#: The date every reference reading is made on (tests evaluate the engine on it too).
AS_OF = dt.date(2026, 11, 25)
#: The exercises of the built-in rulebook, for conditions read on their own.
BUILT_IN_EXERCISES = list(load_rulebook().exercises)


def _covered(positions: Iterable[Position]) -> float:
    """The years at least one of *positions* is held until AS_OF: a sweep over their starts and ends."""
    events = []
    for position in positions:
        if position.start is None:
            continue
        start = period_start(position.start)
        end = AS_OF if position.end is None else min(period_end(position.end), AS_OF)
        if end > start:
            events += [(start, 1), (end, -1)]
    days, held, since = 0, 0, None
    for day, change in sorted(events, key=lambda event: (event[0], -event[1])):
        if held == 0 and change == 1:
            since = day
        held += change
        if held == 0 and since is not None:
            days += (day - since).days
    return days / 365.25


COMPARE = {
    "at_least": operator.ge,
    "at_most": operator.le,
    "more_than": operator.gt,
    "less_than": operator.lt,
    "equals": operator.eq,
}
PRIORITY = ["critical", "high", "medium", "low"]


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _in_field(study: Any, field: str) -> bool:
    """Whether the study's degree or field names *field*, as whole words in any case."""

    def spaced(text: str) -> str:
        return " " + " ".join(re.sub(r"\W", " ", text.casefold()).split()) + " "

    return spaced(field) in spaced(" ".join(filter(None, (study.degree, study.field))))


def _in_range(number: float, args: dict[str, Any]) -> bool:
    bounds = {key: value for key, value in args.items() if key in COMPARE} or {"at_least": 1}
    return all(COMPARE[key](number, bound) for key, bound in bounds.items())


@functools.lru_cache(maxsize=256)
def shown(c: Candidate, since: int | None = None) -> dict[str, int]:  # noqa: C901, PLR0912 - one plain pass a way of showing, on purpose
    """The level of every skill the profile shows: listed, by work, by kind of work, and implied (positions held since *since*)."""
    table = skill_table()
    listed: dict[str, int] = {skill.name: int(skill.level) for skill in c.skills}
    levels: dict[str, int] = dict(listed)

    def show(skill: str, level: int) -> bool:
        if skill in listed or level <= levels.get(skill, 0):
            return False
        levels[skill] = level
        return True

    def named(skills: Any, texts: list[str | None]) -> set[str]:
        return set(skills) | {found for text in texts if text for found in table.find(text)}

    for item in c.portfolio:
        level = 2 if item.kind is PortfolioKind.CERTIFICATION else 3
        for skill in named(item.skills, [item.title, *item.topics, item.description]):
            show(skill, level)
        if item.kind in (PortfolioKind.BLOG_POST, PortfolioKind.CASE_STUDY):
            show("communication", 3)
        if item.kind is PortfolioKind.OPEN_SOURCE:
            show("teamwork", 2)
    for activity in c.growth.learning:
        for skill in named((), [activity.title]):
            show(skill, 1)
    held = [position for position in c.experience if since is None or position.held_since(since)]
    using: dict[str, list[Position]] = {}
    for position in held:
        for skill in named(position.skills, [position.title, *position.highlights]):
            using.setdefault(skill, []).append(position)
    years = {skill: _covered(positions) for skill, positions in using.items()}
    for position in held:
        for skill in named(position.skills, [position.title, *position.highlights]):
            show(skill, 4 if years[skill] >= 3 else 3)
        if position.years(AS_OF) >= 1:
            show("teamwork", 3)
        if position.is_teaching:
            show("communication", 3)
        if position.is_management:
            show("leadership", 3)
    changed = True
    while changed:
        changed = False
        for skill, level in list(levels.items()):
            info = table.skills.get(skill)
            for implication in info.implies if info else ():
                if level >= implication.at_least:
                    for other, cap in implication.shows:
                        changed |= show(other, min(cap, level))
    return levels


def _level(candidate: Candidate, name: str) -> int:
    return shown(candidate).get(skill_table().skill_id(name), 0)


def _ml(skills: set[str]) -> bool:
    return any(skill_table().skills[s].ml for s in skills if s in skill_table().skills)


def _ml_position(job: Any) -> bool:
    """
    ML work, by the position's title, skills or highlights.

    The title names an ML skill, or (for a position other than teaching courses) at least half the skills
    the position names are ML skills (the skills those imply at intermediate left out), or at least two
    of its highlights, and a third of them, name one.
    """
    named = _named_skills(job.skills, [job.title, *job.highlights])
    ml_skills = {skill for skill in named if _ml({skill})}
    ml_count = len(ml_skills)
    ml_highlights = sum(1 for text in job.highlights if _ml(set(skill_table().find(text))))
    teaching = re.search(
        r"\b(?:teachers?|instructor|tutor|teaching assistant|teaching fellow|course assistant)\b",
        job.title or "",
        re.IGNORECASE,
    )
    return ml_count > 0 and (
        _ml(set(skill_table().find(job.title or "")))
        or (
            not teaching
            and (
                ml_count * 2 >= len(named - (_implied(dict.fromkeys(ml_skills, 3)) - ml_skills))
                or (ml_highlights >= 2 and ml_highlights * 3 >= len(job.highlights))
            )
        )
    )


def _named_skills(skills: Any, texts: list[str | None]) -> set[str]:
    return set(skills) | {found for text in texts if text for found in skill_table().find(text)}


def _work_shows(skills: Any, texts: list[str | None]) -> set[str]:
    """What a project or position shows: the skills it names, at intermediate, and what those imply."""
    return _implied(dict.fromkeys(_named_skills(skills, texts), 3))


def _implied(levels: dict[str, int]) -> set[str]:
    """The skills *levels* show, with what they imply in the skill table."""
    levels = dict(levels)
    changed = True
    while changed:
        changed = False
        for skill, level in list(levels.items()):
            info = skill_table().skills.get(skill)
            for implication in info.implies if info else ():
                for other, cap in implication.shows if level >= implication.at_least else ():
                    if min(cap, level) > levels.get(other, 0):
                        levels[other] = min(cap, level)
                        changed = True
    return set(levels)


def _word(value: Any) -> int:
    return int(Level.parse(value))


def holds(condition: dict[str, Any], candidate: Candidate, named: dict[str, Any]) -> bool:  # noqa: C901, PLR0911, PLR0912, PLR0915 - one branch a predicate, on purpose
    """Tell whether *condition* holds for *candidate*."""
    ((key, arg),) = condition.items()
    c = candidate
    if key == "all":
        return all(holds(part, c, named) for part in arg)
    if key == "any":
        return any(holds(part, c, named) for part in arg)
    if key == "not":
        return not holds(arg, c, named)
    if key == "quiet":
        return holds(arg, c, named)
    if key == "at_least":
        return bool(sum(holds(part, c, named) for part in arg["of"]) >= arg["count"])
    if key == "use":
        return holds(named[arg], c, named)
    if key == "skill":
        args = {"name": arg} if isinstance(arg, str) else arg
        level = _level(c, args["name"])
        low = _word(args["at_least"]) if "at_least" in args else 1
        high = _word(args["at_most"]) if "at_most" in args else 5
        return low <= level <= high
    if key == "gaps":
        below = _word(arg["below"]) if "below" in arg else 1
        return bool(sum(_level(c, name) < below for name in arg["skills"]) >= arg.get("count", 1))
    if key == "skills":
        least = _word(arg["at_least"]) if "at_least" in arg else 1
        return bool(sum(_level(c, name) >= least for name in arg["of"]) >= arg.get("count", 1))
    if key == "trait":
        args = {"name": arg} if isinstance(arg, str) else arg
        trait = c.trait(args["name"])
        if trait is None:
            return False
        return "evidence" not in args or bool((trait.evidence is not None) == args["evidence"])
    if key == "traits":
        wanted = arg.get("evidence")
        count = sum(1 for t in c.traits if wanted is None or (t.evidence is not None) == wanted)
        return _in_range(count, arg)
    if key == "portfolio":
        return _in_range(sum(_item_matches(item, arg, c) for item in c.portfolio), arg)
    if key == "stage":
        return c.stage_on(AS_OF).value in _list(arg)
    if key == "worked_in":
        wanted = arg["sector"] if isinstance(arg, dict) else arg
        sectors = _aimed(c) if wanted == "target" else set(_list(wanted))
        current = isinstance(arg, dict) and arg.get("current", False)
        within = arg.get("within_years") if isinstance(arg, dict) else None
        jobs = [
            job
            for job in c.experience
            if job.sector is not None
            and job.sector.value in sectors
            and (not current or job.is_current(AS_OF))
            and (within is None or job.end is None or int(job.end[:4]) >= AS_OF.year - int(within))
        ]
        if not isinstance(arg, dict) or not any(key in COMPARE for key in arg):
            return bool(jobs)
        return _in_range(_covered(jobs), arg)
    if key == "experience":
        args = {} if arg is True else arg
        jobs = [
            job
            for job in c.experience
            if (not args.get("ml") or _ml_position(job))
            and (not args.get("current") or job.is_current(AS_OF))
            and (not args.get("research") or job.is_research)
            and (not args.get("management") or job.is_management)
            and (
                "within_years" not in args
                or job.end is None
                or int(job.end[:4]) >= AS_OF.year - int(args["within_years"])
            )
            and (
                "skill" not in args
                or bool(
                    set(_canonical(args["skill"])) & _work_shows(job.skills, [job.title, *job.highlights])
                )
            )
        ]
        if not any(key in COMPARE for key in args):
            return bool(jobs)
        return _in_range(_covered(jobs), args)
    if key == "education":
        args = {} if arg is True else arg
        return any(
            ("degree" not in args or study.level in _list(args["degree"]))
            and ("field" not in args or any(_in_field(study, field) for field in _list(args["field"])))
            and (
                not args.get("ml")
                or _ml(set(skill_table().find(" ".join(filter(None, (study.degree, study.field))))))
            )
            and ("in_progress" not in args or study.in_progress(AS_OF) == args["in_progress"])
            and (
                "within_years" not in args
                or study.in_progress(AS_OF)
                or (study.end is not None and int(study.end[:4]) >= AS_OF.year - int(args["within_years"]))
            )
            for study in c.education
        )
    if key == "interview":
        company = target_company(c)
        if company is None or company.interview_on is None:
            return False
        days = (dt.date.fromisoformat(company.interview_on) - AS_OF).days
        if arg is not True and arg.get("passed"):
            return days < 0
        return days >= 0 and (arg is True or "within_days" not in arg or bool(days <= arg["within_days"]))
    if key == "trait_gaps":
        listed = {trait.name for trait in c.traits}
        missing = [name for name in arg["traits"] if skill_table().trait_id(name) not in listed]
        return bool(len(missing) >= arg.get("count", 1))
    if key == "target_sector":
        chosen = {sector.value for sector in c.goals.sectors}
        return bool(chosen) if arg == "any" else bool(chosen & set(_list(arg)))
    if key == "company":
        return _company(arg, c)
    if key == "job":
        return _job(arg, c)
    if key == "specialization":
        specialization = _niche(c)
        if isinstance(arg, bool):
            return (specialization is not None) == arg
        return specialization in [skill_table().niche_id(v) for v in _list(arg)]
    if key == "prepared":
        return {step.value for step in c.interview_prep} >= set(_list(arg))
    if key == "mentor":
        return bool(c.growth.mentor == arg)
    if key in ("learning", "networking"):
        items: tuple[Any, ...] = c.growth.learning if key == "learning" else c.growth.networking
        bounds: dict[str, Any] = (
            ({"at_least": 1} if arg else {"at_most": 0}) if isinstance(arg, bool) else arg
        )
        count = sum(
            1
            for item in items
            if ("kind" not in bounds or item.kind.value in _list(bounds["kind"]))
            and ("since" not in bounds or (getattr(item, "year", None) or 0) >= bounds["since"])
            and (
                "within_years" not in bounds
                or (getattr(item, "year", None) or AS_OF.year) >= AS_OF.year - bounds["within_years"]
            )
        )
        return _in_range(count, bounds)
    if key == "count":
        sizes = {
            "skills": len(c.skills),
            "traits": len(c.traits),
            "portfolio": len(c.portfolio),
            "target_sectors": len(c.goals.sectors),
            "interview_prep": len(c.interview_prep),
            "learning": len(c.growth.learning),
            "networking": len(c.growth.networking),
        }
        return _in_range(sizes[arg["of"]], arg)
    if key == "years":
        skill = c.skill(arg["skill"])
        return _in_range(skill.years if skill is not None and skill.years is not None else 0, arg)
    if key == "extension":
        found: Any = c.extensions
        for part in arg["key"].split("."):
            found = found.get(part, _MISSING) if isinstance(found, dict) else _MISSING
        if "equals" in arg:
            return (
                found is not _MISSING and type(found) is type(arg["equals"]) and bool(found == arg["equals"])
            )
        return bool((found is not _MISSING) == arg.get("present", True))
    msg = f"the reference does not know {key!r}"
    raise AssertionError(msg)


_MISSING = object()


def _niche(c: Candidate) -> str | None:
    """
    The niche: stated, or named by a current position, or the top one above what such a position shows.

    Of several a current position names: the one shown highest, then the one the most listed skills
    show, then the first named (skills, then title and highlights), then by id.
    """
    table = skill_table()
    if c.goals.specialization is not None:
        return table.niche_id(c.goals.specialization)
    current = [job for job in c.experience if job.is_current(AS_OF)]

    def niches(shows: Any) -> set[str]:
        return {
            skill
            for job in current
            for skill in shows(job.skills, [job.title, *job.highlights])
            if skill in table.skills and table.skills[skill].niche
        }

    named = niches(_named_skills)
    levels = shown(c)
    if named:
        order: list[str] = [
            table.skill_id(skill)
            for job in current
            for skill in [*job.skills, *table.find(" ".join(t for t in [job.title, *job.highlights] if t))]
        ]
        breadth = {n: sum(n in _implied({skill.name: int(skill.level)}) for skill in c.skills) for n in named}
        return min(
            named,
            key=lambda n: (-levels.get(n, 0), -breadth[n], order.index(n) if n in order else len(order), n),
        )
    implied = niches(_work_shows)
    ranked = sorted(
        (level, skill)
        for skill, level in levels.items()
        if skill in table.skills and table.skills[skill].niche
    )
    top = None
    if ranked and ranked[-1][0] >= 4 and (len(ranked) == 1 or ranked[-2][0] < ranked[-1][0]):
        top = ranked[-1]
    if (
        top is not None
        and shown(c, since=AS_OF.year - 5).get(top[1], 0) >= top[0]  # not by work of long ago
        and (not implied or top[0] > max(levels.get(niche, 0) for niche in implied))
    ):
        return top[1]
    return min(implied) if implied else None


def _item_matches(item: Any, args: dict[str, Any], c: Candidate) -> bool:
    if "kind" in args and item.kind.value not in _list(args["kind"]):
        return False
    if "sector" in args and not _in_sector(item, args["sector"], c):
        return False
    named = _named_skills(item.skills, [item.title, *item.topics, item.description])
    shows = _work_shows(item.skills, [item.title, *item.topics, item.description])
    wanted = _skill_filter(args, c)
    if wanted is not None and not any(skill in shows for skill in wanted):
        return False
    if "ml" in args and _ml(named) != args["ml"]:
        return False
    if "exercise" in args and _exercise(item, args.get("exercises", BUILT_IN_EXERCISES)) != args["exercise"]:
        return False
    return "topic" not in args or any(
        " ".join(tag.lower().replace("-", " ").replace("_", " ").split()) == args["topic"]
        for tag in item.topics
    )


def _exercise(item: Any, exercises: list[str]) -> bool:
    """Whether *item*'s title, topics or description hold one of *exercises* as whole words, in any case."""

    def words(text: str) -> str:
        return " ".join(re.split(r"[\s_-]+", text.casefold()))

    texts = [words(text) for text in (item.title, *item.topics, item.description) if text]
    return any(
        re.search(rf"(?<!\w){re.escape(words(name))}(?!\w)", text) for name in exercises for text in texts
    )


def _in_sector(item: Any, wanted: Any, c: Candidate) -> bool:
    """Whether *item* is in the sectors *wanted*: named, the target company's, those aimed at, or none."""
    if item.sector is None or wanted == "none":
        return item.sector is None and wanted == "none"
    if wanted == "company":
        company = target_company(c)
        return company is not None and item.sector == company.sector
    return item.sector.value in (_aimed(c) if wanted == "target" else _list(wanted))


def _aimed(c: Candidate) -> set[str]:
    """The sectors aimed at: the goals' and the target company's, but not "other", which names no one sector."""
    company = target_company(c)
    own = company.sector if company else None
    return ({sector.value for sector in c.goals.sectors} | ({own.value} if own else set())) - {"other"}


def _skill_filter(args: dict[str, Any], c: Candidate) -> list[str] | None:
    """The skills a portfolio filter asks an item to show one of: named, or those of the company's ML projects."""
    if "skill" not in args:
        return None
    if args["skill"] != "company":
        return _canonical(args["skill"])
    company = target_company(c)
    return [skill for text in (company.ml_projects if company else ()) for skill in skill_table().find(text)]


def _canonical(names: Any) -> list[str]:
    from mlcareer import skill_table  # noqa: PLC0415 - the one table both sides share

    return [skill_table().skill_id(name) for name in _list(names)]


def target_company(c: Candidate) -> Company | None:
    """The target company: the goals', or else the target job's employer, with the job's sector."""
    job = c.goals.job
    if c.goals.company is None and job is not None and job.company is not None:
        return Company(name=job.company, sector=job.sector)
    return c.goals.company


def _job(arg: Any, c: Candidate) -> bool:
    """The job predicate, from the profile's plain values."""
    job = c.goals.job
    if not isinstance(arg, dict):
        return (job is not None) is bool(arg)
    if job is None:
        return False
    if "missing" not in arg:
        return True
    if arg["missing"] == "experience":
        return job.years is not None and _covered(c.experience) < job.years
    table = skill_table()
    levels = shown(c)
    if arg["missing"] == "work":
        worked = shown(attrs.evolve(c, skills=()))
        have = {s for s, level in worked.items() if level}
        found = [s for s in map(table.skill_id, job.required) if levels.get(s, 0) and not worked.get(s, 0)]
    else:
        have = {s for s, level in levels.items() if level}
        named = job.required if arg["missing"] == "required" else job.preferred
        found = [s for s in map(table.skill_id, named) if not levels.get(s, 0)]
    # A group the job takes in place of each other counts once, and not at all when one of it is met.
    groups = [{table.skill_id(s) for s in group} for group in job.alternatives]
    kept: list[str] = []
    for skill in found:
        mine = [group - {skill} for group in groups if skill in group]
        if not any(others & have or others & set(kept) for others in mine):
            kept.append(skill)
    if "of" in arg:
        kept = [skill for skill in kept if skill in _canonical(arg["of"])]
    return len(kept) >= int(arg.get("count", 1))


def _company(arg: Any, c: Candidate) -> bool:  # noqa: PLR0911 - plain data, one check a field
    company = target_company(c)
    if isinstance(arg, bool):
        return (company is not None) == arg
    if company is None:
        return False
    if "name" in arg and company.name.lower() != arg["name"].lower():
        return False
    sector = arg.get("sector")
    if sector == "any" and company.sector is None:
        return False
    if sector == "none" and company.sector is not None:
        return False
    if sector not in (None, "any", "none") and (
        company.sector is None or company.sector.value not in _list(sector)
    ):
        return False
    if "ml_projects" in arg and bool(company.ml_projects) != arg["ml_projects"]:
        return False
    return "values" not in arg or bool(company.values) == arg["values"]


def evidence(condition: Condition, facts: Facts, truth: bool) -> list[str]:
    """
    The evidence of *condition* whose truth is *truth*, composed as the rule language documents it.

    A leaf states what it reads; ``all`` that holds gives every part's, and that fails its
    first failing part's; ``any`` the other way round; ``not`` its part's with the opposite
    truth; ``at_least`` the parts that agree with its truth; ``quiet`` nothing while it holds.
    Each sentence once.
    """
    if isinstance(condition, Named):
        return evidence(condition.part, facts, truth)
    if isinstance(condition, Quiet):
        return [] if truth else evidence(condition.part, facts, truth)
    if isinstance(condition, Not):
        return evidence(condition.part, facts, not truth)
    parts = condition.children()
    if not parts:
        return [condition.state(facts)]
    truths = [holds(_data(part), facts.candidate, _named(part)) for part in parts]
    if isinstance(condition, AtLeastOf):
        deciding = [part for part, part_truth in zip(parts, truths, strict=True) if part_truth is truth]
    elif (isinstance(condition, AllOf) and truth) or (isinstance(condition, AnyOf) and not truth):
        deciding = list(parts)
    else:
        first = next(
            (part for part, part_truth in zip(parts, truths, strict=True) if part_truth is truth), parts[-1]
        )
        deciding = [first]
    return list(dict.fromkeys(fact for part in deciding for fact in evidence(part, facts, truth)))


def _data(condition: Condition) -> dict[str, Any]:
    """A condition as a rule file writes it."""
    data = condition.to_data()
    assert isinstance(data, dict)
    return data


def _named(condition: Condition) -> dict[str, Any]:
    """The named conditions *condition* uses, as plain data."""
    return {node.name: node.part.to_data() for node in condition.walk() if isinstance(node, Named)}


def fired(rulebook: dict[str, Any], candidate: Candidate) -> list[str]:
    """The ids of the rules that give advice, in report order, by the language's definition."""
    return [rule_id for rule_id, _ in horizons(rulebook, candidate)]


def _listed_out(value: Any, lists: dict[str, list[str]]) -> Any:
    """*value* with each name of a list of skills, where a list of skills is written, replaced by the list."""
    if isinstance(value, dict):
        return {
            key: lists[item] if key in {"skills", "of", "skill"} and isinstance(item, str) and item in lists
            else _listed_out(item, lists)
            for key, item in value.items()
        }  # fmt: skip
    if isinstance(value, list):
        return [_listed_out(item, lists) for item in value]
    return value


def _exercises_in(value: Any, exercises: list[str]) -> Any:
    """*value* with the rulebook's *exercises* written into each portfolio filter that asks for them."""
    if isinstance(value, dict):
        if isinstance(found := value.get("portfolio"), dict) and "exercise" in found:
            return {**value, "portfolio": {**found, "exercises": exercises}}
        return {key: _exercises_in(item, exercises) for key, item in value.items()}
    if isinstance(value, list):
        return [_exercises_in(item, exercises) for item in value]
    return value


def horizons(rulebook: dict[str, Any], candidate: Candidate) -> list[tuple[str, str]]:
    """The rules that give advice with their horizons, in report order (horizon, priority, urgency, rulebook order)."""
    rulebook = _listed_out(rulebook, rulebook.get("skill_lists", {}))
    rulebook = _exercises_in(rulebook, rulebook.get("exercises", []))
    named = rulebook.get("conditions", {})
    chosen: dict[str, tuple[int, dict[str, Any]]] = {}
    for index, rule in enumerate(rulebook["rules"]):
        if rule["topic"] not in chosen and holds(rule["when"], candidate, named):
            chosen[rule["topic"]] = (index, rule)
    situation = next(
        (s for s in rulebook.get("horizons", []) if "when" not in s or holds(s["when"], candidate, named)),
        None,
    )

    def first(rule: dict[str, Any], key: str) -> int | None:
        patterns = situation.get(key, []) if situation else []
        return next(
            (
                i
                for i, p in enumerate(patterns)
                if fnmatch.fnmatchcase(rule["topic"], p) or fnmatch.fnmatchcase(rule["id"], p)
            ),
            None,
        )

    placed, urgent = [], []
    for index, rule in chosen.values():
        rank = PRIORITY.index(rule["priority"])
        if situation is not None and first(rule, "drop") is not None:
            continue
        now = first(rule, "now")
        if situation is not None and now is not None and rank <= PRIORITY.index("medium"):
            urgent.append((rank, now, index, rule["id"]))
            continue
        deferred = situation is not None and first(rule, "later") is not None
        unnamed = math.inf  # after every advice the situation names for now
        placed.append(
            (2 if deferred else 1, rank, unnamed, index, rule["id"], "later" if deferred else "next")
        )
    urgent.sort()
    # The first three for now, as the situation orders them at equal priority; the rest lead next.
    now_ids = [rule_id for *_, rule_id in urgent[:3]]
    placed += [(1, rank, now, index, rule_id, "next") for rank, now, index, rule_id in urgent[3:]]
    placed.sort()
    if situation is None:
        return [(rule_id, horizon) for *_, rule_id, horizon in placed]
    if not now_ids and placed and placed[0][5] == "next" and placed[0][1] <= PRIORITY.index("medium"):
        now_ids, placed = [placed[0][4]], placed[1:]
    nexts = [entry for entry in placed if entry[5] == "next"]
    later = sorted([e for e in placed if e[5] == "later"] + [(2, *e[1:5], "later") for e in nexts[4:]])
    kept = [(rule_id, "now") for rule_id in now_ids]
    return kept + [(rule_id, horizon) for *_, rule_id, horizon in nexts[:4] + later[:2]]
