"""Tests for the rule language: mlcareer._conditions and its grammar, mlcareer._language."""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

import pytest

from mlcareer import load_candidate, skill_table
from mlcareer._arguments import Range
from mlcareer._compiler import compile_condition
from mlcareer._conditions import Condition, CountOf
from mlcareer._facts import Facts
from mlcareer._language import PREDICATES, ConditionParser, condition_schema
from mlcareer._shapes import Issues, Rejected

from . import reference


def parse(when: object, named: dict[str, Any] | None = None) -> Condition:
    """Parse *when*, which must be valid."""
    issues = Issues()
    parser = ConditionParser(
        issues, skill_table(), {k: (v, ("conditions", k)) for k, v in (named or {}).items()}
    )
    condition = parser.parse(when, ("when",))
    assert [str(p) for p in issues.problems] == []
    return condition


def errors(when: object, named: dict[str, Any] | None = None) -> list[str]:
    """Parse *when* (and *named*), returning every problem as text."""
    issues = Issues()
    parser = ConditionParser(
        issues, skill_table(), {k: (v, ("conditions", k)) for k, v in (named or {}).items()}
    )
    for name in named or {}:
        with contextlib.suppress(Rejected):
            parser.resolve(name, ("conditions", name))
    with contextlib.suppress(Rejected):  # some problems are recorded without rejecting the condition
        parser.parse(when, ("when",))
    return [str(problem) for problem in issues.problems]


def holds(when: object, profile: dict[str, Any]) -> bool:
    """Evaluate *when*, check the reference reading of the language agrees, and return the truth."""
    condition = parse(when)
    candidate = load_candidate(profile)
    facts = Facts(candidate, as_of=reference.AS_OF)
    truth = condition.test(facts)
    assert reference.holds(reference._data(condition), candidate, {}) is truth
    assert condition.explain(facts).holds is truth
    return truth


class TestSkills:
    def test_skill_present_through_aliases(self) -> None:
        """skill: holds when the skill is listed, under any alias."""
        assert holds({"skill": "sklearn"}, {"skills": ["scikit learn"]})
        assert not holds({"skill": "python"}, {"skills": ["r"]})

    def test_skill_levels(self) -> None:
        """skill: at_least and at_most bound the level."""
        profile = {"skills": [{"name": "python", "level": "beginner"}]}
        assert holds({"skill": {"name": "python", "at_most": "beginner"}}, profile)
        assert not holds({"skill": {"name": "python", "at_least": "intermediate"}}, profile)
        assert holds({"skill": {"name": "python", "at_least": 2, "at_most": 3}}, profile)
        assert not holds({"skill": {"name": "python", "at_most": "beginner"}}, {})

    def test_gaps_bind_the_missing_and_weak(self) -> None:
        """gaps: holds when enough skills are missing or weak, and binds them in rule order."""
        condition = parse(
            {"gaps": {"skills": ["numpy", "pandas", "sklearn"], "below": "intermediate", "as": "todo"}}
        )
        facts = Facts(load_candidate({"skills": ["numpy", {"name": "sklearn", "level": 1}]}))
        assert condition.test(facts)
        assert condition.bindings()["todo"](facts) == ["pandas", "scikit-learn"]
        assert condition.evidence(facts) == [
            "nothing in your profile shows pandas; you list scikit-learn at a novice level"
        ]

    def test_gaps_evidence_lists_then_implies(self) -> None:
        """gaps: the skills listed, with their levels, come before those other skills show."""
        condition = parse({"gaps": {"skills": ["numpy", "pandas", "sklearn", "sql"], "below": "advanced"}})
        profile = {"skills": [{"name": "pandas", "level": 2}, {"name": "sklearn", "level": 3}, "sql"]}
        assert condition.evidence(Facts(load_candidate(profile))) == [
            "you list pandas (beginner), scikit-learn (intermediate) and SQL (intermediate);"
            " scikit-learn (intermediate) shows NumPy at an intermediate level"
        ]

    def test_skills_evidence_in_one_phrase(self) -> None:
        """skills: the skills listed are named in one phrase, the level once when they share it."""
        condition = parse({"skills": {"of": ["pytorch", "tensorflow", "keras"], "count": 2}})
        profile = {"skills": [{"name": "torch", "level": 4}, {"name": "keras", "level": 4}, "tf"]}
        assert condition.evidence(Facts(load_candidate(profile))) == [
            "you list PyTorch (advanced), TensorFlow (intermediate) and Keras (advanced)"
        ]
        profile = {"skills": [{"name": "torch", "level": 4}, {"name": "keras", "level": 4}]}
        assert condition.evidence(Facts(load_candidate(profile))) == [
            "you list PyTorch and Keras at an advanced level"
        ]

    def test_gaps_count(self) -> None:
        """gaps: count asks for at least that many gaps."""
        when = {"gaps": {"skills": ["numpy", "pandas"], "count": 2}}
        assert holds(when, {})
        assert not holds(when, {"skills": ["numpy"]})

    def test_skills_at_least_k_of(self) -> None:
        """skills: holds when at least count of the skills are listed at the level, and binds them."""
        when = {"skills": {"of": ["pytorch", "tensorflow", "keras"], "at_least": "intermediate", "count": 2}}
        assert holds(when, {"skills": ["torch", "tf"]})
        assert not holds(when, {"skills": ["torch", {"name": "tf", "level": 1}]})
        condition = parse({"skills": {"of": ["pytorch", "keras"], "as": "frameworks"}})
        assert condition.bindings()["frameworks"](Facts(load_candidate({"skills": ["keras"]}))) == ["Keras"]

    def test_years(self) -> None:
        """years: compares the years given for a skill (0 when not given)."""
        assert holds(
            {"years": {"skill": "python", "at_least": 2}}, {"skills": [{"name": "python", "years": 3}]}
        )
        assert holds({"years": {"skill": "python", "less_than": 1}}, {"skills": ["python"]})


class TestTraits:
    def test_trait_with_and_without_evidence(self) -> None:
        """trait: holds when listed, optionally with or without an example."""
        profile = {"traits": ["curious", {"name": "grit", "evidence": "Ten tries"}]}
        assert holds({"trait": "curiosity"}, profile)
        assert holds({"trait": {"name": "persistence", "evidence": True}}, profile)
        assert holds({"trait": {"name": "curiosity", "evidence": False}}, profile)
        assert not holds({"trait": {"name": "curiosity", "evidence": True}}, profile)

    def test_traits_count_and_binding(self) -> None:
        """traits: counts traits, and binds their names sorted."""
        condition = parse({"traits": {"evidence": False, "as": "unproven"}})
        facts = Facts(
            load_candidate({"traits": ["persistence", "curiosity", {"name": "x", "evidence": "y"}]})
        )
        assert condition.test(facts)
        assert condition.bindings()["unproven"](facts) == ["curiosity", "persistence"]
        assert holds({"traits": {"at_most": 0}}, {})


class TestPortfolio:
    PROFILE: dict[str, Any] = {  # noqa: RUF012 - read only
        "goals": {"company": {"name": "Acme", "sector": "finance"}},
        "portfolio": [
            {
                "kind": "project",
                "title": "Fraud model",
                "sector": "finance",
                "skills": ["sklearn"],
                "topics": ["Fraud"],
            },
            {"kind": "open_source", "title": "Docs fix"},
            {"kind": "certification"},
        ],
    }

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ({"portfolio": {"kind": "project"}}, True),
            ({"portfolio": {"kind": ["project", "open_source"], "at_least": 2}}, True),
            ({"portfolio": {"kind": "blog_post", "at_most": 0}}, True),
            ({"portfolio": {"sector": "company"}}, True),
            ({"portfolio": {"sector": "target"}}, True),
            ({"portfolio": {"sector": "retail"}}, False),
            ({"portfolio": {"skill": ["pytorch", "scikit-learn"]}}, True),
            ({"portfolio": {"skill": "pytorch"}}, False),
            ({"portfolio": {"skill": "linear-regression"}}, True),
            ({"portfolio": {"skill": "neural-networks"}}, False),
            ({"portfolio": {"topic": "fraud"}}, True),
            ({"portfolio": {"equals": 3}}, True),
            ({"portfolio": {"more_than": 3}}, False),
        ],
    )
    def test_filters_and_counts(self, when: dict[str, Any], expected: bool) -> None:
        """portfolio: counts items by kind, sector (or the company's, or one aimed at), skill and topic."""
        assert holds(when, self.PROFILE) is expected

    def test_binding_titles(self) -> None:
        """portfolio: as binds the matching items' titles, sorted; untitled items by kind."""
        condition = parse({"portfolio": {"kind": ["open_source", "certification", "project"], "as": "work"}})
        assert condition.bindings()["work"](Facts(load_candidate(self.PROFILE))) == [
            "“Docs fix”",
            "“Fraud model”",
            "your certificate",
        ]

    def test_evidence_calls_items_of_one_kind_by_it(self) -> None:
        """portfolio: evidence names the kind the items are, or every kind counted when they differ."""
        facts = Facts(load_candidate(self.PROFILE))
        either = {"kind": ["open_source", "project"]}
        assert parse({"portfolio": {**either, "sector": "finance"}}).evidence(facts) == [
            "your portfolio has one project in finance: “Fraud model”"
        ]
        assert parse({"portfolio": either}).evidence(facts) == [
            "your portfolio has 2 projects or open-source contributions: “Docs fix” and “Fraud model”"
        ]
        assert parse({"portfolio": {**either, "sector": "retail"}}).evidence(facts) == [
            "your portfolio has no project or open-source contribution in retail"
        ]

    def test_exercises(self) -> None:
        """portfolio: exercise tells apart items whose title, topics or description name a dataset courses use."""
        exercises = ("Titanic", "MNIST", "house prices")
        issues = Issues()
        parser = ConditionParser(issues, skill_table(), exercises=exercises)
        condition = parser.parse({"portfolio": {"exercise": True, "as": "exercises"}}, ("when",))
        others = parser.parse({"portfolio": {"ml": True, "exercise": False, "at_most": 0}}, ("when",))
        assert issues.problems == []
        items = [
            {"kind": "project", "title": "Fashion-MNIST classifier", "skills": ["keras"]},
            {"kind": "project", "title": "Survival model", "topics": ["titanic"], "skills": ["scikit-learn"]},
            {"kind": "project", "title": "Kaggle", "description": "Predicting House-Prices in Ames."},
            {"kind": "project", "title": "Titanics of industry", "skills": ["scikit-learn"]},
        ]
        facts = Facts(load_candidate({"portfolio": items}), exercises=exercises)
        assert condition.bindings()["exercises"](facts) == [
            "“Fashion-MNIST classifier”",
            "“Kaggle”",
            "“Survival model”",
        ]
        assert not others.test(facts)
        assert others.evidence(facts) == [
            "your portfolio has one project that shows ML work beyond a well-known teaching dataset:"
            " “Titanics of industry”"
        ]
        assert others.test(Facts(load_candidate({"portfolio": items[:3]}), exercises=exercises))
        assert condition.to_data() == {"portfolio": {"exercise": True, "as": "exercises", "at_least": 1}}
        for profile in ({"portfolio": items}, {"portfolio": items[3:]}, {}):
            candidate = load_candidate(profile)
            data = {"portfolio": {"ml": True, "exercise": False, "at_most": 0, "exercises": list(exercises)}}
            assert reference.holds(data, candidate, {}) is others.test(Facts(candidate, exercises=exercises))

    def test_sectors_aimed_at(self) -> None:
        """portfolio: sector target counts the items in a sector the candidate aims at, the company's included."""
        profile = {**self.PROFILE, "goals": {"sectors": ["retail", "other"]}}
        condition = parse({"portfolio": {"sector": "target", "at_most": 0}})
        facts = Facts(load_candidate(profile))
        assert condition.test(facts)
        assert condition.evidence(facts) == ["your portfolio has no item in a sector you aim at"]
        assert not condition.test(Facts(load_candidate({**profile, "goals": {"sectors": ["finance"]}})))
        assert condition.to_data() == {"portfolio": {"sector": "target", "at_most": 0}}

    def test_skills_of_the_companys_ml_work(self) -> None:
        """portfolio: skill company counts the items that show a skill the target company's ML projects name."""
        profile = {**self.PROFILE, "goals": {"company": {"name": "Acme", "ml_projects": ["fraud detection"]}}}
        facts = Facts(load_candidate(profile))
        condition = parse({"portfolio": {"skill": "company", "at_most": 0}})
        assert not condition.test(facts)
        assert condition.evidence(facts) == [
            "your portfolio has one project on the company's ML work: “Fraud model”"
        ]
        assert holds({"portfolio": {"skill": "company", "at_most": 0}}, self.PROFILE)  # no ML projects noted
        assert condition.to_data() == {"portfolio": {"skill": "company", "at_most": 0}}


class TestGoalsAndStage:
    def test_stage(self) -> None:
        """stage: one stage or a list."""
        assert holds({"stage": "job_seeking"}, {})
        assert holds({"stage": ["student", "Employed"]}, {"stage": "employed"})

    def test_company_evidence_names_what_the_condition_asks(self) -> None:
        """company: its evidence says the company's ML work or values are not noted only when it asks."""
        facts = Facts(load_candidate({"goals": {"company": {"name": "Acme Pay", "sector": "finance"}}}))
        assert parse({"company": True}).evidence(facts) == ["you are aiming at Acme Pay, a finance company"]
        assert parse({"company": {"ml_projects": False, "values": False}}).evidence(facts) == [
            "you are aiming at Acme Pay, a finance company, and have not noted its ML work and values"
        ]

    def test_target_sector(self) -> None:
        """target_sector: a sector, a list, or any."""
        assert holds({"target_sector": "any"}, {"goals": {"sectors": ["tech"]}})
        assert not holds({"target_sector": "any"}, {})
        assert holds({"target_sector": ["finance", "tech"]}, {"goals": {"sectors": ["tech"]}})

    def test_company(self) -> None:
        """company: known or not, and its name, sector, projects and values."""
        profile = {"goals": {"company": {"name": "Acme Pay", "sector": "finance", "values": ["ownership"]}}}
        assert holds({"company": True}, profile)
        assert holds({"company": False}, {})
        assert holds({"company": {"name": "acme pay", "sector": "finance", "values": True}}, profile)
        assert holds({"company": {"ml_projects": False, "sector": "any"}}, profile)
        assert not holds({"company": {"sector": "none"}}, profile)
        assert not holds({"company": {"sector": "finance"}}, {})

    def test_specialization(self) -> None:
        """specialization: chosen, not chosen, or one of some."""
        assert holds({"specialization": False}, {})
        assert holds({"specialization": "Computer Vision"}, {"goals": {"specialization": "computer_vision"}})
        assert holds({"specialization": True}, {"goals": {"specialization": "nlp"}})

    def test_specialization_evidence_names_the_niche(self) -> None:
        """specialization: evidence gives the table's name of a niche, or its words with fields' short names in capitals."""
        condition = parse({"specialization": True})
        for niche, words in (("nlp", "natural language processing"), ("ml-engineering", "ML engineering")):
            facts = Facts(load_candidate({"goals": {"specialization": niche}}))
            assert condition.evidence(facts) == [f"you specialise in {words}"]

    def test_a_current_positions_niche_named_or_shown(self) -> None:
        """specialization: a current position's niche, named first, or else shown through what it names."""
        shown = {
            "experience": [{"title": "AI Engineer", "start": "2024-02", "highlights": ["A RAG assistant"]}]
        }
        assert holds({"specialization": "generative-ai"}, shown)
        named = {"experience": [{**shown["experience"][0], "title": "Computer Vision Engineer"}]}
        assert holds({"specialization": "computer-vision"}, named)
        ended = {"experience": [{**shown["experience"][0], "end": "2025-01"}]}
        assert holds({"specialization": False}, ended)

    def test_of_a_positions_niches_the_strongest_then_the_first_named(self) -> None:
        """specialization: of several niches a current position names, the one shown highest, then most broadly, then first."""
        position = {
            "title": "Senior Data Scientist",
            "start": "2022-08",
            "highlights": ["Demand forecasting models for retailers", "Co-wrote an NLP course"],
        }
        profile = {"experience": [position]}
        assert holds({"specialization": "time-series"}, profile)
        stronger = {**profile, "skills": [{"name": "nlp", "level": "expert"}]}
        assert holds({"specialization": "natural-language-processing"}, stronger)
        broader = {**profile, "skills": ["spacy", "nltk"]}  # both show NLP at intermediate, as the work does
        assert holds({"specialization": "natural-language-processing"}, broader)

    def test_a_niche_shown_higher_wins_over_one_work_implies(self) -> None:
        """specialization: a listed niche above what a current position implies wins; below it, it does not."""
        implied = {"experience": [{"title": "Engineer", "start": "2024-02", "skills": ["kubeflow"]}]}
        assert holds({"specialization": "mlops"}, implied)
        expert = {**implied, "skills": [{"name": "recommender systems", "level": "expert"}]}
        assert holds({"specialization": "recommender-systems"}, expert)
        levels = [{"name": "recommender systems", "level": "expert"}, {"name": "mlops", "level": "expert"}]
        assert holds({"specialization": "mlops"}, {**implied, "skills": levels})

    def test_a_niche_of_work_long_past_is_no_specialization(self) -> None:
        """specialization: a niche only positions ended over five years before show is none; a recent one is."""
        old = {"title": "NLP Research Engineer", "start": "2003-01", "end": "2007-12"}
        current = {"title": "Web Developer", "start": "2012-01"}
        assert holds({"specialization": False}, {"experience": [old, current]})
        recent = {**old, "start": "2018-01", "end": "2023-06"}
        assert holds({"specialization": "natural-language-processing"}, {"experience": [recent, current]})
        listed = {"experience": [old, current], "skills": [{"name": "nlp", "level": "advanced"}]}
        assert holds({"specialization": "natural-language-processing"}, listed)

    def test_portfolio_items_with_no_sector_given(self) -> None:
        """portfolio: sector none counts the items that give no sector, and says so."""
        profile = {
            "portfolio": [
                {"kind": "project", "title": "Dropout model", "sector": "other"},
                {"kind": "project", "title": "Titanic survival"},
            ]
        }
        assert holds({"portfolio": {"sector": "none", "equals": 1}}, profile)
        assert holds(
            {"portfolio": {"sector": "none", "at_most": 0}}, {"portfolio": [profile["portfolio"][0]]}
        )
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert parse({"portfolio": {"sector": "none"}}).evidence(facts) == [
            "your portfolio has one project with no sector given: “Titanic survival”"
        ]

    def test_interview_ahead_within_days_or_passed(self) -> None:
        """interview: a date today or later, within some days, or one that has passed; not both of the last."""
        ahead = {"goals": {"company": {"name": "Klarna", "interview_on": "2026-11-30"}}}
        passed = {"goals": {"company": {"name": "Klarna", "interview_on": "2026-11-20"}}}
        assert holds({"interview": True}, ahead)
        assert holds({"interview": {"within_days": 7}}, ahead)
        assert not holds({"interview": {"within_days": 2}}, ahead)
        assert not holds({"interview": {"passed": True}}, ahead)
        assert holds({"interview": {"passed": True}}, passed)
        assert not holds({"interview": True}, passed)
        assert not holds({"interview": {"passed": True}}, {})
        facts = Facts(load_candidate(passed), as_of=reference.AS_OF)
        assert parse({"interview": {"passed": True}}).evidence(facts) == [
            "your interview at Klarna was 5 days ago"
        ]
        assert errors({"interview": {"within_days": 7, "passed": True}}) == [
            "when.interview: an interview whose date has passed is not within days: give one of the two"
        ]

    def test_prepared(self) -> None:
        """prepared: every step listed is done."""
        profile = {"interview_prep": ["motivation", "company_research"]}
        assert holds({"prepared": ["motivation", "company_research"]}, profile)
        assert not holds({"prepared": ["motivation", "algorithm_review"]}, profile)

    def test_a_job_skill_met_by_one_the_job_takes_instead_is_not_missing(self) -> None:
        """The job predicate: a skill is not missing when one the job takes in its place is shown; a group counts once."""
        job = {
            "required": ["python", "tensorflow", "pytorch", "java", "c++"],
            "alternatives": [["tensorflow", "pytorch"], ["java", "c++"]],
        }
        profile = {"skills": ["pytorch"], "goals": {"job": job}}
        condition = parse({"job": {"missing": "required", "as": "todo"}})
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert condition.bindings()["todo"](facts) == ["Java"]  # PyTorch shows Python
        assert holds({"job": {"missing": "required"}}, profile)
        assert not holds({"job": {"missing": "required", "count": 2}}, profile)
        worked = {**profile, "portfolio": [{"kind": "project", "title": "Vision model in TensorFlow"}]}
        assert not holds({"job": {"missing": "work"}}, {**worked, "skills": ["pytorch", "tensorflow"]})

    def test_a_jobs_missing_skills_among_some(self) -> None:
        """The job predicate: with of, only the job's missing skills among those named count and are bound."""
        profile = {"goals": {"job": {"required": ["python", "data privacy", "sql"]}}, "skills": ["python"]}
        condition = parse(
            {"job": {"missing": "required", "of": ["data-ethics", "data-privacy"], "as": "ethics"}}
        )
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert condition.bindings()["ethics"](facts) == ["data privacy"]
        assert condition.describe() == (
            "any of the target job's required skills among data ethics and data privacy are not shown"
        )
        assert holds({"job": {"missing": "required", "of": ["data-privacy"]}}, profile)
        assert not holds({"job": {"missing": "required", "of": ["data-ethics"]}}, profile)
        assert errors({"job": {"missing": "experience", "of": ["sql"]}}) == [
            "when.job: 'of' names skills, which only a job's missing skills are looked among"
        ]


class TestWorkedIn:
    PROFILE: ClassVar[dict[str, Any]] = {
        "goals": {"sectors": ["healthcare"], "company": {"name": "Acme Pay", "sector": "finance"}},
        "experience": [
            {
                "title": "Analyst",
                "organization": "Northwind",
                "sector": "retail",
                "start": "2019",
                "end": "2021",
            },
            {"organization": "Ledger Bank", "sector": "finance", "start": "2021"},
            {"title": "Nurse", "start": "2015", "end": "2019"},
        ],
    }

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ({"worked_in": "retail"}, True),
            ({"worked_in": ["healthcare", "tech"]}, False),
            ({"worked_in": "target"}, True),
            ({"worked_in": {"sector": "target", "as": "fields"}}, True),
            ({"not": {"worked_in": "other"}}, True),
            ({"worked_in": {"sector": "finance", "current": True}}, True),
            ({"worked_in": {"sector": "retail", "current": True}}, False),
            ({"worked_in": {"sector": "retail", "within_years": 5}}, True),
            ({"worked_in": {"sector": "retail", "within_years": 4}}, False),
            ({"worked_in": {"sector": "finance", "within_years": 0}}, True),
            ({"worked_in": {"sector": "retail", "at_least": 2}}, True),
            ({"worked_in": {"sector": "retail", "at_least": 4}}, False),
            ({"worked_in": {"sector": "healthcare", "at_most": 0}}, True),
        ],
    )
    def test_sectors(self, when: dict[str, Any], expected: bool) -> None:
        """worked_in: a position in one of the sectors, or in one the candidate aims at (the company's too)."""
        assert holds(when, self.PROFILE) is expected

    def test_binding_and_evidence(self) -> None:
        """worked_in binds the sectors found, sorted, and its evidence names the roles."""
        condition = parse({"worked_in": ["finance", "retail"]})
        facts = Facts(load_candidate(self.PROFILE), as_of=reference.AS_OF)
        assert condition.bindings()["industries"](facts) == ["finance", "retail"]
        assert condition.evidence(facts) == [
            "your work history shows your role as Analyst at Northwind in retail"
            " and your role at Ledger Bank in finance"
        ]
        assert condition.describe() == "the work history has a position in finance or retail"
        assert parse({"worked_in": "healthcare"}).evidence(facts) == [
            "your work history shows no role in healthcare"
        ]
        now = parse({"worked_in": {"sector": "retail", "current": True}})
        assert now.describe() == "the work history has a current position in retail"
        assert now.evidence(facts) == ["your work history shows no current role in retail"]
        recent = parse({"worked_in": {"sector": "retail", "within_years": 4}})
        assert recent.describe() == "the work history has a position in retail in the last 4 years"
        assert recent.evidence(facts) == ["your work history shows no role in retail in the last 4 years"]
        long = parse({"worked_in": {"sector": "retail", "at_least": 4}})
        assert long.describe() == "at least 4 years in positions in retail"
        assert long.evidence(facts) == [
            "your work history shows about 3 years in your role as Analyst at Northwind in retail"
        ]

    def test_written_back_and_checked(self) -> None:
        """worked_in is written back as read, and a wrong sector is an error with a suggestion."""
        assert parse({"worked_in": {"sector": ["retail"]}}).to_data() == {"worked_in": "retail"}
        assert parse({"worked_in": {"sector": "target", "as": "fields"}}).to_data() == {
            "worked_in": {"sector": "target", "as": "fields"}
        }
        assert errors({"worked_in": "finanse"}) == [
            "when.worked_in: 'finanse' is not one of tech, finance, healthcare, retail, other;"
            " did you mean 'finance'?"
        ]
        assert errors({"worked_in": 3}) == [
            "when.worked_in: 3 is not one of tech, finance, healthcare, retail, other"
        ]


class TestExperience:
    PROFILE: ClassVar[dict[str, Any]] = {
        "experience": [
            {"title": "Data Scientist", "organization": "Northwind", "start": "2019", "end": "2022"},
            {"title": "Postdoctoral Researcher", "organization": "City University", "start": "2024-09"},
            {"title": "Research Intern", "organization": "Acme Labs", "start": "2018", "end": "2018"},
        ],
    }

    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ({"experience": {"research": True}}, True),
            ({"experience": {"research": True, "current": True}}, True),
            ({"experience": {"research": True, "current": True, "at_least": 3}}, False),
            ({"experience": {"research": True, "ml": True}}, False),
        ],
    )
    def test_research(self, when: dict[str, Any], expected: bool) -> None:
        """experience: research positions are those whose title says research, researcher or postdoc."""
        assert holds(when, self.PROFILE) is expected
        assert holds(when, {"experience": [self.PROFILE["experience"][0]]}) is False

    def test_within_years(self) -> None:
        """experience: within_years keeps the positions held in the year of advice or that many years before."""
        data_science = {"experience": [self.PROFILE["experience"][0]]}
        assert holds({"experience": {"ml": True, "within_years": 4}}, data_science)
        assert not holds({"experience": {"ml": True, "within_years": 3}}, data_science)
        assert holds({"experience": {"within_years": 0}}, self.PROFILE)
        condition = parse({"experience": {"ml": True, "within_years": 2}})
        assert condition.describe() == "the work history has an ML position in the last 2 years"
        facts = Facts(load_candidate(data_science), as_of=reference.AS_OF)
        assert condition.evidence(facts) == ["your work history shows no ML role in the last 2 years"]

    @pytest.mark.parametrize(
        ("title", "words"),
        [
            ("Data Scientist", "your role as Data Scientist at Acme"),
            ("Internship", "your internship at Acme"),
            ("Summer Internship", "your summer internship at Acme"),
            ("ML Residency", "your ML Residency at Acme"),
            ("Data Science Internship", "your Data Science Internship at Acme"),
        ],
    )
    def test_a_title_that_names_an_engagement_reads_as_one(self, title: str, words: str) -> None:
        """experience: an internship or residency is "your internship", not "your role as Internship"."""
        condition = parse({"experience": {"as": "roles"}})
        facts = Facts(
            load_candidate({"experience": [{"title": title, "organization": "Acme"}]}), as_of=reference.AS_OF
        )
        assert condition.bindings()["roles"](facts) == [words]

    def test_binds_the_positions_in_words(self) -> None:
        """experience: `as` binds the matching positions in words, in profile order."""
        condition = parse({"experience": {"research": True, "as": "roles"}})
        facts = Facts(load_candidate(self.PROFILE), as_of=reference.AS_OF)
        assert condition.bindings()["roles"](facts) == [
            "your role as Postdoctoral Researcher at City University",
            "your role as Research Intern at Acme Labs",
        ]
        assert parse({"experience": True}).bindings() == {}

    @pytest.mark.parametrize(
        ("position", "expected"),
        [
            ({"title": "Data Scientist"}, True),
            ({"title": "Software Engineer", "skills": ["pytorch"]}, True),
            (
                {
                    "title": "Quant",
                    "highlights": ["Signals with gradient boosting and ridge regression in C++"],
                },
                True,
            ),
            (
                {
                    "title": "Data Analyst",
                    "highlights": ["Tableau, SQL and pandas; a logistic regression pilot"],
                },
                False,
            ),
            (
                {
                    "title": "Data Engineer",
                    "highlights": ["Spark and Airflow pipelines for the recommendation model"],
                },
                False,
            ),
            ({"title": "Data Engineer", "highlights": ["Airflow runs"]}, False),
            (
                {
                    "title": "Teaching Assistant",
                    "highlights": ["Operating Systems and Artificial Intelligence"],
                },
                False,
            ),
            ({"title": "Teaching Assistant, Machine Learning"}, True),
            ({"title": "Professor", "highlights": ["Deep learning for medical imaging"]}, True),
            (
                {
                    "title": "Postdoctoral Researcher",
                    "skills": ["scikit-learn", "xgboost", "python", "pandas", "numpy"],
                },
                True,
            ),
            ({"title": "Software Engineer", "skills": ["django", "mysql", "machine-learning"]}, False),
        ],
    )
    def test_ml(self, position: dict[str, Any], expected: bool) -> None:
        """experience: ML positions are those whose title names ML, or (but for teaching courses) whose skills are at least half ML, beside what the ML skills imply."""
        profile = {"experience": [{**position, "organization": "Acme", "start": "2020"}]}
        assert holds({"experience": {"ml": True}}, profile) is expected

    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("Head of Data Science", True),
            ("Director, Machine Learning", True),
            ("VP of AI", True),
            ("Data Science Manager", True),
            ("Tech Lead", False),
            ("Product Manager", False),
        ],
    )
    def test_management(self, title: str, expected: bool) -> None:
        """experience: management positions are those whose title leads others: head, director, VP, chief, a team's manager."""
        profile = {"experience": [{"title": title, "organization": "Acme", "start": "2020"}]}
        assert holds({"experience": {"management": True, "current": True}}, profile) is expected
        described = parse({"experience": {"management": True}}).describe()
        assert described == "the work history has a management position"

    def test_a_roles_nature_shows_soft_skills(self) -> None:
        """A teaching role shows communication, a role that leads others leadership; evidence names the role."""
        teacher = {
            "experience": [
                {"title": "Mathematics Teacher", "organization": "Lincoln High", "start": "2026-01"}
            ]
        }
        assert holds({"skill": {"name": "communication", "at_least": "intermediate"}}, teacher) is True
        assert holds({"skill": "leadership"}, teacher) is False
        head = {"experience": [{"title": "Head of Data Science", "start": "2026-01"}]}
        assert holds({"skill": {"name": "leadership", "at_least": "intermediate"}}, head) is True
        facts = Facts(load_candidate(teacher), as_of=reference.AS_OF)
        assert parse({"skill": "communication"}).evidence(facts) == [
            "your role as Mathematics Teacher at Lincoln High shows communication at an intermediate level"
        ]

    def test_a_course_shows_what_its_title_names_at_beginner(self) -> None:
        """A learning activity shows the skills its title names at beginner; evidence names the course."""
        profile = {
            "growth": {"learning": [{"kind": "course", "title": "Deep Learning with PyTorch", "year": 2026}]}
        }
        assert holds({"skill": {"name": "pytorch", "at_most": "beginner"}}, profile) is True
        assert holds({"skill": {"name": "neural-networks", "at_least": "intermediate"}}, profile) is False
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert parse({"skill": "deep-learning"}).evidence(facts) == [
            "course “Deep Learning with PyTorch” shows deep learning at a beginner level"
        ]

    def test_a_position_shows_what_its_skills_imply(self) -> None:
        """experience: a position that names BERT shows natural language processing; a listed skill does not."""
        profile = {"experience": [{"title": "Data Scientist", "highlights": ["A BERT complaint classifier"]}]}
        assert holds({"experience": {"skill": "natural-language-processing"}}, profile) is True
        assert holds({"experience": {"skill": "computer-vision"}}, profile) is False
        assert holds({"experience": {"skill": "natural-language-processing"}}, {"skills": ["bert"]}) is False

    def test_research_evidence(self) -> None:
        """A research filter is named in the description and in the evidence."""
        condition = parse({"experience": {"research": True, "current": True}})
        assert condition.describe() == "the work history has a current research position"
        facts = Facts(load_candidate(self.PROFILE), as_of=reference.AS_OF)
        assert condition.evidence(facts) == [
            "your work history shows your role as Postdoctoral Researcher at City University"
        ]
        empty = Facts(load_candidate({}), as_of=reference.AS_OF)
        assert condition.evidence(empty) == ["your work history shows no current research role"]

    def test_positions_held_at_once_count_once(self) -> None:
        """experience: years in two positions held at the same time are the time they cover, not the sum."""
        profile = {
            "experience": [
                {"title": "Machine Learning Engineer", "start": "2021-01", "end": "2023-12"},
                {"title": "Founder, AI consulting", "start": "2022-01", "end": "2023-12"},
            ]
        }
        assert holds({"experience": {"ml": True, "at_least": 2.9}}, profile)
        assert not holds({"experience": {"ml": True, "at_least": 4}}, profile)
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert (round(facts.work_years, 2), round(facts.ml_years, 2)) == (3.0, 3.0)
        assert parse({"experience": {"ml": True, "at_least": 4}}).evidence(facts) == [
            "your work history shows about 3 years in your role as Machine Learning Engineer and your role as Founder, AI consulting"
        ]


class TestStudies:
    """The education predicate."""

    PROFILE: ClassVar[dict[str, Any]] = {
        "education": [
            {"degree": "MSc", "field": "Machine Learning", "start": "2023", "end": "2025"},
            {"degree": "BSc", "field": "Mathematics", "start": "2010", "end": "2014"},
        ]
    }

    def test_within_years(self) -> None:
        """education: within_years keeps studies in progress or ended in the year of advice or that many years before."""
        assert holds({"education": {"within_years": 1}}, self.PROFILE)
        assert not holds({"education": {"within_years": 0}}, self.PROFILE)
        assert holds({"education": {"within_years": 0}}, {"education": [{"degree": "PhD", "start": "2024"}]})
        assert not holds({"education": {"within_years": 5}}, {"education": [{"degree": "PhD"}]})
        condition = parse({"education": {"degree": "bachelor", "within_years": 2}})
        assert condition.describe() == "the education lists a bachelor degree in the last 2 years"
        facts = Facts(load_candidate(self.PROFILE), as_of=reference.AS_OF)
        assert condition.evidence(facts) == ["your education lists no bachelor degree in the last 2 years"]
        assert parse({"education": {"within_years": 2}}).evidence(facts) == [
            "you hold an MSc in Machine Learning"
        ]

    def test_field(self) -> None:
        """education: field matches the words of a study's field or degree, whole and in any case."""
        assert holds({"education": {"field": "machine learning"}}, self.PROFILE)
        assert holds({"education": {"field": ["computer science", "maths"]}}, self.PROFILE) is False
        in_degree = {"education": [{"degree": "Bachelor of Engineering in Computer Science, Honours"}]}
        assert holds({"education": {"field": "Computer  Science"}}, in_degree)
        assert not holds(
            {"education": {"field": "science"}}, {"education": [{"degree": "BSc", "field": "Sciences"}]}
        )
        condition = parse({"education": {"degree": "master", "field": ["computer science", "data science"]}})
        assert (
            condition.describe() == "the education lists a master degree in computer science or data science"
        )
        facts = Facts(load_candidate(self.PROFILE), as_of=reference.AS_OF)
        assert condition.evidence(facts) == [
            "your education lists no master degree in computer science or data science"
        ]

    def test_ml_field(self) -> None:
        """education: ml keeps studies whose field or degree names a skill of ML work, in a degree's words."""
        assert holds({"education": {"ml": True, "degree": "master"}}, self.PROFILE)
        assert not holds({"education": {"ml": True, "degree": "bachelor"}}, self.PROFILE)
        in_degree = {"education": [{"degree": "Master of Science in Computer Vision", "end": "2020"}]}
        assert holds({"education": {"ml": True}}, in_degree)
        assert not holds({"education": {"ml": True}}, {"education": [{"degree": "PhD", "field": "History"}]})
        condition = parse({"education": {"ml": True, "in_progress": False}})
        assert condition.describe() == "the education lists a degree in an ML field finished"
        only_field = {"education": [{"field": "Reinforcement Learning", "end": "2024"}]}
        facts = Facts(load_candidate(only_field), as_of=reference.AS_OF)
        assert condition.evidence(facts) == ["you hold a degree in Reinforcement Learning"]
        facts = Facts(
            load_candidate({"education": [{"degree": "BSc", "field": "Physics"}]}), as_of=reference.AS_OF
        )
        assert condition.evidence(facts) == ["your education lists no degree in an ML field finished"]


class TestGrowthCountsExtensions:
    def test_growth(self) -> None:
        """mentor, learning and networking read the growth section."""
        profile = {
            "growth": {
                "mentor": True,
                "learning": [{"kind": "course", "year": 2024}, {"kind": "book"}],
                "networking": [{"kind": "meetup"}],
            }
        }
        assert holds({"mentor": True}, profile)
        assert holds({"learning": {"kind": "course", "since": 2023}}, profile)
        assert not holds({"learning": {"since": 2025}}, profile)
        assert holds({"learning": {"equals": 2}}, profile)
        assert holds({"networking": True}, profile)
        assert holds({"networking": False}, {})

    def test_learning_of_the_last_years(self) -> None:
        """within_years counts activities from that many years before the year of advice on, and undated ones."""
        old = {"growth": {"learning": [{"kind": "course", "year": 2019}]}}
        assert holds({"learning": {"within_years": 2, "at_most": 0}}, old)
        assert holds({"learning": {"within_years": 7}}, old)
        recent = {"growth": {"learning": [{"kind": "course", "year": 2024}, {"kind": "book"}]}}
        assert holds({"learning": {"within_years": 2, "equals": 2}}, recent)
        assert holds({"learning": {"within_years": 0, "equals": 1}}, recent)
        condition = parse({"learning": {"within_years": 2, "at_most": 0}})
        assert condition.describe() == "no learning activities in the last 2 years"
        facts = Facts(load_candidate(old), as_of=reference.AS_OF)
        assert condition.evidence(facts) == ["you list no learning activities in the last 2 years"]

    def test_learning_binds_titles_and_says_one_in_the_singular(self) -> None:
        """learning: `as` binds the titles of the activities it counts ("your course" untitled); one is one activity."""
        profile = {
            "growth": {
                "learning": [
                    {"kind": "course", "title": "Deep Learning Specialization", "year": 2019},
                    {"kind": "course", "title": "Generative AI with LLMs", "year": 2026},
                    {"kind": "degree"},
                ]
            }
        }
        condition = parse({"learning": {"within_years": 2, "as": "courses"}})
        facts = Facts(load_candidate(profile), as_of=reference.AS_OF)
        assert condition.bindings()["courses"](facts) == ["“Generative AI with LLMs”", "your studies"]
        one = parse({"learning": {"kind": "course", "within_years": 2}})
        assert one.evidence(facts) == ["you list one course in the last 2 years"]

    def test_count(self) -> None:
        """count: compares the number of things of one kind."""
        assert holds({"count": {"of": "skills", "at_least": 2, "at_most": 2}}, {"skills": ["r", "sql"]})
        assert holds({"count": {"of": "interview_prep", "equals": 0}}, {})

    def test_extension(self) -> None:
        """extension: reads the embedding program's own data, by dotted key."""
        profile = {"extensions": {"plan": {"tier": "gold", "seats": 2}}}
        assert holds({"extension": {"key": "plan.tier", "equals": "gold"}}, profile)
        assert not holds({"extension": {"key": "plan.seats", "equals": True}}, profile)
        assert holds({"extension": {"key": "plan.missing", "present": False}}, profile)
        assert holds({"extension": {"key": "plan"}}, profile)


class TestCombinators:
    def test_all_any_not_at_least(self) -> None:
        """all, any, not and at_least combine conditions."""
        profile = {"skills": ["python"], "stage": "student"}
        assert holds({"all": [{"skill": "python"}, {"stage": "student"}]}, profile)
        assert not holds({"all": [{"skill": "python"}, {"skill": "r"}]}, profile)
        assert holds({"any": [{"skill": "r"}, {"stage": "student"}]}, profile)
        assert holds({"not": {"skill": "r"}}, profile)
        three = [{"skill": "python"}, {"skill": "r"}, {"stage": "student"}]
        assert holds({"at_least": {"count": 2, "of": three}}, profile)
        assert not holds({"at_least": {"count": 3, "of": three}}, profile)

    def test_named_conditions(self) -> None:
        """use: refers to a named condition, which may use others."""
        named = {
            "seeker": {"stage": ["job_seeking", "interviewing"]},
            "py-seeker": {"all": [{"use": "seeker"}, {"skill": "python"}]},
        }
        condition = parse({"use": "py-seeker"}, named)
        assert condition.test(Facts(load_candidate({"skills": ["python"]})))
        assert repr(condition) == "<use py-seeker>"

    def test_evidence_follows_the_deciding_parts(self) -> None:
        """Evidence names the facts that decided the result."""
        condition = parse({"all": [{"stage": "student"}, {"not": {"skill": "python"}}]})
        facts = Facts(load_candidate({"stage": "student"}))
        assert condition.evidence(facts) == ["you are a student", "nothing in your profile shows Python"]
        condition = parse({"any": [{"skill": "r"}, {"skill": "python"}]})
        assert condition.evidence(Facts(load_candidate({"skills": ["python"]}))) == [
            "you list Python at an intermediate level"
        ]

    def test_quiet_decides_but_gives_no_reason_while_it_holds(self) -> None:
        """quiet: a part of all that decides whom advice is for; its facts are evidence only when it fails."""
        when = {"all": [{"quiet": {"stage": "student"}}, {"not": {"skill": "python"}}]}
        assert holds(when, {"stage": "student"})
        assert not holds(when, {"stage": "employed"})
        condition = parse(when)
        assert condition.evidence(Facts(load_candidate({"stage": "student"}))) == [
            "nothing in your profile shows Python"
        ]
        assert condition.evidence(Facts(load_candidate({"stage": "employed"}))) == ["you are employed"]
        assert str(condition.explain(Facts(load_candidate({"stage": "student"})))) == (
            "✓ all of these hold\n"
            "  ✓ whom the advice is for (not given as a reason)\n"
            "    ✓ stage is student  [you are a student]\n"
            "  ✓ this does not hold\n"
            "    ✗ Python is listed  [nothing in your profile shows Python]"
        )

    def test_explanation_tree(self) -> None:
        """Explain renders the tree with truth marks and what the profile shows."""
        condition = parse({"all": [{"stage": "student"}, {"not": {"skill": "python"}}]})
        assert str(condition.explain(Facts(load_candidate({"skills": ["python"]})))) == (
            "✗ all of these hold\n"
            "  ✗ stage is student  [you hold no position and are not studying now]\n"
            "  ✗ this does not hold\n"
            "    ✓ Python is listed  [you list Python at an intermediate level]"
        )


class TestDescriptions:
    @pytest.mark.parametrize(
        ("when", "text"),
        [
            ({"skill": {"name": "torch", "at_least": "advanced"}}, "<skill PyTorch is listed at advanced or above>"),
            ({"gaps": {"skills": ["numpy", "pandas"], "below": 3}}, "<gaps any of NumPy and pandas is missing or below intermediate>"),
            ({"portfolio": {"kind": "project", "at_most": 0}}, "<portfolio no project in the portfolio>"),
            ({"stage": ["student", "employed"]}, "<stage stage is employed or student>"),
            ({"company": {"sector": "finance", "values": True}}, "<company a target company is given in finance, with its values known>"),
            ({"learning": {"at_least": 2}}, "<learning at least 2 learning activities>"),
            ({"count": {"of": "traits", "more_than": 1}}, "<count more than 1 traits are listed>"),
        ],
    )  # fmt: skip
    def test_repr_reads_as_a_sentence(self, when: dict[str, Any], text: str) -> None:
        """Each predicate has a readable repr made of its sentence."""
        assert repr(parse(when)) == text

    @pytest.mark.parametrize(
        "when",
        [
            {"skill": "python"},
            {"skill": {"name": "python", "at_most": "beginner"}},
            {"gaps": {"skills": ["numpy", "pandas"], "below": "advanced", "count": 2, "as": "stack"}},
            {"skills": {"of": ["keras"], "at_least": "beginner", "as": "k"}},
            {"trait": {"name": "curiosity", "evidence": True}},
            {"traits": {"evidence": False, "at_least": 1, "as": "unproven"}},
            {"portfolio": {"kind": ["project"], "sector": "company", "skill": ["python"], "topic": "nlp", "as": "w", "at_most": 0}},
            {"stage": ["employed", "student"]},
            {"target_sector": "any"},
            {"company": {"name": "Acme", "sector": ["finance"], "ml_projects": True, "values": False}},
            {"specialization": "nlp"},
            {"prepared": ["company_research", "motivation"]},
            {"mentor": False},
            {"learning": {"kind": ["course"], "since": 2024, "at_least": 1}},
            {"learning": {"within_years": 2, "at_most": 0}},
            {"networking": {"at_most": 0}},
            {"count": {"of": "skills", "at_least": 3}},
            {"years": {"skill": "python", "more_than": 2}},
            {"extension": {"key": "plan.tier", "equals": "gold"}},
            {"all": [{"not": {"mentor": True}}, {"any": [{"stage": "student"}]}]},
            {"at_least": {"count": 1, "of": [{"mentor": True}, {"stage": "student"}]}},
        ],
    )  # fmt: skip
    def test_data_round_trip(self, when: dict[str, Any]) -> None:
        """A condition written back as data reads back equal."""
        condition = parse(when)
        assert parse(condition.to_data()) == condition

    def test_every_predicate_has_a_summary_and_schema(self) -> None:
        """The predicate table documents and describes every predicate."""
        assert all(predicate.summary and predicate.arguments.schema() for predicate in PREDICATES.values())
        assert len(condition_schema()["oneOf"]) == len(PREDICATES)


class TestErrors:
    @pytest.mark.parametrize(
        ("when", "expected"),
        [
            ({"skil": "python"}, ["when: unknown predicate 'skil'; did you mean 'skill'?"]),
            ({"skill": "pyhton"}, ["when.skill: unknown skill 'pyhton'; did you mean 'python'?"]),
            ({"skill": "python", "stage": "student"}, [
                "when: a condition has one predicate, found 'skill', 'stage'; combine them with 'all' or 'any'"]),
            ("python", ["when: expected a condition (a mapping with one predicate), got the text 'python'"]),
            ({"skill": {"name": "python", "at_leest": 2}}, ["when.skill: unknown argument 'at_leest'; did you mean 'at_least'?"]),
            ({"skill": {"name": "python", "at_least": "expret"}}, [
                "when.skill.at_least: 'expret' is not one of novice, beginner, intermediate, advanced, expert"
                " (or 1-5); did you mean 'expert'?"]),
            ({"skill": {"name": "python", "at_least": 4, "at_most": 2}}, ["when.skill: at_least (advanced) is above at_most (beginner)"]),
            ({"gaps": {"skills": []}}, ["when.gaps.skills: expected a list of skill names, got an empty list"]),
            ({"gaps": {"skills": ["r"], "count": 2}}, ["when.gaps.count: is 2, but only 1 skills are listed"]),
            ({"gaps": {"skills": ["r", "R"]}}, ["when.gaps.skills: lists one of the skill names more than once"]),
            ({"gaps": {"skills": ["r"], "as": "1x"}}, ["when.gaps.as: expected a name of letters, digits and _, got the text '1x'"]),
            ({"stage": "retired"}, [
                "when.stage: 'retired' is not one of student, job_seeking, interviewing, employed"]),
            ({"portfolio": {"kind": "blog", "sector": "finanse"}}, [
                "when.portfolio.sector: 'finanse' is not one of tech, finance, healthcare, retail, other;"
                " did you mean 'finance'?"]),
            ({"portfolio": {"at_least": -1}}, ["when.portfolio.at_least: expected a number of at least 0, got the number -1"]),
            ({"company": "maybe"}, ["when.company: expected true, false or a mapping of company fields, got the text 'maybe'"]),
            ({"count": {"of": "skils"}}, [
                "when.count.of: 'skils' is not one of skills, traits, portfolio, target_sectors, interview_prep,"
                " learning, networking; did you mean 'skills'?"]),
            ({"all": []}, ["when.all: expected a list of conditions, got an empty list"]),
            ({"at_least": {"count": 3, "of": [{"mentor": True}]}}, ["when.at_least.count: is 3, but only 1 conditions are listed"]),
            ({"use": "seekr"}, ["when.use: no named condition 'seekr'; did you mean 'seeker'?"]),
            ({"extension": {"key": "a..b"}}, ["when.extension.key: expected a dotted key such as 'plan.tier', got the text 'a..b'"]),
            ({"extension": {"key": "a", "equals": 1, "present": True}}, ["when.extension: give either 'equals' or 'present', not both"]),
            ({"mentor": "maybe"}, ["when.mentor: expected true or false, got the text 'maybe'"]),
            ({"any": [{"quiet": {"mentor": True}}, {"skill": "r"}]}, ["when.any: 'quiet' is a part of 'all' only, not of 'any'"]),
            ({"not": {"quiet": {"mentor": True}}}, ["when.not: 'quiet' is a part of 'all' only, not of 'not'"]),
            ({"all": [{"quiet": {"mentor": True}}, {"quiet": {"skill": "r"}}]}, [
                "when.all: every part is 'quiet'; at least one part must give the advice its reasons"]),
            ({"all": [{"use": "quiet-seeker"}, {"skill": "r"}]}, ["when.all[0].use: 'quiet' is a part of 'all' only, not of 'use'"]),
        ],
    )  # fmt: skip
    def test_messages(self, when: object, expected: list[str]) -> None:
        """Every problem is named with its place and, where it helps, a suggestion."""
        named = {"seeker": {"stage": "job_seeking"}, "quiet-seeker": {"quiet": {"stage": "job_seeking"}}}
        assert errors(when, named) == expected

    def test_every_problem_at_once(self) -> None:
        """Problems in several parts of a condition are all reported."""
        assert errors({"all": [{"skill": "pyhton"}, {"stage": "retried"}, {"mentr": True}]}) == [
            "when.all[0].skill: unknown skill 'pyhton'; did you mean 'python'?",
            "when.all[1].stage: 'retried' is not one of student, job_seeking, interviewing, employed",
            "when.all[2]: unknown predicate 'mentr'; did you mean 'mentor'?",
        ]

    def test_cycles_in_named_conditions(self) -> None:
        """Named conditions that refer to each other in a cycle are an error."""
        named = {"a": {"use": "b"}, "b": {"not": {"use": "a"}}}
        assert errors({"use": "a"}, named) == [
            "conditions.b.not.use: named conditions refer to each other in a cycle: a -> b -> a"
        ]


def test_range() -> None:
    """Ranges apply every comparison of the one operator table."""
    bounds = Range((("more_than", 1), ("less_than", 4)))
    assert [bounds.contains(n) for n in range(6)] == [False, False, True, True, False, False]
    compiled = compile_condition(CountOf("skills", bounds))
    candidates = [load_candidate({"skills": [f"skill {i}" for i in range(n)]}) for n in range(6)]
    assert [compiled(Facts(candidate)) for candidate in candidates] == [bounds.contains(n) for n in range(6)]
    assert bounds.describe() == "more than 1 and less than 4"
