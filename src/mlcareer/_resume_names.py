"""
The names résumé documents give JSON Resume's sections and fields.

Résumé builders, parsers and people writing their own JSON name the same
things in many ways: ``workExperience`` or ``work_history`` for ``work``,
``jobTitle`` or ``designation`` for a position, ``companyName`` for the
employer, ``fieldOfStudy`` for the area of a degree. Before a document is
read as JSON Resume, its keys are renamed to JSON Resume's, each change
said in a note. A key matches whatever its case, spaces, hyphens,
underscores and slashes (``Work Experience``, ``work-experience``); a key
JSON Resume already has in the same place is never replaced. Three ways
of writing a CV by sections are read as the sections their names give: a
list of titled sections (the al-folio theme's), RenderCV's ``cv``, and
sections that hold their entries as ``items`` (Reactive Resume's).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "COMPETITION_WORDS",
    "JOINED_HEADINGS",
    "KEYED_FIELDS",
    "NOTE",
    "ROLE_WORDS",
    "WORK_TERMS",
    "cv_sections",
    "holds_person",
    "item_sections",
    "json_resume_names",
    "named_entries",
    "normal_key",
    "section_of",
    "sentences",
    "titled_sections",
    "won",
]

#: Other names of JSON Resume's top-level sections, by section.
_SECTIONS = {
    "work": (
        "experience",
        "experiences",
        "workexperience",
        "workexperiences",
        "workhistory",
        "employment",
        "employmenthistory",
        "professionalexperience",
        "researchexperience",
        "industryexperience",
        "teachingexperience",
        "academicexperience",
        "academia",
        "academicpositions",
        "researchpositions",
        "teaching",
        "internships",
        "jobs",
    ),
    "education": (
        "educations",
        "educational",
        "academics",
        "academicbackground",
        "educationhistory",
        "academichistory",
        "academicdetails",
        "educationaldetails",
        "academicqualification",
        "academicqualifications",
        "educationalqualification",
        "educationalqualifications",
        "educationqualification",
        "educationqualifications",
        "academiccredentials",
    ),
    "skills": (
        "technicalskills",
        "skillset",
        "skillsets",
        "techstack",
        "technologies",
        "tools",
        "frameworks",
        "libraries",
        "competencies",
        "technicalcompetencies",
        "corecompetencies",
        "keyskills",
    ),
    "projects": (
        "project",
        "personalprojects",
        "sideprojects",
        "academicprojects",
        "keyprojects",
        "opensourceprojects",
        "opensourcecontributions",
        "opensourcework",
        "opensource",
        "selectedprojects",
        "hackathons",
        "competitions",
        "hackathonsandcompetitions",
    ),
    "certificates": (
        "certifications",
        "certification",
        "certificate",
        "licenses",
        "licensesandcertifications",
        "licensescertifications",
        "certificationsandlicenses",
        # Professional exams passed (an actuary's, an accountant's) certify as a certificate does.
        "exams",
        "professionalexams",
        # Programmes of set tasks a company runs online ("Virtual Internships"), completed as a course is.
        "virtualinternships",
        "virtualinternship",
        "virtualexperiences",
        "virtualexperienceprograms",
        "jobsimulations",
    ),
    "awards": ("honors", "honours", "honorsandawards", "awardsandhonors", "awardsandhonours", "achievements"),
    "publications": ("publication", "papers", "researchpapers"),
    "volunteer": (
        "volunteering",
        "volunteerexperience",
        "volunteerwork",
        "voluntaryservice",
        "voluntaryservices",
        "voluntarywork",
        "service",
        "services",
        "professionalservice",
        "professionalservices",
        "academicservice",
        "academicservices",
        "reviewing",
        "peerreview",
        # Roles beside work and study: clubs led, events organised.
        "leadership",
        "leadershipexperience",
        "extracurricular",
        "extracurriculars",
        "extracurricularactivities",
        "activities",
        "involvement",
        "campusinvolvement",
        # Mentoring others, as academic CVs list it: no position held.
        "mentorship",
        "mentoring",
        "mentorshipexperience",
        "mentoringexperience",
        "studentsmentored",
        "studentsupervision",
    ),
    "interests": ("hobbies",),
    "speaking": (
        "talks",
        "talk",
        "invitedtalks",
        "selectedtalks",
        "conferencetalks",
        "presentations",
        "conferencepresentations",
        "talksandpresentations",
        "speakingengagements",
        "keynotes",
        "conferencecontributions",
        "contributionstoconferences",
        "conferenceabstracts",
        "posters",
        "posterpresentations",
    ),
}

#: The sections JSON Resume does not have, by the format that names them: talks given are FRESH's.
_NAMED_BY = {"speaking": "FRESH"}

#: Other names of the person's own fields (at the top of a document, or in a mapping that holds them).
_PERSON = {
    "name": ("fullname", "candidatename", "yourname"),
    "summary": (
        "profile",
        "about",
        "aboutme",
        "aboutyou",
        "objective",
        "careerobjective",
        "professionalsummary",
        "profilesummary",
        "careersummary",
    ),
    "label": ("headline", "tagline", "professionaltitle", "currenttitle", "role"),
    "email": ("emailaddress", "mail"),
    "phone": ("phonenumber", "mobile", "mobilenumber", "phoneno"),
    "website": ("portfolio", "portfoliourl", "personalwebsite", "homepage"),
}

#: The names of the mappings that hold the person's own fields, in the form names are matched in.
_HOLDERS = frozenset(
    {
        "personalinfo",
        "personalinformation",
        "personaldetails",
        "personal",
        "profile",
        "basicinfo",
        "basicinformation",
        "basicdetails",
        "info",
        "header",
        "contact",
        "contactinformation",
        "contactinfo",
        "contactdetails",
    }
)


#: The dates of an entry, in the names of its start and end.
_PERIOD = {
    "startDate": ("start", "from", "startyear", "since", "datefrom", "startedon", "datestart"),
    "endDate": ("end", "to", "endyear", "until", "dateto", "endedon", "dateend"),
}

#: Other names of the fields of each section's entries, by JSON Resume's field.
_FIELDS: dict[str, dict[str, tuple[str, ...]]] = {
    "work": {
        "position": ("jobtitle", "designation", "positiontitle", "jobrole", "roletitle"),
        "name": ("companyname", "organisation", "employername", "organizationname", "firm", "institution"),
        "summary": ("jobdescription", "maintask", "roledescription", "blurb"),
        "description": ("companyblurb", "companydescription", "aboutcompany"),
        "url": ("companyurl", "companywebsite"),
        "keywords": ("technologies", "techstack", "tools", "skills", "skillsused", "stack"),
        "highlights": ("accomplishments", "duties", "tasks", "keyachievements", "bulletpoints"),
        **_PERIOD,
    },
    "volunteer": {
        "position": ("title", "role", "jobtitle"),
        "organization": ("organisation", "organizationname", "company", "companyname"),
        "summary": ("description",),
        **_PERIOD,
    },
    "education": {
        "institution": (
            "school",
            "university",
            "schooluniversity",
            "schoolname",
            "college",
            "institute",
            "institutionname",
            "universityname",
        ),
        "studyType": ("degree", "qualification", "degreetype", "degreename", "degreelevel", "title", "level"),
        # Not JSON Resume's: the institution, or the programme beside one (read where the entry is read).
        "name": (),
        "area": (
            "field",
            "major",
            "fieldofstudy",
            "specialization",
            "specialisation",
            "discipline",
            "subject",
            "stream",
        ),
        "startDate": _PERIOD["startDate"],
        "endDate": (
            *_PERIOD["endDate"],
            "graduationyear",
            "graduationdate",
            "passingyear",
            "yearofgraduation",
        ),
        "courses": ("coursework", "relevantcoursework", "modules"),
    },
    "projects": {
        "name": ("projectname", "projecttitle"),
        "description": ("summary", "details", "about", "projectdescription"),
        "url": ("github", "repo", "repository", "sourcecode", "demo"),
        "keywords": ("techstack", "tools", "skills", "skillsused", "stack"),
        "highlights": ("accomplishments", "features"),
        **_PERIOD,
    },
    "certificates": {
        "name": ("title", "certificationname", "certification", "certificatename", "certificate"),
        "issuer": (
            "organization",
            "organisation",
            "authority",
            "issuingorganization",
            "issuedby",
            "provider",
        ),
        "date": ("year", "issuedate", "dateissued", "issued", "completiondate", "dateearned"),
        "summary": ("description", "details"),
    },
    "awards": {
        "title": ("name", "award", "awardname"),
        "awarder": ("issuer", "organization", "organisation", "issuedby"),
        "summary": ("description",),
        "date": ("year",),
    },
    "skills": {"name": ("label", "skill"), "keywords": ("details", "examples")},
    "publications": {
        "publisher": ("journal", "venue", "conference"),
        "releaseDate": ("date", "year", "published"),
    },
    "speaking": {
        "title": ("name", "talk", "talktitle"),
        "event": ("venue", "conference", "meeting", "where"),
        "summary": ("description",),
        "date": ("year",),
    },
}


#: A link written in Markdown, ``[text](address)``, and the emphasis around a text.
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def cv_sections(document: Mapping[str, Any]) -> dict[str, Any] | None:
    """
    A RenderCV document as a mapping of the person and its sections by title; None for another document.

    RenderCV keeps the person's fields and a ``sections`` mapping under
    ``cv``, beside its own settings (``design``, ``locale``, ``settings``),
    and writes text in Markdown: links and emphasis are read as their text.
    A section of sentences about the person (``summary``, ``About Me``) is
    their summary.

    Example:
        >>> cv_sections(
        ...     {"cv": {"name": "Ada", "sections": {"projects": [{"name": "[Tagger](https://x.org)"}]}}}
        ... )
        {'basics': {'name': 'Ada'}, 'projects': [{'name': 'Tagger'}]}
    """
    cv = document.get("cv")
    if "basics" in document or not isinstance(cv, Mapping) or not isinstance(cv.get("sections"), Mapping):
        return None
    person = {key: value for key, value in cv.items() if isinstance(value, str)}
    sections = {}
    for title, entries in cv["sections"].items():
        if _PERSON_LOOKUP.get(normal_key(str(title))) == "summary" and isinstance(entries, list):
            person.setdefault("summary", " ".join(entry for entry in entries if isinstance(entry, str)))
        else:
            sections[title] = entries
    return {"basics": _plain_text(person, _markdown_text), **_plain_text(sections, _markdown_text)}


def author_page(front: Mapping[str, Any], text: str) -> dict[str, Any] | None:
    r"""
    A page whose front matter holds a résumé, as a JSON Resume document; None for one that holds none.

    Hugo's academic themes write an author's résumé so: the front matter's
    ``title`` is the person's name (``first_name`` and ``last_name`` when
    given) and ``role`` their headline, beside ``work`` (or ``experience``),
    ``education`` (or its ``courses``), ``skills`` grouped with their
    ``items`` and ``awards``; the page's *text* is about the person, their
    summary. A skill's ``percent`` is its level, and a group of hobbies
    interests (a role's summary written as a Markdown list is read as its
    highlights later, as in any résumé).

    Example:
        >>> front = {
        ...     "title": "Ada Lovelace",
        ...     "role": "Research Engineer",
        ...     "work": [{"position": "Engineer", "company_name": "Acme", "summary": "- Built a model"}],
        ...     "skills": [{"name": "Tech", "items": [{"name": "Python", "percent": 90}]}],
        ... }
        >>> author_page(front, "## About me\n\nAda builds *models*.")
        ... # doctest: +NORMALIZE_WHITESPACE
        {'basics': {'name': 'Ada Lovelace', 'label': 'Research Engineer', 'summary': 'Ada builds models.'},
         'work': [{'position': 'Engineer', 'company_name': 'Acme', 'summary': '- Built a model'}],
         'skills': [{'name': 'Python', 'level': '90%'}]}
    """
    sections = {
        name: value
        for key, value in front.items()
        if (name := _SECTION_LOOKUP.get(normal_key(str(key)))) is not None and value
    }
    if not any(isinstance(sections.get(key), (list, Mapping)) for key in ("work", "education")):
        return None
    names = [
        part for part in (front.get("first_name"), front.get("last_name")) if isinstance(part, str) and part
    ]
    name = " ".join(names) if len(names) == 2 else front.get("title")
    basics = {"name": name, "label": front.get("role")}
    lines = [line for line in text.split("\n") if not line.lstrip().startswith(("#", "{{"))]
    basics["summary"] = " ".join(" ".join(lines).split()) or None
    result: dict[str, Any] = {"basics": {key: value for key, value in basics.items() if value}}
    for key, value in sections.items():
        entries = value.get("courses") if isinstance(value, Mapping) else value
        if not isinstance(entries, list):
            continue
        if key == "skills":
            result[key], interests = _rated_skills(entries)
            if interests:
                result["interests"] = [*result.get("interests", []), *interests]
        else:
            result[key] = [*result.get(key, []), *(_page_entry(entry) for entry in entries)]
    read: dict[str, Any] = _plain_text(result, _markdown_text)
    return read


def _page_entry(entry: object) -> object:
    """An entry of an author's page, its course as its degree (its summary as a list is read later)."""
    if not isinstance(entry, Mapping):
        return entry
    return {("studyType" if key == "course" else key): value for key, value in entry.items()}


#: A group of skills that holds what someone does for pleasure.
_HOBBIES = re.compile(r"hobb|interest|pastime|leisure|personal", re.IGNORECASE)


def _rated_skills(groups: list[Any]) -> tuple[list[Any], list[Any]]:
    """
    The skills of groups that list their ``items`` each with a ``percent``, and the interests among them.
    """
    skills: list[Any] = []
    interests: list[Any] = []
    for group in groups:
        items = group.get("items") if isinstance(group, Mapping) else None
        if not isinstance(items, list):
            skills.append(group)
            continue
        into = interests if _HOBBIES.search(str(group.get("name", ""))) else skills
        for item in items:
            if isinstance(item, Mapping) and isinstance(named := item.get("name"), str):
                percent = item.get("percent")
                rated = isinstance(percent, (int, float)) and not isinstance(percent, bool)
                into.append(
                    {"name": named, "level": f"{percent}%"} if rated and into is skills else {"name": named}
                )
    return skills, interests


def fresh_sections(document: Mapping[str, Any]) -> dict[str, Any] | None:
    """
    A FRESH résumé (the format of HackMyResume) as a JSON Resume document; None for another document.

    FRESH keeps the headline and summary under ``info`` (``label``,
    ``brief``), contacts under ``contact``, each history under its section
    (``employment``, ``education`` and ``service``, as ``history``), skills
    as ``sets`` of names and a ``list``, papers and posts as ``writing`` and
    awards as ``recognition``.

    Example:
        >>> fresh_sections(
        ...     {
        ...         "name": "Ada",
        ...         "info": {"label": "Data Scientist", "brief": "Forecasts demand."},
        ...         "employment": {"history": [{"employer": "Acme", "position": "Analyst"}]},
        ...         "skills": {"sets": [{"name": "Tools", "level": "advanced", "skills": ["SQL"]}]},
        ...         "writing": [{"title": "On forecasts", "publisher": {"name": "Medium"}}],
        ...     }
        ... )  # doctest: +NORMALIZE_WHITESPACE
        {'basics': {'name': 'Ada', 'label': 'Data Scientist', 'summary': 'Forecasts demand.'},
         'work': [{'employer': 'Acme', 'position': 'Analyst'}],
         'skills': [{'name': 'Tools', 'level': 'advanced', 'keywords': ['SQL']}],
         'publications': [{'name': 'On forecasts', 'publisher': 'Medium'}]}
    """
    meta, employment = document.get("meta"), document.get("employment")
    fresh = isinstance(meta, Mapping) and str(meta.get("format", "")).upper().startswith("FRESH")
    if "basics" in document or not (fresh or (isinstance(employment, Mapping) and "history" in employment)):
        return None
    info, contact = (
        held if isinstance(held := document.get(key), Mapping) else {} for key in ("info", "contact")
    )
    basics = {
        "name": document.get("name"),
        "label": info.get("label"),
        "summary": info.get("brief"),
        "email": contact.get("email"),
        "phone": contact.get("phone"),
        "url": contact.get("website"),
    }
    result: dict[str, Any] = {"basics": {key: value for key, value in basics.items() if value}}
    for key, section in (("employment", "work"), ("education", "education"), ("service", "volunteer")):
        held = document.get(key)
        if isinstance(held, list | Mapping):
            result[section] = held.get("history", []) if isinstance(held, Mapping) else held
    skills = document.get("skills")
    if isinstance(skills, Mapping):
        sets = [
            {"name": group.get("name"), "level": group.get("level"), "keywords": group.get("skills")}
            for group in _list_of(skills.get("sets"))
            if isinstance(group, Mapping)
        ]
        result["skills"] = [
            *({key: value for key, value in group.items() if value} for group in sets),
            *_list_of(skills.get("list")),
        ]
    for key, section in (("projects", "projects"), ("languages", "languages"), ("interests", "interests")):
        if key in document:
            result[section] = document[key]
    if isinstance(writing := document.get("writing"), list):
        result["publications"] = [_fresh_writing(entry) for entry in writing]
    if isinstance(recognition := document.get("recognition"), list):
        result["awards"] = [
            {("awarder" if key == "from" else key): value for key, value in entry.items()}
            if isinstance(entry, Mapping)
            else entry
            for entry in recognition
        ]
    return result


def _fresh_writing(entry: object) -> object:
    """A FRESH writing (a paper, an article, a post) as a JSON Resume publication."""
    if not isinstance(entry, Mapping):
        return entry
    publisher = entry.get("publisher")
    fields = {
        "name": entry.get("title"),
        "publisher": publisher.get("name") if isinstance(publisher, Mapping) else publisher,
        "releaseDate": entry.get("date"),
        "url": entry.get("url"),
        "summary": entry.get("summary"),
    }
    return {key: value for key, value in fields.items() if value}


def item_sections(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]] | None:
    """
    A document whose sections hold their entries as ``items``, as a résumé by sections; None for another.

    Reactive Resume writes its résumés so: ``basics`` beside a ``sections``
    mapping, each section with its ``items`` (a summary section with its
    ``content``), text in HTML, links as ``{"label", "href"}``, and items the
    person hid marked ``"visible": false`` (left out, with a note). A skill
    level of 0 is no level.

    Example:
        >>> items = [{"name": "Python", "level": 4, "visible": True}, {"name": "R", "visible": False}]
        >>> read, notes = item_sections({"basics": {"name": "Ada"}, "sections": {"skills": {"items": items}}})
        >>> read
        {'basics': {'name': 'Ada'}, 'skills': [{'name': 'Python', 'level': 4}]}
        >>> notes
        [('sections.skills', '1 hidden item; not placed')]
    """
    sections = document.get("sections")
    if (
        not isinstance(sections, Mapping)
        or any(key in document for key in _SECTION_LOOKUP.values())
        or not any(isinstance(section, Mapping) and "items" in section for section in sections.values())
    ):
        return None
    notes: list[tuple[str, str]] = []
    basics = dict(document["basics"]) if isinstance(document.get("basics"), Mapping) else {}
    result: dict[str, Any] = {"basics": basics}
    for key, section in sections.items():
        if not isinstance(section, Mapping):
            continue
        content = section.get("content")
        if isinstance(content, str) and _PERSON_LOOKUP.get(normal_key(str(key))) == "summary":
            basics.setdefault("summary", _html_text(content))
        items = section.get("items")
        if not isinstance(items, list):
            continue
        shown = [item for item in items if not (isinstance(item, Mapping) and item.get("visible") is False)]
        if hidden := len(items) - len(shown):
            notes.append((f"sections.{key}", f"{hidden} hidden item{'s' if hidden > 1 else ''}; not placed"))
        result[str(key)] = [_item_fields(item) for item in shown]
    return result, notes


def _item_fields(item: object) -> object:
    """An item of a section by items: its HTML read as text, its links as addresses, and no level 0."""
    if not isinstance(item, Mapping):
        return item
    fields: dict[str, Any] = {}
    for key, value in item.items():
        if key in {"id", "visible"} or (key == "level" and value == 0):
            continue
        if isinstance(value, Mapping) and "href" in value:
            value = value["href"]  # noqa: PLW2901 - the link's address stands for it
        elif isinstance(value, str) and "<" in value:
            value = _html_text(value)  # noqa: PLW2901 - the text the HTML shows
        fields[key] = value
    return fields


#: HTML tags that end a line of text, and any tag.
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|li|div|h\d)>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>]*>")


def _html_text(text: str) -> str:
    """
    The text HTML shows, a line for each paragraph or list item.

    Example:
        >>> print(_html_text("<ul><li><p>Built a model &amp; shipped it.</p></li><li>Led a team.</li></ul>"))
        Built a model & shipped it.
        Led a team.
    """
    lines = _HTML_TAG.sub("", _HTML_BREAK.sub("\n", text)).split("\n")
    return "\n".join(line.strip() for line in map(html.unescape, lines) if line.strip())


#: An HTML tag, opening or closing ("<a href=...>", "</em>", "<br/>").
_A_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE)


def _tagged_text(text: str) -> str:
    """
    The text that a text with HTML tags in it shows, or the text itself.

    Example:
        >>> _tagged_text('<a href="https://x.org">Tagger</a>'), _tagged_text("if a < b and c > d")
        ('Tagger', 'if a < b and c > d')
    """
    return _html_text(text) if _A_TAG.search(text) else text


def _markdown_text(text: str) -> str:
    """The text with every Markdown link and emphasis read as the text they mark."""
    return _EMPHASIS.sub(r"\2", _MARKDOWN_LINK.sub(r"\1", text))


def _plain_text(value: Any, read: Callable[[str], str]) -> Any:  # noqa: ANN401 - any plain data
    """*value* with each of its texts as *read* gives it."""
    if isinstance(value, str):
        return read(value)
    if isinstance(value, Mapping):
        return {key: _plain_text(item, read) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain_text(item, read) for item in value]
    return value


def titled_sections(document: list[Any]) -> dict[str, Any] | None:
    """
    A CV written as a list of titled sections, as a mapping of its sections by title; None for another list.

    The al-folio theme writes a CV so: each section a ``title``, and
    ``contents`` that are the person's fields (``name`` and ``value``
    pairs), entries with a ``description`` list, entries of ``items`` by
    ``year`` (awards), or text. The person's fields become ``basics``, a
    description list an entry's highlights, and each item by year an entry
    of its own; HTML in the texts is read as the text it shows.
    `json_resume_names` then reads each title as the section it names.

    Example:
        >>> titled_sections(
        ...     [{"title": "Experience", "contents": [{"title": "Intern", "description": ["Built a model"]}]}]
        ... )
        {'basics': {}, 'Experience': [{'title': 'Intern', 'highlights': ['Built a model']}]}
    """
    if not document or not all(
        isinstance(section, Mapping) and isinstance(section.get("title"), str) and "contents" in section
        for section in document
    ):
        return None
    result: dict[str, Any] = {"basics": {}}
    document = _plain_text(document, _tagged_text)  # the theme's texts may hold HTML (links, emphasis)
    for section in document:
        contents = section["contents"] if isinstance(section["contents"], list) else [section["contents"]]
        if contents and all(
            isinstance(entry, Mapping) and {"name", "value"} <= entry.keys() for entry in contents
        ):
            result["basics"].update({str(entry["name"]): entry["value"] for entry in contents})
        else:
            result[section["title"]] = [item for entry in contents for item in _titled_entries(entry)]
    return result


def _titled_entries(entry: object) -> list[object]:
    """The entries of a titled section one of its contents gives: itself, or one for each item of a year."""
    if not isinstance(entry, Mapping):
        return [entry]
    if "title" not in entry and isinstance(entry.get("items"), list):
        return [
            {"title": item, "date": entry.get("year")} for item in entry["items"] if isinstance(item, str)
        ]
    result = dict(entry)
    if isinstance(description := result.get("description"), list):
        del result["description"]
        result["highlights"] = [
            text for part in description for text in ([part] if isinstance(part, str) else _texts_of(part))
        ]
    return [result] if result else []


def _texts_of(value: object) -> list[str]:
    """Every text in *value*, in order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _texts_of(item)]
    if isinstance(value, list):
        return [text for item in value for text in _texts_of(item)]
    return []


#: The terms a job is held on, which say nothing of the work ("Full-time", "Remote"), as a regular expression.
WORK_TERMS = r"(?:(?:full|part)[- ]?time|permanent|contract|temporary|seasonal|remote|hybrid|on[- ]?site)"
#: The words for a role that end a job title ("Full Stack Developer Intern"), as a regular expression.
ROLE_WORDS = (
    r"(?:researcher|engineer|scientist|developer|specialist|analyst|architect|consultant|intern(?:ship)?|trainee"
    r"|manager|lead|assistant|associate|designer|director|fellow|administrator|technician|officer|executive"
    r"|(?:co-?)?founder|professor|lecturer|teacher|tutor|instructor|head|postdoc|student|programmer"
    r"|freelancer|contractor|president|chair|coordinator|owner|cto|ceo|vp|mentor|volunteer|ambassador"
    r"|organi[sz]er|reviewer|referee|editor|candidate|sde|swe|mle|sre|thesis|captain|co-?ops?|mentee|advis[oe]r"
    r"|scholar|demonstrator|collaborator|member|resident"
    # (and the roles of other fields people come to ML from)
    r"|statistician|actuary|economist|mathematician|physicist|chemist|biologist|accountant|auditor"
    r"|supervisor|clerk|cashier|representative|receptionist|nurse|pharmacist|strategist|planner|writer"
    r"|translator|librarian|coach|trainer|secretary|treasurer|therapist)"
)
#: The most words of a heading that names its section by one of them ("Selected Publications").
_SHORT_HEADING = 4
#: The sections a résumé written as text may have that JSON Resume's other names do not give.
_TEXT_SECTIONS = {
    "languages": "languages",
    "references": "references",
    "summary": "summary",
    "courses": "courses",
    "coursework": "courses",
}
#: What joins headings written as one: "Scholarships and Awards", "Awards, Honors, and Activities",
#: "Tools/Tech Stack".
JOINED_HEADINGS = re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|\s*/\s*", re.IGNORECASE)
#: A short note in brackets: "(selected)", "[Advance]", as a regular expression.
NOTE = r"(?:\([^()]{1,30}\)|\[[^\[\]]{1,30}\])"
#: A note in brackets at the end of a heading: "Publications (selected)".
BRACKETED_NOTE = re.compile(rf"(?<=\S)\s*{NOTE}\s*$")
#: The last words of a heading that only qualify the section its first word names ("Education History").
_QUALIFIERS = frozenset({"background", "details", "history", "information", "overview", "record", "section"})
#: Words after a section's name that say its entries were done: "Projects Done", "Courses Taken".
_DONE = frozenset({"done", "completed", "undertaken", "taken", "attended", "held", "earned", "obtained"})


#: Words that name a contest of building something: a Kaggle competition, a hackathon, a challenge.
COMPETITION_WORDS = re.compile(
    r"\b(?:kaggle|hackathons?|competitions?|challenges?|datathons?)\b", re.IGNORECASE
)
#: Words of a prize won or a contest entered: what an achievement listed among certificates says it is.
_PRIZE_WORDS = re.compile(
    r"\b(?:(?:1st|2nd|3rd|\d+th|first|second|third)\s+(?:place|prize|position)|winners?|runners?[- ]up"
    r"|finalists?|(?:gold|silver|bronze)\s+medal|honou?rable mention|olympiads?|prizes?|nominee"
    r"|medal(?:ist)?s?|scholarships?|fellowships?|awards?|awarded|won|hackathons?|competitions?|datathons?)\b",
    re.IGNORECASE,
)


def won(text: str) -> bool:
    """
    Whether *text* tells of a prize won or a competition entered, rather than a certificate earned.

    Example:
        >>> won("Computer Science Olympiad 2nd place (2020)"), won("IELTS English Assessment Test")
        (True, False)
    """
    return _PRIZE_WORDS.search(text) is not None


def section_of(title: str, *, exact: bool = False) -> str | None:
    """
    The JSON Resume section a heading names ("summary" for the person's summary), or None.

    The whole heading is looked up as a section's name; failing that, unless
    *exact*, the last word of a short heading ("Selected Publications"), the
    first of two joined ("Skills & Tools"), the first word before a word
    that only qualifies it ("Education Background"), projects before
    "Experience" ("Project Experience"), or one of a few
    headings joined ("Key Projects and Activities", "Scholarships and
    Awards", "Awards, Honors, and Activities"), the first first.

    Example:
        >>> [section_of(title) for title in ("Work Experience", "TECHNICAL SKILLS", "About me", "Hello")]
        ['work', 'skills', 'summary', None]
        >>> (
        ...     section_of("Skills & Tools"),
        ...     section_of("Education Background"),
        ...     section_of("Teaching Assistant"),
        ...     section_of("Relevant Projects", exact=True),
        ...     section_of("Key Projects and Activities"),
        ... )
        ('skills', 'education', None, None, 'projects')
        >>> [
        ...     section_of(t)
        ...     for t in ("USC Projects Experience", "Project Management Experience", "Awards, Honors")
        ... ]
        ['projects', 'work', 'awards']
        >>> section_of("Selected Publications (By Topics)"), section_of("Publications (selected)")
        ('publications', 'publications')
        >>> section_of("Languages and Tools"), section_of("Languages & Frameworks")
        ('skills', 'skills')
        >>> section_of("Data Analysis Projects Done"), section_of("Relevant Courses Taken")
        ('projects', 'courses')
        >>> section_of("Technical Skills Summary"), section_of("Professional Summary")
        ('skills', 'summary')
    """
    title = BRACKETED_NOTE.sub("", title)  # "Selected Publications (By Topics)": the heading before its note
    titles = JOINED_HEADINGS.split(title)
    if not exact and len(titles) > 1 and (found := section_of(title, exact=True) or _joined(titles)):
        return found
    words = re.findall(r"[^\W\d_]+", title.casefold())
    keys = ["".join(words)] if words else []
    if words and not exact and len(words) <= _SHORT_HEADING:
        keys += _heading_words(words, joined=re.search(r"&|\band\b", title, re.IGNORECASE) is not None)
    for key in keys:
        found = _SECTION_LOOKUP.get(key) or _TEXT_SECTIONS.get(key)
        if found is None and _PERSON_LOOKUP.get(key) == "summary":
            found = "summary"
        if found is not None:
            return found
    return None


def _heading_words(words: list[str], *, joined: bool) -> list[str]:
    """
    The words of a short heading that may name its section, the likeliest first.

    That is the last word ("Selected Publications"), but projects before "Experience" ("Project
    Experience") and skills before "Summary" ("Technical Skills Summary"); the first of two
    *joined* ("Skills & Tools"), or before a word that only qualifies it ("Education Background");
    the word before one that says the entries were done ("Projects Done").
    """
    keys = []
    if len(words) > 1 and words[-2] in {"project", "projects"} and words[-1] in {"experience", "work"}:
        keys.append(words[-2])  # "USC Projects Experience": the projects, not the work history
    if len(words) > 1 and words[-1] in {"summary", "overview"} and words[-2] in {"skill", "skills"}:
        keys.append(words[-2])  # "Technical Skills Summary": the skills, summed up
    keys.append(words[-1])
    if joined or words[-1] in _QUALIFIERS:
        keys.append(words[0])
    if len(words) > 1 and words[-1] in _DONE:  # "Data Analysis Projects Done", "Courses Taken"
        keys.append(words[-2])
    return keys


def _joined(titles: list[str]) -> str | None:
    """
    The section titles joined in one heading name, the first that names one.

    "Languages and Tools" names the languages programs are written in: skills.
    """
    named = [found for found in map(section_of, titles) if found is not None]
    if {"languages", "skills"} <= set(named):
        named.remove("languages")
    return next(iter(named), None)


def holds_person(key: str) -> bool:
    """
    Whether a mapping under *key* is one some documents keep the person's own fields in.

    Example:
        >>> holds_person("personalInfo"), holds_person("Contact Information"), holds_person("work")
        (True, True, False)
    """
    return normal_key(key) in _HOLDERS


def normal_key(key: str) -> str:
    """*key* without case, spaces, hyphens, underscores or slashes: the form names are matched in."""
    return re.sub(r"[\s_/-]+", "", key).casefold()


def _lookup(names: Mapping[str, tuple[str, ...]], prefixes: tuple[str, ...] = ()) -> dict[str, str]:
    """
    Each name's normal form, the field's own among them, by the field it names.

    With *prefixes*, each name also with one of them before it ("eduInstitution", "jobStartDate").
    """
    found = {normal_key(field): field for field in names}
    for field, aliases in names.items():
        found.update(dict.fromkeys(aliases, field))
    for prefix in prefixes:
        found.update(
            {prefix + name: field for name, field in list(found.items()) if prefix + name not in found}
        )
    return found


#: The words some résumé builders write before the fields of a section's entries.
_FIELD_PREFIXES = {
    "work": ("job", "work", "employment"),
    "education": ("edu", "education", "school"),
    "projects": ("project",),
    "certificates": ("cert", "certificate", "certification"),
    "awards": ("award",),
    "publications": ("publication",),
    "volunteer": ("volunteer",),
}


_SECTION_LOOKUP = _lookup(_SECTIONS)
_PERSON_LOOKUP = _lookup(_PERSON)
_FIELD_LOOKUPS = {
    section: _lookup(fields, _FIELD_PREFIXES.get(section, ())) for section, fields in _FIELDS.items()
}


def _renamed(
    mapping: Mapping[str, Any],
    lookup: Mapping[str, str],
    where: str,
    notes: list[tuple[str, str]],
    holding: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """
    *mapping* with each key that is another name of a field renamed to the field, unless the field is there.

    A section's entries under another name are added to the section's, if both are lists. With
    *holding*, a key whose value is a mapping is looked up there instead.
    """
    names = {
        key: (holding if holding is not None and isinstance(value, Mapping) else lookup).get(normal_key(key))
        for key, value in mapping.items()
    }
    result = {key: value for key, value in mapping.items() if names[key] in {None, key}}
    for key, value in mapping.items():
        name = names[key]
        if name is None or name == key:
            continue
        sections = not where and name in _SECTIONS
        if name not in result:
            result[name] = value
            said = f"read as {name}"
            if sections:
                said = f"read as the {name} section ({_NAMED_BY.get(name, 'JSON Resume')} calls it {name})"
        elif sections and isinstance(value, list) and isinstance(result[name], list):
            # Work written in several sections ("Research Experience", "Teaching Experience"): all of it.
            result[name] = [*result[name], *value]
            said = f"read as part of the {name} section"
        else:
            result[key] = value
            continue
        notes.append((f"{where}{key}", said))
    return result


def json_resume_names(document: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """
    *document* with its sections and their fields renamed to JSON Resume's, and a note of each change.

    Example:
        >>> named, notes = json_resume_names(
        ...     {"workExperience": [{"jobTitle": "Analyst", "companyName": "Ocado"}]}
        ... )
        >>> named
        {'work': [{'position': 'Analyst', 'name': 'Ocado'}]}
        >>> notes[0]
        ('workExperience', 'read as the work section (JSON Resume calls it work)')
        >>> notes[1:]
        [('work[].jobTitle', 'read as position'), ('work[].companyName', 'read as name')]
    """
    notes: list[tuple[str, str]] = []
    if (sections := cv_sections(document)) is not None:
        document = sections
        notes.append(("cv", "a RenderCV document: the person and the sections under it read as the résumé"))
    elif (fresh := fresh_sections(document)) is not None:
        document = fresh
        notes.append(("meta.format", "a FRESH résumé: its sections read as JSON Resume's"))
    elif (by_items := item_sections(document)) is not None:
        document = by_items[0]
        read = "each section's items read as its entries (a résumé as Reactive Resume writes one)"
        notes.append(("sections", read))
        notes.extend(by_items[1])
    top = _renamed(document, {**_PERSON_LOOKUP, **_SECTION_LOOKUP}, "", notes, holding=_SECTION_LOOKUP)
    for key, value in top.items():
        if isinstance(value, Mapping) and (key in {"basics", "bio"} or holds_person(key)):
            top[key] = _renamed(value, _PERSON_LOOKUP, f"{key}.", notes)
    if isinstance(work := top.get("work"), list):
        top["work"] = grouped_positions(work, notes)
    for section in _FIELD_LOOKUPS:
        if isinstance(entries := top.get(section), list):
            top[section] = named_entries(section, entries, notes)
    return top, notes


#: The names of the list of positions an employer's entry holds, as some résumé builders group them.
_POSITIONS = frozenset({"positions", "roles"})


def grouped_positions(entries: list[Any], notes: list[tuple[str, str]]) -> list[Any]:
    """
    The work *entries*, each employer's entry that groups its positions one entry per position.

    Each position keeps the employer's fields (its name, address and description) beside its own.

    Example:
        >>> notes = []
        >>> grouped_positions(
        ...     [{"name": "Acme", "positions": [{"title": "Lead"}, {"title": "Engineer"}]}], notes
        ... )
        [{'name': 'Acme', 'title': 'Lead'}, {'name': 'Acme', 'title': 'Engineer'}]
        >>> notes
        [('work[0].positions', '2 positions at one employer, each read as a work entry')]
    """
    result: list[Any] = []
    for index, entry in enumerate(entries):
        key = (
            next(
                (
                    key
                    for key, value in entry.items()
                    if normal_key(str(key)) in _POSITIONS
                    and isinstance(value, list)
                    and value
                    and all(isinstance(item, Mapping) for item in value)
                ),
                None,
            )
            if isinstance(entry, Mapping)
            else None
        )
        if key is None:
            result.append(entry)
            continue
        shared = {field: value for field, value in entry.items() if field != key}
        result.extend({**shared, **position} for position in entry[key])
        count = len(entry[key])
        said = (
            f"{count} positions at one employer, each read as a work entry"
            if count > 1
            else "read as the work entry"
        )
        notes.append((f"work[{index}].{key}", said))
    return result


def named_entries(section: str, entries: list[Any], notes: list[tuple[str, str]]) -> list[Any]:
    """
    The *entries* of *section* with their fields renamed to JSON Resume's, each change noted once.

    Example:
        >>> notes = []
        >>> named_entries("education", [{"schoolName": "MIT"}, {"schoolName": "UCL"}], notes)
        [{'institution': 'MIT'}, {'institution': 'UCL'}]
        >>> notes
        [('education[].schoolName', 'read as institution')]
    """
    lookup = _FIELD_LOOKUPS.get(section)
    if lookup is None:
        return entries
    renamed: list[tuple[str, str]] = []
    named = [
        _listed(section, _renamed(entry, lookup, f"{section}[].", renamed), renamed)
        if isinstance(entry, Mapping)
        else entry
        for entry in entries
    ]
    notes += dict.fromkeys(renamed)  # once for the section, not for each entry
    return named


#: The sections whose entries have highlights, which some write as a list under their summary's name.
_HIGHLIGHTED = frozenset({"work", "volunteer", "projects"})


def _listed(section: str, entry: dict[str, Any], notes: list[tuple[str, str]]) -> dict[str, Any]:
    r"""
    *entry* of *section* with a summary or description written as a list read as its highlights.

    The list may be JSON's, or Markdown's in one text (``"- Built a model\n- Led a team"``); text
    before a Markdown list stays the summary.

    Example:
        >>> notes = []
        >>> _listed("work", {"description": ["Built a model", "Led a team"]}, notes)
        {'highlights': ['Built a model', 'Led a team']}
        >>> _listed("work", {"summary": "At Acme.\n- Built a model\n* Led a team"}, notes)
        {'summary': 'At Acme.', 'highlights': ['Built a model', 'Led a team']}
        >>> [where for where, _ in notes]
        ['work[].description', 'work[].summary']
    """
    if section not in _HIGHLIGHTED:
        return entry
    for key in ("summary", "description"):
        listed = entry.get(key)
        if isinstance(listed, str) and _MARKDOWN_ITEM.search(listed):
            said, *items = _MARKDOWN_ITEM.split(listed)
            listed = [" ".join(item.split()) for item in items if item.strip()]
            if said.strip():
                entry[key] = said.strip()
            else:
                del entry[key]
        elif isinstance(listed, list):
            del entry[key]
        else:
            continue
        entry["highlights"] = [*_list_of(entry.get("highlights")), *listed]
        notes.append((f"{section}[].{key}", "a list: read as highlights"))
    return entry


#: A Markdown list item's mark at the start of a line.
_MARKDOWN_ITEM = re.compile(r"^\s*[-*\u2022]\s+", re.MULTILINE)


def _list_of(value: object) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


#: The field of each section's entries that names it, and what it names, for entries written by it.
KEYED_FIELDS = {
    "work": ("name", "employer"),
    "volunteer": ("organization", "organization"),
    "education": ("institution", "institution"),
    "projects": ("name", "name"),
    "certificates": ("name", "name"),
    "awards": ("title", "title"),
    "publications": ("name", "title"),
    "skills": ("name", "name"),
}


def sentences(items: list[str]) -> str:
    """
    *items* (a list's items, the parts of a description) as one text, each a sentence.

    Example:
        >>> sentences(["Built a mapper", "Cut errors by 36%."])
        'Built a mapper. Cut errors by 36%.'
    """
    return " ".join(f"{item}." if item[-1:].isalnum() else item for item in items)
