"""
A deliberately simple reference interpreter of the rule language.

It reads a rule file's plain data and asks the `Candidate` directly, with
none of the engine's machinery (no parsing into predicate classes, no
facts index, no compiled closures), so the two can check each other.
"""

from __future__ import annotations

import operator
from typing import Any

from mlcareer import Candidate, Level

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


def _in_range(number: float, args: dict[str, Any]) -> bool:
    bounds = {key: value for key, value in args.items() if key in COMPARE} or {"at_least": 1}
    return all(COMPARE[key](number, bound) for key, bound in bounds.items())


def _level(candidate: Candidate, name: str) -> int:
    level = candidate.level(name)
    return 0 if level is None else int(level)


def _word(value: Any) -> int:
    return int(Level.parse(value))


def holds(condition: dict[str, Any], candidate: Candidate, named: dict[str, Any]) -> bool:  # noqa: C901, PLR0911, PLR0912 - one branch a predicate, on purpose
    """Tell whether *condition* holds for *candidate*."""
    ((key, arg),) = condition.items()
    c = candidate
    if key == "all":
        return all(holds(part, c, named) for part in arg)
    if key == "any":
        return any(holds(part, c, named) for part in arg)
    if key == "not":
        return not holds(arg, c, named)
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
        return c.stage.value in _list(arg)
    if key == "target_sector":
        chosen = {sector.value for sector in c.goals.sectors}
        return bool(chosen) if arg == "any" else bool(chosen & set(_list(arg)))
    if key == "company":
        return _company(arg, c)
    if key == "specialization":
        specialization = c.goals.specialization
        if isinstance(arg, bool):
            return (specialization is not None) == arg
        return specialization in [v.lower().replace(" ", "_") for v in _list(arg)]
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


def _item_matches(item: Any, args: dict[str, Any], c: Candidate) -> bool:
    if "kind" in args and item.kind.value not in _list(args["kind"]):
        return False
    if args.get("sector") == "company":
        company = c.goals.company
        if item.sector is None or company is None or item.sector != company.sector:
            return False
    elif "sector" in args and (item.sector is None or item.sector.value not in _list(args["sector"])):
        return False
    if "skill" in args and not any(c_skill in item.skills for c_skill in _canonical(args["skill"])):
        return False
    return "topic" not in args or any(
        " ".join(tag.lower().replace("-", " ").replace("_", " ").split()) == args["topic"]
        for tag in item.topics
    )


def _canonical(names: Any) -> list[str]:
    from mlcareer import skill_table  # noqa: PLC0415 - the one table both sides share

    return [skill_table().skill_id(name) for name in _list(names)]


def _company(arg: Any, c: Candidate) -> bool:  # noqa: PLR0911 - plain data, one check a field
    company = c.goals.company
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


def fired(rulebook: dict[str, Any], candidate: Candidate) -> list[str]:
    """The ids of the rules that give advice, in report order, by the language's definition."""
    named = rulebook.get("conditions", {})
    chosen: dict[str, tuple[int, dict[str, Any]]] = {}
    for index, rule in enumerate(rulebook["rules"]):
        if rule["topic"] not in chosen and holds(rule["when"], candidate, named):
            chosen[rule["topic"]] = (index, rule)
    ordered = sorted(chosen.values(), key=lambda pair: (PRIORITY.index(pair[1]["priority"]), pair[0]))
    return [rule["id"] for _, rule in ordered]
