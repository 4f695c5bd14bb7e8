"""Tests for mlcareer._model: the candidate model and its profile format."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Any

import attrs
import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import mlcareer
from mlcareer import (
    Candidate,
    Company,
    Education,
    Goals,
    Growth,
    Job,
    LearningActivity,
    Level,
    NetworkingActivity,
    PortfolioItem,
    PortfolioKind,
    Position,
    PrepStep,
    ProfileError,
    Sector,
    Skill,
    Stage,
    Trait,
    load_candidate,
    profile_schema,
    strategies,
)
from mlcareer._document import load_document
from mlcareer._model import years_held
from mlcareer._shapes import Field, Record, Text, shape

from .conftest import EXAMPLES, ROOT

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

# The profile example of the data contract (profile-and-report.md), kept here
# so the contract is tested whatever the checkout holds beside the project.
CONTRACT_ADDITIONS = """
experience:
  - title: Computer Vision Engineer
    organization: Mujin
    sector: tech
    start: 2023-05
    end: null
    skills: [pytorch, opencv]
    highlights: [Shipped a bin-picking detector to 40 sites]
education:
  - degree: PhD
    field: Machine Learning
    institution: MBZUAI
    start: 2023-09
    end: 2027-06
goals:
  company:
    name: Acme Pay
    interview_on: 2026-12-02
"""

CONTRACT_PROFILE = """
profile: 1                      # format version; 1 when absent
name: Priya Raman               # display name, free text
stage: interviewing             # student | job_seeking | interviewing | employed   (default: job_seeking)

skills:                         # technical and soft skills
  - python                      # a bare name means level intermediate
  - name: pytorch
    level: beginner             # novice | beginner | intermediate | advanced | expert, or 1..5
    years: 1.5                  # optional, >= 0
  - {name: communication, level: advanced}
  - {name: linear regression}   # algorithm families are skills too (see the taxonomy)

traits:                         # qualities employers look for beyond technical skills
  - curiosity
  - name: persistence
    evidence: Rebuilt my thesis model five times before it beat the baseline

portfolio:
  - kind: project               # project | open_source | certification | blog_post | case_study
    title: Podcast recommender
    skills: [python, scikit-learn]
    topics: [recommendation]    # free tags
    sector: retail              # tech | finance | healthcare | retail | other (optional)
    url: https://example.org/podcast-recsys
  - kind: certification
    title: Deep Learning Specialization
    issuer: Coursera

goals:
  sectors: [finance]            # sectors the candidate aims at
  specialization: nlp           # a niche, e.g. nlp, computer_vision, reinforcement_learning, mlops
  company:                      # the employer being interviewed with or targeted
    name: Acme Pay
    sector: finance
    ml_projects: [fraud detection, credit scoring]
    values: [customer obsession, ownership]

interview_prep:                 # what the candidate has already done to prepare
  - company_research            # company_research | algorithm_review | project_stories |
  - algorithm_review            # think_aloud_practice | motivation | culture_examples | company_mini_project

growth:
  mentor: true                  # has a mentor
  learning:                     # continuing education
    - {kind: course, title: Advanced NLP, year: 2026}   # course | workshop | degree | book | other
  networking:
    - {kind: conference, name: PyData Berlin}          # conference | meetup | forum | community | other

extensions: {}                  # free-form data for the embedding program's own rules
"""

PRIYA = Candidate(
    name="Priya Raman",
    stage=Stage.INTERVIEWING,
    skills=[
        Skill("python"),
        Skill("pytorch", Level.BEGINNER, 1.5),
        Skill("communication", Level.ADVANCED),
        Skill("linear-regression"),
    ],
    traits=[
        Trait("curiosity"),
        Trait("persistence", "Rebuilt my thesis model five times before it beat the baseline"),
    ],
    portfolio=[
        PortfolioItem(
            kind=PortfolioKind.PROJECT,
            title="Podcast recommender",
            skills=["python", "scikit-learn"],
            topics=["recommendation"],
            sector=Sector.RETAIL,
            url="https://example.org/podcast-recsys",
        ),
        PortfolioItem(kind="certification", title="Deep Learning Specialization", issuer="Coursera"),
    ],
    goals=Goals(
        [Sector.FINANCE],
        "nlp",
        Company(
            name="Acme Pay",
            sector="finance",
            ml_projects=["fraud detection", "credit scoring"],
            values=["customer obsession", "ownership"],
        ),
    ),
    interview_prep=[PrepStep.COMPANY_RESEARCH, PrepStep.ALGORITHM_REVIEW],
    growth=Growth(
        mentor=True,
        learning=[LearningActivity("course", "Advanced NLP", 2026)],
        networking=[NetworkingActivity("conference", "PyData Berlin")],
    ),
)


def problems(data: object) -> list[str]:
    """Load *data*, which must fail, and return its problems as text."""
    with pytest.raises(ProfileError) as error:
        load_candidate(data)  # type: ignore[arg-type]
    return [str(problem) for problem in error.value.problems]


class TestContract:
    def test_contract_profile_loads_with_every_field(self) -> None:
        """The contract's profile loads, every field kept with its meaning."""
        assert load_candidate(CONTRACT_PROFILE) == PRIYA

    def test_contract_page_documents_load(self) -> None:
        """Every profile document on the contract page, when it is beside the project, loads."""
        page = ROOT.parent / "shared" / "spec" / "profile-and-report.md"
        if not page.exists():
            pytest.skip("the contract page is not beside this checkout")
        blocks = page.read_text().split("```yaml")[1:]
        assert blocks
        for block in blocks:
            assert load_candidate(block.split("```")[0]) == PRIYA

    def test_contract_additions_load(self) -> None:
        """The contract's additions (work history, education, an interview date) load with their meaning."""
        candidate = load_candidate(CONTRACT_ADDITIONS)
        (job,) = candidate.experience
        assert (job.title, job.organization, job.sector, job.start, job.end) == (
            "Computer Vision Engineer", "Mujin", Sector.TECH, "2023-05", None,
        )  # fmt: skip
        assert job.skills == ("pytorch", "opencv")
        assert job.is_current(dt.date(2026, 11, 25))
        (phd,) = candidate.education
        assert (phd.level, phd.in_progress(dt.date(2026, 11, 25))) == ("phd", True)
        assert candidate.goals.company is not None
        assert candidate.goals.company.interview_on == "2026-12-02"
        assert candidate.stage_on(dt.date(2026, 11, 25)) is Stage.EMPLOYED

    def test_contract_page_additions_load(self) -> None:
        """The additions on the contract page, when it is beside the project, load (goals.job comes with job postings)."""
        page = ROOT.parent / "shared" / "spec" / "profile-and-report.md"
        if not page.exists():
            pytest.skip("the contract page is not beside this checkout")
        fragment = page.read_text().split("## Additions")[1].split("```")[1]
        data = yaml.safe_load(fragment)
        del data["goals"]["job"]
        data["goals"]["company"]["name"] = "Acme Pay"  # the fragment joins the document above, which names it
        assert load_candidate(data).experience == load_candidate(CONTRACT_ADDITIONS).experience

    def test_empty_document_is_a_newcomer(self) -> None:
        """{} is a valid profile: a job seeker with nothing listed yet (no stage stated, none derived)."""
        assert load_candidate({}) == Candidate()
        assert Candidate().stage is None
        assert Candidate().stage_on(dt.date(2026, 11, 25)) is Stage.JOB_SEEKING

    @pytest.mark.parametrize(
        ("position", "stage"),
        [
            ({"title": "Core Team Member", "start": "2024-01"}, Stage.STUDENT),
            ({"title": "Mentor", "organization": "HackerSpace PESU", "start": "2024-01"}, Stage.STUDENT),
            (
                {"title": "Library Assistant", "organization": "University of Calgary", "start": "2024-01"},
                Stage.STUDENT,
            ),
            ({"title": "Research Intern", "organization": "Acme AI", "start": "2021-05"}, Stage.STUDENT),
            (
                {"title": "Undergraduate Researcher", "organization": "Vector Institute", "start": "2021-05"},
                Stage.STUDENT,
            ),
            (
                {"title": "GIS Technologist", "organization": "Canada West Land", "start": "2025-12"},
                Stage.EMPLOYED,
            ),
            ({"title": "Data Analyst", "organization": "Acme", "start": "2020-06"}, Stage.EMPLOYED),
            ({"title": "Data Analyst", "organization": "Acme"}, Stage.EMPLOYED),
            (
                {"title": "Developer", "organization": "Calgary Solar Car Team", "start": "2024-01"},
                Stage.STUDENT,
            ),
            ({"title": "Lead", "organization": "Google Developer Groups", "start": "2024-01"}, Stage.STUDENT),
            (
                {"title": "Software Lead", "organization": "Calgary Hyperloop", "start": "2024-01"},
                Stage.STUDENT,
            ),
            ({"title": "Analyst", "organization": "Acme Energy", "start": "2024-01"}, Stage.EMPLOYED),
        ],
    )
    def test_stage_of_an_undergraduate_with_a_role(self, position: dict[str, str], stage: Stage) -> None:
        """A role begun during a bachelor's in progress, in a society, at its university (by its own words) or no employer, is held alongside it."""
        profile = {
            "education": [{"degree": "B.E.", "institution": "University of Calgary", "start": "2023-08"}],
            "experience": [position],
        }
        assert load_candidate(profile).stage_on(dt.date(2026, 11, 25)) is stage
        undated = {
            **profile,
            "education": [{"degree": "B.E.", "institution": "University of Calgary", "end": "2028"}],
        }
        assert load_candidate(undated).stage_on(dt.date(2026, 11, 25)) is stage

    def test_version_must_be_one(self) -> None:
        """Only format version 1 is read."""
        assert problems({"profile": 2}) == [
            "profile: profile format 2 is not supported (this version reads format 1)"
        ]

    def test_extensions_are_kept(self) -> None:
        """Anything goes under extensions, and it is kept as it is."""
        candidate = load_candidate({"extensions": {"plan": {"tier": "gold", "seats": [1, 2]}}})
        assert candidate.extensions == {"plan": {"tier": "gold", "seats": [1, 2]}}


class TestLevels:
    @pytest.mark.parametrize(
        ("word", "level"),
        [
            ("novice", Level.NOVICE), ("Basic", Level.BEGINNER), ("elementary", Level.BEGINNER),
            ("competent", Level.INTERMEDIATE), ("working", Level.INTERMEDIATE), ("proficient", Level.ADVANCED),
            ("PROFESSIONAL", Level.ADVANCED), ("master", Level.EXPERT), ("expert", Level.EXPERT),
            (1, Level.NOVICE), (5, Level.EXPERT), ("advanced beginner", Level.BEGINNER),
            ("Somewhat Familiar", Level.NOVICE), ("exposure", Level.BEGINNER),
        ],
    )  # fmt: skip
    def test_words_and_numbers(self, word: object, level: Level) -> None:
        """The usual words people write, and 1-5, name levels."""
        assert Level.parse(word) is level

    def test_bad_level_message(self) -> None:
        """A bad level names the accepted words, and a close one if any."""
        assert problems(
            {"skills": [{"name": "python", "level": "guru"}, {"name": "r", "level": "expret"}]}
        ) == [
            "skills[0].level: 'guru' is not one of novice, beginner, intermediate, advanced, expert (or 1-5)",
            "skills[1].level: 'expret' is not one of novice, beginner, intermediate, advanced, expert (or 1-5);"
            " did you mean 'expert'?",
        ]

    @pytest.mark.parametrize("value", [0, 6, True, 2.5, None])
    def test_out_of_range(self, value: object) -> None:
        """Numbers outside 1-5, booleans and fractions are not levels."""
        with pytest.raises(ValueError, match="is not one of novice"):
            Level.parse(value)

    def test_sector_spellings(self) -> None:
        """Common names of the sectors are read as the sector."""
        goals = load_candidate({"goals": {"sectors": ["FinTech", "e-commerce", "Health care"]}}).goals
        assert goals.sectors == (Sector.FINANCE, Sector.RETAIL, Sector.HEALTHCARE)

    def test_bare_name_is_intermediate(self) -> None:
        """A skill written as a bare name is at the intermediate level."""
        assert load_candidate({"skills": ["sklearn"]}).skills == (Skill("scikit-learn", Level.INTERMEDIATE),)

    def test_levels_compare(self) -> None:
        """Levels compare as their numbers."""
        assert Level.BEGINNER < Level.INTERMEDIATE <= Level.INTERMEDIATE < Level.EXPERT


class TestErrors:
    def test_every_problem_is_listed_with_its_place(self) -> None:
        """All problems are reported at once, each with line, column and a suggestion."""
        text = "name: Ada\nstage: interviewng\nskills:\n  - {name: python, levl: 3}\n  - name: r\n    years: -1\n"
        with pytest.raises(ProfileError) as error:
            load_candidate(text)
        assert str(error.value) == (
            "invalid profile (3 problems):\n"
            "- 2:8: stage: 'interviewng' is not one of student, job_seeking, interviewing, employed;"
            " did you mean 'interviewing'?\n"
            "- 4:20: skills[0]: unknown key 'levl'; did you mean 'level'?\n"
            "- 6:12: skills[1].years: must be at least 0, got -1"
        )
        assert error.value.path == "stage"
        assert (error.value.line, error.value.column, error.value.suggestion) == (2, 8, "interviewing")

    def test_file_name_in_messages(self, tmp_path: Path) -> None:
        """Problems in a file name the file."""
        path = tmp_path / "me.yaml"
        path.write_text("skills: python\n")
        with pytest.raises(ProfileError) as error:
            load_candidate(path)
        assert (
            str(error.value) == f"invalid profile: {path}:1:9: skills: expected a list, got the text 'python'"
        )

    @pytest.mark.parametrize(
        ("data", "expected"),
        [
            ([], ["expected a profile (a mapping), got a list"]),
            ({"skills": [{"level": 2}]}, ["skills[0]: missing the key 'name'"]),
            ({"skills": ["python", "Python"]}, ["skills[1]: repeats skills[0] (python)"]),
            ({"skills": [3]}, ["skills[0]: expected a skill (a name, or a mapping with name and level), got the number 3"]),
            ({"traits": [{"name": "curious", "evidence": ""}]}, ["traits[0].evidence: must not be empty"]),
            ({"portfolio": [{"kind": "blogpost"}]}, [
                "portfolio[0].kind: 'blogpost' is not one of project, open_source, certification, blog_post,"
                " case_study; did you mean 'blog_post'?"]),
            ({"goals": {"sectors": ["fashion"]}}, [
                "goals.sectors[0]: 'fashion' is not one of tech, finance, healthcare, retail, other"]),
            ({"goals": {"company": {"sector": "finance"}}}, ["goals.company: missing the key 'name'"]),
            ({"interview_prep": ["research"]}, [
                "interview_prep[0]: 'research' is not one of company_research, algorithm_review, project_stories,"
                " think_aloud_practice, motivation, culture_examples, company_mini_project;"
                " did you mean 'company_research'?"]),
            ({"growth": {"mentor": "maybe"}}, ["growth.mentor: expected true or false, got the text 'maybe'"]),
            ({"growth": {"learning": [{"kind": "course", "year": 1800}]}}, [
                "growth.learning[0].year: must be at least 1900, got 1800"]),
            ({"growth": {"networking": [{"kind": "party"}]}}, [
                "growth.networking[0].kind: 'party' is not one of conference, meetup, forum, community, other"]),
            ({"extensions": [1]}, ["extensions: expected a mapping, got a list"]),
            ({"nmae": "x"}, ["unknown key 'nmae'; did you mean 'name'?"]),
            ({"goals": {"interview_on": "2026-12-02"}}, [
                "goals: unknown key 'interview_on'; did you mean 'company.interview_on'?"]),
        ],
    )  # fmt: skip
    def test_messages(self, data: object, expected: list[str]) -> None:
        """Each kind of problem has a clear message, asserted in full."""
        assert problems(data) == expected

    def test_list_length_limit(self) -> None:
        """Lists longer than the limit are refused."""
        with pytest.raises(ProfileError) as error:
            load_candidate({"skills": ["python"] * 5}, limits=mlcareer.Limits(max_items=3))
        assert str(error.value) == "invalid profile: skills: has 5 items, more than the limit of 3"

    def test_error_pickles(self) -> None:
        """Profile errors survive pickling (for worker processes)."""
        import pickle  # noqa: PLC0415 - only this test

        with pytest.raises(ProfileError) as error:
            load_candidate({"stage": "x"})
        copy = pickle.loads(pickle.dumps(error.value))  # noqa: S301 - our own data
        assert str(copy) == str(error.value)


class TestQueries:
    def test_skill_queries_resolve_aliases(self) -> None:
        """Skill queries take any alias and case."""
        assert PRIYA.skill("Torch") == Skill("pytorch", Level.BEGINNER, 1.5)
        assert PRIYA.level("PY") is Level.INTERMEDIATE
        assert PRIYA.level("keras") is None
        assert PRIYA.has_skill("communication", at_least="proficient")
        assert not PRIYA.has_skill("pytorch", at_least=Level.INTERMEDIATE)

    @pytest.mark.parametrize(
        ("degree", "level"),
        [
            ("BASc Engineering Science", "bachelor"), ("B.E.", "bachelor"), ("B.Com", "bachelor"), ("BBA", "bachelor"),
            ("M.E.", "master"), ("MEng", "master"), ("Ph.D. (Pursuing)", "phd"), ("High School Diploma", "other"),
        ],
    )  # fmt: skip
    def test_degree_levels(self, degree: str, level: str) -> None:
        """A degree's level comes from the words people write for it."""
        assert Education(degree=degree).level == level

    @pytest.mark.parametrize(
        ("study", "expected"),
        [
            ({"degree": "BSc", "start": "2021-09"}, True),
            ({"degree": "BSc", "start": "2020-11-25"}, False),
            ({"degree": "BSc", "start": "2020-11-26"}, True),
            ({"degree": "MSc", "start": "2022-09"}, False),
            ({"degree": "PhD", "start": "2019-09"}, True),
            ({"degree": "PhD", "start": "2018-09"}, False),
            ({"degree": "BSc", "start": "2018-09", "end": "2027-06"}, True),
            ({"degree": "BSc", "start": "2027-09"}, False),
            ({"degree": "BSc"}, False),
            ({"degree": "BSc", "end": "2027"}, True),
        ],
    )
    def test_studies_without_an_end_last_as_long_as_their_degree(
        self, study: dict[str, str], expected: bool
    ) -> None:
        """A degree with no end is in progress for as long as one of its level takes from its start."""
        assert Education(**study).in_progress(dt.date(2026, 11, 25)) is expected

    def test_trait_and_portfolio_queries(self) -> None:
        """Traits resolve aliases; portfolio items filter by kind and sector."""
        assert PRIYA.trait("Perseverance") == PRIYA.traits[1]
        assert [item.title for item in PRIYA.items(kind="project")] == ["Podcast recommender"]
        assert PRIYA.items(sector="finance") == ()
        assert len(PRIYA.items()) == 2

    def test_display_names(self) -> None:
        """Skills and traits know the names people write."""
        assert Skill("sklearn").display_name == "scikit-learn"
        assert Trait("grit").display_name == "persistence"

    def test_values_are_hashable_and_immutable(self) -> None:
        """Candidates are hashable values; evolve makes a changed copy."""
        assert hash(PRIYA) == hash(load_candidate(CONTRACT_PROFILE))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            PRIYA.name = "x"  # type: ignore[misc]
        assert attrs.evolve(PRIYA, stage="employed").stage is Stage.EMPLOYED

    def test_two_names_of_one_skill_or_trait_give_it_once(self) -> None:
        """Skills or traits named twice through aliases load once (the higher level, the evidence); a job's skills too."""
        candidate = load_candidate(
            {
                "skills": [
                    "sklearn",
                    {"name": "scikit-learn", "level": "advanced"},
                    {"name": "py", "years": 2},
                ],
                "traits": [{"name": "curious", "evidence": "Reads papers"}, "curiosity"],
                "goals": {"job": {"title": "ML Engineer", "required": ["PyTorch", "torch", "SQL"]}},
            }
        )
        assert candidate.skills == (Skill("scikit-learn", "advanced"), Skill("python", years=2))
        assert candidate.traits == (Trait("curiosity", "Reads papers"),)
        assert candidate.goals.job is not None
        assert candidate.goals.job.required == ("pytorch", "sql")
        assert Candidate(skills=["torch", {"name": "pytorch", "level": 1}]).skills == (Skill("pytorch"),)

    def test_invariants_hold_on_direct_construction(self) -> None:
        """Building values directly checks the same invariants."""
        with pytest.raises(ValueError, match=r"^skills: lists python more than once$"):
            Candidate(skills=[Skill("python"), Skill("py")])
        with pytest.raises(ValueError, match=r"^years: must be at least 0, got -1$"):
            Skill("python", years=-1)

    @pytest.mark.parametrize(
        ("build", "message"),
        [
            (lambda: Skill("python", years=100), "years: must be at most 80, got 100"),
            (lambda: Skill("x" * 201), "name: is longer than 200 characters"),
            (lambda: Skill("python", "guru"), "level: 'guru' is not one of novice, beginner, intermediate, "
             "advanced, expert (or 1-5)"),
            (lambda: Trait("curiosity", "  "), "evidence: must not be empty"),
            (lambda: Candidate(name=""), "name: must not be empty"),
            (lambda: Candidate(stage="retired"), "stage: 'retired' is not one of student, job_seeking, "
             "interviewing, employed"),
            (lambda: PortfolioItem(kind="project", skills="python"), "skills: expected a list, got the text 'python'"),
            (lambda: Position(start="2023-13"), "start: expected a date (YYYY, YYYY-MM or YYYY-MM-DD), got the "
             "text '2023-13'"),
            (lambda: Goals(sectors=["tech", "software"]), "sectors: lists tech more than once"),
            (lambda: Candidate(skills=[{"name": "python", "levl": 3}]), "skills: unknown key 'levl'; did you "
             "mean 'level'?"),
        ],
    )  # fmt: skip
    def test_direct_construction_has_the_document_bounds(
        self, build: Callable[[], object], message: str
    ) -> None:
        """A value built in Python is held to the bounds a document is, so what is built always dumps and loads."""
        with pytest.raises(ValueError, match="^" + re.escape(message) + "$"):
            build()

    def test_specialization_is_normalised(self) -> None:
        """Specializations are written in one form."""
        assert Goals(specialization="Computer Vision").specialization == "computer_vision"


class TestRoundTrips:
    def test_to_dict_is_minimal(self) -> None:
        """to_dict leaves defaults out and writes intermediate skills as bare names."""
        assert Candidate(skills=[Skill("sklearn")]).to_dict() == {"profile": 1, "skills": ["scikit-learn"]}

    @given(strategies.candidates())
    def test_dict(self, candidate: Candidate) -> None:
        """A candidate turned into a dict loads back equal."""
        assert Candidate.from_dict(candidate.to_dict()) == candidate

    @given(strategies.candidates())
    def test_yaml(self, candidate: Candidate) -> None:
        """A candidate written as YAML loads back equal."""
        assert load_candidate(yaml.safe_dump(candidate.to_dict(), allow_unicode=True)) == candidate

    @given(strategies.candidates())
    def test_json(self, candidate: Candidate) -> None:
        """A candidate written as JSON loads back equal."""
        assert load_candidate(json.dumps(candidate.to_dict())) == candidate

    @given(strategies.candidates())
    def test_documents_validate_against_the_schema(self, candidate: Candidate) -> None:
        """Every profile the library writes is valid under the published schema."""
        jsonschema.validate(candidate.to_dict(), profile_schema())

    @given(strategies.values(Candidate))
    def test_every_candidate_the_class_accepts_loads_back_equal(self, candidate: Candidate) -> None:
        """Any candidate the fields accept, to their bounds, dumps to data that validates and loads back equal."""
        data = candidate.to_dict()
        jsonschema.validate(data, profile_schema())
        assert Candidate.from_dict(data) == candidate
        assert load_candidate(json.dumps(data)) == candidate

    @pytest.mark.parametrize(
        "cls", [Skill, Trait, PortfolioItem, Position, Education, Company, Job, Goals, Growth]
    )
    @given(data=st.data())
    def test_every_part_loads_back_equal(self, cls: type[Any], data: st.DataObject) -> None:
        """Each part of a profile, to its fields' bounds, dumps and loads back equal inside a profile."""
        part = data.draw(strategies.values(cls))
        field = {Skill: "skills", Trait: "traits", PortfolioItem: "portfolio", Position: "experience"}
        field |= {Education: "education", Goals: "goals", Growth: "growth"}
        if cls in (Company, Job):
            candidate = Candidate(goals=Goals(**{cls.__name__.lower(): part}))
        else:
            candidate = Candidate(**{field[cls]: part if cls in (Goals, Growth) else [part]})
        assert Candidate.from_dict(candidate.to_dict()) == candidate


class TestSchema:
    def test_schema_is_valid(self) -> None:
        """The profile schema is a valid JSON Schema (2020-12)."""
        jsonschema.Draft202012Validator.check_schema(profile_schema())

    def test_examples_validate(self) -> None:
        """The bundled example profiles and the contract's profile validate."""
        validator = jsonschema.Draft202012Validator(profile_schema())
        for path in sorted(EXAMPLES.glob("*.yaml")):
            validator.validate(load_document(path).data)  # dates stay text, as in JSON
        validator.validate(yaml.safe_load(CONTRACT_PROFILE))

    def test_schema_refuses_unknown_keys(self) -> None:
        """The schema, like the loader, refuses unknown keys."""
        validator = jsonschema.Draft202012Validator(profile_schema())
        assert not validator.is_valid({"skils": []})
        assert not validator.is_valid({"skills": [{"name": "python", "levl": 1}]})


def test_negative_zero_years_are_zero() -> None:
    """-0.0 years is 0.0 (equal, but it would print "-0"), so reports never depend on which was seen first."""
    assert Skill("python", years=-0.0).years == 0.0
    assert str(Skill("python", years=-0.0).years) == "0.0"
    assert load_candidate("skills: [{name: python, years: -0.0}]").skills[0].years == 0.0


def test_extensions_nest_as_deep_as_a_document_may() -> None:
    """Extensions built in Python nest at most as deep as a document may, so reading them cannot exhaust the stack."""
    deep: object = "leaf"
    for _ in range(5000):
        deep = (deep,)
    with pytest.raises(ValueError, match=r"^extensions: nests deeper than 32 levels$"):
        Candidate(extensions={"a": deep})
    assert Candidate(extensions={"a": {"b": [1, (2, 3)]}}).extensions == {"a": {"b": [1, [2, 3]]}}


@attrs.frozen
class _Counted:
    """A class that does one more thing when it is built: it counts the words of its name."""

    name: str = attrs.field(metadata=shape(Text()))
    words: int = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "words", len(self.name.split()))


@attrs.frozen
class _Plain:
    """A class whose fields carry shapes but do not convert themselves, as the engine's report classes."""

    name: str = attrs.field(metadata=shape(Text()))


def test_a_record_builds_through_the_class_what_its_fields_cannot_build_alone() -> None:
    """A class with a post-init step, or fields without converters, is built by calling it, never around it."""
    assert Record.of(_Plain).convert({"name": "  ada lovelace "}) == _Plain(name="ada lovelace")
    with pytest.raises(ValueError, match=r"^expected a mapping, got the number 3$"):
        Record(_Counted, {"name": Field(Text())}).convert(3)
    built = Record(_Counted, {"name": Field(Text())}).convert({"name": "  ada lovelace "})
    assert (built.name, built.words) == ("ada lovelace", 2)


def test_a_remembering_record_gives_the_object_it_built_for_the_same_values_of_the_same_types() -> None:
    """A skill read again is the same object; a value equal in Python but of another type is read anew."""
    first = mlcareer.load_candidate({"skills": [{"name": "Torch", "level": 3}]}).skills[0]
    again = mlcareer.load_candidate({"skills": [{"name": "Torch", "level": 3}]}).skills[0]
    assert again is first
    assert again == Skill("pytorch", "intermediate")
    years = mlcareer.load_candidate({"skills": [{"name": "Torch", "level": 3, "years": 2}]}).skills[0]
    decimal = mlcareer.load_candidate({"skills": [{"name": "Torch", "level": 3, "years": 2.0}]}).skills[0]
    assert (type(years.years), type(decimal.years)) == (int, float)
    assert (
        mlcareer.load_candidate({"skills": [{"name": "Torch", "level": 1}]}).skills[0].level is Level.NOVICE
    )
    with pytest.raises(ProfileError) as caught:  # True == 1, and a level is not a boolean
        mlcareer.load_candidate({"skills": [{"name": "Torch", "level": True}]})
    assert str(caught.value) == (
        "invalid profile: skills[0].level: true (a boolean) is not one of"
        " novice, beginner, intermediate, advanced, expert (or 1-5)"
    )


def test_a_jobs_alternatives_are_groups_of_two_or_more_skills() -> None:
    """Each group of alternatives names two skills or more, by any of their names; one is an error at its place."""
    job = Job(required=["Torch", "TF"], alternatives=[["torch", "tf"]])
    assert job.alternatives == (("pytorch", "tensorflow"),)
    assert job.alternatives_of("tensorflow") == ("pytorch",)
    with pytest.raises(ProfileError) as caught:
        mlcareer.load_candidate("goals:\n  job:\n    alternatives: [[pytorch]]\n")
    assert str(caught.value) == (
        "invalid profile: 3:20: goals.job.alternatives[0]: has 1 item, fewer than the 2 it needs"
    )


def test_years_held_counts_shared_time_once() -> None:
    """years_held: overlapping, nested and back-to-back positions cover their union; undated ones nothing."""
    as_of = dt.date(2026, 1, 1)
    positions = [
        Position(title="A", start="2010", end="2013"),
        Position(title="B", start="2011", end="2012"),  # within A
        Position(title="C", start="2014", end="2014"),  # after a gap, back to back with D
        Position(title="D", start="2015"),  # still held
        Position(title="E"),  # no dates
        Position(title="F", start="2030"),  # not yet begun
    ]
    assert round(years_held(positions, as_of), 1) == 16.0  # 2010-2013, 2014, 2015 to 2026
    assert years_held([], as_of) == 0.0
    assert years_held(positions[1:2], as_of) == positions[1].years(as_of)
