"""
mlcareer beside other rule engines, on one neutral workload of 40 rules.

The same 40 rules (conditions on skill levels, traits, portfolio counts,
stage, target sectors and a flag, nested up to three deep) are written once
in a small neutral form (`RULES`) and translated to each engine: an mlcareer
rulebook, one JsonLogic rule for datalogic-py, one expression for
zen-engine. A hand-written Python function of the same rules is the
baseline, and mlcareer's own plain interpretation (`Condition.test`, what
`Engine.explain` uses) shows what compiling gains. Every engine must fire
exactly the same rules on every profile before anything is timed.

Each engine gets its input in its own best form, prepared before timing:
mlcareer and the hand-written function take `Candidate` objects and index
them inside the timed call; the peers take plain dictionaries already
flattened to what their rules read (skill levels by name, kind counts),
which favours them. One more row times what a caller holding plain data
pays with mlcareer: `load_candidate` on the profile as a dict, then the
rules.

Run with ``python -m nox -s bench`` or ``python benchmarks/peers.py``
(peers that are not installed are left out; ``pip install --group bench``
installs them).
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).parent))

import yaml
from profiles import generate
from timing import interleaved_times

import mlcareer
from mlcareer._facts import KIND_SHOWS, Facts

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from mlcareer import Candidate

Node = tuple[Any, ...]

#: The workload, as (rule id, condition). A condition is a leaf (skill: name, ">=" or "<", level 1-5;
#: trait: name, with an example or not or either; kind: portfolio kind, ">=" or "<=", count; stage: a
#: list; sector: a list; mentor: a flag) or a combination (all, any: lists; not: one condition).
RULES: list[tuple[str, Node]] = [
    ("r01", ("skill", "python", "<", 1)),
    ("r02", ("all", [("skill", "python", ">=", 1), ("skill", "python", "<", 3)])),
    ("r03", ("all", [("skill", "python", ">=", 3), ("skill", "numpy", "<", 3)])),
    ("r04", ("all", [("skill", "python", ">=", 3), ("skill", "pandas", "<", 3)])),
    ("r05", ("all", [("skill", "numpy", ">=", 3), ("skill", "scikit-learn", "<", 2)])),
    (
        "r06",
        (
            "all",
            [
                ("skill", "pytorch", "<", 1),
                ("skill", "tensorflow", "<", 1),
                ("stage", ["student", "job_seeking"]),
            ],
        ),
    ),
    ("r07", ("any", [("skill", "statistics", "<", 2), ("skill", "linear-algebra", "<", 2)])),
    ("r08", ("all", [("skill", "sql", "<", 1), ("sector", ["finance", "retail"])])),
    ("r09", ("all", [("skill", "git", "<", 1), ("kind", "project", ">=", 1)])),
    ("r10", ("all", [("skill", "docker", "<", 1), ("stage", ["employed"])])),
    ("r11", ("trait", "curiosity", None)),
    ("r12", ("all", [("trait", "persistence", None), ("not", ("trait", "persistence", True))])),
    ("r13", ("not", ("any", [("trait", "adaptability", None), ("trait", "learning-from-failure", None)]))),
    ("r14", ("all", [("trait", "curiosity", True), ("kind", "blog_post", "<=", 0)])),
    ("r15", ("kind", "project", "<=", 0)),
    (
        "r16",
        ("all", [("kind", "project", ">=", 1), ("kind", "project", "<=", 2), ("stage", ["job_seeking"])]),
    ),
    ("r17", ("all", [("kind", "open_source", "<=", 0), ("skill", "python", ">=", 3)])),
    ("r18", ("all", [("kind", "certification", ">=", 2), ("kind", "project", "<=", 0)])),
    ("r19", ("all", [("kind", "case_study", "<=", 0), ("sector", ["healthcare"])])),
    ("r20", ("any", [("kind", "blog_post", ">=", 1), ("kind", "case_study", ">=", 1)])),
    ("r21", ("stage", ["student"])),
    ("r22", ("all", [("stage", ["interviewing"]), ("mentor", False)])),
    ("r23", ("all", [("stage", ["employed"]), ("mentor", True), ("skill", "mlops", "<", 3)])),
    ("r24", ("all", [("stage", ["job_seeking", "interviewing"]), ("sector", ["tech"])])),
    ("r25", ("all", [("sector", ["finance"]), ("skill", "statistics", "<", 4)])),
    ("r26", ("all", [("sector", ["healthcare"]), ("not", ("skill", "r", ">=", 3))])),
    ("r27", ("all", [("sector", ["retail"]), ("kind", "project", "<=", 1)])),
    ("r28", ("not", ("sector", ["tech", "finance", "healthcare", "retail", "other"]))),
    ("r29", ("mentor", False)),
    ("r30", ("all", [("mentor", False), ("stage", ["student"]), ("trait", "curiosity", None)])),
    (
        "r31",
        (
            "any",
            [
                ("all", [("skill", "pytorch", ">=", 3), ("kind", "project", ">=", 2)]),
                ("all", [("skill", "tensorflow", ">=", 3), ("kind", "open_source", ">=", 1)]),
            ],
        ),
    ),
    (
        "r32",
        (
            "all",
            [
                (
                    "any",
                    [
                        ("skill", "natural-language-processing", ">=", 2),
                        ("skill", "computer-vision", ">=", 2),
                    ],
                ),
                ("not", ("kind", "case_study", ">=", 1)),
            ],
        ),
    ),
    (
        "r33",
        (
            "all",
            [
                ("stage", ["job_seeking", "interviewing"]),
                ("any", [("kind", "project", "<=", 0), ("not", ("trait", "persistence", True))]),
                ("skill", "python", ">=", 2),
            ],
        ),
    ),
    ("r34", ("not", ("all", [("skill", "communication", ">=", 3), ("skill", "teamwork", ">=", 3)]))),
    (
        "r35",
        (
            "any",
            [
                ("all", [("sector", ["finance"]), ("skill", "time-series", "<", 2)]),
                ("all", [("sector", ["retail"]), ("skill", "recommender-systems", "<", 2)]),
                ("all", [("sector", ["healthcare"]), ("skill", "computer-vision", "<", 2)]),
            ],
        ),
    ),
    ("r36", ("all", [("skill", "decision-trees", "<", 3), ("stage", ["interviewing"])])),
    (
        "r37",
        (
            "all",
            [
                ("not", ("mentor", True)),
                ("any", [("stage", ["employed"]), ("kind", "certification", ">=", 1)]),
            ],
        ),
    ),
    (
        "r38",
        ("all", [("skill", "python", ">=", 3), ("skill", "pytorch", ">=", 3), ("trait", "curiosity", True)]),
    ),
    ("r39", ("any", [("not", ("skill", "data-visualization", ">=", 2)), ("kind", "blog_post", "<=", 0)])),
    (
        "r40",
        (
            "all",
            [
                (
                    "any",
                    [
                        ("skill", "cloud-computing", ">=", 2),
                        ("skill", "docker", ">=", 2),
                        ("skill", "spark", ">=", 2),
                    ],
                ),
                ("not", ("any", [("kind", "project", ">=", 3), ("stage", ["student"])])),
            ],
        ),
    ),
]

LEVELS = {1: "novice", 2: "beginner", 3: "intermediate", 4: "advanced", 5: "expert"}


# --- translations


def to_mlcareer(node: Node) -> object:  # noqa: C901, PLR0911 - one case a construct
    """The condition in mlcareer's rule language."""
    match node:
        case ("skill", name, ">=", level):
            return {"skill": name} if level == 1 else {"skill": {"name": name, "at_least": LEVELS[level]}}
        case ("skill", name, "<", level):
            return {"not": to_mlcareer(("skill", name, ">=", level))}
        case ("trait", name, None):
            return {"trait": name}
        case ("trait", name, evidence):
            return {"trait": {"name": name, "evidence": evidence}}
        case ("kind", kind, op, count):
            return {"portfolio": {"kind": [kind], {">=": "at_least", "<=": "at_most"}[op]: count}}
        case ("stage", stages):
            return {"stage": stages}
        case ("sector", sectors):
            return {"target_sector": sectors}
        case ("mentor", value):
            return {"mentor": value}
        case ("all" | "any" as key, parts):
            return {key: [to_mlcareer(part) for part in parts]}
        case ("not", part):
            return {"not": to_mlcareer(part)}
    raise ValueError(node)


def mlcareer_data(rules: Sequence[tuple[str, Node]] = RULES) -> dict[str, object]:
    """The workload as an mlcareer rule file's data: one topic a rule, so every rule is evaluated."""
    return {
        "rulebook": "peers",
        "version": "1",
        "sections": {"workload": "Workload"},
        "topics": [
            {"id": f"workload.{rule}", "section": "workload", "summary": "A rule."} for rule, _ in rules
        ],
        "rules": [
            {
                "id": f"workload.{rule}",
                "topic": f"workload.{rule}",
                "when": to_mlcareer(node),
                "title": "Advice",
                "message": "Advice.",
                "priority": "medium",
                "actions": ["Act."],
                "source": "workload",
            }
            for rule, node in rules
        ],
    }


def mlcareer_rulebook() -> mlcareer.Rulebook:
    """The workload as an mlcareer rulebook."""
    return mlcareer.load_rulebook(mlcareer_data())


def to_jsonlogic(node: Node) -> object:  # noqa: C901, PLR0911 - one case a construct
    """The condition in JsonLogic, over the flattened profile."""
    match node:
        case ("skill", name, op, level):
            return {op: [{"var": [f"skills.{name}", 0]}, level]}
        case ("trait", name, None):
            return {">=": [{"var": [f"traits.{name}", 0]}, 1]}
        case ("trait", name, evidence):
            return {"==": [{"var": [f"traits.{name}", 0]}, 2 if evidence else 1]}
        case ("kind", kind, op, count):
            return {op: [{"var": [f"kinds.{kind}", 0]}, count]}
        case ("stage", stages):
            return {"in": [{"var": "stage"}, stages]}
        case ("sector", sectors):
            return {"or": [{"var": [f"sectors.{sector}", False]} for sector in sectors]}
        case ("mentor", value):
            return {"==": [{"var": "mentor"}, value]}
        case ("all", parts):
            return {"and": [to_jsonlogic(part) for part in parts]}
        case ("any", parts):
            return {"or": [to_jsonlogic(part) for part in parts]}
        case ("not", part):
            return {"!": to_jsonlogic(part)}
    raise ValueError(node)


def to_zen(node: Node) -> str:  # noqa: C901, PLR0911 - one case a construct
    """The condition in the ZEN expression language, over the flattened profile."""
    match node:
        case ("skill", name, op, level):
            return f"(skills['{name}'] ?? 0) {op} {level}"
        case ("trait", name, None):
            return f"(traits['{name}'] ?? 0) >= 1"
        case ("trait", name, evidence):
            return f"(traits['{name}'] ?? 0) == {2 if evidence else 1}"
        case ("kind", kind, op, count):
            return f"(kinds['{kind}'] ?? 0) {op} {count}"
        case ("stage", stages):
            return f"stage in [{', '.join(repr(stage) for stage in stages)}]"
        case ("sector", sectors):
            return "(" + " or ".join(f"(sectors['{sector}'] ?? false)" for sector in sectors) + ")"
        case ("mentor", value):
            return f"mentor == {str(value).lower()}"
        case ("all", parts):
            return "(" + " and ".join(to_zen(part) for part in parts) + ")"
        case ("any", parts):
            return "(" + " or ".join(to_zen(part) for part in parts) + ")"
        case ("not", part):
            return f"not ({to_zen(part)})"
    raise ValueError(node)


def shown_levels(candidate: Candidate) -> dict[str, int]:
    """
    The skill levels the profile shows: listed, named by its work, shown by the kinds of work, and implied.

    The workload's portfolio items list no skills and have no positions, so these are all the ways its
    profiles show skills; as the rules do, the items' titles, topics and descriptions are read for
    skills they name.
    """
    table = mlcareer.skill_table()
    listed = {skill.name: int(skill.level) for skill in candidate.skills}
    work = []
    for item in candidate.portfolio:
        level = 2 if item.kind == "certification" else 3
        for text in (item.title, *item.topics, item.description):
            if text:
                work.extend((skill, level, "") for skill in table.find(text))
        work.extend((skill, int(level), "") for skill, level in KIND_SHOWS.get(item.kind, {}).items())
    return table.shown(listed, work)[0]


def flatten(candidate: Candidate) -> dict[str, object]:
    """The profile as the peers' rules read it."""
    kinds: dict[str, int] = {}
    for item in candidate.portfolio:
        kinds[item.kind.value] = kinds.get(item.kind.value, 0) + 1
    return {
        "skills": shown_levels(candidate),
        "traits": {trait.name: 2 if trait.evidence else 1 for trait in candidate.traits},
        "kinds": kinds,
        "stage": candidate.stage.value if candidate.stage else "job_seeking",
        "sectors": {sector.value: True for sector in candidate.goals.sectors},
        "mentor": candidate.growth.mentor,
    }


# --- the hand-written baseline


def hand_written(candidate: Candidate) -> list[str]:  # noqa: C901, PLR0912, PLR0915 - one branch a rule, as written by hand
    """The 40 rules as one would write them in Python."""
    levels = shown_levels(candidate)
    traits = {trait.name: trait.evidence is not None for trait in candidate.traits}
    kinds: dict[str, int] = {}
    for item in candidate.portfolio:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    stage = candidate.stage.value if candidate.stage else "job_seeking"
    sectors = {sector.value for sector in candidate.goals.sectors}
    mentor = candidate.growth.mentor
    level = levels.get
    projects, open_source = kinds.get("project", 0), kinds.get("open_source", 0)
    certifications, blog_posts, case_studies = (
        kinds.get("certification", 0),
        kinds.get("blog_post", 0),
        kinds.get("case_study", 0),
    )
    python = level("python", 0)
    fired = []
    if python < 1:
        fired.append("r01")
    if 1 <= python < 3:
        fired.append("r02")
    if python >= 3 and level("numpy", 0) < 3:
        fired.append("r03")
    if python >= 3 and level("pandas", 0) < 3:
        fired.append("r04")
    if level("numpy", 0) >= 3 and level("scikit-learn", 0) < 2:
        fired.append("r05")
    if "pytorch" not in levels and "tensorflow" not in levels and stage in ("student", "job_seeking"):
        fired.append("r06")
    if level("statistics", 0) < 2 or level("linear-algebra", 0) < 2:
        fired.append("r07")
    if "sql" not in levels and ("finance" in sectors or "retail" in sectors):
        fired.append("r08")
    if "git" not in levels and projects >= 1:
        fired.append("r09")
    if "docker" not in levels and stage == "employed":
        fired.append("r10")
    if "curiosity" in traits:
        fired.append("r11")
    if traits.get("persistence") is False:
        fired.append("r12")
    if "adaptability" not in traits and "learning-from-failure" not in traits:
        fired.append("r13")
    if traits.get("curiosity") is True and blog_posts <= 0:
        fired.append("r14")
    if projects <= 0:
        fired.append("r15")
    if 1 <= projects <= 2 and stage == "job_seeking":
        fired.append("r16")
    if open_source <= 0 and python >= 3:
        fired.append("r17")
    if certifications >= 2 and projects <= 0:
        fired.append("r18")
    if case_studies <= 0 and "healthcare" in sectors:
        fired.append("r19")
    if blog_posts >= 1 or case_studies >= 1:
        fired.append("r20")
    if stage == "student":
        fired.append("r21")
    if stage == "interviewing" and not mentor:
        fired.append("r22")
    if stage == "employed" and mentor and level("mlops", 0) < 3:
        fired.append("r23")
    if stage in ("job_seeking", "interviewing") and "tech" in sectors:
        fired.append("r24")
    if "finance" in sectors and level("statistics", 0) < 4:
        fired.append("r25")
    if "healthcare" in sectors and level("r", 0) < 3:
        fired.append("r26")
    if "retail" in sectors and projects <= 1:
        fired.append("r27")
    if not sectors:
        fired.append("r28")
    if not mentor:
        fired.append("r29")
    if not mentor and stage == "student" and "curiosity" in traits:
        fired.append("r30")
    if (level("pytorch", 0) >= 3 and projects >= 2) or (level("tensorflow", 0) >= 3 and open_source >= 1):
        fired.append("r31")
    if (
        level("natural-language-processing", 0) >= 2 or level("computer-vision", 0) >= 2
    ) and case_studies < 1:
        fired.append("r32")
    if (
        stage in ("job_seeking", "interviewing")
        and (projects <= 0 or traits.get("persistence") is not True)
        and python >= 2
    ):
        fired.append("r33")
    if not (level("communication", 0) >= 3 and level("teamwork", 0) >= 3):
        fired.append("r34")
    if (
        ("finance" in sectors and level("time-series", 0) < 2)
        or ("retail" in sectors and level("recommender-systems", 0) < 2)
        or ("healthcare" in sectors and level("computer-vision", 0) < 2)
    ):
        fired.append("r35")
    if level("decision-trees", 0) < 3 and stage == "interviewing":
        fired.append("r36")
    if not mentor and (stage == "employed" or certifications >= 1):
        fired.append("r37")
    if python >= 3 and level("pytorch", 0) >= 3 and traits.get("curiosity") is True:
        fired.append("r38")
    if level("data-visualization", 0) < 2 or blog_posts <= 0:
        fired.append("r39")
    if (level("cloud-computing", 0) >= 2 or level("docker", 0) >= 2 or level("spark", 0) >= 2) and not (
        projects >= 3 or stage == "student"
    ):
        fired.append("r40")
    return fired


# --- the run


def engines(
    candidates: Sequence[Candidate], profiles: Sequence[dict[str, object]]
) -> dict[str, tuple[Callable[[], list[list[str]]], str]]:
    """Each engine compiled once, as a function from all the profiles to their fired rule ids."""
    engine = mlcareer.Engine(mlcareer_rulebook())
    rules = engine.rulebook.rules
    prefix = len("workload.")
    found: dict[str, tuple[Callable[[], list[list[str]]], str]] = {
        "hand-written Python function": (lambda: [hand_written(c) for c in candidates], ""),
        "mlcareer (compiled)": (
            lambda: [[rule[prefix:] for rule in engine.fired(c)] for c in candidates],
            importlib.metadata.version("mlcareer"),
        ),
    }
    # What a caller holding plain data (a dict from JSON, a database row) pays: checking and building the
    # candidate, then the rules.
    found["mlcareer from plain data (load_candidate, then fired)"] = (
        lambda: [[rule[prefix:] for rule in engine.fired(mlcareer.load_candidate(p))] for p in profiles],
        importlib.metadata.version("mlcareer"),
    )
    table = mlcareer.skill_table()
    found["mlcareer (interpreted: Condition.test)"] = (
        lambda: [
            [rule.id[prefix:] for rule in rules if rule.when.test(facts)]
            for facts in (Facts(c, table) for c in candidates)
        ],
        importlib.metadata.version("mlcareer"),
    )
    flat = [flatten(c) for c in candidates]
    try:
        import datalogic_py  # noqa: PLC0415 - an optional peer

        logic = datalogic_py.Engine().compile(
            [{"if": [to_jsonlogic(node), rule, None]} for rule, node in RULES]
        )
        found["datalogic-py (JsonLogic)"] = (
            lambda: [[rule for rule in logic.evaluate(data) if rule] for data in flat],
            importlib.metadata.version("datalogic-py"),
        )
    except ImportError:
        print("datalogic-py is not installed: left out", file=sys.stderr)
    try:
        import zen  # noqa: PLC0415 - an optional peer

        expression = zen.compile_expression(
            "[" + ", ".join(f"{to_zen(node)} ? '{rule}' : null" for rule, node in RULES) + "]"
        )
        found["zen-engine (one compiled expression)"] = (
            lambda: [[rule for rule in expression.evaluate(data) if rule] for data in flat],
            importlib.metadata.version("zen-engine"),
        )
    except ImportError:
        print("zen-engine is not installed: left out", file=sys.stderr)
    return found


def check(found: dict[str, tuple[Callable[[], list[list[str]]], str]]) -> list[list[str]]:
    """Check every engine fires the rules the hand-written function fires; return those."""
    expected = [sorted(rules) for rules in found["hand-written Python function"][0]()]
    for name, (function, _) in found.items():
        results = [sorted(rules) for rules in function()]
        if results != expected:
            wrong = next(i for i, (a, b) in enumerate(zip(results, expected, strict=True)) if a != b)
            msg = f"{name} fires {results[wrong]} on profile {wrong}, not {expected[wrong]}"
            raise AssertionError(msg)
    return expected


def profiles(count: int) -> list[dict[str, object]]:
    """The workload's profiles as plain data (their portfolio items list no skills)."""
    found = generate(count, seed=3)
    for profile in found:
        for item in profile["portfolio"]:  # type: ignore[attr-defined]
            del item["skills"]
    return found


def candidates(count: int) -> list[Candidate]:
    """The workload's profiles as candidates."""
    return [mlcareer.load_candidate(profile) for profile in profiles(count)]


def run(count: int = 2000) -> list[tuple[str, str, float, float]]:
    """Check every engine fires the same rules, time each; rows of (engine, version, µs, ratio)."""
    plain = profiles(count)
    found = engines([mlcareer.load_candidate(profile) for profile in plain], plain)
    check(found)
    seconds = interleaved_times({name: function for name, (function, _) in found.items()})
    timings = {name: time / count * 1e6 for name, time in seconds.items()}
    baseline = timings["hand-written Python function"]
    return [(name, found[name][1], seconds, seconds / baseline) for name, seconds in timings.items()]


def repeated(count: int) -> list[tuple[str, Node]]:
    """*count* rules: the workload's, repeated under new ids."""
    return [(f"{rule}-{n}", node) for n in range(count // len(RULES) + 1) for rule, node in RULES][:count]


class _Unaliased(yaml.SafeDumper):
    """Writes repeated values in full, as people write rule files, not as YAML aliases."""

    def ignore_aliases(self, data: object) -> bool:  # noqa: ARG002 - every value
        return True


def loading(counts: Sequence[int] = (40, 400, 4000)) -> list[tuple[str, str]]:
    """Milliseconds to load and compile the workload's rules: mlcareer's from YAML, the peer's from JSON."""
    rows = []
    limits = mlcareer.Limits(max_values=10_000_000, max_bytes=100_000_000)  # past the defaults
    try:
        import datalogic_py  # noqa: PLC0415 - an optional peer
    except ImportError:
        datalogic_py = None
    for count in counts:
        rules = repeated(count)
        text = yaml.dump(mlcareer_data(rules), Dumper=_Unaliased, sort_keys=False)
        loads: dict[str, Callable[[], object]] = {
            "mlcareer": lambda text=text: mlcareer.Engine(mlcareer.load_rulebook(text, limits=limits))
        }
        if datalogic_py is not None:
            logic = json.dumps([{"if": [to_jsonlogic(node), rule, None]} for rule, node in rules])
            loads["peer"] = lambda logic=logic: datalogic_py.Engine().compile(json.loads(logic))
        seconds = interleaved_times(loads, repeat=3)
        cells = [f"{seconds['mlcareer'] * 1000:.1f}"]
        if "peer" in seconds:
            ratio = seconds["mlcareer"] / seconds["peer"]
            cells.append(f"{seconds['peer'] * 1000:.1f} ({ratio:.1f}x)")
        else:
            cells.append("not installed")
        rows.append((f"{count:,}", " | ".join(cells)))
    return rows


def table(count: int = 2000) -> str:
    """The comparison as a Markdown table."""
    rows = sorted(run(count), key=lambda row: row[2])
    lines = [
        f"{len(RULES)} rules, {count:,} generated profiles; µs per profile for the fired rules, median of 7:",
        "",
        "| Engine | Version | µs per profile | times the hand-written function |",
        "| --- | --- | ---: | ---: |",
        *(f"| {name} | {version} | {micros:.1f} | {ratio:.2f} |" for name, version, micros, ratio in rows),
        "",
        "Loading and compiling the workload's rules, repeated under new ids, from text (mlcareer from YAML,",
        "datalogic-py from JSON), in ms, median of 3 (in brackets: mlcareer's time in times the peer's):",
        "",
        "| Rules | mlcareer | datalogic-py |",
        "| ---: | ---: | ---: |",
        *(f"| {count} | {cells} |" for count, cells in loading()),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
