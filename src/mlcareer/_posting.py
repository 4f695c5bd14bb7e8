"""
Job postings as the job a candidate targets.

Three shapes are read: schema.org ``JobPosting`` (JSON-LD, as job boards
publish it, alone, in a list or an ``@graph``, or inside the
``<script type="application/ld+json">`` of an HTML page), JSON Resume's job
schema, and mlcareer's own short form (the ``goals.job`` mapping of a
profile); a page without JSON-LD, and an ad in a ``.txt`` or ``.md`` file,
are read as a description is. Requirements are recognised in free text and HTML by whole-word
names and aliases through the skill table (`SkillTable.find`), never by
substring. What a posting says that could not be read, or was read by
inference, is said in the notes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from mlcareer._document import Document, Limits, load_document
from mlcareer._model import JOB_SHAPE, MAX_YEARS, SECTOR_SHAPE, SECTOR_WORDS, Job, lowest_degree
from mlcareer._shapes import Issues, Rejected, shown
from mlcareer._taxonomy import SkillCategory, skill_table
from mlcareer.exceptions import PostingError, Problem

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from mlcareer._model import Sector
    from mlcareer._taxonomy import SkillId, SkillTable

__all__ = ["PostingImport", "read_posting"]

#: How much a posting asks of a skill it names.
Weight = Literal["required", "preferred", "mentioned"]

#: Keys of JSON Resume's job schema that are not in mlcareer's own form.
_JSON_RESUME_JOB = frozenset(
    {
        "type",
        "date",
        "description",
        "location",
        "remote",
        "salary",
        "experience",
        "responsibilities",
        "qualifications",
        "skills",
        "meta",
        "website",
    }
)
#: schema.org JobPosting properties read for the match; the others are listed in a note.
#: schema.org JobPosting properties no other shape has: a posting with one of them but no ``@type``.
_SCHEMA_ORG_ONLY = frozenset(
    {
        "hiringOrganization",
        "datePosted",
        "validThrough",
        "employmentType",
        "jobLocation",
        "baseSalary",
        "experienceRequirements",
        "educationRequirements",
        "occupationalCategory",
        "industry",
    }
)
_SCHEMA_ORG_READ = frozenset(
    {
        "@context",
        "@type",
        "@id",
        "title",
        "name",
        "description",
        "skills",
        "qualifications",
        "experienceRequirements",
        "educationRequirements",
        "industry",
        "hiringOrganization",
        "responsibilities",
    }
)

#: Words that make a line (or the section it heads) about preferred skills.
_PREFERRED = re.compile(
    r"\b(?:prefer(?:red|ably)?|nice[- ]to[- ]haves?|bonus|a (?:big |huge |strong )?plus|pluses|ideally"
    r"|desir(?:ed|able)|good[- ]to[- ]have|advantage(?:ous)?|not required|optional)\b",
    re.IGNORECASE,
)
#: A remark in brackets inside a line: "(PyTorch preferred)".
_REMARKS = re.compile(r"\(([^()]*)\)")
#: Words that make a line (or the section it heads) about required skills.
_REQUIRED = re.compile(
    r"\b(?:requirements?|required|must(?:[- ]haves?)?|qualifications?"
    r"|what you(?:['\u2019]ll)? (?:need|bring|have)|you (?:have|bring|need)|who you are|about you"
    r"|your profile|skills|experience|essential|minimum"
    r"|(?:what )?we(?:['\u2019]re| are) (?:looking for|seeking)|ideal candidate|you should have)\b",
    re.IGNORECASE,
)
#: "3+ years", "3-5 years", "at least 2 years" (the smallest number counts).
_YEARS = re.compile(
    r"\b(\d{1,2}(?:\.\d)?)\s*\+?\s*(?:(?:-|\u2013|to)\s*\d{1,2}\s*\+?\s*)?(?:years?|yrs?)\b", re.IGNORECASE
)
#: The rest of a clause after a number of years: what the years are of.
_CLAUSE = re.compile(r"[^,;.()\n]{0,80}")
_HEADING_WORDS = 6
#: A line that Markdown makes a heading: "## Requirements", or bold alone ("**Nice to have**").
_MARKDOWN_HEADING = re.compile(r"\s*(?:#{1,6}\s+\S.*|(\*\*|__)[^*_]+\1:?)\s*")
#: A list item: a bullet or a number before the words.
_BULLET = re.compile(r"\s*(?:[-*+>\u2022\u2023\u25e6\u2043\u00b7]|\d{1,2}[.)])\s")
#: Words of the sections a posting has besides its requirements.
_OTHER_SECTION = re.compile(
    r"\b(?:about (?:the|this|us|our)|responsibilities|what you(?:['\u2019]ll| will) do|the role|your role"
    r"|benefits|perks|what we offer|we offer|who we are|our team|the team|location|how to apply)\b",
    re.IGNORECASE,
)
#: What a heading written with no mark is mostly made of.
_SECTION_WORDS = (_PREFERRED, _REQUIRED, _OTHER_SECTION)
_BLOCKS = frozenset(
    {"p", "div", "li", "ul", "ol", "br", "tr", "td", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt"})


@attrs.frozen
class PostingImport:
    """
    A job read from a posting, with what was inferred and what could not be read.

    Attributes:
        job: The job, as the profile's ``goals.job`` holds it.
        notes: What was inferred or left out, each starting with where in
            the posting it is (``skills[2] 'Foo': ...``).
    """

    job: Job
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """
        The import as plain data: ``{"job": ..., "notes": [...]}``.

        Example:
            >>> read_posting({"title": "Data Scientist", "required": ["sql"]}).to_dict()
            {'job': {'title': 'Data Scientist', 'required': ['sql']}, 'notes': []}
        """
        return {"job": JOB_SHAPE.dump(self.job), "notes": list(self.notes)}


class _Text(HTMLParser):
    """
    The text of an HTML fragment as lines, with the lines that are headings marked.

    Scripts, styles and comments are left out; entities are decoded.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, bool]] = []
        self._line: list[str] = []
        self._open = 0  # heading tags open
        self._heading = False  # the line has text inside a heading tag
        self._plain = False  # the line has text outside one
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002
        if tag in {"script", "style", "template", "noscript"}:
            self._skip += 1
        elif tag in _BLOCKS:
            self._end_line()
        if tag in _HEADINGS:
            self._open += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "template", "noscript"}:
            self._skip = max(self._skip - 1, 0)
        elif tag in _BLOCKS:
            self._end_line()
        if tag in _HEADINGS:
            self._open = max(self._open - 1, 0)

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        for number, part in enumerate(data.split("\n")):
            if number:
                self._end_line()
            if part.strip():
                if self._open:
                    self._heading = True
                else:
                    self._plain = True
            self._line.append(part)

    def _end_line(self) -> None:
        text = " ".join("".join(self._line).split())
        if text:
            self.lines.append((text, self._heading and not self._plain and not text.endswith(".")))
        self._line, self._heading, self._plain = [], False, False

    def close(self) -> None:
        super().close()
        self._end_line()


def text_lines(text: str) -> list[tuple[str, bool]]:
    r"""
    The lines of a posting's text (plain or HTML), each with whether it is a heading.

    A line is a heading when HTML or Markdown marks it so (``<h2>``, a
    line of ``<strong>``, ``## Requirements``, ``**Nice to have**``) or
    when it is short and ends with a colon.

    Example:
        >>> text_lines("<h3>Requirements</h3><ul><li>Python &amp; SQL</li></ul><script>x()</script>")
        [('Requirements', True), ('Python & SQL', False)]
        >>> text_lines("## Nice to have\n- Docker")
        [('## Nice to have', True), ('- Docker', False)]
    """
    parser = _Text()
    parser.feed(text)
    parser.close()
    return [
        (
            line,
            heading
            or (line.endswith(":") and len(line.split()) <= _HEADING_WORDS)
            or _MARKDOWN_HEADING.fullmatch(line) is not None,
        )
        for line, heading in parser.lines
    ]


def _bare_heading(line: str) -> bool:
    """
    Whether *line* reads as a section's heading written with no mark: "Requirements", "Nice to have".

    It is short, no list item, ends without a stop, and is mostly the name
    of a kind of section: "About the role" is, "3+ years of experience" is not.
    """
    if (
        len(line.split()) > _HEADING_WORDS
        or _BULLET.match(line)
        or line.rstrip().endswith((".", "!", "?", ",", ";"))
    ):
        return False
    named = sum(len(found.group(0)) for words in _SECTION_WORDS for found in words.finditer(line))
    return 2 * named >= len(line.strip())


#: What stands between two skills a posting offers as alternatives: "or", "and/or", a slash, or a
#: comma in a list that one of those ends ("Python, C++ or Java").
_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:(?:and/)?or\s+|/\s*)?", re.IGNORECASE)
#: What stands between a kind of skill and its examples, which a posting takes in its place: "MLOps
#: tools such as MLflow", "a framework (e.g. PyTorch".
_EXAMPLES = re.compile(
    r"(?:\s+[a-z]+){0,2}\s*(?:,\s*|\(\s*)?(?:such as|e\.\s?g\.|for example|including|like)[\s,:]*",
    re.IGNORECASE,
)


def alternatives_in(text: str, table: SkillTable) -> list[tuple[SkillId, ...]]:
    """
    The groups of skills *text* offers in place of each other: a list joined by "or" or slashes.

    A list joined by "and", or by commas alone ("PyTorch, TensorFlow"), asks for each, and so
    does a comma after the "or" ("PyTorch or TensorFlow, Docker"). A field or practice and the
    examples that follow it ("MLOps tools such as MLflow or Kubeflow", "a deep learning framework
    (e.g. PyTorch, TensorFlow)") are taken in place of each other.

    Example:
        >>> from mlcareer._taxonomy import skill_table
        >>> alternatives_in("Python, C++ or Java; PyTorch / TensorFlow, SQL and Spark", skill_table())
        [('python', 'c++', 'java'), ('pytorch', 'tensorflow')]
        >>> alternatives_in("MLOps tools such as MLflow or Kubeflow, and SQL", skill_table())
        [('mlops', 'mlflow', 'kubeflow')]
    """
    groups: list[tuple[SkillId, ...]] = []
    run: list[SkillId] = []
    offered = False  # whether the run is joined by "or" or a slash somewhere
    examples = False  # whether the run is a kind of skill and its examples
    end = 0
    for skill, start, stop in table.mentions(text, listed=True):
        between = text[end:start]
        joins = bool(re.search(r"\bor\b|/", between, re.IGNORECASE))
        if run and _BETWEEN.fullmatch(between) and (joins or examples or not offered):
            offered = offered or joins
        elif len(run) == 1 and _EXAMPLES.fullmatch(between) and _kind_of_skill(run[0], table):
            offered = examples = True
        else:
            if offered and len(set(run)) > 1:
                groups.append(tuple(dict.fromkeys(run)))
            run, offered, examples = [], False, False
        run.append(skill)
        end = stop
    if offered and len(set(run)) > 1:
        groups.append(tuple(dict.fromkeys(run)))
    return groups


def _kind_of_skill(skill: SkillId, table: SkillTable) -> bool:
    """
    Whether *skill* names a kind that other skills are examples of: a field or a practice.
    """
    info = table.skills.get(skill)
    return info is not None and info.category in {SkillCategory.DOMAIN, SkillCategory.PRACTICE}


def _years(text: str, table: SkillTable) -> tuple[float | None, float | None]:
    """
    The years of experience *text* asks for, and the years of ML work, when it names some.

    Years are of ML work when the words after them, up to the end of the
    clause, name an ML skill ("3+ years building ML systems").

    Example:
        >>> from mlcareer._taxonomy import skill_table
        >>> _years("5+ years of software engineering; 2 years of machine learning", skill_table())
        (5.0, 2.0)
    """
    found: dict[bool, list[float]] = {False: [], True: []}
    for years, named in _years_of(text, table):
        found[not table.ml_skills.isdisjoint(named)].append(years)
    return min(found[False], default=None), min(found[True], default=None)


def _years_of(text: str, table: SkillTable) -> Iterator[tuple[float, tuple[str, ...]]]:
    """
    Each number of years *text* names, with the skills the rest of its clause names (what they are of).
    """
    for match in _YEARS.finditer(text):
        clause = _CLAUSE.match(text, match.end())
        yield float(match.group(1)), table.find(clause.group(0), listed=True) if clause else ()


def _experience_fields(text: str, table: SkillTable) -> frozenset[str]:
    """
    The broad fields of ML that experience asked for in *text* is in: what its years are of, not skills.

    "3+ years of experience in ML engineering or data science" asks for years of ML
    work, not for data science as a skill; a niche ("2 years of NLP") or a tool
    ("3 years with PyTorch") stays a skill the job asks for.

    Example:
        >>> from mlcareer._taxonomy import skill_table
        >>> sorted(_experience_fields("3+ years of experience in ML or data science", skill_table()))
        ['data-science', 'machine-learning']
        >>> sorted(_experience_fields("2+ years of experience with NLP and PyTorch", skill_table()))
        []
    """
    if not re.search(r"\bexperien", text, re.IGNORECASE):
        return frozenset()
    return frozenset(
        skill for _, named in _years_of(text, table) for skill in named if _broad_field(skill, table)
    )


def _broad_field(skill: str, table: SkillTable) -> bool:
    """
    Whether *skill* is a broad field of ML (machine learning, data science), not a niche or a tool.
    """
    info = table.skills[skill]
    return info.ml and info.category == SkillCategory.DOMAIN and not info.niche


class _Reader:
    """
    Reads one posting's parts into a job, keeping notes.
    """

    def __init__(self, table: SkillTable) -> None:
        self.table = table
        self.notes: list[str] = []
        self.found: dict[SkillId, Weight] = {}
        self.alternatives: dict[tuple[SkillId, ...], None] = {}
        self.years: float | None = None
        self.ml_years: float | None = None
        self.degree: str | None = None
        self.sector: Sector | None = None

    def note(self, where: str, what: str) -> None:
        self.notes.append(f"{where}: {what}")

    def skill(self, skill: SkillId, weight: Weight) -> None:
        order = ("required", "preferred", "mentioned")
        old = self.found.get(skill)
        if old is None or order.index(weight) < order.index(old):
            self.found[skill] = weight

    def named(self, name: str, where: str, weight: Weight) -> None:
        """
        A skill given by name (a skills field): known, found in its words, or kept by its name.
        """
        table = self.table
        if table.known_skill(name) is not None:
            self.skill(table.skill_id(name), weight)
            return
        inside = table.find(name, listed=True)
        if inside:
            for skill in inside:
                self.skill(skill, weight)
            return
        skill = table.skill_id(name)
        if not skill:  # punctuation only: nothing to match
            self.note(f"{where} {shown(name)}", "not a skill name; left out")
            return
        self.skill(skill, weight)
        self.note(f"{where} {shown(name)}", "not a skill mlcareer knows; matched by its name only")

    def text(self, text: str, weight: Weight, *, sections: bool = False) -> None:
        """
        The skills, years and degree in free *text* (plain or HTML).

        With *sections*, headings set the weight of the lines under them:
        requirements, preferred skills, or anything else (mentioned).
        """
        lines = text_lines(text)
        current = weight
        for written, heading in lines:
            if sections and (
                heading or (_bare_heading(written) and not self.table.find(written, listed=True))
            ):
                current = (
                    "preferred"
                    if _PREFERRED.search(written)
                    else "required"
                    if _REQUIRED.search(written)
                    else "mentioned"
                )
                continue
            line = self.without_preferences(written)
            line_weight: Weight = current
            if _PREFERRED.search(line):
                line_weight = "preferred"
            elif current == "mentioned" and re.search(r"\b(?:required|must)\b", line, re.IGNORECASE):
                line_weight = "required"
            # The fields a degree may be in ("BS/MS in Computer Science, Statistics or a related
            # field") name what the degree is in, not skills the job asks for.
            named_weight: Weight = "mentioned" if lowest_degree(line) is not None else line_weight
            fields = _experience_fields(line, self.table)
            for skill in self.table.find(line, listed=True):
                # A broad field of ML named in passing ("our clinical AI platform") is what the job
                # is about, not a skill it asks for.
                if skill not in fields and not (
                    named_weight == "mentioned" and _broad_field(skill, self.table)
                ):
                    self.skill(skill, named_weight)
            self.alternatives.update(dict.fromkeys(alternatives_in(line, self.table)))
            if line_weight != "mentioned":
                self.requirements_in(line, line_weight)

    def without_preferences(self, line: str) -> str:
        """
        *line* without its remarks in brackets that prefer skills, which are read as preferred.

        "Experience with deep learning (PyTorch preferred)" asks for deep learning and prefers PyTorch.
        """
        for remark in _REMARKS.findall(line):
            if _PREFERRED.search(remark):
                for skill in self.table.find(remark, listed=True):
                    self.skill(skill, "preferred")
                line = line.replace(f"({remark})", " ")
        return line

    def requirements_in(self, text: str, weight: Weight) -> None:
        """
        Years of experience and a degree, when *text* asks for them.
        """
        if weight == "required" and re.search(r"\bexperien", text, re.IGNORECASE):
            self.years_asked(*_years(text, self.table))
        degree = lowest_degree(text)
        if degree is not None and weight == "required" and self.degree is None:
            self.degree = degree

    def years_asked(self, years: float | None, ml_years: float | None) -> None:
        """
        Keep the fewest years of experience, and of ML work, that the posting asks for.

        More years than a working life (`MAX_YEARS`) are no requirement: a number written wrong.
        """
        if years is not None and years > MAX_YEARS:
            self.note("experience", f"{years:g} years: more than any job asks for; left out")
            years = None
        if ml_years is not None and ml_years > MAX_YEARS:
            ml_years = None
        if years is not None:
            self.years = years if self.years is None else min(self.years, years)
        if ml_years is not None:
            self.ml_years = ml_years if self.ml_years is None else min(self.ml_years, ml_years)

    def skills_field(self, skills: object) -> None:
        """
        A schema.org ``skills`` value: text (a list in one string too), DefinedTerms, or a list of them.
        """
        if skills is None:
            self.note("skills", "the posting has none; requirements were read from its description")
            return
        for index, value in enumerate(skills if isinstance(skills, list) else [skills]):
            for name in _texts(value):
                self.alternatives.update(dict.fromkeys(alternatives_in(name, self.table)))
                for part in re.split(r"[,;\n\u2022]", name):
                    if part.strip():
                        self.named(part.strip(), f"skills[{index}]", "required")

    def sector_of(self, value: object, where: str) -> None:
        for text in _texts(value):
            sector = SECTOR_SHAPE.lookup(text) or next(
                (found for word in re.split(r"[,;/&]| and ", text) if (found := SECTOR_SHAPE.lookup(word))),
                None,
            )
            if sector is not None:
                self.sector = self.sector or sector
            else:
                self.note(f"{where} {shown(text)}", "not a sector mlcareer knows; left out")

    def sector_from_name(self, company: str | None, where: str) -> None:
        """
        The employer's sector from its name ("Lexica Health"), when nothing else gave one and it names one.
        """
        if self.sector is not None or company is None:
            return
        found = {
            sector: match.group(0)
            for sector, words in SECTOR_WORDS.items()
            if (match := words.search(company))
        }
        if len(found) == 1:
            ((self.sector, word),) = found.items()
            self.note(
                f"{where} {shown(company)}", f"{word!r} in the employer's name: sector {self.sector.value}"
            )

    def job(self, title: str | None, company: str | None) -> Job:
        def of(weight: Weight) -> list[SkillId]:
            return [skill for skill, found in self.found.items() if found == weight]

        return Job(
            title=title,
            company=company,
            sector=self.sector,
            required=of("required"),
            preferred=of("preferred"),
            mentioned=of("mentioned"),
            alternatives=list(self.alternatives),
            years=self.years,
            ml_years=self.ml_years,
            degree=self.degree,
        )


def _texts(value: object) -> Iterator[str]:
    """
    The texts of a schema.org value: text, a list, or a thing with a name (DefinedTerm, Organization).
    """
    if isinstance(value, str):
        if value.strip():
            yield html.unescape(value.strip())
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, Mapping):
        for key in ("name", "credentialCategory", "description", "value"):
            if isinstance(value.get(key), str):
                yield from _texts(value[key])
                return


def _first_text(value: object) -> str | None:
    return next(_texts(value), None)


def _schema_org(posting: Mapping[str, Any], table: SkillTable) -> PostingImport:
    reader = _Reader(table)
    reader.skills_field(posting.get("skills"))
    for key in ("qualifications", "educationRequirements", "experienceRequirements"):
        value = posting.get(key)
        months = value.get("monthsOfExperience") if isinstance(value, Mapping) else None
        if isinstance(months, int | float) and not isinstance(months, bool) and months >= 0:
            reader.years_asked(months / 12, None)
        for text in _texts(value):
            reader.text(text, "required")
    for text in _texts(posting.get("responsibilities")):
        reader.text(text, "mentioned")
    description = posting.get("description")
    if isinstance(description, str):
        reader.text(description, "mentioned", sections=True)
    reader.sector_of(posting.get("industry"), "industry")
    ignored = sorted(key for key in posting if key not in _SCHEMA_ORG_READ)
    if ignored:
        reader.note(", ".join(ignored), "not used for the match")
    title = _first_text(posting.get("title")) or _first_text(posting.get("name"))
    company = _first_text(posting.get("hiringOrganization"))
    reader.sector_from_name(company, "hiringOrganization")
    return PostingImport(reader.job(title, company), tuple(reader.notes))


def _json_resume_job(posting: Mapping[str, Any], table: SkillTable) -> PostingImport:
    reader = _Reader(table)
    skills = posting.get("skills")
    for index, skill in enumerate(skills if isinstance(skills, list) else [] if skills is None else [skills]):
        where = f"skills[{index}]"
        if isinstance(skill, Mapping):
            for name in [*_texts(skill.get("name")), *_texts(skill.get("keywords"))]:
                reader.named(name, where, "required")
        else:
            for name in _texts(skill):
                reader.named(name, where, "required")
    for text in _texts(posting.get("qualifications")):
        reader.text(text, "required")
    experience = _first_text(posting.get("experience"))
    if experience is not None and reader.years is None and reader.ml_years is None:
        reader.years_asked(*_years(experience, table))
    for text in _texts(posting.get("responsibilities")):
        reader.text(text, "mentioned")
    description = _first_text(posting.get("description"))
    if description is not None:
        reader.text(description, "mentioned", sections=True)
    ignored = sorted(
        key for key in posting if key in {"type", "date", "location", "remote", "salary", "meta", "website"}
    )
    if ignored:
        reader.note(", ".join(ignored), "not used for the match")
    title = _first_text(posting.get("title"))
    company = _first_text(posting.get("company"))
    reader.sector_from_name(company, "company")
    return PostingImport(reader.job(title, company), tuple(reader.notes))


def _is_job_posting(value: object) -> bool:
    if not isinstance(value, Mapping):
        return False
    kind = value.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return "JobPosting" in kinds


def _postings(data: object) -> list[Mapping[str, Any]]:
    """
    The schema.org JobPostings in JSON-LD data: itself, in a list, or in an ``@graph``.
    """
    if _is_job_posting(data):
        return [data]  # type: ignore[list-item] # a mapping, by _is_job_posting
    items: Iterable[object] = ()
    if isinstance(data, list):
        items = data
    elif isinstance(data, Mapping) and isinstance(data.get("@graph"), list):
        items = data["@graph"]
    return [item for item in items if _is_job_posting(item)]  # type: ignore[misc] # as above


_LD_JSON = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script\s*>",
    re.IGNORECASE | re.DOTALL,
)


def _from_html(text: str, file: str | None, limits: Limits) -> Document | None:
    """
    The JSON-LD block of an HTML page that holds a JobPosting; None for a page without JSON-LD.
    """
    blocks = _LD_JSON.findall(text)
    for block in blocks:
        document = load_document(block.strip(), kind="json", file=file, limits=limits, error=PostingError)
        if _postings(document.data):
            return document
    if not blocks:
        return None
    message = "not a job posting: an HTML page with no JobPosting in its JSON-LD"
    raise PostingError([Problem(message=message, file=file)])


#: An element that titles a page (its tag stops at the next bracket, so no page is read twice over).
_PAGE_TITLE = re.compile(r"<(h1|title)\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


def _page_title(text: str) -> str | None:
    """
    The text of a page's first ``<h1>``, or else of its ``<title>``.
    """
    lowered = text.lower()
    found: dict[str, str | None] = {}  # None: the tag is never closed after this
    for match in _PAGE_TITLE.finditer(text):
        tag = match.group(1).lower()
        if tag in found:
            continue
        end = lowered.find(f"</{tag}", match.end())
        found[tag] = (
            " ".join(html.unescape(_TAG.sub(" ", text[match.end() : end])).split()) if end >= 0 else None
        )
        if found.get("h1"):
            break
    return found.get("h1") or found.get("title") or None


#: A title line that names the employer after "at" or "@" ("Data Scientist at Spotify (Berlin)").
_AT = re.compile(r"(?P<title>.+?)\s+(?:at|@)\s+(?P<company>[A-Z0-9][^(\[|,;]*?)\s*(?:[(\[|,;].*)?")
#: A title line with a name after a dash or bar ("ML Engineer — Intercom (Dublin)"): an employer,
#: a place or a field, so an employer only if the text speaks of it as one.
_DASHED = re.compile(r"(?P<title>.+?)\s+[-\u2013\u2014|]\s+(?P<company>[A-Z0-9][^(\[|,;]*?)\s*(?:[(\[,;].*)?")
#: Words of how a job is done: "Remote", "Hybrid", "Full-time".
_WORK_MODE = re.compile(r"\b(?:remote|hybrid|on-?site|full-time|part-time|contract)\b", re.IGNORECASE)
#: A job board's line under the title: the employer, then where and how the job is done, apart by
#: dots or bars ("Zalando SE · Berlin, Germany · Hybrid", "Acme | Remote").
_JOB_BOARD_LINE = re.compile(
    rf"(?P<company>[A-Z0-9][\w&.'-]*(?: [\w&.'-]+){{0,5}}?)\s+[\u00b7\u2022|]\s+"
    rf"(?=[^\n]*(?:,|(?i:{_WORK_MODE.pattern})))[^\n]+"
)
#: A remark in brackets at the end of a title line on where or for whom the job is: "(Remote)",
#: "(Brooklyn, NY or Hybrid)", "(m/f/d)".
_TITLE_REMARK = re.compile(
    r"\s*[(\[][^()\[\]]*\b(?:remote|hybrid|on-?site|in-office|[mfwx]/[mfwx]/[dx*]|all genders)(?![\w/])"
    r"[^()\[\]]*[)\]]$",
    re.IGNORECASE,
)
#: A first line that heads the text rather than naming the job, as copied from a job board.
_HEADING_LINE = re.compile(
    r"(?:about (?:the |this )?(?:job|role|position|opportunity)|(?:job )?description|overview"
    r"|the (?:job|role|position|opportunity))\s*:?",
    re.IGNORECASE,
)
#: Where a text names the job it is for: "As a Machine Learning Engineer on ...", "we are looking
#: for a Senior Data Scientist".
_ROLE_PHRASE = re.compile(
    r"\b(?:[Aa]s an?|[Ll]ooking for an?|[Hh]iring an?|[Ss]eeking an?|[Jj]oin us as an?)\s+"
    r"(?P<title>(?:[A-Z][\w+/&.-]*\s+){0,5}?(?:Engineer|Scientist|Analyst|Developer|Researcher|Manager"
    r"|Architect|Lead|Specialist|Consultant|Intern))\b"
)
#: A Markdown heading's marks, or emphasis, around a title line.
_TITLE_MARKS = re.compile(r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?|(?:\*\*|__)?\s*$")


def _employer(name: str, body: str) -> bool:
    """
    Whether *body* speaks of *name* as an employer: "at Intercom", "join Intercom", "Intercom's".

    A sentence that opens with the name and a verb ("Routewise plans deliveries") does too.
    """
    named = re.escape(name)
    return (
        re.search(
            rf"\b(?:[Aa]t|[Jj]oin(?:ing)?|[Aa]bout)\s+{named}\b"
            rf"|\b{named}(?:['\u2019]s\b|\s+(?:is|are|was|has|have|builds?|helps?|makes?|offers?|uses?)\b)"
            rf"|(?:^|[.!?]\s+){named}\s+[a-z]+s\b",
            body,
            re.MULTILINE,
        )
        is not None
    )


def _from_text(text: str, table: SkillTable, file: str | None, *, page: bool) -> PostingImport:
    """
    A posting written as text, or an HTML page without JSON-LD: its title, and requirements from the rest.

    A page's title is its first ``<h1>``, or else its ``<title>``; a text's,
    its first line. The text under the headings is read as a description is.
    """
    company = None
    if page:
        title = _page_title(text)
        said = "an HTML page without JSON-LD; read from its text" + (f", titled {title!r}" if title else "")
        body = text
    else:
        first, _, body = text.strip().partition("\n")
        title = _TITLE_REMARK.sub("", " ".join(_TITLE_MARKS.sub("", first).split())) or None
        said = f"plain text; its first line, {first.strip()!r}, read as the title"
        said += "" if title == first.strip() else f" {title!r}"
        if title is not None and (_HEADING_LINE.fullmatch(title) or _bare_heading(title)):
            role = _ROLE_PHRASE.search(body)
            title = role["title"] if role else None
            said = f"plain text; its first line, {first.strip()!r}, is a heading" + (
                f"; the title read from {role.group(0)!r}" if role else ", and it names no title"
            )
        named = None if title is None else _AT.fullmatch(title)
        if title is not None and named is None:
            dashed = _DASHED.fullmatch(title)
            if dashed and table.known_skill(dashed["company"]) is None and _employer(dashed["company"], body):
                named = dashed
        if named is not None:
            title, company = named["title"], named["company"]
            said = f"plain text; its first line, {first.strip()!r}, read as the title {title!r}"
            said += f" at {company!r}"
        elif (
            title is not None
            and (header := _JOB_BOARD_LINE.fullmatch(body.strip().partition("\n")[0].strip()))
            and table.known_skill(header["company"]) is None
            and not _WORK_MODE.search(header["company"])
        ):
            company = header["company"]  # "Zalando SE · Berlin, Germany · Hybrid", as job boards set it
            said += f", and its second line names the employer, {company!r}"
    # Its words are all it has: an empty skills field, so no note says the skills were read from them.
    posting: dict[str, Any] = {"@type": "JobPosting", "title": title, "skills": [], "description": body}
    if company is not None:
        posting["hiringOrganization"] = company
    result = _schema_org(posting, table)
    job = result.job
    if not (job.required or job.preferred or job.mentioned or job.years or job.ml_years or job.degree):
        what = "an HTML page with no JSON-LD" if page else "plain text"
        message = f"not a job posting: {what} that names no skill, experience or degree"
        raise PostingError([Problem(message=message, file=file)])
    return attrs.evolve(result, notes=(f"the posting is {said}", *result.notes))


def read_posting(
    source: Mapping[str, Any] | str | bytes | Path,
    *,
    table: SkillTable | None = None,
    limits: Limits | None = None,
) -> PostingImport:
    """
    Read a job posting: plain data, JSON or YAML text, an HTML page, plain text, or a file.

    An HTML page without JSON-LD, or a ``.txt`` or ``.md`` file, is read as
    the posting's own words: its title (a page's first ``<h1>``, a text's
    first line) and the requirements under its headings.

    Args:
        source: The posting.
        table: The skill table that names skills (the built-in one by default).
        limits: Bounds on the document, as for profiles.

    Raises:
        PostingError: for text that is not readable (with line and column),
            or a document that is none of the shapes read.
        LimitError: for a document beyond *limits*.

    Example:
        >>> posting = {
        ...     "@context": "https://schema.org/",
        ...     "@type": "JobPosting",
        ...     "title": "ML Engineer",
        ...     "hiringOrganization": {"@type": "Organization", "name": "Acme Pay"},
        ...     "description": "<p><b>Requirements:</b></p><ul><li>Python and PyTorch</li>"
        ...     "<li>3+ years of experience</li></ul><p>Docker is a plus.</p>",
        ... }
        >>> job = read_posting(posting).job
        >>> job.required, job.preferred, job.years
        (('python', 'pytorch'), ('docker',), 3.0)
    """
    table = table or skill_table()
    limits = limits or Limits()
    if isinstance(source, Mapping):
        document = Document.from_data(source, limits)
    else:
        file = str(source) if isinstance(source, Path) else None
        plain = isinstance(source, Path) and source.suffix.casefold() in {".txt", ".md"}
        if isinstance(source, Path):
            source = source.read_bytes()
        text = source.decode("utf-8-sig", errors="replace") if isinstance(source, bytes) else source
        if len(text) > limits.max_bytes:
            # Loading checks the size before anything else: this raises the documented LimitError.
            load_document(text, file=file, limits=limits, error=PostingError)
        if plain:
            return _from_text(text, table, file, page=False)
        if text.lstrip().startswith("<"):
            found = _from_html(text, file, limits)
            if found is None:
                return _from_text(text, table, file, page=True)
            document = found
        else:
            document = load_document(text, file=file, limits=limits, error=PostingError)
    return _read(document, table)


def _read(document: Document, table: SkillTable) -> PostingImport:
    data = document.data
    postings = _postings(data)
    if postings:
        result = _schema_org(postings[0], table)
        if len(postings) > 1:
            return attrs.evolve(
                result, notes=(f"the document has {len(postings)} JobPostings; read the first", *result.notes)
            )
        return result
    if not isinstance(data, Mapping):
        raise PostingError([Problem(message="not a job posting: a posting is a mapping", file=document.file)])
    keys = set(data)
    own = set(JOB_SHAPE.fields)
    if keys & _SCHEMA_ORG_ONLY:
        result = _schema_org(data, table)
        return attrs.evolve(
            result, notes=("the posting has no @type; read as a schema.org JobPosting", *result.notes)
        )
    if keys & _JSON_RESUME_JOB and not keys & {"required", "preferred", "mentioned", "years", "degree"}:
        return _json_resume_job(data, table)
    if keys <= own or keys & {"required", "preferred", "mentioned"}:
        issues = Issues(document)
        try:
            job = JOB_SHAPE.parse(data, (), issues)
        except Rejected:
            job = None
        issues.raise_for(PostingError)
        assert job is not None  # noqa: S101 - problems were raised
        return PostingImport(job, ())
    listed = ", ".join(sorted(map(str, keys))[:8])
    message = (
        f"not a job posting: it has {listed}; expected a schema.org JobPosting (with @type),"
        " a JSON Resume job, or mlcareer's job form (title, company, required, preferred, ...)"
    )
    raise PostingError([Problem(message=message, file=document.file)])
