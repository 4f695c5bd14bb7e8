"""
JSON Resume documents as mlcareer profiles.

Every section of the JSON Resume schema is read: ``basics``, ``work``,
``volunteer``, ``education``, ``awards``, ``certificates``,
``publications``, ``skills``, ``languages``, ``interests`` and
``projects`` (and the legacy names ``bio``, ``company``, ``website``).
What the importer places becomes part of the profile; what it cannot
place, or places by inference, is said in its notes, item by item, so
nothing is lost silently. A résumé cannot say someone's interview
preparation, and says their traits and goals only in passing ("a curious
engineer", "looking for a role in healthcare"): those come from an
``x-mlcareer`` key when present (legal there: the JSON Resume schema allows
extra keys). The stage is left
out unless ``x-mlcareer`` gives it, so it is derived from the work history
and education on the day of advice.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import re
import urllib.parse
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path as FilePath
from typing import Any, TypeGuard

import attrs

from mlcareer._document import DEFAULT_LIMITS, load_document, too_large
from mlcareer._docx import docx_text
from mlcareer._model import (
    LEVEL_SHAPE,
    SECTOR_WORDS,
    Candidate,
    Level,
    Position,
    Sector,
    degree_level,
    is_schooling,
    load_candidate,
    parse_date,
    period_end,
    period_start,
)
from mlcareer._pdf import pdf_text
from mlcareer._resume_names import (
    BRACKETED_NOTE,
    COMPETITION_WORDS,
    KEYED_FIELDS,
    ROLE_WORDS,
    WORK_TERMS,
    author_page,
    holds_person,
    json_resume_names,
    named_entries,
    normal_key,
    section_of,
    sentences,
    titled_sections,
    won,
)
from mlcareer._shapes import normal_word, shown
from mlcareer._taxonomy import SkillCategory, skill_table
from mlcareer._text_resume import degree_and_field, front_matter, is_name, resume_from_text, titles_apart
from mlcareer.exceptions import LimitError, Problem, ProfileError, ResumeError

__all__ = ["ResumeImport", "import_resume", "profile_from_resume"]

_BLOG_HOSTS = (
    "medium.com",
    "dev.to",
    "substack.com",
    "hashnode",
    "blogspot",
    "wordpress.com",
    "towardsdatascience",
)
#: The names of blogging platforms, as a post's publisher.
_BLOG_PLATFORMS = re.compile(
    r"\b(?:medium|substack|dev\.to|hashnode|blogspot|wordpress|towards data science)\b", re.IGNORECASE
)
_OPEN_SOURCE_HOSTS = ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org")
_OPEN_SOURCE_ROLES = ("author", "maintainer", "contributor", "committer", "core developer")
#: Words that say a text is open-source work of its writer's: the thing itself is open source (the
#: text starts by saying so), they open-sourced it or contributed to one, or a program of such work.
#: Open-source software merely used ("deployed open-source 5G stacks") is not.
_OPEN_SOURCE_WORDS = re.compile(
    r"^\W*(?:an? )?open[- ]source\b"
    r"|\b(?:open[- ]sourced|google summer of code|gsoc|outreachy|pull requests?|merged (?:prs?|patches)"
    r"|open[- ]source (?:contribut\w*|maintainers?|development)"
    r"|(?:contribut|maintain|commit|releas|publish)\w*\b[^.;]{0,60}\bopen[- ]source)\b",
    re.IGNORECASE,
)
#: ML conferences, and words for one: a sentence that names one and says someone spoke, presented,
#: published or attended there shows they take part in the field's conferences.
#: A conference of the field: one by its name, or a conference, summit or symposium whose name
#: says the field ("Conference on Computer Vision", "AI Summit"), not one of another field
#: ("International Conference on Aerospace Science and Engineering").
_CONFERENCE = re.compile(
    r"\b(?:pycon|pydata|odsc|neurips|nips|icml|iclr|kdd|cvpr|iccv|eccv|emnlp|naacl|recsys|aaai|ijcai|miccai"
    r"|e?acl|coling|wacv|bmvc|icassp|interspeech|sigir|wsdm|aistats|uai|corl|midl|ecml|pakdd|icdm|cikm|ecir|colt"
    r"|ijcnn|icpr|accv)\b"
    r"|(?=.*\b(?:data|ai|ml|machine learning|deep learning|artificial intelligence|neural|computer vision"
    r"|pattern recognition|language processing|computational linguistics|knowledge discovery"
    r"|information retrieval|python|analytics)\b).*\b(?:conferences?|summit|symposium)\b",
    re.IGNORECASE | re.DOTALL,
)
#: A problem of a text longer than a profile holds, with the most it may hold.
_LONGER = re.compile(r"is longer than (\d+) characters")
#: A part of a problem's path: a key, or an index in brackets ("portfolio[52].title").
_PATH_PART = re.compile(r"(\w+)|\[(\d+)\]")
#: The terms of a job written after its title, which say nothing of the work ("(Full-time)", "[Remote]").
_TERMS = re.compile(rf"\s*[(\[]({WORK_TERMS})[)\]]\s*$", re.IGNORECASE)
#: What follows a venue's name in a citation: its year or date, pages, volume, or its publisher.
_VENUE_DETAILS = re.compile(
    r",\s*(?:[^,]*\d|(?:Springer|Elsevier|ACM|IEEE|PMLR|MIT Press|AAAI Press|Curran)\b).*$", re.IGNORECASE
)
#: A venue that is a gathering, by its name: "AIAA SciTech Forum", "Digital Avionics Systems Conference".
_MEETING = re.compile(r"\b(?:conference|symposium|workshop|forum|congress|summit)\b", re.IGNORECASE)
#: A paper taken to a gathering: "Accepted as full paper at SAC", "presented at COMPSAC".
_AT_VENUE = re.compile(r"\b(?:presented|accepted|published|poster|oral|spotlight)\b.*\bat\b", re.IGNORECASE)
#: A paper's venue that it has not been to yet: "Submitted: ACL'25".
_NOT_YET = re.compile(r"\b(?:submitted|under review|in review|in preparation)\b", re.IGNORECASE)
_TOOK_PART = re.compile(
    r"\b(?:spoke|speak(?:er|ing)?|talks?|keynotes?|panel(?:ist)?|posters?|present(?:ed|ing|er)"
    r"|attend(?:ed|ing)?|papers?|published|tutorials?|reviewer|reviewed)\b",
    re.IGNORECASE,
)
#: A meetup or user group, whatever someone did there: a user group by its name ("Boston Python User
#: Group") or with a word of the field before it, not the users a product serves ("key user groups").
_MEETUP = re.compile(
    r"(?i:\bmeet-?ups?\b)|\bUser Groups?\b"
    r"|(?i:\b(?:python|pydata|r|julia|data|ml|ai|machine learning|deep learning|pytorch|tensorflow|spark)"
    r"\s+user groups?\b)"
)
#: A community of the field by its name, or (with a word of the field beside it) by a word for one.
_COMMUNITY = re.compile(
    r"\b(?:pyladies|women in (?:ml|machine learning|data science|data|ai|tech)|wids|datakind|gdg)\b"
    r"|(?=.*\b(?:data|ai|ml|machine learning|python|developers?|tech)\b)"
    r".*\b(?:community|chapter|ambassador|developer groups?)\b",
    re.IGNORECASE,
)
#: What a volunteer role's title or organisation says it gathers: the first that fits.
_GATHERINGS = (("meetup", _MEETUP), ("conference", _CONFERENCE), ("community", _COMMUNITY))
#: A forum someone answers on.
_FORUM = re.compile(r"\b(?:stack ?overflow|forums?|kaggle discussions?)\b", re.IGNORECASE)
_ANSWERS = re.compile(
    r"\b(?:answer(?:s|ed|ing|ers?)?|contributor|moderat(?:or|e|ed|ing)|reputation)\b", re.IGNORECASE
)
#: What may follow a trait's name when it says what the person is ("a curious engineer", "curious
#: and persistent", "curious about"), not what a system is ("resilient pipelines").
_OF_A_PERSON = re.compile(
    r"\s*(?:$|[.,;:!)\u2013\u2014-]|(?:and|or|&|about|by)\b|(?:[\w-]+\s+){0,2}(?:engineers?|scientists?"
    r"|analysts?|developers?|researchers?|students?|learners?|professionals?|person|individual|leaders?"
    r"|managers?|graduates?|minds?|thinkers?|builders?|practitioners?|self-starters?|team players?"
    r"|problem solvers?)\b)",
    re.IGNORECASE,
)
#: Employer names that say the work was one's own: no employer to name.
_SELF_EMPLOYED = re.compile(
    r"\s*(?:freelance|freelancer|freelancing|self[- ]employed|independent|independent consultant"
    r"|contractor)\s*",
    re.IGNORECASE,
)
#: What says what an organization is or does ("Acme is a pioneer in ..."), after its name.
_ORGANIZATION_IS = re.compile(
    r"[\s,.]*(?:inc|llc|ltd|gmbh|corp)?\.?\s*(?:is|was|are|were|has been)\s", re.IGNORECASE
)
#: A sentence about a unit named in capitals: "The Advanced Technology Group is an R&D department".
_UNIT_IS = re.compile(r"(?:The\s+)?(?:[A-Z][\w&.'-]*\s+){1,5}(?:is|was)\s+(?:a|an|the|one)\s")
#: Words that make an education entry a course, not a degree.
_COURSE_WORDS = re.compile(
    r"\b(?:courses?|mooc|training|formation|workshops?|nanodegree|summer school|short program|certification"
    r"|boot ?camp|(?:post ?graduate|pg|executive|certificate) program(?:me)?|professional certificate)\b",
    re.IGNORECASE,
)
#: A school in brackets after what was studied there.
_SCHOOL_NOTE = re.compile(r"\s*\([^()]*\b(?:School|University|College|Institute)\b[^()]*\)\s*$")
#: Course platforms, by the names they go by in an education entry.
_COURSE_PLATFORMS = re.compile(
    r"\b(?:coursera|edx|udemy|udacity|datacamp|deeplearning\.ai|linkedin learning|pluralsight|codecademy"
    r"|kaggle|fast\.ai|simplilearn|great learning)\b",
    re.IGNORECASE,
)
#: Words that make an entry of the work history a course of study, not a job.
_STUDY_WORDS = re.compile(r"\b(?:boot ?camps?|bootcamp fellow)\b", re.IGNORECASE)
#: Titles of teaching: a subject taught ("Lecturer in Machine Learning") is known well.
_TEACHING = re.compile(
    r"\b(?:teaching assistant|teaching fellow|course assistant|tutor|instructor|lecturer|teacher|professor"
    r"|demonstrator)\b"
    r"|\bTA\b",
    re.IGNORECASE,
)
#: Money given for study, won rather than passed.
_SCHOLARSHIP = re.compile(r"\b(?:scholarships?|stipends?|studentships?|bursar(?:y|ies))\b", re.IGNORECASE)
#: An award's title that names a certificate (of skills learned; a certificate of merit is a prize).
_CERTIFICATE_WORDS = re.compile(
    r"\b(?:certificat(?:e|es|ion|ions)|certified|zertifikat)\b"
    r"(?!\s+(?:of|for)\s+(?:merit|excellence|achievement|appreciation|recognition"
    r"|distinction|honou?r|participation))",
    re.IGNORECASE,
)
#: Contests of presenting, writing or speaking, or of solving set problems: a prize in one is no work built.
_PRESENTING_WORDS = re.compile(
    r"\b(?:posters?|presentations?|essays?|speech|speaking|debate|debating|pitch|pitching|quiz|spelling"
    r"|olympiads?|maths?|mathematics|mathematical)\b",
    re.IGNORECASE,
)
#: Words of running a contest rather than entering it: "part of the organizer team of SoccerNet".
_RUNNING = re.compile(
    r"\b(?:organi[sz](?:er|ers|ing|ed)|judg(?:e|es|ed|ing)|mentor(?:s|ed|ing)?|volunteer(?:s|ed|ing)?)\b",
    re.IGNORECASE,
)
#: Words that say a certificate is still being worked for, with the brackets or dash around them.
_UNDER_WAY = re.compile(
    r"\s*(?:[(\[]\s*|[-\u2013\u2014,:]\s*)?\b(?:in[- ]progress|ongoing|under way|underway|currently enrolled"
    r"|expected(?:\s+\S+)?(?:\s+[12][0-9]{3})?)\b\s*[)\]]?",
    re.IGNORECASE,
)
#: Words that name a sector someone aims at: an employer's, and the tech sector's (too common in
#: employers' names to give theirs).
_AIM_WORDS = {
    Sector.TECH: re.compile(
        r"\b(?:tech|technology compan(?:y|ies)|big tech|software compan(?:y|ies)|saas|start-?ups?|edtech"
        r"|adtech|martech|proptech|legaltech|cleantech|gaming|(?:industry|ai) (?:research )?labs?)\b",
        re.IGNORECASE,
    ),
    **SECTOR_WORDS,
}
#: What separates the parts of a headline written as a list: "ML Engineer | Computer Vision | Edge AI".
_HEADLINE_PARTS = re.compile(r"\s+[|\u00b7\u2022]\s+")
#: Words that make a sentence of a headline or summary say where someone is heading, not what they know.
_AIMING = re.compile(
    r"\b(?:aspir(?:e|es|ing)|wants? to|would like to|hop(?:e|es|ing) to|wish(?:es)? to|looking (?:for|to)"
    r"|seek(?:s|ing)?|eager to|keen to|aim(?:s|ing)? (?:to|at|for)|my goal|move into|moving into"
    r"|transition(?:ing)? (?:in)?to|switch(?:ing)? (?:in)?to|pivot(?:ing)? (?:in)?to|open to"
    r"|interviewing (?:for|with|at))\b",
    re.IGNORECASE,
)
#: A sentence that says an interview is under way, and with whom: "interviewing for an ML role at
#: Spotify" (the company is the capitalised words after "at" or "with").
_INTERVIEWING = re.compile(
    r"(?i:\binterviewing\b)(?:[^.;:]*?\b(?i:at|with)\s+(?P<company>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3}))?"
)
#: Words that say someone is studying now: "EECS student", "PhD candidate", "pursuing my B.Tech".
_STUDYING = re.compile(
    r"\b(?:student|undergraduate|(?:ph\.? ?d|doctoral) candidate|(?:pursuing|studying for|enrolled in)"
    r" (?:a |an |my )?(?:b\.? ?tech|bachelor|master|m\.? ?tech|b\.? ?sc|m\.? ?sc|ph\.? ?d|degree))\b",
    re.IGNORECASE,
)
#: A role that is being mentored: "LFX Mentee", "Mentee, Google Summer of Code".
_MENTEE = re.compile(r"\bmentees?\b", re.IGNORECASE)
#: A degree about to begin that no education entry holds yet: "Incoming CS Graduate Student at USC".
_INCOMING = re.compile(
    r"\b(?:incoming|admitted|starting|prospective)\b[^.;|]{0,40}"
    r"\b(?:student|master'?s|ph\.? ?d|m\.? ?sc|graduate)\b",
    re.IGNORECASE,
)
#: The employer an aim names: "a machine learning role at Spotify" (the capitalised words after
#: "at"), unless more follow ("at Google or Meta") or they qualify a kind of employer ("at FAANG
#: companies", "at Series-A startups").
_AIMED_AT = re.compile(r"\bat\s+(?P<company>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})")
#: What after a name says it is one of several, or a kind of employer: a list goes on, a plural
#: of employers ("at Series-A startups").
_NOT_ONE_EMPLOYER = re.compile(
    r"\s*(?:,|/|&|\b(?:or|and)\b)|\s+(?:companies|firms|start-?ups|scale-?ups|labs|banks|insurers"
    r"|retailers|hospitals|businesses|enterprises|corporations|organi[sz]ations|agencies|institutions"
    r"|unicorns)\b",
    re.IGNORECASE,
)
#: Names of groups of employers that read like one ("at FAANG").
_EMPLOYER_GROUPS = frozenset({"faang", "maang", "manga", "famga", "gafam", "big tech", "fortune 500"})
#: Words that make a sentence say what someone cares about: an aim for a newcomer, a liking for
#: someone whose work is machine learning already ("passionate about ML infrastructure").
_INTEREST = re.compile(
    r"\b(?:interested in|passionate about|fascinated by|enthusiastic about|excited about|drawn to)\b",
    re.IGNORECASE,
)
#: Words that make it say a skill is being learned ("learning" as a verb: not "machine learning").
_LEARNING = re.compile(
    r"(?:^|,\s*|\b(?:i am|i'm|am|currently|now|actively|still|started|while|developer|engineer|analyst"
    r"|student|scientist|designer|manager)\s+)learning\b|\b(?:teaching myself|self-studying|new to"
    r"|getting into|(?:currently|now) (?:taking|studying|completing|doing|pursuing)|enrolled in"
    r"|working through|exploring|experimenting with"
    r"|tinkering with|dabbling in|picking up)\b",
    re.IGNORECASE,
)
#: A move from one field to another ("transitioning from finance to data science"): up to "to" it
#: says where someone is now, and the aim starts at "to" (the group ``move``).
_MOVE = (
    r"\b(?:transition(?:s|ing)?|mov(?:e|es|ing)|switch(?:es|ing)?|pivot(?:s|ing)?)\s+from\b[^,;]*?"
    r"(?P<move>\b(?:in)?to\b)"
)
#: Someone's role as a headline or summary names it ("machine learning researcher", "NLP engineer"):
#: the skills in it are those of their work.
_ROLE = re.compile(
    r"(?:[\w.+#/-]+\s+){1,3}(?:researcher|engineer|scientist|developer|specialist|practitioner|expert"
    r"|analyst|architect|consultant)\b",
    re.IGNORECASE,
)
#: The word that names a role, in a job title: "Executive", "Data Scientist".
_ROLE_WORD = re.compile(rf"\b{ROLE_WORDS}\b", re.IGNORECASE)
#: What some write between a job title and the employer's name after it ("Developer - Acme").
_TITLE_EMPLOYER = (" - ", " \u2013 ", " \u2014 ", " | ", " @ ", ", ", " at ")
#: A line that is a job title: a few words ending in the word for a role ("Full Stack Developer Intern").
_TITLE_LINE = re.compile(rf"(?:[\w.+#/&-]+\s+){{0,5}}{ROLE_WORDS}", re.IGNORECASE)
#: Where a part of a sentence about an aim, an interest or learning starts, or, at a contrast, ends.
_MARKERS = re.compile(
    f"{_MOVE}|(?P<aim>{_AIMING.pattern})|(?P<interest>{_INTEREST.pattern})|(?P<learning>{_LEARNING.pattern})"
    "|\\b(?:but|however|although|whereas)\\b",
    re.IGNORECASE,
)


#: A placing in a competition, as an award's title gives it ("2nd place", "Gold medal", "Winner").
_PLACING = re.compile(
    r"(?:(?:1st|2nd|3rd|\d+th|first|second|third)(?: place| prize)?|(?:gold|silver|bronze)(?: medal)?"
    r"|winner|runner[- ]up|finalist|top \d+%?|honou?rable mention|best \w+ award)",
    re.IGNORECASE,
)
#: An award's title that names a placing and then the competition ("Gold medal, M5 Forecasting").
#: How many it was among: "among 2000+ participants", "out of 1,100+ teams".
_AMONG = r"\s+(?:among|out\s+of|of)\s+[\d,]+\+?\s+(?:participants|teams|entrants|competitors|submissions)"
_PLACED_IN = re.compile(
    rf"(?P<placing>(?:{_PLACING.pattern})(?:{_AMONG})?)(?:\s*[,:\u2013\u2014-]\s*|\s+(?:at|in|of)\s+)(?P<name>.+)",
    re.IGNORECASE,
)


def competition_title(title: str, awarder: str | None) -> str:
    """
    The title of a competition someone placed in, named first: an award's title may give the placing alone.

    Example:
        >>> competition_title("2nd place", "City Youth Hackathon 2025")
        'City Youth Hackathon 2025 (2nd place)'
        >>> competition_title("Gold medal, M5 Forecasting Accuracy", "Kaggle")
        'M5 Forecasting Accuracy (gold medal)'
        >>> competition_title("Winner of the NASA Space Apps Challenge", None)
        'the NASA Space Apps Challenge (winner)'
        >>> competition_title("Kaggle Competitions Expert", "Kaggle")
        'Kaggle Competitions Expert'
        >>> competition_title("Runner-up among 250+ teams in National Data Analytics Hackathon", "IIT")
        'National Data Analytics Hackathon (runner-up among 250+ teams)'
    """
    placed = _PLACED_IN.fullmatch(title)
    if placed is not None:
        return f"{placed['name']} ({_placing_words(placed['placing'])})"
    if awarder is not None and _PLACING.fullmatch(title):
        return f"{awarder} ({_placing_words(title)})"
    return title


def _placing_words(placing: str) -> str:
    """A placing in lower case, its ordinals kept: "Gold Medal" gives "gold medal"."""
    return placing if placing[:1].isdigit() else placing.lower()


def _parts(sentence: str) -> list[tuple[str | None, str]]:
    """
    The parts of *sentence*, each from one marker to the next, with the marker's kind ("aim", "learning").

    Example:
        >>> for kind, part in _parts("Analyst with SQL, learning pandas, looking for a data science role"):
        ...     print(kind, repr(part))
        None 'Analyst with SQL'
        learning ', learning pandas, '
        aim 'looking for a data science role'
        >>> _parts("New to Python but fluent in Java")
        [('learning', 'New to Python '), (None, 'but fluent in Java')]
        >>> _parts("Moving from finance into data science")
        [(None, 'Moving from finance '), ('aim', 'into data science')]
    """
    parts: list[tuple[str | None, str]] = []
    kind, start = None, 0
    for match in _MARKERS.finditer(sentence):
        if match.lastgroup == "move":  # where someone is now, then where they are heading
            parts += [
                (kind, sentence[start : match.start()]),
                (None, sentence[match.start() : match.start("move")]),
            ]
            kind, start = "aim", match.start("move")
            continue
        parts.append((kind, sentence[start : match.start()]))
        kind, start = match.lastgroup, match.start()
    parts.append((kind, sentence[start:]))
    return [(kind, part) for kind, part in parts if part]


#: Words that make it say what someone's work centres on.
_FOCUS = re.compile(
    r"\b(?:focus(?:ed|es|ing)? on|speciali[sz](?:ed|es|ing|e) in|specialist in|expertise in)\b", re.IGNORECASE
)
#: The longest text kept as a skill the table does not know.
_SKILL_LENGTH = 60
#: A part of a text in brackets: "(pandas, NumPy)".
_BRACKETED = re.compile(r"\s*\([^()]*\)")
#: A phrase that says something rather than names a skill: past three words, with a word that joins
#: others ("Experience working in agile teams"), or past five words.
_PHRASE = re.compile(
    r"^(?=(?:\S+\s+){3})(?:.*\b(?:with|in|for|to|the|of|on|using|working|about|from|at|by)\b)|^(?:\S+\s+){5}"
    # (or a piece of one: "> 20 years of violin;", "duced);", "2026")
    r"|[;<>]|^[^\w.#+]|^[\d\s.,-]*$|^[^(]*\)"
)
#: Where a headline or summary's sentences end: a stop and a space, a semicolon, a bar or bullet, a line.
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\s*[;|\u2022]\s*|\n+")
_EXTENSION_KEYS = ("stage", "traits", "goals", "interview_prep", "growth", "extensions")

#: The top-level keys of JSON Resume (with the legacy ``bio``, and FRESH's ``speaking``, talks given).
RESUME_SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "speaking",
    "meta",
    "bio",
)
_IGNORED_SECTIONS = ("references", "meta", "$schema")
#: The fields of ``basics`` some documents write at their top, by the field each is (their other
#: names, such as ``headline`` and ``about``, are renamed to these first: see `json_resume_names`).
_BASICS_FIELDS = {
    "name": "name",
    "label": "label",
    "title": "label",
    "summary": "summary",
    "email": "email",
    "phone": "phone",
    "website": "url",
    "url": "url",
}
#: The longest sentence that titles a portfolio item taken from a role's highlights.
_SHORT_TITLE = 100
#: An adviser or supervisor named in an entry: "Advisor: Yongjoo Park", "Supervisor : Prof. Ana Silva",
#: "UIC under Prof. Ana Silva".
_ADVISER = re.compile(
    r"\b(?i:(?:advis[oe]rs?|supervisors?|mentors?)\s*:|(?:advised|supervised|mentored) by)\s*"
    r"(?:(?:Prof|Dr)\.?\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)+"
    r"|\b(?i:under(?:\s+the\s+(?:supervision|guidance)\s+of)?)\s+(?:Prof|Dr)\.?(?:\s+[A-Z][\w.'-]*){1,3}"
)
#: An adviser named after an employer's name: "UIC under Prof. Ana Silva".
_UNDER_ADVISER = re.compile(r"\s+under\s+(?:Prof|Dr)\.?\s+[A-Z].*$")
#: A volunteer role that serves others' learning: mentoring, tutoring, teaching, outreach.
_SERVING_OTHERS = re.compile(
    r"\b(?:mentor(?:ed|ing|ship)?|tutor(?:ed|ing)?|taught|teach(?:ing)?|outreach|(?:co-?)?organi[sz]ed)\b",
    re.IGNORECASE,
)
#: A sentence that names a thesis.
_THESIS = re.compile(r"\b(?:thesis|dissertation)\b", re.IGNORECASE)
#: A sentence about a thesis, not of it: its supervisor, defence or prize, or the kind of program
#: ("Thesis-based", "non-thesis track").
_NOT_THESIS = re.compile(
    r"\b(?:thesis|dissertation)\s+(?:supervis|advis|committee|defen[cs]|grade|mark|award|prize)"
    r"|\b(?:thesis|dissertation)[\s-](?:based|track|option|stream|route)\b|\bnon-?thesis\b"
    r"|\b(?:best|outstanding)\s+(?:\w+\s+)?(?:thesis|dissertation)",
    re.IGNORECASE,
)
#: A mark given after a title: "(97%)", "(grade: A)".
_GRADE = re.compile(r"\s*\((?:grade:?\s*)?[A-F0-9][0-9.+]*%?\)\s*$", re.IGNORECASE)
#: What a study covered, as its note says it.
_COVERED = "what the study covered"
#: A thesis written where a position's title goes: "Master's Thesis", "Project Thesis".
_THESIS_ROLE = re.compile(
    r"(?:(?:master['\u2019]?s?|bachelor['\u2019]?s?|msc?|bsc?|phd|doctoral|diploma|project|senior|honou?rs"
    r"|final[- ]year|undergrad(?:uate)?)\s+)?(?:thesis|dissertation)",
    re.IGNORECASE,
)
#: The words that lead a thesis's sentence into its subject ("Dissertation on", "MSc thesis:").
_THESIS_LEAD = re.compile(
    rf"^{_THESIS_ROLE.pattern}(?:\s+(?:title|topic))?\s*(?:on|about|:|-|\u2013|\u2014)?\s*", re.IGNORECASE
)
#: The keys under which an entry lists what was done in it, beside its summary.
_HIGHLIGHT_KEYS = ("highlights", "details", "responsibilities", "achievements", "bullets")
#: The sections that are lists of entries.
_LISTED_SECTIONS = frozenset(RESUME_SECTIONS) - {"basics", "bio", "meta"}

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        1,
    )
    for name in names
}
_SEASONS = {
    "spring": 3,
    "summer": 6,
    "fall": 9,
    "autumn": 9,
    "winter": 12,
    "q1": 1,
    "q2": 4,
    "q3": 7,
    "q4": 10,
}
#: Words before a date that say how it is meant, not when: "Expected May 2026", "since 2021".
_DATE_PREFIX = re.compile(
    r"^(?:expected|anticipated|estimated|est\.|since|from|graduat(?:ing|ion):?|(?:completion|completing|finishing)"
    r"(?:\s+(?:by|in))?)\s+",
    re.IGNORECASE,
)
#: A remark in brackets after a date: "Dec 2026 (expected)", "2016 (Nov - Dec)".
_DATE_SUFFIX = re.compile(r"\s*\([^()]*\)$")
#: The fields, beside the schema's own, in which some résumés write an entry's period (in the
#: form keys are matched in, see `normal_key`), in the order they are looked for.
_PERIOD_KEYS = ("dates", "date", "period", "duration", "durationyears", "daterange", "years", "year", "time")
#: What joins the start and end of a period written in one field: "Jan 2020 - Mar 2022", "2019-2021",
#: "06/2019-08/2019".
_DATE_RANGE = re.compile(
    r"\s+(?:-|\u2013|\u2014|&|to|until|and)\s+|\s*[\u2013\u2014]\s*"
    r"|(?:(?<=\d{4})|(?<=\d{4}[/.]\d\d))-\s*"
    r"(?=(?:\d\d?[/.])?\d{4}(?:[/.]\d\d)?$|(?:present|current|now|ongoing|today)$|[a-z]{3,9}\.?\s+\d{4}$)",
    re.IGNORECASE,
)
#: Two months of one year: "Feb-Sep 2020", "June - August 2019".
_MONTHS_OF_A_YEAR = re.compile(
    r"([a-z]{3,9}\.?)\s*[-\u2013\u2014]\s*([a-z]{3,9}\.?)\s+(\d{4})", re.IGNORECASE
)
_PRESENT = frozenset(
    {"present", "current", "now", "ongoing", "today", "till date", "to date", "pursuing", "in progress"}
)
#: A year written with its last two digits after an apostrophe ("'21"), and the last of them read as
#: this century's.
_SHORT_YEAR = re.compile(r"'(\d\d)")
_CENTURY_TURN = 50
_ISO_DATE = re.compile(r"^([12][0-9]{3})(?:([-/.])(1[0-2]|0?[1-9])(?:\2(3[01]|[12][0-9]|0?[1-9]))?)?")
_WORD_DATE = re.compile(
    r"^(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?([A-Za-z]+|[Qq][1-4])\.?(?:\s+[0-9]{1,2}(?:st|nd|rd|th)?)?,?"
    r"(?:\s+|\s*[-/']\s*)((?:19|20)?[0-9]{2})$"
)
#: The same with the year first: ``2018 Sep``, ``2021-Q3``.
_YEAR_WORD_DATE = re.compile(r"^((?:19|20)[0-9]{2}),?(?:\s+|\s*[-/]\s*)([A-Za-z]+|[Qq][1-4])\.?$")
#: A month, or a day and a month in either order, before a year: ``06/2021``, ``15.03.2020``.
_NUMERIC_DATE = re.compile(r"^(?:([0-9]{1,2})[-/.])?([0-9]{1,2})[-/.]([12][0-9]{3})$")
#: A skill's name with a level after it: "R (beginner)", "Python - Advanced", "SQL: 4/5".
_NAMED_LEVEL = re.compile(
    r"(?P<name>.*?\S)\s*(?:\((?P<paren>[^()]+)\)|\s[-\u2013|]\s+(?P<dash>[^-\u2013|]+)|:\s*(?P<colon>[^:]+))"
)
#: Words before a skill's name that give its level ("Familiar with Docker", "Proficient in SQL").
_LEVEL_BEFORE = {
    "familiar with": Level.BEGINNER,
    "basic knowledge of": Level.BEGINNER,
    "basics of": Level.BEGINNER,
    "basic": Level.BEGINNER,
    "exposure to": Level.BEGINNER,
    "some exposure to": Level.BEGINNER,
    "working knowledge of": Level.INTERMEDIATE,
    "proficient in": Level.ADVANCED,
    "proficient with": Level.ADVANCED,
    "experienced in": Level.ADVANCED,
    "experienced with": Level.ADVANCED,
    "expert in": Level.EXPERT,
}
_LEVEL_WORDS_BEFORE = re.compile(
    r"(?P<words>"
    + "|".join(sorted(map(re.escape, _LEVEL_BEFORE), key=len, reverse=True))
    + r")\s+(?P<name>\S.*)",
    re.IGNORECASE,
)
_GROUP_SUFFIX = re.compile(r"\s*(?:in|with|at)?\s*:?\s*$", re.IGNORECASE)
#: A group of skills that holds the languages someone speaks: "Languages", "Spoken languages".
_SPOKEN_GROUP = re.compile(r"^(?:spoken |natural |human |foreign )?languages?(?: skills)?$", re.IGNORECASE)
#: A language people speak, first in a text: "English", "Hindi (native)".
_LANGUAGE_SPOKEN = re.compile(
    r"(?:English|Spanish|French|German|Italian|Portuguese|Dutch|Russian|Ukrainian|Polish|Czech|Slovak"
    r"|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Slovenian|Bosnian|Albanian|Greek|Turkish|Arabic"
    r"|Hebrew|Persian|Farsi|Urdu|Hindi|Bengali|Bangla|Punjabi|Gujarati|Marathi|Tamil|Telugu|Kannada"
    r"|Malayalam|Odia|Nepali|Sinhala|Chinese|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Thai"
    r"|Indonesian|Malay|Bahasa(?: Malaysia| Indonesia| Melayu)?|Tagalog|Filipino|Swahili|Amharic|Yoruba"
    r"|Hausa|Igbo|Zulu|Afrikaans|Swedish"
    r"|Norwegian|Danish|Finnish|Icelandic|Estonian|Latvian|Lithuanian|Catalan|Basque|Galician|Irish"
    r"|Welsh|Latin|Belarusian|Kazakh|Uzbek|Azerbaijani|Armenian|Georgian|Macedonian)\b",
    re.IGNORECASE,
)
#: How well someone speaks a language: "Mandarin (Native)", "German B2", "full professional proficiency".
_FLUENCY = re.compile(
    r"\b(?:native|fluent|bilingual|mother tongue|conversational|(?:limited |full )?professional(?: working)?"
    r"|(?:elementary|working) proficiency|[ABC][12])\b",
    re.IGNORECASE,
)


@attrs.frozen
class ResumeImport:
    """
    A profile made from a résumé, with what was inferred and what could not be placed.

    Attributes:
        profile: The profile, as plain data (it loads as a `Candidate`).
        notes: What was inferred, and what the résumé could not say, each
            starting with where in the résumé it is (``skills[4] 'C#': ...``).
    """

    profile: dict[str, Any]
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """
        The import as plain data: ``{"profile": ..., "notes": [...]}``.
        """
        return {"profile": self.profile, "notes": list(self.notes)}


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _filled(value: object) -> str | None:
    """
    The text of a field a template may fill with a placeholder ("-", "N/A"): None for one.

    Only for fields that name no skill (a link, an issuer, a description), so that every skill
    a résumé names is placed or noted.

    Example:
        >>> _filled("  Acme "), _filled("-"), _filled("n/a"), _filled(7)
        ('Acme', None, None, None)
    """
    text = _text(value)
    return None if text is None or _PLACEHOLDER.fullmatch(text) else text


#: What a field holds when it holds nothing: dashes, or "N/A", "TBD", "none" and the like.
_PLACEHOLDER = re.compile(r"[\s\-\u2013\u2014.?]*|n/?a|tbd|tba|none|null|nil", re.IGNORECASE)


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _texts(values: object) -> list[str]:
    """The texts of a list, or the one text written in its place."""
    return [text for text in map(_text, [values] if isinstance(values, str) else _list(values)) if text]


def _highlights(values: object) -> list[str]:
    """
    The highlights of an entry: its texts, and those written as a name and a description.

    Example:
        >>> _highlights(["Cut costs", {"name": "Andon cord", "description": "An LLM assistant."}])
        ['Cut costs', 'Andon cord: An LLM assistant.']
    """
    found = []
    for value in [values] if isinstance(values, str) else _list(values):
        if isinstance(value, Mapping):
            parts = [
                next((text for key in keys if (text := _text(value.get(key)))), None)
                for keys in (("name", "title"), ("description", "summary", "text", "details"))
            ]
            text = ": ".join(part for part in parts if part) or None
        else:
            text = _text(value)
        if text:
            found.append(text)
    return found


def _title(text: str | None) -> str | None:
    """
    A work's title as a sentence quotes it: without a full stop or a year in brackets after it.

    Example:
        >>> _title("Adaptations in conversation: voices and machines."), _title("Acme Inc.")
        ('Adaptations in conversation: voices and machines', 'Acme Inc.')
        >>> _title("ContrastNER: Prompt Tuning for Few-shot NER (2023)")
        'ContrastNER: Prompt Tuning for Few-shot NER'
    """
    if text is not None:
        text = re.sub(r"(?<=\S)\s*\((?:19|20)\d\d\)$", "", text)
    if text is not None and re.search(r"[a-z0-9)]{4}\.$", text):
        return text[:-1]
    return text


#: A note in brackets after what a keyword names: "Python (for scraping)".
_UNNOTED = re.compile(r"\s*\([^()]*\)\s*$")


def _incoming(basics: object) -> str | None:
    """
    The key of the headline or summary that says a degree is about to begin, if one does.

    Example:
        >>> _incoming({"label": "Incoming CS Graduate Student at USC"}), _incoming({"label": "Student"})
        ('label', None)
    """
    said = basics if isinstance(basics, Mapping) else {}
    return next((key for key in ("label", "summary") if _INCOMING.search(_text(said.get(key)) or "")), None)


def _listed(text: str) -> list[str]:
    """
    The parts of *text* split at commas and semicolons outside brackets, without "etc" or full stops.

    The "and" before the last part is no part of it.

    Examples:
        >>> _listed("Selenium, Jasmine; Mocha, etc."), _listed("C++, C#, and C.")
        (['Selenium', 'Jasmine', 'Mocha'], ['C++', 'C#', 'C'])
        >>> _listed("PHP MVC (Custom, Cake, CodeIgniter)")
        ['PHP MVC (Custom, Cake, CodeIgniter)']
    """
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += (char in "([{") - (char in ")]}")
        if char in ",;" and depth <= 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    stripped = (re.sub(r"^(?:and|&)\s+", "", part.strip().rstrip(".")) for part in parts)
    return [part for part in stripped if part and part.casefold() != "etc"]


def _initials_of(text: str, name: str) -> bool:
    """
    Whether *text* is the initials of *name*: "OOP" of "Object-Oriented Programming", "R&D".

    Example:
        >>> _initials_of("R&D", "Research and Development"), _initials_of("Git", "CI/CD")
        (True, False)
    """
    words = [word for word in re.split(r"[\W_]+", name) if word.casefold() not in {"", "and", "of", "for"}]
    initials = "".join(word[0] for word in words).casefold()
    return len(words) > 1 and initials == re.sub(r"\W", "", text).casefold()


def _open_source(*texts: str | None) -> bool:
    """
    Whether any of *texts* says it is open-source work (`_OPEN_SOURCE_WORDS`).
    """
    return any(_OPEN_SOURCE_WORDS.search(text) for text in texts if text)


def _venue(publisher: str) -> str:
    """
    The name of the conference a citation's *publisher* names, without its date, pages or publisher.

    Example:
        >>> _venue("Proceedings of the IEEE/CVF Conference on Computer Vision (CVPR), Jun. 2023, pp. 23-31")
        'IEEE/CVF Conference on Computer Vision (CVPR)'
        >>> _venue("European Conference on Computer Vision, Springer, 2020, pp. 413-429")
        'European Conference on Computer Vision'
        >>> _venue("Proceedings of the AAAI Conference on AI (Vol. 34, No. 10, pp. 13803-13804)")
        'AAAI Conference on AI'
        >>> _venue("AIAA/IEEE Digital Avionics Systems Conference (DASC), San Diego, CA, Sept. 2024")
        'AIAA/IEEE Digital Avionics Systems Conference (DASC)'
        >>> _venue("NeurIPS 2024")
        'NeurIPS 2024'
    """
    name = re.sub(r"^(?:in\s+)?proceedings\s+of\s+(?:the\s+)?", "", publisher, flags=re.IGNORECASE)
    name = re.sub(r"\s*\([^()]*\d[^()]*\)", "", name)  # "(Vol. 34, No. 10, pp. 13803-13804)"
    name = re.sub(r",\s*[A-Z][\w .'-]*,\s*[A-Z]{2,3}\b.*$", "", name)  # ", Orlando, FL": where it was
    return _VENUE_DETAILS.sub("", name).strip() or publisher


def _gathering(title: str | None, organization: str | None) -> str | None:
    """
    The kind of gathering of the field a volunteer role serves (a meetup, a conference, a community), if any.
    """
    named = " ".join(filter(None, [title, organization]))
    return next((kind for kind, words in _GATHERINGS if words.search(named)), None)


def _course(title: str | None, year: int | None = None) -> dict[str, Any]:
    """
    A course being taken or taken in *year*, as ``growth.learning`` holds it.
    """
    course = {"kind": "course", "title": title, "year": year}
    return {key: value for key, value in course.items() if value}


def _blank(value: object) -> bool:
    """
    Whether *value* holds no text: empty texts, or lists and mappings of nothing but those.

    Example:
        >>> _blank({"position": "", "highlights": [""], "startDate": None}), _blank({"position": "Analyst"})
        (True, False)
    """
    if isinstance(value, Mapping):
        return all(_blank(item) for item in value.values())
    if isinstance(value, list):
        return all(_blank(item) for item in value)
    return value is None or (isinstance(value, str) and not value.strip())


#: The sample texts résumé templates fill their fields with, without their trailing dots.
_SAMPLE_TEXT = re.compile(
    r"(?:lorem ipsum\b.*|(?:your |project |company |job )?(?:name|title|company|position|project|"
    r"description|summary|publication|publisher|organi[sz]ation|institution|award|awarder|certificate|"
    r"issuer)|tbd|todo|xxx+|n/a)[.\u2026\s]*",
    re.IGNORECASE | re.DOTALL,
)

#: A text that is a date or an address, which a template's sample entry may hold besides its sample text.
_DATE_OR_ADDRESS = re.compile(r"[\d\s/.\-]+|https?://\S+", re.IGNORECASE)


def _strings(value: object) -> Iterator[str]:
    """The texts *value* holds, in mappings and lists at any depth, without surrounding space."""
    if isinstance(value, Mapping):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, str) and value.strip():
        yield value.strip()


def _sample(value: object) -> str | None:
    """
    The first sample text of an entry a template left with its sample texts (besides dates and addresses).

    Example:
        >>> _sample(
        ...     {
        ...         "name": "Publication",
        ...         "publisher": "Company",
        ...         "releaseDate": "2018-10-01",
        ...         "website": "http://publication.com",
        ...         "summary": "Description...",
        ...     }
        ... )
        'Publication'
        >>> _sample({"name": "Publication", "summary": "A study of sparse attention"}) is None
        True
    """
    texts = list(_strings(value))
    samples = [text for text in texts if _SAMPLE_TEXT.fullmatch(text)]
    if samples and all(text in samples or _DATE_OR_ADDRESS.fullmatch(text) for text in texts):
        return samples[0]
    return None


def resume_date(value: object) -> str | bool | None:
    """
    A résumé's date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None for "Present"; False if unreadable.

    Example:
        >>> resume_date("2023-5"), resume_date("May 2023"), resume_date("Fall 24"), resume_date("Present")
        ('2023-05', '2023-05', '2024-09', None)
        >>> resume_date("06/2021"), resume_date("15.03.2020"), resume_date("03/04/2020")
        ('2021-06', '2020-03-15', '2020')
        >>> resume_date("Expected May 2026"), resume_date("Oct-2017"), resume_date("Q3 2021")
        ('2026-05', '2017-10', '2021-07')
        >>> resume_date("2018 Sep"), resume_date("2021-Q3"), resume_date("2020 Foo")
        ('2018-09', '2021-07', False)
        >>> resume_date("May\u201924"), resume_date("\u201921"), resume_date("'98")
        ('2024-05', '2021', '1998')
        >>> resume_date("01 Aug, 2022"), resume_date("Aug 1, 2022"), resume_date("1st August 2022")
        ('2022-08', '2022-08', '2022-08')
    """
    if isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2200:
        return str(value)
    text = _text(value)
    if text is not None:
        text = _DATE_SUFFIX.sub("", _DATE_PREFIX.sub("", text.replace("\u2019", "'")))
    if text is None or text.casefold() in _PRESENT:
        return None
    if short := _SHORT_YEAR.fullmatch(text):  # "'21"
        return f"{'19' if int(short[1]) > _CENTURY_TURN else '20'}{short[1]}"
    match = _NUMERIC_DATE.match(text)
    if match is not None:
        text = _year_first(match)
    match = _ISO_DATE.match(text)
    if match is not None and match.end() in (len(text), 10):
        year, _, month, day = match.groups()
        date = "-".join([year, *(f"{int(part):02d}" for part in (month, day) if part)])
        try:
            return parse_date(date)
        except ValueError:  # a day its month does not have
            return False
    return _word_date(text)


def _word_date(text: str) -> str | bool:
    """
    A date written with a month, season or quarter by name and a year, in either order; False if not one.
    """
    if (match := _WORD_DATE.match(text)) is not None:
        word, year = match[1], match[2]
    elif (match := _YEAR_WORD_DATE.match(text)) is not None:
        word, year = match[2], match[1]
    else:
        return False
    month = _MONTHS.get(word.casefold()) or _SEASONS.get(word.casefold())
    if month is None:
        return False
    return f"{year if len(year) == 4 else '20' + year}-{month:02d}"


def date_range(value: object) -> tuple[str, str] | None:
    """
    The start and end of a period written in one field, if *value* is one ("2019 - Present").

    Example:
        >>> date_range("Jan 2020 - Mar 2022"), date_range("2019-2021"), date_range("2019-05")
        (('Jan 2020', 'Mar 2022'), ('2019', '2021'), None)
        >>> date_range("2012-16"), date_range("2016-")
        (('2012', '2016'), ('2016', 'Present'))
        >>> date_range("06/2019-08/2019"), date_range("2019-05-01"), date_range("2022/10-2024/07")
        (('06/2019', '08/2019'), None, ('2022/10', '2024/07'))
        >>> date_range("July 2024-Sept 2024"), date_range("Feb-Sep 2020"), date_range("Sep 2021-current")
        (('July 2024', 'Sept 2024'), ('Feb 2020', 'Sep 2020'), ('Sep 2021', 'current'))
        >>> (
        ...     date_range("2019 - 21"),
        ...     date_range("Fall 23 & 24"),
        ...     date_range("Fall 2019, Spring 2023, Fall 2024"),
        ... )
        (('2019', '2021'), ('Fall 23', 'Fall 24'), ('Fall 2019', 'Fall 2024'))
        >>> date_range("Fall 2023, Spring 2023, Fall 2021")
        ('Fall 2021', 'Fall 2023')
        >>> date_range("January 2021- January 2022"), date_range("Feb, 2018 - December, 2020")
        (('January 2021', 'January 2022'), ('Feb, 2018', 'December, 2020'))
    """
    text = _text(value)
    if text is None or resume_date(text) is not False:
        return None
    if short := re.fullmatch(r"((\d\d)\d\d)\s*[-\u2013\u2014]\s*(\d\d)", text):  # "2012-16"
        return short[1], short[2] + short[3]
    months = _MONTHS_OF_A_YEAR.fullmatch(text)
    if (
        months
        and resume_date(start := f"{months[1]} {months[3]}")
        and resume_date(end := f"{months[2]} {months[3]}")
    ):
        return start, end
    # A start and a mark that it goes on: "2016-", "2024~".
    if (begun := re.fullmatch(r"(.+?)\s*[-\u2013\u2014~]", text)) and resume_date(begun[1]):
        return begun[1], "Present"
    parts = _DATE_RANGE.split(text)
    if (
        len(parts) == 2
        and re.fullmatch(r"\d\d", parts[1])
        and (year := re.search(r"\d\d(?=\d\d$)", parts[0]))
    ):
        parts[1] = f"{year[0]}{parts[1]}"  # "2019 - 21"
    elif (
        len(parts) == 2
        and re.fullmatch(r"\d\d", parts[1])
        and (term := re.fullmatch(r"([A-Za-z]+\s+)\d\d", parts[0]))
    ):
        parts[1] = f"{term[1]}{parts[1]}"  # "Fall 23 & 24": the same term of the other year
    listed = text.split(", ")  # dates listed: "Fall 2019, Spring 2021, Fall 2022", the first to the last
    if len(parts) == 1 and len(listed) > 1 and all(dates := [resume_date(part) for part in listed]):
        # (the earliest to the latest, in whatever order they are listed: "Fall 2023, Spring 2022")
        order = sorted(range(len(listed)), key=lambda number: str(dates[number]))
        parts = [listed[order[0]], listed[order[-1]]]
    if len(parts) != 2 or resume_date(parts[0]) in (False, None) or resume_date(parts[1]) is False:
        return None
    return parts[0], parts[1]


def _year_first(match: re.Match[str]) -> str:
    """
    A `_NUMERIC_DATE` written year first; a day and a month in an order no number settles give the year.
    """
    first = int(match.group(1)) if match.group(1) else None
    second, year = int(match.group(2)), match.group(3)
    if first is None:
        return f"{year}-{second}"
    if first > 12:
        return f"{year}-{second}-{first}"
    if second > 12:
        return f"{year}-{first}-{second}"
    return year


#: The level at which a degree shows the skills its field names, by the degree's level.
_DEGREE_SHOWS: dict[str | None, Level] = {"phd": Level.ADVANCED, "master": Level.INTERMEDIATE}

#: Ratings résumés give a skill instead of a level word: a score, a percentage, stars or years of use.
_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+)", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_STARS = re.compile(r"([★⭐]*)\s*(☆*)")
_YEARS = re.compile(r"(\d+(?:\.\d+)?)\+?\s*(?:years?|yrs?)", re.IGNORECASE)
#: Years of use from which a skill reads as each level, highest first.
_YEARS_LEVELS = ((7.0, Level.EXPERT), (3.0, Level.ADVANCED), (1.0, Level.INTERMEDIATE), (0.0, Level.BEGINNER))
#: Words of praise résumés rate skills with, beside the level words a profile knows.
_RATING_WORDS = {
    "excellent": Level.ADVANCED,
    "very good": Level.ADVANCED,
    "skilled": Level.ADVANCED,
    "senior": Level.ADVANCED,
    "good": Level.INTERMEDIATE,
    "working knowledge": Level.INTERMEDIATE,
    "hands-on": Level.INTERMEDIATE,
    "mid": Level.INTERMEDIATE,
    "mid-level": Level.INTERMEDIATE,
    "fair": Level.BEGINNER,
    "basic knowledge": Level.BEGINNER,
    "exposure": Level.BEGINNER,
    "some exposure": Level.BEGINNER,
    "limited": Level.BEGINNER,
}
#: A range of two levels ("Beginner/Intermediate", "intermediate to advanced"): the lower is kept.
_LEVEL_RANGE = re.compile(r"(\w[\w ]*?)\s*(?:/|-|\u2013|\bto\b)\s*(\w[\w ]*)", re.IGNORECASE)


def rating(text: str) -> Level | None:
    """
    The level a résumé's rating of a skill gives: a score, a percentage, stars, years of use or praise.

    A score or percentage is placed on the five levels (half a step up
    rounds up), as are stars (out of five when none is empty) and a bare
    number from 1 to 5; years of use read as beginner under one,
    intermediate from one, advanced from three and expert from seven; of a
    range of two levels, the lower counts.

    Example:
        >>> [rating(text).word for text in ("5/5", "3 out of 5", "90%", "★★☆☆☆", "3+ years", "Excellent")]
        ['expert', 'intermediate', 'expert', 'beginner', 'advanced', 'advanced']
        >>> [rating(text).word for text in ("★★★★", "4", "Beginner/Intermediate", "Working knowledge")]
        ['advanced', 'advanced', 'beginner', 'intermediate']
        >>> rating("6/5") is None, rating("often") is None, rating("7") is None
        (True, True, True)
    """
    text = text.strip()
    fraction = None
    if match := _SCORE.fullmatch(text):
        fraction = float(match.group(1)) / float(match.group(2)) if float(match.group(2)) else None
    elif match := _PERCENT.fullmatch(text):
        fraction = float(match.group(1)) / 100
    elif (match := _STARS.fullmatch(text)) and match.group(1):
        filled, empty = len(match.group(1)), len(match.group(2))
        fraction = filled / (filled + empty if empty or filled > 5 else 5)
    elif match := _YEARS.fullmatch(text):
        years = float(match.group(1))
        return next(level for least, level in _YEARS_LEVELS if years >= least)
    elif text in {"1", "2", "3", "4", "5"}:
        return Level(int(text))
    else:
        return _rating_words(text)
    if fraction is None or not 0 <= fraction <= 1:
        return None
    return Level(max(1, min(5, int(fraction * 5 + 0.5))))


def _number(value: object) -> float:
    """
    A rating written as a bare number, as a number; -1 for anything else.
    """
    text = str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else ""
    try:
        return float(text) if text else -1
    except ValueError:
        return -1


def _misspelt_level(text: str) -> Level | None:
    """
    The level a word for one gives when misspelt by a letter or two ("beginer", "intermidiate").

    Example:
        >>> _misspelt_level("Intermidiate"), _misspelt_level("often")
        (<Level.INTERMEDIATE: 3>, None)
    """
    close = difflib.get_close_matches(normal_word(text), LEVEL_SHAPE.table, n=1, cutoff=0.85)
    return LEVEL_SHAPE.table[close[0]] if close else None


def _rating_words(text: str) -> Level | None:
    """
    The level words of praise give, or a range of two levels (the lower of them); None for other words.
    """
    words = " ".join(text.casefold().split())
    found = _RATING_WORDS.get(words)
    if found is not None:
        return found
    if (match := _LEVEL_RANGE.fullmatch(words)) is not None:
        low, high = (LEVEL_SHAPE.lookup(part) or _RATING_WORDS.get(part) for part in match.groups())
        if low is not None and high is not None:
            return min(low, high)
    return None


class _Importer:
    def __init__(
        self, resume: Mapping[str, Any], places: Mapping[str, str] | None = None, origin: str | None = None
    ) -> None:
        self.resume = resume
        self.places = places or {}
        self.origin = origin
        self.notes: list[str] = []
        self.table = skill_table()
        self.levels: dict[str, int] = {}
        self.where: dict[str, str] = {}
        #: Courses of study the work history lists (a bootcamp), placed in education.
        self.courses: list[dict[str, Any]] = []
        #: The theses education entries name, as case studies.
        self.theses: list[dict[str, Any]] = []
        #: What courses of study show, to list at beginner level unless work shows it: where, what
        #: to say of them there, how to say what they show, and the skills.
        self.studied: list[tuple[str, str, str, Sequence[str]]] = []
        #: Courses listed in education, as ``growth.learning`` holds them.
        self.learning: list[dict[str, Any]] = []
        #: The sectors the headline and summary say someone works in, each with its word and place.
        self.sectors: dict[Sector, tuple[str, str]] = {}
        #: The skills of the role the headline and summary name ("NLP engineer"; not one learned or
        #: aimed at), each with where it was said first.
        self.described: dict[str, str] = {}
        #: The words that end the roles the headline and summary name ("scientist").
        self.roles_named: set[str] = set()
        #: Whether the title of a current position names machine learning ("ML Engineer").
        self.practising = False
        #: Where the headline or summary says an interview is under way, if it does.
        self.interviewing: str | None = None
        #: The employers of the current positions, case folded.
        self.employers: set[str] = set()
        #: The traits listed among the skills ("Inquisitive"), each with where.
        self.listed_traits: dict[str, str] = {}
        #: The places of the periods written as under way with no start ("Pursuing").
        self.under_way: list[str] = []
        #: Where a position or degree under way names the person's adviser or supervisor, if one does.
        self.adviser: str | None = None

    def note(self, where: str, what: str) -> None:
        # A document converted from another format names its own places ("Positions.csv line 4").
        where = self.places.get(where) or self.places.get(where.split(".", 1)[0], where)
        self.notes.append(f"{where} {what}" if where else what)

    # --- skills

    def skill(self, name: str, level: Level, where: str, *, said: bool = True) -> None:
        skill_id = self.table.skill_id(name)
        if not skill_id:  # punctuation only ("-", "/"): nothing to place
            self.note(where, f"{shown(name)}: not a skill name; not placed")
            return
        if self.table.known_skill(name) is None:
            self.note(where, f"{name!r}: kept as an unknown skill")
        old = self.levels.get(skill_id)
        if old is not None and old != level.value and said:
            kept = Level(max(old, level.value)).word
            self.note(where, f"{name!r}: also at {Level(old).word} in {self.where[skill_id]}; kept {kept}")
        if old is None or level.value > old:
            self.levels[skill_id] = level.value
            self.where.setdefault(skill_id, where)

    def level_of(self, raw: object, name: str, where: str) -> Level | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        level = LEVEL_SHAPE.lookup(raw.strip() if isinstance(raw, str) else raw)
        # A bare number past the scale of levels is a percentage, as progress bars give it (90).
        written = f"{_number(raw):g}%" if level is None and 5 < _number(raw) <= 100 else raw
        if (
            level is None
            and isinstance(written, str)
            and (level := rating(written) or _misspelt_level(written)) is not None
        ):
            self.note(where, f"{name!r}: level {raw!r} read as {level.word}")
        elif level is None:
            self.note(where, f"{name!r}: level {raw!r} is not a known level; used intermediate")
        return level

    def listed_trait(self, text: str, where: str) -> bool:
        """
        Whether *text*, listed as a skill, is a trait's name alone ("Inquisitive"); if so, the trait is kept.
        """
        mentions = self.table.trait_mentions(text)
        if len(mentions) != 1 or mentions[0][1:] != (0, len(text)):
            return False
        trait = mentions[0][0]
        self.listed_traits.setdefault(trait, where)
        self.note(where, f"{text!r}: the trait {self.table.trait_name(trait)}, listed with no example")
        return True

    def leveled_skill(self, text: str, where: str) -> bool:
        """
        Whether *text* writes a skill with its level, by words before it or after it; if so, it is listed.
        """
        before = _LEVEL_WORDS_BEFORE.fullmatch(text)
        if before is not None and self.table.find(before["name"], listed=True):
            given = _LEVEL_BEFORE[" ".join(before["words"].casefold().split())]
            self.note(where, f"{text!r}: {before['name']!r} at the level its words give, {given.word}")
            self.free_skill(before["name"], given, where)
            return True
        written = _NAMED_LEVEL.fullmatch(text)
        if written is not None and len(_listed(written["name"])) == 1:  # "Python, R (basic)": R's level
            raw = (written["paren"] or written["dash"] or written["colon"]).strip()
            named = LEVEL_SHAPE.lookup(raw) or rating(raw)
            if named is not None:
                self.note(where, f"{text!r}: {written['name']!r} at the level written with it, {named.word}")
                self.free_skill(written["name"], named, where)
                return True
        return False

    def free_skill(self, text: str, level: Level, where: str) -> None:
        """
        A skill written as free text: a known name, the known names in it, or an unknown skill.

        A level written after the name ("R (beginner)", "SQL - 4/5"), or words before it that give
        one ("Familiar with Docker", "Proficient in SQL"), is its level.
        Known names joined by slashes or "and" ("R/Python", "R and Python") are each a skill. A trait's
        name alone ("Inquisitive", listed with the skills) is the trait, with no example.
        """
        if self.listed_trait(text, where) or self.leveled_skill(text, where):
            return
        if self.table.known_skill(text) is not None:
            self.skill(text, level, where)
            return
        bare = BRACKETED_NOTE.sub("", text)
        if bare != text and self.table.known_skill(bare) and not self.table.find(text[len(bare) :]):
            self.note(where, f"{text!r}: read as {bare}")  # "C (Programming Language)", a note of no skill
            self.skill(bare, level, where, said=False)
            return
        if self.listed_skills(text, level, where):
            return
        parts = re.split(r"/|\s+(?:and|&)\s+", text)  # "R/Python", "R and Python": each a known skill
        known = [self.table.known_skill(part) for part in parts]
        found = (
            tuple(dict.fromkeys(info.id for info in known if info is not None))
            if len(parts) > 1 and all(known)
            else self.table.find(text, listed=True)
        )
        if found:
            self.note(
                where, f"{text!r}: read as {', '.join(self.table.skill_name(skill) for skill in found)}"
            )
            for skill in found:
                self.skill(skill, level, where, said=False)
        elif self.bracketed_skills(text, bare, level, where):
            return
        elif bare != text and re.fullmatch(r"\w.*\w", bare) and not _PHRASE.search(text):
            # "Verilog (Rusty)", "Hibernate (Currently Learning)": an unknown name, and a note of it
            self.note(where, f"{text!r}: read as {bare!r}, the words in brackets a note")
            self.skill(bare, level, where)
        elif len(text) <= _SKILL_LENGTH and not _PHRASE.search(text):
            self.skill(text, level, where)
        else:
            shown = f"{text!r}" if len(text) <= _SKILL_LENGTH else f"{text[:_SKILL_LENGTH]!r}..."
            self.note(where, f"{shown}: no skill recognised in it; not placed")

    def listed_skills(self, text: str, level: Level, where: str) -> bool:
        """
        Whether *text* lists several skills, parted by commas; if so, each is read.

        A sentence with commas ("4 concerts at the Giant Egg, Beijing, China") lists no skills of its
        own: only the known skills it names are read from it.
        """
        listed = _listed(text)
        if len(listed) < 2:
            return False
        if _PHRASE.search(_BRACKETED.sub("", listed[0])):  # ("Python (pandas, NumPy. etc.)" lists them)
            self.note(where, f"{text!r}: a sentence; only the skills it names read from it")
            listed = [part for part in listed if self.table.find(part, listed=True)]
        else:
            self.note(where, f"{text!r}: a list, each part read as a skill")
        for part in listed:
            self.free_skill(part, level, where)
        return True

    def bracketed_skills(self, text: str, bare: str, level: Level, where: str) -> bool:
        """
        Whether *text* is a name (*bare*) with the names of its parts or tools in brackets; then each is read.

        "CI/CD (Jenkins, Git, Bitbucket)" and "Neo4j (Cypher, APOC)" name skills the table does not
        know; the name's initials ("Object-Oriented Programming (OOP)") are no skill of their own.
        """
        inside = _listed(text[len(bare) :].strip()[1:-1]) if bare != text else []
        if (
            not inside
            # (one name alone in brackets is a note, "Hibernate (Currently Learning)", unless a skill's
            # or the initials of the name)
            or (
                len(inside) == 1
                and not self.table.find(inside[0], listed=True)
                and not _initials_of(inside[0], bare)
            )
            or not re.fullmatch(r"\w.*\w", bare)
            or any(_PHRASE.search(part) for part in [bare, *inside])
        ):
            return False
        self.note(where, f"{text!r}: read as {bare!r} and the skills in its brackets")
        self.free_skill(bare, level, where)
        for part in inside:
            if not _initials_of(part, bare):
                self.free_skill(part, level, where)
        return True

    def skills(self) -> None:
        written = self.resume.get("skills")
        # The section may be one text that lists the skills ("Python, SQL, pandas").
        for index, entry in enumerate([written] if isinstance(written, str) else _list(written)):
            where = f"skills[{index}]"
            if isinstance(entry, str):
                if text := _text(entry):
                    self.free_skill(text, Level.INTERMEDIATE, where)
                continue
            if isinstance(entry, Mapping):
                self.skill_group(entry, where)
            else:
                self.note(where, "is neither a name nor a mapping; not placed")

    def skill_group(self, entry: Mapping[str, Any], where: str) -> None:
        """
        List a skills entry: a skill with a level, or a group of keywords.
        """
        name = _text(entry.get("name")) or _text(entry.get("category")) or _text(entry.get("title"))
        items = [*_texts(entry.get("keywords")), *_texts(entry.get("items")), *_texts(entry.get("skills"))]
        if name and items and section_of(name, exact=True) == "interests":  # "Interests: Tennis, Anime"
            self.note(where, f"{name!r}: interests are not part of a profile; not placed")
            return
        if name and items and section_of(name) == "courses":  # "Courses: Operating Systems (CS F111)"
            found = [skill for item in items for part in _listed(item) for skill in self.table.find(part)]
            self.studied.append((where, f"{name!r}: courses taken, not skills", "they show", found))
            return
        group_level = LEVEL_SHAPE.lookup(_GROUP_SUFFIX.sub("", name)) if name else None
        raw = entry.get("level")
        if isinstance(raw, list) and items and len(raw) == len(items):
            self.note(where, f"{name or '(unnamed)'!r}: a level for each keyword")
            self.rated_keywords(items, raw, f"{where}.keywords")
            return
        kept = self.unspoken(name, items, where)
        if items and not kept:
            return  # only the languages someone speaks
        items = kept
        level = self.level_of(raw, name or "(unnamed)", where) or group_level
        if group_level is not None and items:
            self.note(where, f"{name!r}: the group's name gives its skills the level {group_level.word}")
        elif name and (not items or self.table.known_skill(name) is not None):
            self.free_skill(name, level or Level.INTERMEDIATE, where)
        elif name:
            self.note(where, f"{name!r}: a group name, not placed as a skill")
        elif not items:
            self.note(where, "has no name or keywords; not placed")
        for item in items:
            self.free_skill(item, level or Level.INTERMEDIATE, f"{where}.keywords")

    def unspoken(self, group: str | None, items: list[str], where: str) -> list[str]:
        """
        A group's *items* without the languages someone speaks, which are a note.

        In a group named for languages that names no skill, every language
        is spoken ("Languages: English, Hindi"); in one that names skills, a
        group of programming languages ("Python, SQL, KQL"), only a language
        people speak is ("Languages: Python, English"). In any group, what
        names none and says how well it is spoken is one ("Mandarin
        (Native)", "German B2").
        """
        named = group is not None and _SPOKEN_GROUP.match(group) is not None
        if not named and not any(_FLUENCY.search(item) for item in items):
            return items
        if named:
            named = not any(self.names_skill(part) for item in items for part in _listed(item))
        spoken: list[str] = []
        kept = []
        for item in items:
            parts = _listed(item)
            said = [
                part
                for part in parts
                if not self.names_skill(part)
                and (named or _FLUENCY.search(part) or _LANGUAGE_SPOKEN.match(part))
            ]
            spoken += said
            if len(said) < len(parts):
                kept.append(", ".join(part for part in parts if part not in said) if said else item)
        if spoken:
            self.note(where, f"{', '.join(spoken)}: spoken languages are not part of a profile; not placed")
        return kept

    def names_skill(self, text: str) -> bool:
        """
        Whether *text* names a skill, alone or with a level written after it ("R (basic)").
        """
        written = _NAMED_LEVEL.fullmatch(text)
        name = written["name"] if written else text
        return self.table.known_skill(name) is not None or bool(self.table.find(text, listed=True))

    def rated_keywords(self, items: Sequence[str], levels: Sequence[object], where: str) -> None:
        """
        List a group's keywords, each at its own level, as some templates write them.

        Bare numbers are out of 100 when any is past 5 (``["100", "80", "60"]``).
        """
        percent = any(_number(value) > 5 for value in levels)
        for item, value in zip(items, levels, strict=True):
            written = f"{value}%" if percent and _number(value) >= 0 else value
            self.free_skill(item, self.level_of(written, item, where) or Level.INTERMEDIATE, where)

    def summary_skills(self, basics: Mapping[str, Any], *, goals: bool) -> dict[str, Any]:
        """
        List the skills the headline and summary name; return the goals they state (with *goals*).

        Each part of each sentence is read on its own (`summary_part`).
        A headline written as a list ("ML Engineer | Computer Vision | Edge
        AI") that names one niche names the focus. *goals* is false when
        ``x-mlcareer`` states the goals.
        """
        stated: dict[str, Any] = {}
        # A headline and summary that name skills are about software: a name that is an everyday word
        # too ("Analyst who knows pandas.") names the skill in every part of them.
        written = " ".join(filter(None, (_text(basics.get(key)) for key in ("label", "summary", "headline"))))
        technical = bool(self.table.find(written))
        for key in ("label", "summary", "headline"):
            text = _text(basics.get(key))
            if text is not None:
                for sentence in _SENTENCES.split(text):
                    for kind, part in _parts(sentence):
                        where = f"basics.{key}"
                        self.summary_part(part, kind, where, stated if goals else None, technical=technical)
                if key != "summary" and len(_HEADLINE_PARTS.split(text)) > 1:
                    named = dict.fromkeys(
                        skill for skill in self.table.find(text) if self.table.skills[skill].niche
                    )
                    self.focus(list(named), "the focus", f"basics.{key}", stated if goals else None)
        return stated

    def traits_said(self, basics: object, *, stated: bool) -> list[str]:
        """
        The traits the skills list, and those the headline and summary say someone has ("a curious engineer").

        A trait's name counts where it describes the person, not a system
        ("resilient pipelines"), and each is listed with no example: a
        résumé's word for a quality is a claim, which the advice asks to back.
        None when ``x-mlcareer`` states the traits (*stated*).
        """
        if stated:
            return []
        found: list[str] = list(self.listed_traits)
        if not isinstance(basics, Mapping):
            return found
        for key in ("label", "summary", "headline"):
            text = _text(basics.get(key)) or ""
            for trait, start, end in self.table.trait_mentions(text):
                if trait not in found and _OF_A_PERSON.match(text, end):
                    found.append(trait)
                    word, name = text[start:end], self.table.trait_name(trait)
                    self.note(f"basics.{key}", f"{word!r}: the trait {name}, listed with no example")
        return found

    def summary_part(
        self, part: str, kind: str | None, where: str, stated: dict[str, Any] | None, *, technical: bool
    ) -> None:
        """
        List the skills a part of a headline or summary names, and add the goals it states to *stated*.

        A part about what someone is learning (*kind* ``"learning"``) lists
        its skills at beginner; one about where they are heading (``"aim"``:
        aspiring, looking for, moving into) lists none, and the sectors it
        names are target sectors; any other lists its skills at
        intermediate. An aim, or a part about their focus (focused on,
        specialising in), that names one niche gives their specialization.
        A part about what they care about (``"interest"``: interested in,
        passionate about) is an aim, except that for someone whose current
        work is machine learning already the niche it names is a liking, not
        their specialization.
        """
        named = self.table.find(part, listed=technical)
        found = [skill for skill in named if skill not in self.levels]
        names = ", ".join(self.table.skill_name(skill) for skill in found)
        niches = [skill for skill in named if self.table.skills[skill].niche]
        liking = kind == "interest" and self.practising
        if liking:
            niches = []
        aim = kind in {"aim", "interest"}
        if aim or _FOCUS.search(part):
            self.focus(niches, "the niche aimed at" if aim else "the focus", where, stated)
        if aim:
            named_sectors = [sector for sector, words in _AIM_WORDS.items() if words.search(part)]
            self.interview_named(part, where, stated)
            self.employer_named(part, where, stated, named_sectors)
            sectors = stated.get("sectors", []) if stated is not None else []
            new = [sector for sector in named_sectors if sector not in sectors]
            if new and stated is not None:
                self.note(where, f"aims at {', '.join(new)}: added to goals.sectors")
                stated["sectors"] = [*sectors, *new]
            if liking and found:
                said = "as an interest of someone working in ML; not listed as a skill or specialization"
                self.note(where, f"names {names} {said}")
            elif found:
                self.note(where, f"names {names} as an aim; not listed as a skill")
            return
        if kind == "learning":
            level, said = Level.BEGINNER, f"names {names} as being learned; listed at beginner"
        else:
            level, said = Level.INTERMEDIATE, f"names {names}; listed at intermediate"
            self.work_named(part, where)
        if found:
            self.note(where, said)
            for skill in found:
                self.skill(skill, level, where, said=False)

    def interview_named(self, part: str, where: str, stated: dict[str, Any] | None) -> None:
        """
        Note an interview a part about an aim says is under way, and make its company the one in *stated*.
        """
        interview = _INTERVIEWING.search(part)
        if interview is None:
            return
        self.interviewing = self.interviewing or where
        company = interview.group("company")
        if company is not None and stated is not None and "company" not in stated:
            stated["company"] = {"name": company}
            self.note(where, f"names {company!r} as the company of an interview: set as goals.company")

    def employer_named(
        self, part: str, where: str, stated: dict[str, Any] | None, sectors: Sequence[Sector]
    ) -> None:
        """
        Make the one employer a part about an aim names the company in *stated*, unless it has one.

        An employer someone works for now (by its name, or its name with more words: "Spotify",
        "Spotify AB") is where they are, not where they aim, and a name that
        is a field or a sector ("at ML", "at Big Tech") is no employer. The one sector of
        *sectors*, those the part names, is the company's ("at Ada Health": healthcare).
        """
        found = _AIMED_AT.search(part)
        if found is None or stated is None or "company" in stated:
            return
        written = re.split(r"['\u2019]s\b", found.group("company"))[0]
        company = written.rstrip(".")
        folded = company.casefold()
        skill = self.table.known_skill(company)
        if (
            _NOT_ONE_EMPLOYER.match(part, found.end())
            or (written.endswith(".") and "." in company)  # an initialism a sentence break cut ("J.P.")
            or folded in _EMPLOYER_GROUPS
            or any(
                f"{folded} ".startswith(f"{employer} ") or f"{employer} ".startswith(f"{folded} ")
                for employer in self.employers
            )
            or (skill is not None and skill.category is SkillCategory.DOMAIN)
            or any(words.fullmatch(company) for words in _AIM_WORDS.values())
        ):
            return
        stated["company"] = {"name": company}
        said = "set as goals.company"
        if len(sectors) == 1:
            stated["company"]["sector"] = sectors[0].value
            said += f", in {sectors[0].value}"
        self.note(where, f"names {company!r} as the company aimed at: {said}")

    def work_named(self, part: str, where: str) -> None:
        """
        Keep the skills of the role, and the sectors, that a part about someone's present names.
        """
        for role in _ROLE.finditer(part):
            in_role = self.table.find(role.group(0))
            self.described.update({skill: where for skill in in_role if skill not in self.described})
            self.roles_named.add(role.group(0).split()[-1].casefold())
        for sector, words in SECTOR_WORDS.items():
            if match := words.search(part):
                self.sectors.setdefault(sector, (match.group(0), where))

    def current_work(self, positions: list[dict[str, Any]]) -> None:
        """
        Fill in the current positions from what the headline and summary say someone works in and with.

        "Data scientist with eight years in banking" and "machine learning
        researcher" are about the work someone does now: a current position
        whose employer gives no sector takes the one sector they name, and
        one that names no skill of its own takes the skills of the role they
        name.
        """
        sector, word, said_at = None, "", ""
        if len(self.sectors) == 1:
            ((sector, (word, said_at)),) = self.sectors.items()
        names = ", ".join(self.table.skill_name(skill) for skill in self.described)
        for position in positions:
            if "end" in position:
                continue
            what = " at ".join(filter(None, [position.get("title"), position.get("organization")]))
            if sector is not None and "sector" not in position:
                position["sector"] = sector.value
                said = f"{word!r} gives the sector of the current position {what!r}: {sector.value}"
                self.note(said_at, said)
            # (A title with a role of its own, another than the one named, is other work: "Vulnerability
            # Management Executive" under "I am an accomplished data scientist".)
            other = _ROLE_WORD.search(position.get("title") or "")
            if (
                self.described
                and "skills" not in position
                and not (other and other.group(0).casefold() not in self.roles_named)
            ):
                position["skills"] = list(self.described)
                said = f"names {names}: the skills of the current position {what!r}, which names none"
                self.note(next(iter(self.described.values())), said)

    def focus(self, niches: Sequence[str], what: str, where: str, stated: dict[str, Any] | None) -> None:
        """
        Make the one niche of *niches* the specialization in *stated*, unless it has one.

        *what* says what the text names it as, for the note.
        """
        if stated is not None and "specialization" not in stated and len(niches) == 1:
            stated["specialization"] = niches[0]
            name = self.table.skill_name(niches[0])
            self.note(where, f"names {name} as {what}: set as goals.specialization")

    def languages(self) -> None:
        spoken = []
        for index, entry in enumerate(_list(self.resume.get("languages"))):
            name = _text(entry.get("language")) if isinstance(entry, Mapping) else _text(entry)
            if name is None:
                continue
            info = self.table.known_skill(name)
            if info is not None and info.category is SkillCategory.LANGUAGE:
                fluency = entry.get("fluency") if isinstance(entry, Mapping) else None
                where = f"languages[{index}]"
                self.note(where, f"{name!r}: a programming language, listed as a skill")
                self.skill(name, self.level_of(fluency, name, where) or Level.INTERMEDIATE, where)
            else:
                spoken.append(name)
        if spoken:
            self.note(
                "languages", f"{', '.join(spoken)}: spoken languages are not part of a profile; not placed"
            )

    # --- work

    def date(self, value: object, where: str) -> str | None:
        date = resume_date(value)
        if date is False:
            self.note(where, f"{shown(value)}: not a date; left out")
            return None
        return date  # type: ignore[return-value] # False was handled

    def written_period(self, entry: Mapping[str, Any], where: str) -> tuple[object, object]:
        """
        The start and end an entry writes, split when the start field holds both ("2019 - 2021").

        An entry without the schema's ``startDate`` and ``endDate`` may write its period in
        another field (``"dates": "2019 - Present"``); a single date there is the end.
        """
        start, end = entry.get("startDate"), entry.get("endDate")
        if start is None and end is None:
            key = _period_key(entry)
            return (None, None) if key is None else self.period_field(entry[key], f"{where}.{key}")
        if _text(end) is None and (both := date_range(start)) is not None:
            self.note(f"{where}.startDate", f"{shown(start)}: read as the start and the end")
            return both
        return start, end

    def period_field(self, written: object, where: str) -> tuple[object, object]:
        """
        The start and end a field of another name than the schema's gives: a period, or the end alone.
        """
        if (both := date_range(written)) is not None:
            self.note(where, f"{shown(written)}: read as the start and the end")
            return both
        date = resume_date(written)
        if date is False:
            self.note(where, f"{shown(written)}: not a date; left out")
        elif date is None:  # "Present"
            self.note(where, f"{shown(written)}: read as under way, from an unknown start")
            self.under_way.append(where)
        else:
            self.note(where, f"{shown(written)}: read as the end")
            return None, written
        return None, None

    def period(self, job: Mapping[str, Any], where: str) -> tuple[str | None, str | None]:
        """
        The start and end of an entry of the work history; an end that is a word ("Present") is none.
        """
        start_value, end_value = self.written_period(job, where)
        start = self.date(start_value, f"{where}.startDate")
        end = self.date(end_value, f"{where}.endDate")
        if end_value is not None and end is None and resume_date(end_value) is None:
            self.note(f"{where}.endDate", f"{end_value!r}: read as a current position")
        return start, end

    def experience(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """
        The positions of the work history, and the portfolio items work and volunteering show.
        """
        positions, open_source = [], []
        for index, job in enumerate(_list(self.resume.get("work"))):
            where = f"work[{index}]"
            if not self.placeable(job, where):
                continue
            key = next((key for key in ("position", "title", "role") if _text(job.get(key))), "position")
            title = _text(job.get(key))
            organization = (
                _text(job.get("name"))
                or _text(job.get("company"))
                or _text(job.get("organization"))
                or _text(job.get("workplace"))
                or _text(job.get("employer"))
            )
            # ("UIC under Prof. Ana Silva": the employer, and the adviser `advised` finds)
            organization = self.without_place(organization, job.get("location"), where)
            organization = _UNDER_ADVISER.sub("", organization) if organization is not None else None
            if organization is not None and _SELF_EMPLOYED.fullmatch(organization):
                title, organization = self.own_work(title, organization, where), None
            title = self.without_employer(title, organization, f"{where}.{key}")
            title = self.without_terms(title, f"{where}.{key}")
            summaries = [_text(job.get("summary")), _text(job.get("description"))]
            if title is None and summaries[0] is not None:
                title, summaries[0] = self.titled(summaries[0], f"{where}.summary")
            parts = [self.work_and_employer(text, organization, where) for text in summaries if text]
            highlights = [work for work, _ in parts if work]
            highlights += [text for key in _HIGHLIGHT_KEYS for text in _highlights(job.get(key))]
            start, end = self.period(job, where)
            self.advised(job, where, (start, end))
            # Keywords may be written as one text that lists them ("Python, pandas").
            written = job.get("keywords")
            keywords = _listed(written) if isinstance(written, str) else _texts(written)
            text = " ".join(filter(None, [title, *highlights, *keywords]))
            # (A keyword of punctuation only, "-", names no skill.)
            named = [skill for skill in map(self.table.skill_id, keywords) if skill]
            skills = list(dict.fromkeys([*named, *self.table.find(text)]))
            # What the employer works on is the field of ML work done there ("a platform driven by
            # computer vision"), but no skill of other work.
            if not self.table.ml_skills.isdisjoint(skills):
                skills += [
                    skill
                    for _, employer in parts
                    for skill in self.table.find(employer)
                    if skill not in skills
                ]
            if self.studied_work(
                title, organization, period=(start, end), skills=skills, highlights=highlights, where=where
            ):
                continue
            if (
                start is None
                and end is None
                and _text(job.get("endDate")) is None
                and _period_key(job) is None
            ):
                undated = "no dates: read as a current position of unknown length (add startDate and endDate)"
                self.note(where, undated)
            position = {
                "title": title,
                "organization": organization,
                "sector": self.sector_of(
                    [organization, _text(job.get("description")), _text(job.get("summary"))], where
                ),
                "start": start,
                "end": end,
                "skills": skills,
                "highlights": highlights,
            }
            positions.append({key: value for key, value in position.items() if value})
            if title is not None and _TEACHING.search(title):
                self.taught(title, where)
            if _open_source(title, organization, *highlights):
                open_source.append(self.open_source_item(title, organization, highlights, where))
        return positions, [*open_source, *self.volunteering()]

    def placeable(self, job: object, where: str) -> TypeGuard[Mapping[str, Any]]:
        """
        Whether *job* is an entry of the work history with something to place; if not, a note says why.
        """
        if not isinstance(job, Mapping):
            self.note(where, "is not a mapping; not placed")
            return False
        return not self.unfilled(job, where, "names no position, employer, dates or work; not placed")

    def unfilled(self, entry: Mapping[str, Any], where: str, empty: str = "is empty; not placed") -> bool:
        """
        Whether *entry* is one a template left unfilled, empty or with its sample texts; a note says so.
        """
        if _blank(entry):
            self.note(where, empty)
            return True
        if (sample := _sample(entry)) is not None:
            self.note(where, f"holds only a template's sample text ({sample!r}); not placed")
            return True
        return False

    def without_employer(self, title: str | None, organization: str | None, where: str) -> str | None:
        """
        A job title without the employer's name written after it ("Rails Developer - Acme").
        """
        if title is None or organization is None or (shorter := _without_tail(title, organization)) is None:
            return title
        self.note(where, f"{title!r}: read as {shorter!r}, without the employer's name")
        return shorter

    def without_terms(self, title: str | None, where: str) -> str | None:
        """
        A job title without the terms of the job written after it ("Transportation Specialist (Full-time)").
        """
        if title is None or (terms := _TERMS.search(title)) is None or not terms.start():
            return title
        self.note(where, f"{title!r}: read as {title[: terms.start()]!r}, without {terms[1]!r}")
        return title[: terms.start()]

    def without_place(self, organization: str | None, location: object, where: str) -> str | None:
        """
        An employer's name without the entry's place written after it ("Acme | Paris, France").
        """
        place = _text(location)
        if organization is None or place is None:
            return organization
        for tail in dict.fromkeys([place, place.partition(",")[0].strip()]):
            if tail and (shorter := _without_tail(organization, tail)) is not None:
                self.note(where, f"{organization!r}: read as {shorter!r}, without the place")
                return shorter
        return organization

    def titled(self, summary: str, where: str) -> tuple[str | None, str | None]:
        """
        The position and the rest of a summary whose first line, alone on its line, is a job title.
        """
        first, _, rest = summary.partition("\n")
        if not rest.strip() or not _TITLE_LINE.fullmatch(first.strip()):
            return None, summary
        self.note(where, f"first line {first.strip()!r}: read as the position")
        return first.strip(), rest.strip()

    def work_and_employer(self, text: str, organization: str | None, where: str) -> tuple[str, str]:
        """
        A position's summary as the work done and the sentences that open it describing the employer.

        "Nara Logics is a pioneer in AI." and "The Advanced Technology Group is an R&D
        department of ..." give the position's sector but not its work: the skills they name
        are the employer's, not the person's, unless the work is ML work in that field.
        """
        name = re.split(r"[,(]| - | / ", organization or "", maxsplit=1)[0].strip().casefold()
        sentences = _SENTENCES.split(text)
        kept = 0
        for sentence in sentences:
            named = bool(name) and sentence.casefold().startswith(name)
            if not (named and _ORGANIZATION_IS.match(sentence, len(name))) and not _UNIT_IS.match(sentence):
                break
            kept += 1
        if not kept:
            return text, ""
        employer = " ".join(sentences[:kept])
        quoted = f"{employer[:40]!r}..." if len(employer) > 40 else repr(employer)
        self.note(where, f"{quoted}: describes the employer; not read as the work done")
        return " ".join(sentences[kept:]), employer

    def taught(self, title: str, where: str) -> None:
        """
        List the subjects a teaching position's *title* names at advanced: teaching one takes knowing it well.
        """
        found = [
            skill
            for skill in self.table.find(title)
            if self.levels.get(skill, 0) < Level.ADVANCED
            and self.table.skills[skill].category is not SkillCategory.SOFT
        ]
        if found:
            names = ", ".join(self.table.skill_name(skill) for skill in found)
            self.note(where, f"{title!r}: teaching shows {names} at advanced level")
            for skill in found:
                self.skill(skill, Level.ADVANCED, where, said=False)

    def volunteering(self) -> list[dict[str, Any]]:
        """
        The portfolio items of volunteer roles: open-source work, or a project where it names ML work.
        """
        items: list[dict[str, Any]] = []
        for index, role in enumerate(_list(self.resume.get("volunteer"))):
            where = f"volunteer[{index}]"
            if not isinstance(role, Mapping):
                continue
            title = _text(role.get("position"))
            organization = _text(role.get("organization")) or _text(role.get("name"))
            highlights = [*filter(None, [_text(role.get("summary"))])]
            highlights += [text for key in _HIGHLIGHT_KEYS for text in _highlights(role.get(key))]
            what = " at ".join(filter(None, [title, organization])) or "(untitled)"
            # Running a meetup or a conference is networking (see `networking`), not work of one's own.
            gathering = _gathering(title, organization)
            if _open_source(title, organization, *highlights):
                items.append(self.open_source_item(title, organization, highlights, where))
            elif _SERVING_OTHERS.search(" ".join(filter(None, [title, organization, *highlights[:1]]))):
                # Mentoring students, teaching, organising outreach: work for others' learning, not ML
                # work of one's own.
                self.note(where, f"{what!r}: mentoring or teaching others, no project; not placed")
            elif gathering in {None, "community"} and not self.table.ml_skills.isdisjoint(
                self.table.find(" ".join(filter(None, [title, *highlights])))
            ):
                # Volunteering with ML (a DataKind project) is ML work of one's own: a project.
                self.note(where, f"{what!r}: volunteering that names ML work, counted as a project")
                item = {"kind": "project", "title": what, "description": " ".join(highlights)[:5000] or None}
                items.append({key: value for key, value in item.items() if value})
            elif gathering is None:
                self.note(where, f"{what!r}: volunteering is not part of a profile; not placed")
        return items

    def networking(self) -> list[dict[str, Any]]:
        """
        The ways of taking part in the ML community the résumé shows, as ``growth.networking`` holds them.

        A volunteer role in a meetup, a conference or a community of the field is one, named by
        its organisation; so is a sentence of the work history, the projects or the summary
        that names a meetup, that speaks of a talk, a paper or a visit at an ML conference, or
        of answers on a forum; and so is a publication at a conference.
        """
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for kind, name, where, what in [*self.gatherings(), *self.gatherings_said()]:
            if (kind, name.casefold()) not in found:
                found[kind, name.casefold()] = {"kind": kind, "name": name}
                listed = "of kind other" if kind == "other" else f"as a {kind}"
                said = f"taking part in the ML community, listed {listed} in growth.networking"
                self.note(where, f"{what}: {said}")
        return list(found.values())

    def gatherings(self) -> Iterator[tuple[str, str, str, str]]:
        """
        The volunteer roles in gatherings of the field, the publications at conferences, and `talks`.

        Each as its kind, its name, where it is and what it is called in a note.
        """
        for index, role in enumerate(_list(self.resume.get("volunteer"))):
            if not isinstance(role, Mapping):
                continue
            title = _text(role.get("position"))
            organization = _text(role.get("organization")) or _text(role.get("name"))
            kind = _gathering(title, organization)
            if kind is not None:
                what = " at ".join(filter(None, [title, organization]))
                yield kind, organization or what, f"volunteer[{index}]", repr(what)
        for index, publication in enumerate(_list(self.resume.get("publications"))):
            if (
                not isinstance(publication, Mapping)
                or (publisher := _text(publication.get("publisher"))) is None
            ):
                continue
            said = _text(publication.get("summary")) or ""
            if _NOT_YET.search(publisher) or _NOT_YET.search(said):
                continue
            if _CONFERENCE.search(publisher):
                yield "conference", _venue(publisher), f"publications[{index}]", f"published at {publisher!r}"
            elif (
                _AT_VENUE.search(said) or _MEETING.search(publisher)
            ) and not self.table.ml_skills.isdisjoint(self.table.find(_text(publication.get("name")) or "")):
                # An ML paper presented at a conference of another field ("presented at COMPSAC", "AIAA
                # SciTech Forum").
                yield (
                    "conference",
                    _venue(publisher),
                    f"publications[{index}]",
                    f"an ML paper: {said or publisher!r}",
                )
        yield from self.talks()

    def talks(self) -> Iterator[tuple[str, str, str, str]]:
        """
        The talks given at a meetup or a conference of the field, or on ML anywhere, as `gatherings`.
        """
        for index, talk in enumerate(_list(self.resume.get("speaking"))):
            if not isinstance(talk, Mapping):
                continue
            named = [text for key in ("event", "title") if (text := _text(talk.get(key)))]
            said = " ".join([*named, _text(talk.get("summary")) or ""])
            kind, name = next(
                (
                    (kind, text)
                    for kind, gathering in (("meetup", _MEETUP), ("conference", _CONFERENCE))
                    for text in named
                    if gathering.search(text)
                ),
                (None, named[0] if named else ""),
            )
            if kind is None and not self.table.ml_skills.isdisjoint(self.table.find(said)):
                kind = "other"  # a talk on ML, wherever it was given
            what = " at ".join(reversed(named)) or "(untitled)"
            if kind is not None and name:
                yield kind, name, f"speaking[{index}]", f"a talk, {what!r}"
            else:
                self.note(f"speaking[{index}]", f"{what!r}: a talk not known to be on ML; not placed")

    def gatherings_said(self) -> Iterator[tuple[str, str, str, str]]:
        """
        The sentences of the résumé's free text about meetups, ML conferences and forums, as `gatherings`.
        """
        for where, text in self.said():
            for sentence in _SENTENCES.split(text):
                if _MEETUP.search(sentence):
                    kind = "meetup"
                elif _CONFERENCE.search(sentence) and _TOOK_PART.search(sentence):
                    kind = "conference"
                elif _FORUM.search(sentence) and _ANSWERS.search(sentence):
                    kind = "forum"
                else:
                    continue
                name = sentence.strip().rstrip(".")[:200]
                yield kind, name, where, repr(name)

    def said(self) -> Iterator[tuple[str, str]]:
        """
        The free text of the résumé's work history, projects and summary, each with where it is.
        """
        for section in ("work", "projects"):
            for index, entry in enumerate(_list(self.resume.get(section))):
                if isinstance(entry, Mapping):
                    for key in ("summary", "description"):
                        if text := _text(entry.get(key)):
                            yield f"{section}[{index}].{key}", text
                    for number, text in enumerate(_highlights(entry.get("highlights"))):
                        yield f"{section}[{index}].highlights[{number}]", text
        basics = self.resume.get("basics")
        if isinstance(basics, Mapping) and (summary := _text(basics.get("summary"))):
            yield "basics.summary", summary

    def own_work(self, title: str | None, organization: str, where: str) -> str:
        """
        The title of work someone did on their own (*organization* is "Freelance"): it says so itself.
        """
        if not title or not re.search(r"freelanc|self[- ]employed|independent", title, re.IGNORECASE):
            title = " ".join(filter(None, ["Freelance", title]))
        self.note(where, f"{organization!r}: work of one's own, with no employer; the role is {title!r}")
        return title

    def course(
        self,
        title: str | None,
        organization: str | None,
        period: tuple[str | None, str | None],
        skills: Sequence[str],
        where: str,
    ) -> None:
        """
        A course of study listed as work: education, whose skills are shown at beginner level.
        """
        what = " at ".join(filter(None, [title, organization])) or "(untitled)"
        said = f"{what!r}: a course of study, not a job; placed in education"
        self.studied.append((where, said, "it shows", skills))
        entry = {"degree": title, "institution": organization, "start": period[0], "end": period[1]}
        self.courses.append({key: value for key, value in entry.items() if value})

    def worked(self, work: list[dict[str, Any]]) -> set[str]:
        """
        The skills that positions and portfolio items show: those they name, and what those imply.
        """
        named: set[str] = set()
        for entry in work:
            named.update(self.table.skill_id(skill) for skill in entry.get("skills", ()))
            texts = [entry.get("title"), entry.get("description"), *entry.get("topics", ())]
            named.update(skill for text in texts if text for skill in self.table.find(text))
        return set(self.table.shown(dict.fromkeys(named, int(Level.INTERMEDIATE)))[0])

    def studied_skills(self, worked: set[str]) -> None:
        """
        List what courses of study show at beginner level, unless listed or shown by work (*worked*).

        A project or position that uses a skill shows it at intermediate: a
        course must not hold it at beginner.
        """
        for where, said, verb, skills in self.studied:
            new = [
                skill for skill in dict.fromkeys(skills) if skill not in self.levels and skill not in worked
            ]
            shown = ", ".join(self.table.skill_name(skill) for skill in new)
            if shown:
                self.note(where, f"{said}; {verb} {shown} at beginner level")
            elif said != _COVERED:  # (what a study covered, all shown already, needs no note)
                self.note(where, said)
            for skill in new:
                self.skill(skill, Level.BEGINNER, where, said=False)

    def sector_of(
        self, texts: list[str | None], where: str, said: str = "the employer's name or description"
    ) -> str | None:
        """
        The sector *texts* give, when they give one only: an employer's, or a project's words.

        *said* names the texts in the note.
        """
        found: dict[Sector, str] = {}  # each sector named, with its first word
        for sector, words in SECTOR_WORDS.items():
            for text in texts:
                if text and (match := words.search(text)):
                    found.setdefault(sector, match.group(0))
        if len(found) != 1:
            return None
        ((sector, word),) = found.items()
        self.note(where, f"{word!r} in {said}: sector {sector.value}")
        return sector.value

    def open_source_item(
        self, title: str | None, organization: str | None, highlights: list[str], where: str
    ) -> dict[str, Any]:
        """
        The portfolio item of a role's open-source work.

        A role that is open-source work by its title or organization is the item; in another role
        the item is what its highlights say of it: titled by the first sentence that does, when
        short, and described by those sentences.
        """
        name = " at ".join(filter(None, [title, organization]))
        if not name or _open_source(title, organization):
            name = name or "Open-source contribution"
            description = " ".join(highlights)
        else:
            said = [
                sentence.strip()
                for text in highlights
                for sentence in _SENTENCES.split(text)
                if _open_source(sentence)
            ]
            first = _title(said[0]) if said else None
            role = f"at {organization}" if organization else f"as {title}"
            name = first if first and len(first) <= _SHORT_TITLE else f"Open-source work {role}"
            description = " ".join(said or highlights)
        self.note(where, f"{name!r}: counted as open-source work")
        item = {"kind": "open_source", "title": name, "description": description[:5000] or None}
        return {key: value for key, value in item.items() if value}

    def education(self) -> list[dict[str, Any]]:
        studies = []
        for index, study in enumerate(_list(self.resume.get("education"))):
            where = f"education[{index}]"
            if not isinstance(study, Mapping):
                self.note(where, "is not a mapping; not placed")
                continue
            # A name beside an institution is the programme's; alone, the institution's.
            institution, name = _text(study.get("institution")), _text(study.get("name"))
            degree, area = _text(study.get("studyType")), _text(study.get("area"))
            if schooling := next(
                (text for text in (degree, institution or name) if text and is_schooling(text)), None
            ):
                self.note(where, f"{schooling!r}: a school's diploma, not a degree; not placed")
                continue
            start, end = self.written_period(study, where)
            if (degree is None or area is None) and (named := degree_and_field(degree or area or "")):
                # "Bachelor of Science in Physics", or "PhD Astrophysics" as the area: a degree and its field.
                degree, area = named
                self.note(where, f"{degree!r} in {area!r}: read as the degree and its field")
            entry = {
                "degree": degree,
                "field": area or (name if institution else None),
                "institution": institution or name,
                "start": self.date(start, f"{where}.startDate"),
                "end": self.date(end, f"{where}.endDate"),
            }
            courses = _texts(study.get("courses"))
            if not any(entry.values()):
                if not courses:
                    self.note(where, "names no institution, degree, field or dates; not placed")
                    continue
            elif self.education_course(entry, where):
                self.covered(study, entry, where, of="course")
                continue
            else:
                studies.append({key: value for key, value in entry.items() if value})
            self.advised(study, where, (entry["start"], entry["end"]))
            if entry["field"] is not None:
                self.field_skills(entry["field"], entry["degree"], where)
            self.covered(study, entry, where)
            self.thesis(study, where)
        return [*studies, *self.courses]

    def studied_work(  # noqa: PLR0913 - what the entry gives, read once by its caller
        self,
        title: str | None,
        organization: str | None,
        *,
        period: tuple[str | None, str | None],
        skills: Sequence[str],
        highlights: list[str],
        where: str,
    ) -> bool:
        """
        Whether a work entry is study, not a position; if so, it is kept as what it is.

        A course ("Data Science Bootcamp") is continuing education; a thesis ("Master's Thesis, Siemens
        AG") is a case study, titled by its first highlight when short ("Beyond the Agent: A Review").
        """
        if _STUDY_WORDS.search(" ".join(filter(None, [title, organization]))):
            self.course(title, organization, period, skills, where)
            return True
        if title is None or not _THESIS_ROLE.fullmatch(title):
            return False
        named = highlights[0].rstrip(".") if highlights and len(highlights[0]) <= _SHORT_TITLE else None
        item = {
            "kind": "case_study",
            "title": named or " at ".join(filter(None, [title, organization])),
            "description": " ".join(highlights[1:] if named else highlights)[:5000],
        }
        self.note(where, f"{title!r}: a thesis, counted as the case study {item['title']!r}")
        self.theses.append({key: value for key, value in item.items() if value})
        return True

    def covered(
        self, study: Mapping[str, Any], entry: Mapping[str, str | None], where: str, *, of: str = "degree"
    ) -> None:
        """
        Keep what a study (a degree, or a course *of*) covered, to list at beginner level.

        That is its courses, what it says it covered ("Learned deep learning, including computer
        vision"), and a degree's name with no field of its own ("Post Graduate Program in AI & ML").
        """
        if courses := _texts(study.get("courses")):
            found = [skill for course in courses for skill in self.table.find(course)]
            said = f"{len(courses)} kept as part of the {of}"
            self.studied.append((f"{where}.courses", said, "they show", found))
        described = [
            text for key in ("summary", "description", *_HIGHLIGHT_KEYS) for text in _texts(study.get(key))
        ]
        if entry["field"] is None and entry["degree"]:
            described.append(entry["degree"])
        if found := list(self.table.find(" ".join(described))):
            self.studied.append((where, _COVERED, "it shows", found))

    def advised(self, entry: Mapping[str, Any], where: str, period: tuple[str | None, str | None]) -> None:
        """
        Note the adviser or supervisor a position or degree under way names: someone who mentors the person.

        The entry is under way when its *period* has a start and no end.
        """
        if self.adviser is not None or period[0] is None or period[1] is not None:
            return
        title = _text(entry.get("position")) or ""
        if _MENTEE.search(title):  # "LFX Mentee": a mentorship under way, with its mentor
            self.adviser = where
            self.note(where, f"{title!r}, under way: a mentor (growth.mentor)")
            return
        for key in ("name", "institution", "summary", "description", *_HIGHLIGHT_KEYS):
            for text in _highlights(entry.get(key)):
                if found := _ADVISER.search(text):
                    self.adviser = where
                    self.note(where, f"{found[0].rstrip('.')!r}, under way: a mentor (growth.mentor)")
                    return

    def thesis(self, study: Mapping[str, Any], where: str) -> None:
        """
        Take the thesis an education entry names as a case study of the portfolio.

        The thesis is the entry's ``thesis``, or the sentences of its summary
        or highlights that say "thesis" or "dissertation".
        """
        named = _text(study.get("thesis"))
        said = [named] if named else []
        for key in ("summary", "description", *_HIGHLIGHT_KEYS):
            said.extend(
                sentence.strip()
                for text in _texts(study.get(key))
                for sentence in _SENTENCES.split(text)
                if _THESIS.search(sentence) and not _NOT_THESIS.search(sentence)
            )
        if not said:
            return
        led = _THESIS_LEAD.match(said[0])
        first = _title(_GRADE.sub("", said[0][led.end() if led else 0 :])) or said[0]
        # "Thesis: Towards Better Nets: A Study of Depth and ...", too long to quote: the title before its
        # subtitle.
        main, colon, _ = first.partition(": ")
        if led and len(first) > _SHORT_TITLE and colon and len(main.split()) > 2:
            first = main
        title = first[0].upper() + first[1:] if len(first) <= _SHORT_TITLE else "Thesis"
        self.note(where, f"thesis {title!r}: counted as a case study")
        item = {"kind": "case_study", "title": title, "description": " ".join(said)[:5000]}
        if url := _filled(study.get("thesisUrl")) or _filled(study.get("thesis_url")):
            item["url"] = url
        self.theses.append(item)

    def education_course(self, entry: Mapping[str, str | None], where: str) -> bool:
        """
        Take an education entry that is a course, not a degree, as continuing education.

        A course says so ("Online course", "Formation React JS", a workshop),
        comes from a course platform (Coursera, Udemy), or lasts under three
        months; a degree's level ("Master's, online") keeps it a degree.
        """
        kind, field, institution = entry["degree"], entry["field"], entry["institution"]
        if degree_level(kind or "") != "other" or not (kind or field):
            return False
        start, end = entry["start"], entry["end"]
        short = (
            start is not None
            and end is not None
            and len(start) > 4
            and len(end) > 4
            and (period_end(end) - period_start(start)).days < 92
        )
        said = " ".join(filter(None, [kind, institution]))
        if not (short or _COURSE_WORDS.search(said) or _COURSE_PLATFORMS.search(institution or "")):
            return False
        title = kind if kind and (field is None or field.casefold() in kind.casefold()) else None
        title = title or ": ".join(filter(None, [kind, field]))
        # ("... Business Applications (McCombs School of Business)": the school that gave it, no part of it)
        title = _SCHOOL_NOTE.sub("", title) or title
        when = end or start
        self.learning.append(_course(title, int(when[:4]) if when else None))
        skills = self.table.find(" ".join(filter(None, [kind, field])))
        self.studied.append(
            (where, f"{title!r}: a course, not a degree; listed as continuing education", "it shows", skills)
        )
        return True

    def field_skills(self, field: str, degree: str | None, where: str) -> None:
        """
        List the skills a degree's field names ("MSc in Data Science").

        A PhD shows them at advanced, a master's at intermediate, any other degree at beginner.
        """
        level = _DEGREE_SHOWS.get(degree_level(degree), Level.BEGINNER)
        # A field of study shows knowledge, not qualities: "Electronics and Communication" is no soft skill.
        found = [
            skill
            for skill in self.table.find(field)
            if skill not in self.levels and self.table.skills[skill].category is not SkillCategory.SOFT
        ]
        if found:
            names = ", ".join(self.table.skill_name(skill) for skill in found)
            said = f"{field!r} names {names}; listed at {level.word}, the field of a degree"
            self.note(f"{where}.area", said)
            for skill in found:
                self.skill(skill, level, f"{where}.area", said=False)

    # --- portfolio

    def projects(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for index, project in enumerate(_list(self.resume.get("projects"))):
            where = f"projects[{index}]"
            if not isinstance(project, Mapping):
                self.note(where, "is not a mapping; not placed")
                continue
            if self.unfilled(project, where):
                continue
            title = _title(_text(project.get("name")) or _text(project.get("title")))
            url = (
                _filled(project.get("url")) or _filled(project.get("website")) or _filled(project.get("link"))
            )
            # Each part a sentence: "Studied X" and "Found Y", a list's items, read "Studied X. Found Y."
            said = [
                _filled(project.get("description")),
                _filled(project.get("summary")),  # beside a short description (Reactive Resume)
                *(text for key in _HIGHLIGHT_KEYS for text in _highlights(project.get(key))),
            ]
            description = (
                sentences(parts) if len(parts := [text for text in said if text]) > 1 else "".join(parts)
            )
            roles = " ".join(_texts(project.get("roles"))).casefold()
            hosted = url is not None and any(host in url for host in _OPEN_SOURCE_HOSTS)
            open_source = _open_source(
                _text(project.get("type")), _text(project.get("entity")), description
            ) or (hosted and any(role in roles for role in _OPEN_SOURCE_ROLES))
            if open_source:
                self.note(where, f"{title!r}: counted as open-source work")
            # One keyword may list several, as a sentence does ("Python, OpenCV, MediaPipe").
            written = [project.get("keywords"), project.get("technologies")]
            keywords = [
                part.strip()
                for value in written
                for word in ([value] if isinstance(value, str) else _texts(value))
                for part in _listed(word)
            ]
            # "Python (for scraping)": the skill, and what it was used for; "Python (Streamlit)": the
            # skills it names.
            keywords = [
                named
                for word in keywords
                if word
                for named in (
                    (word,)
                    if self.table.known_skill(word) or not self.table.known_skill(_UNNOTED.sub("", word))
                    else (_UNNOTED.sub("", word), *self.table.find(word, listed=True))
                )
            ]
            keywords = list(dict.fromkeys(keywords))
            skills = [word for word in keywords if self.table.known_skill(word)]
            topics = [word for word in keywords if not self.table.known_skill(word)]
            if topics:
                self.note(where, f"keywords {', '.join(map(repr, topics))}: kept as topics, not skills")
            item = {
                "kind": "open_source" if open_source else "project",
                "title": title,
                "skills": skills,
                "topics": topics,
                "sector": self.sector_of([title, description], where, "the project's title or description"),
                "url": url,
                "description": description[:5000] or None,
            }
            items.append({key: value for key, value in item.items() if value})
        return items

    def certificates(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """
        The certificates earned, as portfolio items, and those still worked for, as courses being taken.

        A certificate whose name or date says it is in progress ("Machine
        Learning Specialization (in progress)", a date "Expected 2026") is
        not earned yet: it is continuing education. One earned on a date is
        continuing education of its year as well.
        """
        items: list[dict[str, Any]] = []
        learning: list[dict[str, Any]] = []
        for index, written in enumerate(_list(self.resume.get("certificates"))):
            # A certificate may be written as its name alone.
            certificate = {"name": written} if isinstance(written, str) else written
            if not isinstance(certificate, Mapping):
                continue
            if self.unfilled(certificate, f"certificates[{index}]"):
                continue
            name = _text(certificate.get("name"))
            date = _text(certificate.get("date"))
            if any(text and _UNDER_WAY.search(text) for text in (name, date)):
                title = _text(_UNDER_WAY.sub("", name)) if name else None
                said = f"{name or '(untitled)'!r}: in progress, listed as a course"
                self.note(f"certificates[{index}]", said)
                learning.append(_course(title))
                continue
            issuer, summary = _filled(certificate.get("issuer")), _text(certificate.get("summary"))
            if name and issuer is None and " | " in name:
                # "CUDA Python | Learnt parallel computing": what it covered; "AWS ML | Amazon": its issuer
                name, said = (part.strip() for part in name.split(" | ", 1))
                if is_name(said):
                    issuer = said
                else:
                    summary = " ".join(filter(None, [said, summary]))
            certified = _CERTIFICATE_WORDS.search(name or "") and not _SCHOLARSHIP.search(name or "")
            if name and not certified and won(" ".join(filter(None, [name, summary]))):
                # "Computer Science Olympiad" over "1st place (2022)" under "Certificates & Achievements".
                items.extend(self.award(f"certificates[{index}]", name, issuer, summary))
                continue
            item = {
                "kind": "certification",
                "title": name,
                "issuer": issuer,
                "url": _filled(certificate.get("url")),
                "description": summary[:5000] if summary else None,
            }
            items.append({key: value for key, value in item.items() if value})
            earned = resume_date(certificate.get("date"))
            if isinstance(earned, str):
                year = int(earned[:4])
                self.note(
                    f"certificates[{index}]", f"{name or '(untitled)'!r}: also a course taken in {year}"
                )
                learning.append(_course(name, year))
        return items, learning

    def blogs(self, basics: object, portfolio: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """
        The blogs the person's profiles link to (Medium, Substack, dev.to), each a blog post of theirs.

        A résumé links a blog for the writing on it; when the *portfolio* lists no post, the blog
        stands for them, titled by where it is.
        """
        items: list[dict[str, Any]] = []
        if any(item.get("kind") == "blog_post" for item in portfolio):
            return items
        profiles = basics.get("profiles") if isinstance(basics, Mapping) else None
        for index, profile in enumerate(_list(profiles)):
            if not isinstance(profile, Mapping):
                continue
            network, url = _text(profile.get("network")), _filled(profile.get("url"))
            named = " ".join(filter(None, [network, url])).casefold()
            if network is None or not (network.casefold() == "blog" or any(h in named for h in _BLOG_HOSTS)):
                continue
            # A network called "Blog" is titled by where the blog is.
            place = (url and urllib.parse.urlsplit(url).hostname) if network.casefold() == "blog" else network
            item = {
                "kind": "blog_post",
                "title": f"Posts on {place or 'a blog'}",
                **({"url": url} if url else {}),
            }
            self.note(
                f"basics.profiles[{index}]",
                f"{network!r}: a blog, counted as a blog post titled {item['title']!r}",
            )
            items.append(item)
        return items

    def publications(self) -> list[dict[str, Any]]:
        items = []
        for index, publication in enumerate(_list(self.resume.get("publications"))):
            if not isinstance(publication, Mapping):
                continue
            if self.unfilled(publication, f"publications[{index}]"):
                continue
            url = (
                _filled(publication.get("url"))
                or _filled(publication.get("website"))
                or _filled(publication.get("link"))
            )
            publisher = (_filled(publication.get("publisher")) or "").casefold()
            # A blog by its address, or by its platform's name as the publisher ("Medium", "Substack").
            blog = (
                "blog" in publisher
                or _BLOG_PLATFORMS.search(publisher) is not None
                or any(host in (url or "") for host in _BLOG_HOSTS)
            )
            item: dict[str, Any] = {"kind": "blog_post" if blog else "case_study"}
            if title := _title(_text(publication.get("name")) or _text(publication.get("title"))):
                item["title"] = title
            if url:
                item["url"] = url
            if summary := _text(publication.get("summary")) or _text(publication.get("description")):
                item["description"] = summary[:5000]
            where = f"publications[{index}]"
            what = item["kind"].replace("_", " ")
            self.note(where, f"{item.get('title', '(untitled)')!r}: counted as a {what}")
            # Where a paper appeared may name its field ("EMNLP Findings", "... on Computer Vision"), where
            # its title does not.
            venue = _text(publication.get("publisher"))
            if venue and not blog and not _NOT_YET.search(venue) and (named := self.table.find(venue)):
                item["skills"] = list(named)
                names = ", ".join(self.table.skill_name(skill) for skill in named)
                self.note(where, f"published at {venue!r}, which names {names}: skills the paper shows")
            if sector := self.sector_of([title, summary], where, "the paper's title or summary"):
                item["sector"] = sector
            items.append(item)
        return items

    def awards(self) -> list[dict[str, Any]]:
        items = []
        for index, written in enumerate(_list(self.resume.get("awards"))):
            # An award may be written as its title alone.
            award = {"title": written} if isinstance(written, str) else written
            if not isinstance(award, Mapping):
                continue
            if self.unfilled(award, f"awards[{index}]"):
                continue
            title = _text(award.get("title")) or "(untitled)"
            awarder = _filled(award.get("awarder"))
            if awarder is None and " | " in title:  # "Certified Network Associate (CCNA) | Cisco"
                title, awarder = (part.strip() for part in title.split(" | ", 1))
            # "Kaggle Learn certificates": courses passed, no contest (but "Government Scholarship, Higher
            # Secondary Certificate (HSC)" is money won, for the school's exam).
            if _CERTIFICATE_WORDS.search(title) and not _SCHOLARSHIP.search(title):
                self.note(f"awards[{index}]", f"{title!r}: a certificate, counted as a certification")
                item = {"kind": "certification", "title": title, "issuer": awarder}
                items.append({key: value for key, value in item.items() if value})
                if isinstance(earned := resume_date(award.get("date")), str):  # as a certificate's date is
                    self.note(f"awards[{index}]", f"{title!r}: also a course taken in {earned[:4]}")
                    self.learning.append(_course(title, int(earned[:4])))
            else:
                items.extend(self.award(f"awards[{index}]", title, awarder, _text(award.get("summary"))))
        return items

    def award(self, where: str, title: str, awarder: str | None, summary: str | None) -> list[dict[str, Any]]:
        """
        What an award won at *where* adds to the portfolio: the project of a competition, else nothing.
        """
        text = " ".join(filter(None, [title, awarder, summary]))
        if (
            COMPETITION_WORDS.search(text)
            and not _PRESENTING_WORDS.search(title)
            and not _RUNNING.search(title)
        ):
            named = competition_title(title, awarder)
            said = "counted as a project" if named == title else f"counted as the project {named!r}"
            self.note(where, f"{title!r}: a competition, {said}")
            item = {"kind": "project", "title": named, "description": summary[:5000] if summary else None}
            return [{key: value for key, value in item.items() if value}]
        self.note(where, f"{title!r}: awards are not part of a profile; not placed")
        return []

    # --- the whole résumé

    def run(self) -> ResumeImport:
        self.check()
        basics = self.resume.get("basics") or self.resume.get("bio") or {}
        profile: dict[str, Any] = {"profile": 1}
        if isinstance(basics, Mapping) and (name := _text(basics.get("name"))):
            profile["name"] = name
        self.skills()
        self.languages()
        positions, side_work = self.experience()
        self.employers = {
            position["organization"].casefold()
            for position in positions
            if "end" not in position and "organization" in position
        }
        ml_skills = self.table.ml_skills
        self.practising = any(
            "end" not in position and not ml_skills.isdisjoint(self.table.find(position.get("title", "")))
            for position in positions
        )
        studies = self.education()
        extension = self.extension()
        stated = (
            self.summary_skills(basics, goals="goals" not in extension) if isinstance(basics, Mapping) else {}
        )
        self.current_work(positions)
        traits = self.traits_said(basics, stated="traits" in extension)
        certificates, learning = self.certificates()
        portfolio = [
            *self.projects(),
            *side_work,
            *self.awards(),
            *certificates,
            *self.publications(),
            *self.theses,
        ]
        portfolio += self.blogs(basics, portfolio)
        self.studied_skills(self.worked([*positions, *portfolio]))
        if self.levels:
            profile["skills"] = [
                {"name": skill, "level": Level(level).word} for skill, level in self.levels.items()
            ]
        if portfolio:
            profile["portfolio"] = portfolio
        if positions:
            profile["experience"] = positions
        if studies:
            profile["education"] = studies
        profile.update({"traits": traits} if traits else {})
        if stated:
            profile["goals"] = stated
        if "stage" not in extension and (stage := self.stage_said(basics, studies, positions)):
            profile["stage"] = stage
        growth = {
            "mentor": self.adviser is not None,
            "learning": [*self.learning, *learning],
            "networking": self.networking(),
        }
        if any(growth.values()):
            profile["growth"] = {key: value for key, value in growth.items() if value}
        profile.update(extension)
        interests = [
            _text(entry.get("name")) if isinstance(entry, Mapping) else _text(entry)
            for entry in _list(self.resume.get("interests"))
        ]
        if any(interests):
            listed = ", ".join(name for name in interests if name)
            self.note("interests", f"{listed}: interests are not part of a profile; not placed")
        self.unknowns(profile)
        # Loading checks the result, and writing it back gives canonical ids and key order.
        return ResumeImport(profile=self.checked(profile).to_dict(), notes=tuple(self.notes))

    def checked(self, profile: dict[str, Any]) -> Candidate:
        """
        The candidate *profile* describes, its texts longer than a profile holds cut to the words that fit.
        """
        try:
            return load_candidate(profile)
        except ProfileError as error:
            if not self.cut_long_texts(profile, error.problems):
                raise
        return load_candidate(profile)

    def cut_long_texts(self, profile: dict[str, Any], problems: Sequence[Problem]) -> bool:
        """
        Cut each text of *profile* a problem says is too long (a citation as a title) to the words that fit.

        Returns whether every problem was such a text.
        """
        long = [(problem, _LONGER.fullmatch(problem.message)) for problem in problems]
        if not all(found for _, found in long):
            return False
        for problem, found in long:
            assert found is not None  # noqa: S101 - every problem matched, just above
            *keys, last = [int(index) if index else key for key, index in _PATH_PART.findall(problem.path)]
            holder: Any = profile
            for key in keys:
                holder = holder[key]
            limit = int(found[1])
            text = holder[last].strip()[: limit - 1]
            holder[last] = f"{text.rsplit(' ', 1)[0].rstrip(' ,;:')}\u2026"
            self.note(problem.path, f"longer than {limit} characters; cut to its first words")
        return True

    def stage_said(
        self, basics: object, studies: Sequence[Mapping[str, Any]], positions: Sequence[Mapping[str, Any]]
    ) -> str | None:
        """
        The stage the résumé's words give: an interview under way, or a degree no dates can place.

        A degree whose period says only that it is under way ("Pursuing") is studied now, and so
        is one the headline or summary says is about to begin ("Incoming Graduate Student at USC"),
        which no education entry holds yet.

        Dates decide when a degree has them: a summary written as a student goes stale
        once the degree ends, but an undated degree leaves the words the only sign. A
        current job other than a student's makes the person employed whatever the words.
        """
        if self.interviewing is not None:
            self.note(self.interviewing, "says an interview is under way: stage interviewing")
            return "interviewing"
        undated = any("degree" in study and not {"start", "end"} & study.keys() for study in studies)
        working = any(
            "end" not in position and not Position(title=position.get("title")).is_student_job
            for position in positions
        )
        if working or not (undated or _incoming(basics)):
            return None
        if where := next((where for where in self.under_way if where.startswith("education[")), None):
            self.note(where, "says the degree is under way, and it has no start: stage student")
            return "student"
        said = basics if isinstance(basics, Mapping) else {}
        if incoming := _incoming(said):
            self.note(f"basics.{incoming}", "says a degree is about to begin: stage student")
            return "student"
        for key in ("label", "summary", "headline"):
            if _STUDYING.search(_text(said.get(key)) or ""):
                self.note(
                    f"basics.{key}", "says a degree is under way, and the degree has no dates: stage student"
                )
                return "student"
        return None

    def check(self) -> None:
        written = [str(key) for key in self.resume]
        if not all(key in _PROFILE_KEYS for key in written):  # an mlcareer profile is advised directly
            self.resume, renamed = json_resume_names(self.resume)
            for where, what in renamed:
                self.note(where, what)
        has_basics = any(key in self.resume for key in ("basics", "bio"))
        if not has_basics and self.near_resume():
            self.resume = self.lifted()
            has_basics = True
        regrouped: list[tuple[str, str]] = []
        self.resume = {key: self.grouped(str(key), value, regrouped) for key, value in self.resume.items()}
        for where, what in regrouped:
            self.note(where, what)
        keys = [str(key) for key in self.resume]
        unknown = [key for key in keys if key not in RESUME_SECTIONS and not key.startswith(("x-", "$"))]
        sections = [key for key in keys if key in RESUME_SECTIONS and key not in _IGNORED_SECTIONS]
        if not sections or (unknown and not has_basics):
            found = ", ".join(written) or "nothing"
            hint = ""
            if unknown and all(key in _PROFILE_KEYS for key in written):
                hint = "; it looks like an mlcareer profile: advise it directly"
            raise ResumeError(
                [
                    Problem(
                        message=(
                            f"not a JSON Resume document: it needs 'basics' and sections such as work,"
                            f" education, skills or projects (it has {found}){hint}"
                        )
                    )
                ]
            )
        for key in unknown:
            self.note(key, "is not a JSON Resume section; not placed")

    def near_resume(self) -> bool:
        """
        Whether a document without ``basics`` keeps its fields at the top, beside JSON Resume's sections.

        It needs two of the main sections (work, education, skills, projects) and
        some of the person's fields, or three of those sections, so that most of
        it can be read; an mlcareer profile (only its keys) is not one: it is
        advised directly.
        """
        keys = [str(key) for key in self.resume]
        sections = set(keys) & {
            "work",
            "education",
            "skills",
            "projects",
        }
        person = any(key in _BASICS_FIELDS for key in keys) or self.basics_holder() is not None
        return not all(key in _PROFILE_KEYS for key in keys) and len(sections) >= (2 if person else 3)

    def basics_holder(self) -> str | None:
        """
        The key of a mapping that holds the person's name and contacts under another name than ``basics``.
        """
        return next(
            (
                key
                for key, holder in self.resume.items()
                if holds_person(key) and isinstance(holder, Mapping) and _text(holder.get("name"))
            ),
            None,
        )

    def lifted(self) -> dict[str, Any]:
        """
        The document with the fields of ``basics`` moved there from its top or another mapping.

        Its top writes them as themselves (``name``, ``title``, ``summary``); another mapping
        holds them under another name (``personal_info``).
        """
        basics: dict[str, Any] = {}
        moved = []
        holder = self.basics_holder()
        fields = self.resume.get(holder, {}) if holder else {}
        for key, field in _BASICS_FIELDS.items():
            value = self.resume.get(key, fields.get(key))
            if field in basics or not (_text(value) or _texts(value)):
                continue
            basics[field] = " ".join(_texts(value)) if isinstance(value, list) else value
            moved.append(key if key in self.resume else f"{holder}.{key}")
        if moved:
            self.note(", ".join(moved), "read as basics (JSON Resume keeps them there)")
        else:
            self.note("basics", "missing: the résumé is read without the person's name and contacts")
        kept = {key: value for key, value in self.resume.items() if key not in moved and key != holder}
        return {"basics": basics, **kept}

    def grouped(self, key: str, value: object, renamed: list[tuple[str, str]]) -> object:
        """
        A section written as named groups or named entries, as its list.

        Named groups (``{"Languages": ["Python", "C++"]}``): skills keep their
        group's name, as a JSON Resume skills group does; other sections'
        groups (``{"Journal articles": [...], "Talks": [...]}``) are joined in
        their order. Named entries (``{"MIT": {"degree": "BSc"}}``): each
        entry with its name as the field that names it (an institution, an
        employer, a project's name). The entries' fields are renamed to JSON
        Resume's, each change added to *renamed*.
        """
        if key not in _LISTED_SECTIONS or not isinstance(value, Mapping) or not value:
            return value
        if all(isinstance(entry, Mapping) for entry in value.values()):
            field, what = KEYED_FIELDS[key]
            self.note(key, f"{', '.join(map(repr, value))}: entries written under their {what}")
            keyed = [{field: name, **entry} for name, entry in value.items()]
            return named_entries(key, keyed, renamed)
        # A skills group may be one text that lists its skills ("Languages": "Python, C++").
        kinds = (list, str) if key == "skills" else list
        if not all(isinstance(group, kinds) for group in value.values()):
            # Groups beside fields about the section ({"level": "graduate", "history": [...]}): the groups.
            lists = {name: group for name, group in value.items() if isinstance(group, list)}
            if key == "skills" or not lists:
                return value
            others = ", ".join(repr(name) for name in value if name not in lists)
            self.note(key, f"{others}: not entries; not placed")
            value = lists
        groups = value.values()
        self.note(key, f"{', '.join(map(repr, value))}: groups of entries, each read as one")
        if key != "skills":
            return named_entries(key, [entry for group in groups for entry in group], renamed)
        entries: list[object] = []
        for name, group in value.items():
            listed = [group] if isinstance(group, str) else group
            entries += [entry for entry in listed if isinstance(entry, Mapping)]
            if words := [entry for entry in listed if not isinstance(entry, Mapping)]:
                entries.append({"name": name, "keywords": words})
        return named_entries(key, entries, renamed)

    def extension(self) -> dict[str, Any]:
        extension = self.resume.get("x-mlcareer")
        if extension is None:
            return {}
        if not isinstance(extension, Mapping):
            self.note("x-mlcareer", "is not a mapping; ignored")
            return {}
        for key in extension:
            if key not in _EXTENSION_KEYS:
                self.note(f"x-mlcareer.{key}", "is not a profile key; ignored")
        return {key: extension[key] for key in _EXTENSION_KEYS if key in extension}

    def unknowns(self, profile: Mapping[str, Any]) -> None:
        """
        Say what the document does not give, and where to add it: its ``x-mlcareer`` key, or the profile.
        """
        document = self.origin or "the resume"

        def add(key: str) -> str:
            return (
                f"set {key} in the profile made from it" if self.origin else f"add x-mlcareer.{key} to set it"
            )

        if "stage" not in profile:
            derived = "not stated; it is derived from the work history and education on the day of advice"
            self.note("stage:", f"{derived} ({add('stage')})")
        for key, what in (
            ("traits", "traits"),
            ("goals", "goals (target sectors, specialization, company)"),
            ("interview_prep", "interview preparation"),
        ):
            if key not in profile:
                self.note(f"{key}:", f"{document} does not say the {what}; {add(key)}")
        growth = profile.get("growth") or {}
        if "mentor" not in growth:
            unsaid = ["a mentor"] + [
                what
                for key, what in (("learning", "continuing education"), ("networking", "networking"))
                if key not in growth
            ]
            what = " or ".join(unsaid) if len(unsaid) < 3 else f"{unsaid[0]}, {unsaid[1]}, or {unsaid[2]}"
            self.note("growth:", f"{document} does not say whether there is {what}; {add('growth')}")


#: The top-level keys of an mlcareer profile, to recognise one handed to the importer.
_PROFILE_KEYS = frozenset(
    {
        "profile",
        "name",
        "stage",
        "skills",
        "traits",
        "portfolio",
        "goals",
        "interview_prep",
        "growth",
        "experience",
        "education",
        "extensions",
    }
)


def profile_from_resume(
    resume: Mapping[str, Any], *, places: Mapping[str, str] | None = None, origin: str | None = None
) -> ResumeImport:
    """
    Make a profile from a JSON Resume document (any schema version) as plain data.

    Skills come from ``skills`` in every shape résumés use (names with a
    level and keywords, plain strings, category and items groups, levels in
    group names, levels as words such as Master or Basic), from programming
    languages under ``languages``, from degree courses (at beginner) and from
    the headline and summary, a part of a sentence at a time (at beginner
    where it says they are being learned, not at all where it says where
    someone is heading: "aspiring", "looking for"); ``work`` becomes the
    work history (and open-source work, for Google Summer of Code and the
    like); ``education`` the education; ``projects``, competition
    ``awards``, ``certificates``, ``publications`` and ``volunteer`` roles
    that are open source or name ML work the portfolio. Traits, stage and goals come from an
    ``x-mlcareer`` key when present; without goals there, the sectors a
    sentence about where someone is heading names are their target sectors,
    and the one niche a sentence about their focus names ("focused on NLP")
    their specialization.

    *places* names, for a document converted from another format, where
    each entry came from (``{"work[0]": "Positions.csv line 2"}``), for the
    notes; *origin* names that format's document ("the LinkedIn export"),
    which has no ``x-mlcareer`` key: the notes then say what to add to the
    profile made from it.

    Raises:
        ResumeError: if the document is not a JSON Resume document.
        ProfileError: if the profile made from it is not valid (an
            ``x-mlcareer`` key with bad values).

    Example:
        >>> result = profile_from_resume(
        ...     {
        ...         "basics": {"name": "Ana"},
        ...         "skills": [{"name": "ML", "level": "Master", "keywords": ["sklearn"]}],
        ...     }
        ... )
        >>> result.profile["skills"]
        [{'name': 'machine-learning', 'level': 'expert'}, {'name': 'scikit-learn', 'level': 'expert'}]
    """
    return _Importer(resume, places, origin).run()


#: A comment, whole: to the end of its line, or to the first ``*/``.
_COMMENT = r"//[^\n]*(?![^\n])|/\*(?:(?!\*/).)*\*/"
#: A key given no value (``"endDate":,``, or with the comma before it ``, "endDate": }``), a JSON
#: string, a comment, or a comma closed by a bracket (past blanks and whole comments, so that a
#: bracket inside a commented-out block closes nothing): what people write into JSON by hand.
_HAND_EDIT = re.compile(
    rf'(,?\s*"(?:\\.|[^"\\])*"\s*:(?:\s|{_COMMENT})*(?=}})|"(?:\\.|[^"\\])*"\s*:(?:\s|{_COMMENT})*,)'
    rf'|"(?:\\.|[^"\\])*"|({_COMMENT})|(,)(?=(?:\s|{_COMMENT})*[\]}}])',
    re.DOTALL,
)


def _hand_edits(text: str) -> tuple[str, tuple[str, ...]]:
    """
    *text* with comments and trailing commas outside strings blanked (lines and columns kept), and notes.

    Example:
        >>> text, notes = _hand_edits('["a", "b,]",] // two')
        >>> text
        '["a", "b,]" ]       '
        >>> notes[1]
        'the document has commas before a closing bracket; they were skipped'
        >>> _hand_edits('{"name": "Ana", "endDate":}')[0]
        '{"name": "Ana"            }'
    """
    kinds = ("keys with no value", "comments", "commas before a closing bracket")
    found = dict.fromkeys(kinds, False)

    def blank(match: re.Match[str]) -> str:
        kind = next((kind for kind, group in zip(kinds, match.groups(), strict=True) if group), None)
        if kind is None:
            return match.group(0)
        found[kind] = True
        return re.sub(r"[^\n]", " ", match.group(0))

    plain = _HAND_EDIT.sub(blank, text)
    return plain, tuple(f"the document has {what}; they were skipped" for what, seen in found.items() if seen)


def import_resume(source: Mapping[str, Any] | str | bytes | FilePath) -> ResumeImport:
    r"""
    Make a profile from a résumé: JSON Resume as plain data, JSON or YAML text, or text, or a file.

    JSON with ``//`` or ``/* */`` comments, a comma before a closing
    bracket, or a key with no value (``"endDate":,``), as people write by
    hand, is read, and a note says so. A
    ``.yaml`` or ``.yml`` file, or text that does not start with ``{``, is
    the same document written in YAML (as sites keep ``_data/resume.yml``),
    read safely. A ``.md``, ``.markdown`` or ``.txt`` file, or text that
    is neither, is a résumé written as Markdown or plain text, read by its
    headings into JSON Resume's sections (`mlcareer._text_resume`); a note
    says how it was split. A PDF (bytes, or a file, that start with
    ``%PDF-``) is read by its text, with the ``pdf`` extra installed; a
    Word document (``.docx``) by its paragraphs, written out as Markdown.

    Raises:
        ResumeError: for JSON that is not valid (with line and column), a
            document that is not a résumé, text that names no section of
            one, or a PDF or Word document that cannot be read (see
            `mlcareer._pdf` and `mlcareer._docx`).
        ProfileError: if the profile made from it is not valid.

    Example:
        >>> result = import_resume('{"basics": {"name": "Ana"}, // hand-edited\n "skills": ["Python"]}')
        >>> result.profile, result.notes[0]
        ({'profile': 1, 'name': 'Ana', 'skills': ['python']}, 'the document has comments; they were skipped')
    """
    if isinstance(source, Mapping):
        return profile_from_resume(source)
    file = str(source) if isinstance(source, FilePath) else None
    suffix = source.suffix.casefold() if isinstance(source, FilePath) else ""
    if isinstance(source, FilePath):
        source = source.read_bytes()
    if isinstance(source, bytes) and source.startswith(b"%PDF-"):
        text, how = pdf_text(source, file), _PDF
        if titles_apart(text):  # perhaps drawn apart from their sections' text: read the page as it is set
            with contextlib.suppress(ResumeError):  # (a page pypdf cannot lay out is read as it is drawn)
                laid = pdf_text(source, file, layout=True)
                if _sections_read(laid) > _sections_read(text):
                    text, how = laid, _PDF_LAYOUT
        read = _text_resume(text, file, None)
        return ResumeImport(read.profile, (how + _run_together(text), *read.notes))
    if isinstance(source, bytes) and source.startswith(b"PK\x03\x04"):  # a zip archive: a Word document
        read = _text_resume(docx_text(source, file), file, None)
        return ResumeImport(read.profile, (_DOCX, *read.notes))
    if isinstance(source, bytes) and source.startswith(_OLD_WORD):
        message = "a Word document in the old .doc format: save it as .docx or PDF"
        raise ResumeError([Problem(message=message, file=file)])
    text = source.decode("utf-8-sig", errors="replace") if isinstance(source, bytes) else source
    return _written_resume(text.removeprefix("\ufeff"), file, suffix)


def _written_resume(text: str, file: str | None, suffix: str) -> ResumeImport:
    """
    The profile made from a résumé's *text*: JSON, YAML or a résumé written as text, by *suffix* and start.
    """
    if suffix in _TEXT_SUFFIXES:
        return _text_resume(text, file, None)
    plain, edits = _hand_edits(text)
    if suffix in {".yaml", ".yml"} or not plain.lstrip().startswith(("{", "[")):
        try:
            document = load_document(text, kind="yaml", file=file, error=ResumeError)
            return _resume_data(document.data, file, ())
        except LimitError as error:  # a résumé past a limit is a problem of the résumé
            raise ResumeError(error.problems) from None
        except ResumeError as error:  # not YAML, or no résumé in YAML: perhaps a résumé written as text
            if suffix in {".yaml", ".yml"}:
                raise
            return _text_resume(text, file, error)
    try:
        data = json.loads(plain)
    except json.JSONDecodeError as exc:
        problem = Problem(message=f"not valid JSON: {exc.msg}", file=file, line=exc.lineno, column=exc.colno)
        raise ResumeError([problem]) from None
    except (RecursionError, ValueError) as exc:
        what = (
            "the JSON is nested too deeply" if isinstance(exc, RecursionError) else f"not valid JSON: {exc}"
        )
        raise ResumeError([Problem(message=what, file=file)]) from None
    return _resume_data(data, file, edits)


#: The names of files that hold a résumé written as text.
_TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text"})


def _text_resume(text: str, file: str | None, error: ResumeError | None) -> ResumeImport:
    """
    The profile made from a résumé written as text; *error* (or one saying what is missing) when it is none.
    """
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > DEFAULT_LIMITS.max_bytes:
        raise ResumeError(too_large(size, DEFAULT_LIMITS, file).problems)
    if (page := _page(text, file)) is not None:
        return _resume_data(page, file, (_PAGE,))
    read = resume_from_text(text)
    if read is None:
        if error is not None:
            raise error
        message = "the text names no section of a résumé (experience, education, skills, projects ...)"
        raise ResumeError([Problem(message=message, file=file)])
    resume, notes = read
    return _resume_data(resume, file, notes)


#: The note on a résumé kept as a PDF.
_PDF = "the document is a PDF: its text taken out page by page, then read as text"
_PDF_LAYOUT = (
    "the document is a PDF that draws its section titles apart from their text: its text taken out"
    " as each page sets it, column by column, then read as text"
)
#: A word of twenty letters or more, which text seldom has and words run together often give.
_LONG_WORD = re.compile(r"[^\W\d_]{20,}")


def _sections_read(text: str) -> int:
    """
    How many sections of a résumé *text* gives, read by its headings.
    """
    read = resume_from_text(text)
    return 0 if read is None else sum(1 for key, value in read[0].items() if key != "basics" and value)


def _run_together(text: str) -> str:
    """
    What the note on a PDF adds when its words run together (it places them without spaces), or nothing.

    Example:
        >>> _run_together("Builtthewebplatformforthecompany and more").split(":")[0]
        '; its words run together, as the PDF does not space them, so much of it cannot be read'
        >>> _run_together("Built the web platform")
        ''
    """
    words = text.split()
    if not words or len(_LONG_WORD.findall(text)) * 20 < len(words):
        return ""
    return (
        "; its words run together, as the PDF does not space them, so much of it cannot be read:"
        " save it again as PDF from its source, or import its text"
    )


#: The note on a résumé kept as a Word document.
_DOCX = "the document is a Word document (.docx): its paragraphs written out as Markdown, then read as text"
#: How a file in the old binary Word format (and other Office formats of its time) starts.
_OLD_WORD = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: The note on a page whose front matter holds the résumé.
_PAGE = (
    "the page's front matter holds the résumé, as an author's page writes it; the page's text is the summary"
)


def _page(text: str, file: str | None) -> dict[str, Any] | None:
    """
    The JSON Resume document a Markdown page's front matter holds, with its text as the summary, if any.
    """
    if (found := front_matter(text)) is None:
        return None
    try:
        document = load_document(found[0], kind="yaml", file=file, error=ResumeError)
    except (ResumeError, LimitError):  # front matter that is no YAML: the page is read as text
        return None
    return author_page(document.data, found[1]) if isinstance(document.data, Mapping) else None


def _resume_data(data: object, file: str | None, edits: tuple[str, ...]) -> ResumeImport:
    """
    The profile made from a document's plain *data*, with the notes on how its text was read first.
    """
    if isinstance(data, list) and (sections := titled_sections(data)) is not None:
        data = sections
        edits = (
            *edits,
            "the document is a list of titled sections: each read as the section its title names",
        )
    if not isinstance(data, dict):
        raise ResumeError([Problem(message="a JSON Resume document is a mapping (a JSON object)", file=file)])
    result = profile_from_resume(data)
    return ResumeImport(result.profile, (*edits, *result.notes)) if edits else result


def _without_tail(text: str, tail: str) -> str | None:
    """
    *text* without *tail* written after it with a separator ("Engineer - Acme"), if it is.
    """
    folded = text.casefold()
    for between in _TITLE_EMPLOYER:
        if folded.endswith(between + tail.casefold()):
            return text[: -len(between + tail)].strip() or None
    return None


def _period_key(entry: Mapping[str, Any]) -> str | None:
    """
    The key of the field, other than the schema's, in which *entry* writes its period, if any.
    """
    keys = {normal_key(key): key for key in entry if _text(entry[key])}
    return next((keys[key] for key in _PERIOD_KEYS if key in keys), None)
