"""Tests for mlcareer._taxonomy: the skill table and its aliases."""

from __future__ import annotations

import pickle
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mlcareer import Level, SkillCategory, SkillInfo, SkillTable, skill_table
from mlcareer._taxonomy import Implication, _text_pattern, skill_key

TABLE = skill_table()


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("sklearn", "scikit-learn"),
        ("Scikit Learn", "scikit-learn"),
        ("scikit_learn", "scikit-learn"),
        ("torch", "pytorch"),
        ("TF", "tensorflow"),
        ("py", "python"),
        ("Python3", "python"),
        ("responsible AI", "data-ethics"),
        ("R", "r"),
        ("NLP", "natural-language-processing"),
        ("k-means", "clustering"),
        ("c++", "c++"),
        ("Linear Regression", "linear-regression"),
        ("fast.ai", "fastai"),
        ("MCMC", "bayesian-statistics"),
        ("Gaussian process regression", "gaussian-processes"),
        ("Postgres", "postgresql"),
        ("shell scripting", "bash"),
        ("Fraud Detection", "anomaly-detection"),
        ("Stakeholder management", "communication"),
        ("fbprophet", "prophet"),
        ("Action recognition", "computer-vision"),
        ("semantic segmentation", "computer-vision"),
        ("ads ranking", "learning-to-rank"),
        ("PII", "data-privacy"),
        ("Mentoring", "leadership"),
        ("OpenAI Gym", "gymnasium"),
        ("OpenAI Whisper", "whisper"),
        ("ASR", "speech-recognition"),
        ("uplift modeling", "causal-inference"),
        ("Classification", "supervised-learning"),
        ("Regression", "supervised-learning"),
        ("regression testing", "software-testing"),
        ("regression scenarios", "software-testing"),
        ("ARIMA model", "arima"),
        ("sentence-transformers", "bert"),
        ("Standard ML", "standard-ml"),
        ("OpenCV2", "opencv"),
        ("Haar cascades", "object-detection"),
        ("facial recognition", "computer-vision"),
        ("Embedded machine learning", "tinyml"),
        ("TFLite Micro", "tensorflow-lite"),
    ],
)
def test_aliases_resolve(written: str, canonical: str) -> None:
    """Names and aliases resolve to canonical ids, whatever the case and separators."""
    assert TABLE.skill_id(written) == canonical


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Red flags", "red-flags"),
        ("Going forward", "going-forward"),
        ("C-suite", "c-suite"),
        ("Go-to-market", "go-to-market"),
        ("SolidWorks", "solidworks"),
        ("python developer", "python-developer"),
    ],
)
def test_no_substring_matches(written: str, kept: str) -> None:
    """Matching is exact: no substring matches, and unknown names are kept as slugs."""
    assert TABLE.skill_id(written) == kept
    assert TABLE.known_skill(written) is None


def test_conflations_are_absent() -> None:
    """A library is never an alias of a concept or of another library."""
    assert TABLE.skill_id("keras") == "keras"
    assert TABLE.skill_id("lstm") != "keras"
    assert TABLE.skill_id("postgres") != "sql"


def test_every_alias_is_unique() -> None:
    """No alias names two skills (the table would refuse to load)."""
    seen: dict[str, str] = {}
    for info in TABLE.skills.values():
        for name in (info.id, info.name, *info.aliases):
            assert seen.setdefault(skill_key(name), info.id) == info.id


def test_guide_skills_are_covered() -> None:
    """Every skill, library, framework, algorithm family and niche the guide names is in the table."""
    named = [
        "python", "r", "numpy", "pandas", "scikit-learn", "tensorflow", "pytorch", "keras",
        "linear regression", "neural networks", "deep learning", "natural language processing",
        "computer vision", "data ethics", "communication", "teamwork", "problem solving",
        "recommendation systems", "sql", "statistics", "linear algebra", "mlops",
    ]  # fmt: skip
    assert [name for name in named if TABLE.known_skill(name) is None] == []


def test_categories() -> None:
    """Each skill has a category of the fixed set."""
    assert TABLE.skills["pytorch"].category is SkillCategory.FRAMEWORK
    assert TABLE.skills["communication"].category is SkillCategory.SOFT
    assert {info.category for info in TABLE.skills.values()} == set(SkillCategory)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("Curious", "curiosity"), ("grit", "persistence"), ("growth mindset", "learning-from-failure"),
     ("Adaptable", "adaptability"), ("Kindness", "kindness")],
)  # fmt: skip
def test_traits(written: str, canonical: str) -> None:
    """Traits match the guide's qualities the same way; others are kept."""
    assert TABLE.trait_id(written) == canonical


def test_display_names() -> None:
    """Display names come from the table, or from the slug for unknown skills."""
    assert TABLE.skill_name("pytorch") == "PyTorch"
    assert TABLE.skill_name("red-flags") == "red flags"
    assert TABLE.trait_name("learning-from-failure") == "learning from failure"


def _plain_pattern() -> re.Pattern[str]:
    """The skill-name pattern written the plain way: every name as one alternative, longest first."""
    names = {
        skill_key(name) for info in TABLE.skills.values() for name in (info.id, info.name, *info.aliases)
    }
    parts = [
        r"[\s_-]+".join(re.escape(word) for word in name.split(" "))
        for name in sorted(names, key=lambda name: (-len(name), name))
        if len(name) > 1
    ]
    return re.compile(r"(?<![\w.+#])(?:" + "|".join(parts) + r")(?![\w+#]|\.\w)", re.IGNORECASE)


_PLAIN = _plain_pattern()
_WORDS = _text_pattern(TABLE.skills)
_NAMES = sorted({name for info in TABLE.skills.values() for name in (info.name, *info.aliases)})


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_NAMES),
            st.sampled_from([" ", "-", "_", ".", "+", "#", "/", ", ", "s", "ing", "2"]),
            st.text(alphabet="abcdeilmnoprstuyAPRT +-.#_", max_size=6),
        ),
        max_size=12,
    ).map("".join)
)
def test_find_matches_the_plain_pattern(text: str) -> None:
    """Finding skills in text gives what one alternative per name, longest first, gives."""
    plain = [match.group(0) for match in _PLAIN.finditer(text)]
    assert [match.group(0) for match in _WORDS.finditer(text)] == plain


def test_work_as_people_describe_it_names_its_skills() -> None:
    """Leading a team, demand forecasts and fraud models name leadership, time series and anomaly detection."""
    found = TABLE.find("Lead a team of 3 building demand forecasts; shipped fraud models with Prophet")
    assert found == ("leadership", "time-series", "anomaly-detection", "prophet")


def test_names_joined_by_a_slash_are_each_found() -> None:
    """'Spark/Kafka' names both; a name after a slash that follows no name (a path, an address) names nothing."""
    assert TABLE.find("Spark/Kafka/Airflow jobs; AWS/GCP") == ("spark", "kafka", "airflow", "aws", "gcp")
    assert TABLE.find("see src/pandas and https://github.com/pytorch/pytorch") == ()


def test_a_longer_name_wins_over_the_acronym_it_starts_with() -> None:
    """'TF-IDF' names the text feature, not TensorFlow ('TF'); 'GLM' names regression analysis, tests testing."""
    found = TABLE.find("Logistic regression on TF-IDF features; a GLM for claims; regression tests")
    assert found == ("logistic-regression", "tf-idf", "regression-analysis", "software-testing")


def test_a_field_named_for_its_subject_is_not_the_soft_skill() -> None:
    """'Wireless communication' and 'Vertex AI' name a field and a product, not communication and AI."""
    found = TABLE.find("Wireless communications research; models on Vertex AI; strong written communication")
    assert found == ("telecommunications", "vertex-ai", "communication")


def test_research_as_papers_name_it_names_its_skills() -> None:
    """Deep RL, vision-language models and point clouds are named as papers and postings write them."""
    found = TABLE.find("Power allocation with deep reinforcement learning; critique in VLMs; PCL or Open3D")
    assert found == ("deep-reinforcement-learning", "vision-language-models", "point-clouds")
    levels, _ = TABLE.shown({"deep-reinforcement-learning": Level.INTERMEDIATE.value})
    assert (levels["reinforcement-learning"], levels["deep-learning"]) == (3, 3)


def test_advanced_statistics_shows_regression() -> None:
    """Statistics from advanced shows linear and logistic regression at intermediate, linear regression from below."""
    levels, shown_by = TABLE.shown({"statistics": Level.ADVANCED.value})
    assert (levels["linear-regression"], levels["logistic-regression"]) == (3, 3)
    assert shown_by["linear-regression"] == "statistics (advanced)"
    levels, _ = TABLE.shown({"statistics": Level.INTERMEDIATE.value})
    assert (levels["linear-regression"], "logistic-regression" in levels) == (Level.BEGINNER.value, False)
    assert "linear-regression" not in TABLE.shown({"statistics": Level.BEGINNER.value})[0]


def test_advanced_linear_regression_shows_regression_analysis() -> None:
    """Linear regression from advanced shows regression analysis at intermediate, which shows no more of it back."""
    levels, shown_by = TABLE.shown({"linear-regression": Level.ADVANCED.value})
    assert (levels["regression-analysis"], levels["linear-regression"]) == (3, 4)
    assert shown_by["regression-analysis"] == "linear regression (advanced)"
    assert "regression-analysis" not in TABLE.shown({"linear-regression": Level.INTERMEDIATE.value})[0]


def test_advanced_machine_learning_shows_the_classic_families() -> None:
    """Machine learning from advanced shows linear and logistic regression, decision trees and clustering."""
    families = ["linear-regression", "logistic-regression", "decision-trees", "clustering"]
    levels, _ = TABLE.shown({"machine-learning": Level.ADVANCED.value})
    assert [levels.get(family) for family in families] == [3, 3, 3, 3]
    levels, _ = TABLE.shown({"machine-learning": Level.INTERMEDIATE.value})
    assert [levels.get(family) for family in families] == [None, None, None, None]


def test_supervised_and_unsupervised_learning_show_their_methods() -> None:
    """A course in supervised learning shows regression, one in unsupervised learning clustering, at beginner."""
    assert TABLE.find("Supervised Machine Learning: Regression and Classification") == (
        "supervised-learning",
    )
    assert TABLE.find("Self-supervised learning, semi-supervised learning") == (
        "self-supervised-learning",
        "semi-supervised-learning",
    )
    levels, _ = TABLE.shown({"supervised-learning": Level.BEGINNER.value, "unsupervised-learning": 2})
    assert {name: levels[name] for name in ("linear-regression", "logistic-regression", "clustering")} == {
        "linear-regression": 2,
        "logistic-regression": 2,
        "clustering": 2,
    }


@pytest.mark.parametrize(
    "niche", ["natural-language-processing", "computer-vision", "reinforcement-learning"]
)
def test_an_expert_in_an_ml_niche_knows_the_classic_families(niche: str) -> None:
    """An expert in language, vision or reinforcement learning shows advanced ML; one level below, no more than ML."""
    levels, shown_by = TABLE.shown({niche: Level.EXPERT.value})
    assert (levels["machine-learning"], levels["logistic-regression"]) == (4, 3)
    assert shown_by["logistic-regression"] == f"{TABLE.skill_name(niche)} (expert)"
    assert "logistic-regression" not in TABLE.shown({niche: Level.ADVANCED.value})[0]


def test_fastai_is_a_deep_learning_framework() -> None:
    """fastai, a framework, shows deep learning at the level it is listed at, never above."""
    assert TABLE.skills["fastai"].category is SkillCategory.FRAMEWORK
    levels, shown_by = TABLE.shown({"fastai": 2})
    assert (levels["deep-learning"], shown_by["deep-learning"]) == (2, "fastai (beginner)")


def test_the_shipped_table_unpickles_as_itself() -> None:
    """The shipped table pickles as a reference (an engine from the cache shares it); any other table, whole."""
    assert pickle.loads(pickle.dumps(TABLE)) is TABLE  # noqa: S301 - a pickle made here
    other = SkillTable(skills={"python": TABLE.skills["python"]}, traits={})
    copy = pickle.loads(pickle.dumps(other))  # noqa: S301 - a pickle made here
    assert copy == other
    assert copy is not other
    assert copy.skill_id("py") == "python"


def _fixpoint(table: SkillTable, listed: dict[str, int], work: list[tuple[str, int, str]]) -> dict[str, int]:
    """Levels by the plainest reading: apply every implication until nothing rises."""
    levels = dict(listed)
    for skill, level, _ in work:
        if skill not in listed:
            levels[skill] = max(levels.get(skill, 0), level)
    changed = True
    while changed:
        changed = False
        for skill, level in list(levels.items()):
            for implication in table.skills[skill].implies if skill in table.skills else ():
                for other, cap in implication.shows if level >= implication.at_least else ():
                    if other not in listed and min(cap, level) > levels.get(other, 0):
                        levels[other] = min(cap, level)
                        changed = True
    return levels


_SKILL_IDS = sorted(TABLE.skills)
_LISTED = st.dictionaries(st.sampled_from(_SKILL_IDS), st.integers(1, 5), max_size=12)
_WORK = st.lists(
    st.tuples(
        st.sampled_from(_SKILL_IDS), st.integers(1, 5), st.sampled_from(["a project", "a job", "a course"])
    ),
    max_size=10,
)


@given(listed=_LISTED, work=_WORK, data=st.data())
def test_shown_is_the_fixpoint_whatever_the_order(
    listed: dict[str, int], work: list[tuple[str, int, str]], data: st.DataObject
) -> None:
    """Levels are those of applying every implication until nothing rises; levels and sources ignore list order."""
    levels, shown_by = TABLE.shown(listed, work)
    assert levels == _fixpoint(TABLE, listed, work)
    assert set(shown_by) == set(levels) - set(listed)
    reordered = dict(data.draw(st.permutations(list(listed.items()))))
    assert TABLE.shown(reordered, data.draw(st.permutations(work))) == (levels, shown_by)


def test_implications_in_a_cycle_settle() -> None:
    """A table whose skills imply each other in a circle still gives each skill its highest level."""

    def entry(skill: str, shows: str) -> SkillInfo:
        return SkillInfo(
            id=skill,
            name=skill.upper(),
            category=SkillCategory.DOMAIN,
            implies=(Implication(at_least=2, shows=((shows, 4),)),),
        )

    table = SkillTable(skills={"a": entry("a", "b"), "b": entry("b", "c"), "c": entry("c", "a")}, traits={})
    assert table.shown({"a": 5}) == ({"a": 5, "b": 4, "c": 4}, {"b": "A (expert)", "c": "A (expert)"})
    assert table.shown({}, [("b", 3, "a project")]) == (
        {"b": 3, "c": 3, "a": 3},
        {"b": "a project", "c": "B in a project", "a": "B in a project"},
    )


def test_what_work_shows_shows_more_through_the_skill_it_names() -> None:
    """A skill a piece of work shows is named in the source of what it implies; the work itself stays the source of it."""
    levels, shown_by = TABLE.shown({}, [("supervised-learning", 2, "project “House prices”")])
    assert (levels["logistic-regression"], shown_by["logistic-regression"]) == (
        2,
        "supervised learning in project “House prices”",
    )
    work = [("pytorch", 2, "course “Deep Learning with PyTorch”")]
    work.append(("deep-learning", 2, "course “Deep Learning with PyTorch”"))
    assert TABLE.shown({}, work)[1]["deep-learning"] == "course “Deep Learning with PyTorch”"


def test_a_language_named_ml_is_no_machine_learning() -> None:
    """The language Standard ML, written in text, is no machine learning."""
    assert TABLE.find("Wrote a type checker in Standard ML") == ("standard-ml",)


def test_an_everyday_word_names_a_skill_beside_software_only() -> None:
    """Pandas, Julia and Excel in prose name no skill; beside another skill or a word of software they do."""
    assert TABLE.find("Giant pandas are carnivores; with Julia Roberts; strive to excel") == ()
    assert TABLE.find("Built a Flask API with Julia") == ("flask", "julia")
    assert TABLE.find("SQL and pandas") == ("sql", "pandas")
    assert TABLE.find("pandas", listed=True) == ("pandas",)


def test_a_name_with_capitals_the_skill_has_not_names_another_thing() -> None:
    """A word with capitals within it where the skill's name has none ("ReAct") names no skill; other spellings do."""
    table = skill_table()
    assert table.find("Agents with the ReAct pattern and a React front end") == ("react",)
    assert table.find("REACT, Pytorch, Langchain, MySql and FastApi") == (
        "react",
        "pytorch",
        "langchain",
        "mysql",
        "fastapi",
    )


def test_research_on_machine_ethics_shows_data_ethics() -> None:
    """Work on the ethics of models ("embedded ethics", "machine ethics") shows data ethics."""
    assert skill_table().find("The discordance between embedded ethics and inference in language models") == (
        "data-ethics",
    )


def test_a_language_of_one_letter_named_where_only_a_language_fits() -> None:
    """R and C count where only a language fits ("plots in R", "Stata/R", "C programming"), not elsewhere."""
    table = skill_table()
    assert table.find("Stata/R tutor; coefficient plots in R; an R package") == ("r",)
    assert table.find("C programming, C/C++ and R/Python") == ("c", "c++", "r", "python")
    assert table.find("R&D in Plan B, Section C and vitamin C; C-suite") == ()


def test_an_everyday_name_ending_a_hyphenated_word_is_that_word() -> None:
    """An everyday name ending a hyphenated word ("gamma-ray data") is that word; venues name their field."""
    assert TABLE.find("Modeled emission using 3 GB of gamma-ray data") == ()
    assert TABLE.find("Scaled training with Ray Data") == ("ray",)
    assert TABLE.find("Designed CHIRON for consistent characters (EMNLP 2024)") == (
        "natural-language-processing",
    )
    assert TABLE.find("Papers at CVPR and NeurIPS") == ("computer-vision", "machine-learning")
