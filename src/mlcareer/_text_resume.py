"""
Résumés written as text (Markdown, or plain text copied from a CV), read as JSON Resume sections.

A text résumé is read by its headings. A heading that names a section
("Experience", "## Education", "TECHNICAL SKILLS", "**Projects**", a line
underlined with ``===``) opens it, and the lines below it, up to the next
such heading, are its entries; a heading at the same level that names no
section a résumé has ("Press") closes it, with a note. A section named in
bold before its content ("**Skills:** Python, SQL") opens with that line.

In work, education, project and volunteering sections, an entry starts at
a sub-heading; at each list item, when the entries are written as items
("* Engineer, Acme, 2019 - 2021"); at a list item or a line that writes a
period at its start or end under a head; or at a line that is no list
item after items. The first lines of an entry are its head ("Lead Data
Scientist — Acme, Boston", "M.Sc. Statistics, University of Washington"),
split into title and employer, or degree, field and school; a period in
them is its dates; list items are its highlights (the first, when it only
names the employer, is the employer) and other lines its summary. In a
skills section each line is a group ("Languages: Python, SQL", a table's
row) or a list of skills; in the other sections each line is an entry,
with the date it gives. The first short line above every section is the
name, a role on the line below it the headline, and the sentences there
or under a summary heading are the summary.

Text saved from a PDF has no marks: there an entry's head is the lines
above its period ("Spotify", "Senior Data Scientist", "March 2021 -
Present (3 years 9 months)"), so the lines that end one entry and head
the next as the first was headed start it; one line alone is a further
role at the same employer. The place under a whole head and the length
after a period are left out. A profile LinkedIn saves as PDF, its sidebar
("Contact", "Top Skills", ...) before the name, is read name first.

This reader only finds where a period is written; the document it makes
goes on to the JSON Resume importer, which reads periods, heads and skills
as it reads any résumé. The notes say how the text was split.
"""

from __future__ import annotations

import html
import itertools
import re
from typing import Any

from mlcareer._model import degree_level, is_schooling
from mlcareer._posting import text_lines
from mlcareer._resume_names import (
    BRACKETED_NOTE,
    COMPETITION_WORDS,
    JOINED_HEADINGS,
    NOTE,
    ROLE_WORDS,
    WORK_TERMS,
    section_of,
    sentences,
    won,
)

__all__ = ["resume_from_text"]

#: A line of the text: the line, how deep it is indented, and its level as a heading (0 for none).
_Line = tuple[str, int, int]

#: A list item's mark, with the spaces before it (how deep it is nested).
_ITEM = re.compile(
    r"^(\s*)(?:(?:[-*+\u2022\u2023\u25e6\u2043\u00b7\u25aa\u25cf\u25cb\u25a0\u25ba\u25c6\u27a2\u2756\u2713\u2714]"
    r"|\d{1,2}[.)]|\[\d{1,3}\])\s+"
    r"|[-\u2022](?=[A-Z])"  # "-Led a team", as people type a list by hand; "\u2022Designed", from a PDF
    r"|\d{1,2}\.(?=[A-Z][a-z])"  # "3.Status update ...", a numbered item typed without its space
    r"|\{\s+(?=[A-Z])"  # "{ Developed ...": a bullet some LaTeX fonts give a PDF's text as a brace
    r"|[of]\s+(?=[A-Z][a-z]|\d)"  # "o Implemented ...", "f Led ...": a bullet a symbol font gives as a letter
    # "\u2013 Description: ...", an inner list's mark as a PDF gives it (not a period's end, "\u2013 Present")
    r"|\u2013\s+(?=(?!(?i:present|current|now|today)\b)[^\W\d_]))"
)
#: A Markdown heading's hashes; a line all in bold; an HTML heading's tag.
_HASHES = re.compile(r"^\s*(#{1,6})(?:\s+|(?=[A-Z][a-z]))")  # "## Skills", or as typed in haste, "##Skills"
_BOLD = re.compile(r"^\s*(\*\*|__)[^*_].*?\1:?\s*$")
_HTML_HEADING = re.compile(r"^\s*(?:#+\s*)?<h([1-6])\b", re.IGNORECASE)
#: A setext heading's underline.
_SETEXT = re.compile(r"^\s{0,3}(=|-)\1{2,}\s*$")
#: An HTML tag, and an HTML comment (which may run over lines).
_TAG = re.compile(r"<[^<>\n]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: The marks that open a quoted line or a definition: "> ", ": ".
_QUOTE = re.compile(r"^(\s*)(?:>\s*)+|^(\s*):\s+")
#: Marks left in a line's text: emphasis, inline code, a heading's closing hashes, Kramdown attributes,
#: Liquid tags, and images.
_MARKS = re.compile(
    r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`|\s#+\s*$|\{:[^}]*\}|\{%[^%]*%\}|!\[[^\]]*\]\([^)]*\)"
)
#: A Markdown link, read as its text.
_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
#: A wiki link (Obsidian, Foam), read as its label, or else its target: "[[Python]]", "[[NVIDIA NeMo|NeMo]]".
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]|\n]+)\]\]")
#: A line that only rules the page: "-----", "=====", "***".
_RULE = re.compile(r"^\s*(?:[-=_*~]\s*){3,}$")
#: A Markdown table's row, and the row that underlines its head.
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$")
#: A MkDocs admonition's first line, whose quoted title heads the indented lines below it:
#: '!!! note "Data Scientist"', '???+ quote "Engineer"'.
_ADMONITION = re.compile(r'^(\s*)(?:!!!|\?\?\?\+?)\s+[\w-]+(?:\s+[\w-]+)*?\s*(?:"(?P<title>[^"]*)")?\s*$')
#: Pictures before a heading's words ("💡 Skills"): symbols, and the marks that join or vary them.
_PICTURES = re.compile(r"^(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+\s*)+")
#: Skills written each as inline code, apart: "`Python` `SQL`".
_CODE_LIST = re.compile(r"^\s*`[^`]+`(?:[\s,]*`[^`]+`)+\s*$")
#: How long a period lasted, as job sites write it after the period: "(3 years 9 months)", "· 2 yrs".
_DURATION = re.compile(
    r"[\s\u00b7(]*\b\d+\s+(?:years?|yrs?|months?|mos?)(?:\s+\d+\s+(?:months?|mos?))?\b\)?", re.IGNORECASE
)
#: A line that only names a place: a few capitalised words, parts apart by commas ("London, England").
_PLACE_PART = r"[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_PLACE = re.compile(rf"{_PLACE_PART}(?:, {_PLACE_PART}){{0,3}}")
#: A line that gives a paper: its address at a preprint server, a DOI or a venue's proceedings.
_PAPER = re.compile(
    r"arxiv\.org|doi\.org|\bdoi:|openreview\.net|aclanthology\.org|proceedings|ieeexplore|dl\.acm\.org",
    re.IGNORECASE,
)
#: YAML front matter at the top of a Markdown page.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)\s*\n.*?\n\1\s*\n", re.DOTALL)
#: A block of code, between lines of three backticks or tildes: "```javascript" ... "```".
_CODE_BLOCK = re.compile(
    r"^[^\S\n]*(```|~~~)[^\S\n]*[\w+-]*[^\S\n]*\n(.*?)^[^\S\n]*\1[^\S\n]*$", re.MULTILINE | re.DOTALL
)
#: Two hyphens, as Markdown and LaTeX write a dash: "Jun 2021 -- Present".
_DOUBLE_HYPHEN = re.compile(r"(?<![-\w])--(?![-\w])")
#: A run of hyphens or dots that leads the eye across a line to its last column: "Acme ------ Boston",
#: "Acme Co. . . . . . 2019"; at a line's end it leads nowhere.
_LEADER = re.compile(r"(?<=\S)[^\S\n]*(?:-{4,}|\.{4,}|\.(?:[^\S\n]?\.){3,})[^\S\n]*(?=\S|$)", re.MULTILINE)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)\.?"
)
#: A year that a PDF's text runs into the next word: "2020 - 2024MIT Academy of Engineering".
_GLUED_YEAR = re.compile(r"(?<![\w.'/-])((?:19|20)\d\d)(?=[A-Z])")
#: A day of a month, as a date may write it: "01 Aug, 2022", "Aug 1, 2022", "1st August 2022".
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_DATE = (
    # "30/07/2021", "15.03.2020": a day, a month and a year, in numbers
    r"(?:(?:0?[1-9]|[12]\d|3[01])[/.](?:0?[1-9]|[12]\d|3[01])[/.](?:19|20)\d\d"
    rf"|(?:{_DAY}\s+)?{_MONTH}(?:\s+{_DAY})?,?\s+(?:19|20)\d\d|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d"
    r"|(?:19|20)\d\d(?:[-/.](?:0?[1-9]|1[0-2]))?"
    # "May\u201924", "Jun\u2019 25", "\u201921", as short CVs write them
    rf"|(?:{_MONTH}\s*)?['\u2019](?:(?<=[a-z.]['\u2019])\s)?\d\d"
    r"|(?:spring|summer|fall|autumn|winter)\s+\d\d)"  # "Fall 23", a term of an academic year
)
_END = rf"(?:(?:(?:est\.|expected|exp\.)\s*)?{_DATE}|(?:19|20)?\d\d|present|current|now|today|ongoing)"
#: A date by its month's or season's name: "Oct 2023", "Fall 23".
_NAMED_DATE = rf"{_MONTH}\s+(?:(?:19|20)\d\d|\d\d)"
#: A date to the month: "Oct 2023", "4/2021", "2021-04".
_MONTH_DATE = (
    rf"(?:{_MONTH},?\s+(?:19|20)\d\d|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d"
    r"|(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2]))"
)
#: A period: two dates, or a date and "present", joined by a dash or "to"; dates by name listed with
#: commas (terms taught, "Fall 2019, Spring 2023": the first to the last); a date and a dash with no
#: end ("2018-", or "4/2021 - Waseda University" at a line's start, ongoing); or one date. A number
#: after "No." is none ("Reg. No. 2044").
_PERIOD = re.compile(
    rf"(?<![\w/.-])(?<!No\.\s)(?<!No:\s)(?<!No\s)"
    rf"(?:{_DATE}\s*(?:-|\u2013|\u2014|&|to|until|and)\s*{_END}|{_NAMED_DATE}(?:,\s*{_NAMED_DATE})+|{_MONTH}\s*(?:-|\u2013|\u2014)\s*{_DATE}"
    rf"|{_DATE}\s*[-\u2013\u2014~](?=\s*(?:[:,;|)]|$))|^{_MONTH_DATE}\s*[-\u2013\u2014](?=\s+[^\W\d_])|{_DATE})"
    r"(?![\w/-])",
    re.IGNORECASE,
)
#: A hyphen or a dash, as a period joins its dates with one.
_DASH = "[-\u2013\u2014]"
#: A part of an employer that a head names before it: "Technical AI Safety Team", "Department of Physics".
_UNIT = re.compile(r"(?i:\b(?:team|department|division)$|^(?:department|dept\.?|faculty) of\b)")
#: The most words of a label that names a section: "Relevant Coursework", "Programming Languages".
_SHORT_LABEL = 3
#: The sections a labelled line can give the entries of, each named on it.
_LINE_SECTIONS = frozenset({"skills", "courses", "languages", "certificates", "awards", "interests"})
#: Words that say languages are programming languages, not spoken ones.
_PROGRAMMING = re.compile(r"\b(?:programming|coding|computer|scripting|software)\b", re.IGNORECASE)
#: A date a column wraps before its end: "June 2022\u2013", "September", "October 2017\u2013January".
_OPEN_DATE = re.compile(
    rf"(?:(?:{_MONTH}\s+)?(?:19|20)\d\d\s*{_DASH}\s*|{_MONTH}\s*{_DASH}\s*)?{_MONTH}\s*{_DASH}?"
    rf"|(?:{_MONTH}\s+)?(?:19|20)\d\d\s*{_DASH}",
    re.IGNORECASE,
)
#: A period a line ends with before its last year: "June 2019 \u2013 July", "June 2019 \u2013".
_OPEN_PERIOD_END = re.compile(rf"\b{_DATE}\s*{_DASH}(?:\s*{_MONTH})?\s*$", re.IGNORECASE)
#: The rest of a period wrapped onto a line of its own: "2020", "July 2020", "Present".
_DATE_REST = re.compile(rf"(?:{_MONTH}\s+)?(?:19|20)\d\d|present|current|now", re.IGNORECASE)
#: The rest of a wrapped date, at a line's start: a month, a year, or that it goes on.
_DATE_START = re.compile(rf"(?:{_MONTH}|(?:19|20)\d\d|present|current|now)(?!\w)", re.IGNORECASE)
#: A date to the month, within a period: "07/2020", "Jul 2020", "2020-07".
_TO_THE_MONTH = re.compile(rf"{_MONTH_DATE}(?!\d)", re.IGNORECASE)
#: A year, as a line may mention one: "winner at NASA SpaceApps 2020".
_YEAR_WORD = re.compile(r"(?<![\d.])(?:19|20)\d\d(?!\d)")
#: The end of a period that is under way: "07/2021 - Present".
_ONGOING_END = re.compile(r"(?i:present|current|now|today|ongoing)\W*$")
#: A period that only says a study or a job is under way, at a head's end: "| B.Sc. | Pursuing |".
_UNDER_WAY = re.compile(r"(?<![\w-])(?:(?:currently )?pursuing|ongoing|in progress)$", re.IGNORECASE)
#: Typesetting's characters as the plain ones a period and a name are read with: the hyphens and dashes
#: word processors write ("Sept 2020 \u2011 Current", "Scikit\u2011learn", "2019 \u2212 2021"), and
#: ligatures.
_TYPESET = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "\u2013",
        "\u2212": "-",
        # A PDF's text keeps them: "E\ufb03ciency", "Sta\ufb00".
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
#: A grade or an honour written in a head: "(CGPA: 3.82/4.0)", ", Summa Cum Laude", "- Average: 91%".
_GRADE_NOTE = re.compile(
    r"\s*[,-]?\s*(?:\((?:c?gpa|cpi|grade|(?:summa |magna )?cum laude)\b[^)]*\)|(?:summa |magna )?cum laude"
    r"|with (?:high )?distinction|\d(?:\.\d+)?\s*grade"
    r"|first class(?: honou?rs)?|high(?:est)? honou?rs|with (?:first[- ]class )?honou?rs"
    r"|(?:c?gpa|cpi)\s*[:-]?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)?|\d+(?:\.\d+)?\s*(?:c?gpa|cpi)"
    r"|(?:average|percentage)\s*[:-]?\s*\d+(?:\.\d+)?\s*%)(?=\s|,|$)",
    re.IGNORECASE,
)
#: A note that a period is yet to end, in brackets: "(expected)".
_EXPECTED = re.compile(r"\s*\((?:expected|anticipated|tentative|in progress)\)", re.IGNORECASE)
#: The people a degree or a role was done with, after a dash ("\u2013 with David Rolnick and Yoshua Bengio"),
#: or named in brackets by their part in it ("(Supervisor: Prof. Ana Silva)").
_PERSON_WORD = rf"(?!(?i:{_MONTH})(?!\w))[A-Z][\w.'\u2019-]*"  # not a month ("Feb. 2022")
_WITH_PEOPLE = re.compile(
    rf"\s+[\u2013\u2014-]\s+with\s+(?:(?:and\s+)?{_PERSON_WORD}(?:\s+{_PERSON_WORD})+,?\s*)+(?=\s|$)"
    # or in brackets by their part in it
    r"|\s*\((?i:supervis[oe]rs?|advis[oe]rs?|mentors?|instructors?)\s*:[^()]*\)"
)
#: A title set with its letters spaced, words apart by two spaces or more: "W O R K  E X P E R I E N C E"
#: (a PDF may keep two letters together: "E D U C AT I O N").
_LETTER_SPACED = re.compile(r"^[ \t]*[A-Z&]{1,3}(?:[ \t]+[A-Z&]{1,3})+[ \t]*$", re.MULTILINE)
#: The fewest letters of a title set with its letters spaced.
_SPACED_LETTERS = 4
#: A line that starts with a year, as a list of papers sets each: "2024 A. Baldrati, M. Bertini. ...".
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\b")
#: A line that starts with a paper's authors, as a citation does: "Y. Sehgal, S. Patel", "Smith, J. A., ...".
_AUTHORS_FIRST = re.compile(
    r"(?:[A-Z]\.[\s-]*)+[A-Z][\w'\u2019-]+,|[A-Z][\w'\u2019-]+,\s+(?:[A-Z]\.\s*)+[,&]"
)
#: What a citation says around its venue: "In", "Accepted by", "To appear in", links' labels after it.
_VENUE_WORDS = re.compile(
    r"^[\s,.:\u2013\u2014-]*(?i:(?:accepted|published|presented)\s+(?:by|at|in|to)\s+|to\s+appear\s+in\s+|in\s+)?"
    r"|(?:\s*\[[^\[\]]{1,20}\])+\s*$"
)
#: A line that says something of the paper above it: what it is about, or a link to it.
_SAID_OF_PAPER = re.compile(
    r"(?:this|the|our)\s+(?:paper|work|study|article|thesis)\s+(?!and\b)[a-z]+"
    r"|(?:in\s+this\s+(?:paper|work|study)|we)\s+[a-z]+"
    r"|(?:publication|paper|article|journal)\s+link\s*:",
    re.IGNORECASE,
)
#: A line that goes on with the citation above it: its venue, pages, volume or DOI.
_CITATION_REST = re.compile(
    r"In\s+[A-Z]|(?i:doi\b|doi\.org/|https?://(?:dx\.)?doi\.org|arxiv:|pp\.?\s*\d|vol\.\s*\d)"
)
#: A line that gives a grade: "CGPA: 9.44/10", "Grade: 95.20%", "GPA 3.8".
_GRADE_LINE = re.compile(
    r"(?:c?gpa|cpi|grade|score|percentage|marks)\b|\d{1,2}(?:\.\d+)?\s*(?:/\s*\d+\s*)?(?:c?gpa|cpi)\b",
    re.IGNORECASE,
)
#: A labelled line that says something of the entry above it, even with a date: "Selected Honor: ... (2022)",
#: "Relevant Coursework: ...".
_NOTE_LABEL = re.compile(
    r"(?:(?:selected|notable|key|relevant)\s+)?(?:hono(?:u)?rs?|awards?|scholarships?|fellowships?|thesis"
    r"|dissertation|advis[oe]rs?|supervisors?|activities|achievements?|coursework|courses)"
    r"(?:\s*(?:&|and)\s*\w+)?\s*:"
    # An honour a school gives, with its term: "Dean's List (4.0 GPA, Fall 2017)".
    r"|(?:dean|president|chancellor)['\u2019]?s\s+(?:list|honou?rs?\s+(?:list|roll))\b",
    re.IGNORECASE,
)
#: What is left around a period taken out of a head: separators and commas (and a stop before).
_AROUND = re.compile(r"^[\s,.;|:\u00b7\u2013\u2014-]+|[\s,;|:\u00b7\u2013\u2014-]+$")
#: What separates the parts of an entry's head: "Title — Employer", "Employer | City", "Title at Employer".
_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7-]\s+|\s*[|\u2013\u2014;]\s*|\s+(?:at|@)\s+|,\s*(?=[A-Z])")
#: The same, each separator kept.
_KEPT_PARTS = re.compile(f"({_PARTS.pattern})")
#: A school's name that its campus may follow after "at": "University of Illinois at Urbana-Champaign".
_SCHOOL_OF = re.compile(r"\b(?:University|College|Institute) of [A-Z][\w-]*$")
#: A school's name alone: "University of California, Irvine", "Stanford University", "UC IRVINE".
_SCHOOL_NAMED = re.compile(
    r"(?:(?i:the)\s+)?(?i:university|college|institute)\s+(?i:of)\s+[A-Z][\w.&'-]*(?:,?\s+[A-Z][\w.&'-]*){0,4}"
    r"|(?:[A-Z][\w.&'-]*\s+){1,4}(?i:university|college|institute\s+of\s+technology)(?:,\s+[A-Z][\w.'-]*)?"
    r"|UC\s+[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?"
)
#: A firm's name, its stop no sentence's end: "ByteDance Inc.".
_FIRM = re.compile(r"\b(?:Inc|Ltd|Co|Corp|LLC|GmbH|Pvt|Plc)\.$")
#: Words of a role: the part of a head that is the title.
_ROLE = re.compile(rf"\b{ROLE_WORDS}\b", re.IGNORECASE)
#: Roles academic CVs write by their initials, as a part of a head of their own ("TA, Princeton").
_ROLE_ABBREVIATIONS = {
    "TA": "Teaching Assistant",
    "GTA": "Graduate Teaching Assistant",
    "RA": "Research Assistant",
    "GRA": "Graduate Research Assistant",
}
#: A role by its initials that labels what it served: "TA: Introduction to Machine Learning".
_LABELLED_ROLE = re.compile(rf"^({'|'.join(_ROLE_ABBREVIATIONS)}):\s*")
#: Prose in the first person, which no title, citation or award is written in: "I have authored".
_FIRST_PERSON = re.compile(
    r"\bI (?:have|am|was|had|wrote|authored|published|received)\b|\bBelow (?:is|are)\b"
)
#: A line that points to where more of the section is: "For demos, visit my website.", "See my GitHub".
_POINTER = re.compile(
    r"^(?:for\s+[\w\s,]{0,40}?,\s*)?(?:please\s+)?(?:visit|see|check\s+out)\s+(?:my|our)\s+"
    r"(?:github|gitlab|website|portfolio|web\s*site|page|site|blog)\b[^.]*\.?$",
    re.IGNORECASE,
)
#: A part of a head that only says on what terms the work was: "Part-time", "Full time".
_TERMS_ONLY = re.compile(WORK_TERMS, re.IGNORECASE)
#: A line that only says what kind of work the entry under it is: "Research Paper", "Major Project".
_KIND_LABEL = re.compile(
    r"(?i:research\s+papers?|(?:personal|academic|major|minor|capstone|final[- ]year|course|side|group|team"
    r"|research|mini)\s+projects?)"
)
#: A role, then a colon and where it was held: "Contractual Lecturer: BRAC University".
_ROLE_LABEL = re.compile(rf"((?:(?!:).)*\b{ROLE_WORDS}):\s+([A-Z].*)", re.IGNORECASE)
#: A head's title with its employer in brackets after it.
_BRACKETED = re.compile(r"(.+?)\s*\(([^()]+)\)")
#: A line that is a name, not a sentence: a few words, most of them capitalised, with no stop.
_NAME_LINE = re.compile(
    r"(?:[A-Z0-9&][\w&.'-]*(?:,|\s+[-\u2013\u2014])?\s+(?:(?:of|the|for|and|de|du)\s+)?){0,6}[A-Z0-9&][\w&.'-]*"
)
#: Words of a place of study: the part of an education head that is the institution.
_SCHOOL = re.compile(
    r"\b(?:university|universit[àéeä]t?|universidad|coll[èe]ge|institute|institut|school|academy|polytechnic"
    r"|polytechnique|[ée]cole|hochschule|lyc[ée]e|liceo|gymnasium|iit|mit|eth|epfl|ucla|campus|bootcamp)\b",
    re.IGNORECASE,
)
#: A field written with its label, and a word that names a degree alone ("Diploma").
_MAJOR = re.compile(
    r"(?:(?:major|field|concentration|speciali[sz]ation)\s*(?::|\s+in\s)|(?:speciali[sz]ed|majored|concentrated)\s+in)"
    r"\s*(.+)",
    re.IGNORECASE,
)
#: Where a minor follows a field: "Artificial Intelligence, minor in Human-Centered Computing".
_MINOR = re.compile(r"[,;]?\s+minor(?:ing)?\b", re.IGNORECASE)
#: A part of an education head that says how the degree was funded: "DeepMind studentship".
_FUNDING = re.compile(r"\b(?:studentship|scholarship|fellowship|funded|stipend)\b", re.IGNORECASE)
_DEGREE_WORD = re.compile(r"diploma|certificate|degree|associate|licen[cs]|graduat", re.IGNORECASE)
#: A degree, then a school named "University of ..." or the like, as one part of a head.
_DEGREE_THEN_SCHOOL = re.compile(
    r"(.+?)\s+((?:The\s+)?(?:University|Institute|College|School|Academy)\s+of\s+.+)"
)
#: The words that name a department before its field: "Dept. of", "Department of".
_DEPARTMENT = re.compile(r"^(?:dept\.?|department)\s+of\s+", re.IGNORECASE)
#: Parts of an education head that say something of the degree: its thesis, its advisers.
_THESIS_PART = re.compile(r"(?:thesis|dissertation)\b", re.IGNORECASE)
_ADVISER_PART = re.compile(
    r"(?:(?:thesis|project|research)\s+)?(?:advis[oe]rs?|supervisors?)\b", re.IGNORECASE
)
#: A degree's name, then its field: "M.Sc. Data Science", "Master of Science in Physics", "PhD, Statistics",
#: "Ph.D. Candidate in Data Science", "Honours BSc in Computer Science".
_DEGREE_FIELD = re.compile(
    r"^(?P<degree>(?:(?i:honou?r(?:s|['\u2019]s))\s+)?"  # "Honours BSc", "Honor's Bachelor of Science"
    r"(?:(?:[BM]\.?\s?(?:Sc|S|A|Eng|Tech|E|Phil)\.?|Ph\.?\s?D\.?|MBA|BBA|MRes|DPhil)"
    r"|(?i:bachelor|master|doctor|associate)(?:'?s)?"
    r"(?:\s+(?i:degree|of\s+(?:computer\s+applications?|business\s+administration|\w+(?:\s+and\s+\w+)?)))?"
    r"(?:\s+(?i:with\s+(?:first[- ]class\s+)?honou?rs))?))"  # "Bachelor of Science with Honours"
    r"(?:\s+(?i:candidate|student))?(?:\s*\([^)]*\))?"  # "PhD Candidate in", "PhD (ongoing) in"
    # ("Bachelor of Science, Major in Statistics": the major is the field)
    r"(?:\s*,\s*(?i:major(?:ing)?\s+in\s+)?|\s+(?i:in|of)\s+|\s+)(?P<field>(?!(?i:in|of)\s)[A-Z(].*)$",
)
#: Words of a field of study, which no campus's name has: "Information Science", "Data Analytics".
_FIELD_WORD = re.compile(
    r"\b(?:Science|Sciences|Engineering|Studies|Technology|Mathematics|Statistics|Analytics|Informatics"
    r"|Economics|Physics|Chemistry|Biology|Management|Intelligence|Learning)\b"
)
#: What "Master of" or "Bachelor of" names in a degree's own name, not its field.
_DEGREE_NAMES = frozenset(
    {
        "Science",
        "Arts",
        "Engineering",
        "Technology",
        "Philosophy",
        "Laws",
        "Business Administration",
        "Degree",
    }
)
#: The heads of the columns of a table of education ("Examination | Institute | Year | CPI"), by what
#: their cells are: the degree, the place of study, the board or university that grants it, the year.
_TABLE_HEADS = (
    ("studyType", re.compile(r"examination|exam|degree|qualification|course|program(?:me)?", re.IGNORECASE)),
    ("institution", re.compile(r"(?:institute|institution|college|school)(?:\s*/\s*\w+)?", re.IGNORECASE)),
    ("board", re.compile(r"(?:university|board)(?:\s*/\s*(?:university|board))?", re.IGNORECASE)),
    ("year", re.compile(r"years?(?: of (?:passing|completion|graduation))?|passing year", re.IGNORECASE)),
    (
        "score",
        re.compile(
            r"(?:c?gpa|cpi|spi|%|percentage|marks|grade|score|result)(?:\s*/\s*(?:c?gpa|cpi|%|percentage|marks))*",
            re.IGNORECASE,
        ),
    ),
)
#: A cell of a table's year column: a year, two years, or a study still going on.
_TABLE_YEAR = re.compile(
    r"(?:(?:19|20)\d\d\s*[-\u2013]\s*)?(?:(?:19|20)\d\d|present|ongoing|pursuing)|pursuing|ongoing|present",
    re.IGNORECASE,
)
#: The longest cell of a table of education, the most rows it has, and the most lines of the CV's head
#: set beside it.
_TABLE_CELL = 60
_TABLE_ROWS = 12
_TABLE_HEAD = 8
#: The fewest heads of columns a table of education has.
_TABLE_HEADS_AT_LEAST = 3
#: The most words of a school's name past its comma ("Indian Institute of Technology, Madras").
_SCHOOL_REST_WORDS = 4
#: The fewest words of a citation's title written right after its authors' initials.
_CITED_TITLE_WORDS = 3
#: The end of a sentence: a stop after a word (not an initial or "M.Sc."), then a capital.
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})(?<!Prof)\.\s+(?=[A-Z])")
#: A name and a colon before a sentence: "News Classification using Transformers: Implemented ...".
_NAMED_THEN = re.compile(r"([A-Z0-9][^:.]{2,100}?):\s+([A-Z].*)")
#: A verb in the past that opens a sentence of what was done: "Designed", "Built".
_DONE_VERB = re.compile(r"[A-Z][a-z]+ed|Built|Made|Wrote|Led|Ran|Won|Taught|Drew|Grew|Took|Set|Put|Sold")
#: The fewest words of a sentence that says what was done.
_SAID_WORDS_AFTER_NAME = 6
#: A group of skills on one line: its name, a colon and the skills.
_GROUP = re.compile(r"^(?P<name>[^:]{1,40}):\s*(?P<skills>.+)$")
#: A group of skills whose name is set apart from them by its place alone, as a PDF's table gives it:
#: "Languages C++, Python", "Tools, Libraries NumPy, Matplotlib", "Software Blender, MS Office",
#: "Soft Skills Teamwork, Leadership"; or by a bar, as a Word table's row is: "Programming | Python, C++".
_GROUP_NAME = (
    r"(?:Technical|Soft|Core|Key|Interpersonal|Other)\s+Skills|Programming(?=\s*\|)"
    r"|(?:(?:Programming|Developer|Web|ML|Data|Other)\s+)?"
    r"(?:Languages|Tools|Libraries|Frameworks|Technologies|Platforms|Databases|Packages"
    r"|Software(?!\s+(?:[Ee]ngineering|[Dd]evelopment|[Tt]esting|[Aa]rchitecture|[Dd]esign)\b))"
    r"(?:\s*(?:,|&|and|/)\s*(?:Libraries|Frameworks|Tools|Packages|Platforms|Technologies))?"
)
_UNMARKED_GROUP = re.compile(rf"(?P<name>{_GROUP_NAME})(?:\s*\|\s*|\s+)(?P<skills>[A-Z0-9][^,]*,.*)")
#: Such a group's name on a line of its own, over its skills: "Tools & Platforms" over "Git, Docker, Linux".
_GROUP_LINE = re.compile(_GROUP_NAME)
#: What separates skills listed on one line, beside the commas the importer splits at.
_SKILL_SEPARATORS = re.compile(r"\s*(?:\||\u2022|\u00b7)\s*")
#: A digit, which no one's name has.
_DIGIT = re.compile(r"\d")
#: The title of a résumé's page, which is no one's name.
_NOT_A_NAME = re.compile(
    r"\b(?:r[ée]sum[ée]|cv|curriculum vitae|about|home|portfolio|personal (?:information|details|data)"
    r"|contact(?: (?:information|details|info))?)\b",
    re.IGNORECASE,
)
#: A line that gives the person's name by its label: "Name: Ana Silva".
#: A labelled contact and all after it: "Website : https://...", "Email: ana@example.com".
_CONTACT_LABEL = re.compile(
    r"\s*\b(?:website|homepage|e-?mail|phone(?: number)?|mobile|tel|github(?: handle)?|linkedin|portfolio)"
    r"\s*:.*$"
    # An address a PDF's right column sets after the name: "Ana Silva ana@example.com".
    r"|\s+\S+@\S+\.\w+$",
    re.IGNORECASE,
)
_NAME_LABEL = re.compile(r"(?:Full\s+)?Name\s*:\s*(?P<name>\S.*)", re.IGNORECASE)
#: A template's field left unfilled: "[Company Name]", "[Year]" (a link's text is followed by its address).
_PLACEHOLDER = re.compile(r"\[[A-Z][\w /&.,'-]{1,60}\](?![(\[:])")
#: A line that says nothing of the person: the closing line of an older résumé, the date it was written,
#: a footer with the page's number ("Ana Silva - page 1") or a running head.
_SAYS_NOTHING = re.compile(
    r"(?:references|referees)\s+(?:are\s+)?available\s+(?:up)?on\s+request\.?"
    r"|last\s+(?:updated|modified|revised)(?:\s+on)?:?\s+[\w ,./-]{4,30}"
    r"|(?:[^\W\d][\w.' ]{0,60}\s[-\u2013\u2014|\u2022\u00b7]\s+)?page\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?"
    # A footer's date and page number: "January 30, 2023 | 1".
    rf"|{_DATE}\s*[-\u2013\u2014|\u2022\u00b7]\s*(?:page\s+)?\d{{1,3}}(?:\s*(?:/|of)\s*\d{{1,3}})?"
    # A running head: "February 21, 2025 Christopher Clarke \u00b7 Curriculum Vitae 2".
    rf"|(?:{_DATE}\s+)?[^\W\d][\w.' ]{{0,60}}\s[-\u2013\u2014|\u2022\u00b7]\s+"
    r"(?:curriculum vitae|cv|r[e\u00e9]sum[e\u00e9])(?:\s+\d{1,3})?",
    re.IGNORECASE,
)
#: A line that gives a field by its label ("Contact: ...", "Birthday: ..."), not a sentence.
_LABELLED = re.compile(r"[^\W\d_][\w ]{0,20}:\s")
#: A section named in bold before its content on the same line: "**Skills:** Python, SQL".
_INLINE_SECTION = re.compile(r"\s*(\*\*|__)(?P<name>[^*_:]{1,40}):?\1\s*:?\s*(?P<rest>\S.*)")
#: A line of an entry that names the skills its work used: "Technologies: Python, XGBoost".
_USES = re.compile(
    r"(?:(?:Key\s+)?(?:Technolog(?:y|ies)|Skills)|Tech(?:nology)?(?:\s+Stack)?|Stack|Tools|Built\s+with"
    r"|Environment"
    r"|(?:Tools|Technologies)\s*(?:&|and|/)\s*(?:Technologies|Tools|Frameworks))(?:\s+used)?"
    r"\s*:\s*(?P<skills>\S.*)",
    re.IGNORECASE,
)
#: Text, then a heading in bold at the end of its line: "UC-ec252189 **Skills**".
_TRAILING_HEADING = re.compile(r"^([^\n]*\S)[^\S\n]+((\*\*|__)[^*_\n]{1,40}\3)[^\S\n]*$", re.MULTILINE)
#: A code that identifies a certificate, with no words: "UC-ec252189-0d31", "Credential ID: 8XK2LQ9P".
_IDENTIFIER = re.compile(r"(?:credential\s+id:?\s*)?(?=[\w-]*\d)[\w-]{8,}", re.IGNORECASE)
#: A bracket left open at the end of a text, with a few words after it: "M.A. (conferred in".
_OPEN_NOTE = re.compile(r"[(\[][^()\[\]]{0,20}$")
#: The rest of a note in brackets after its period, set apart from it: " - Gurugram)", ", Remote)".
_NOTE_REST = re.compile(r"\s*[\u00b7,|;\u2013\u2014-]\s*([^()\[\]]{1,40})[)\]]")
#: A word before a date that says what the date is: "Graduated November 2024", "Expected May 2026".
_SAID_OF_DATE = re.compile(
    r"\b(?:(?:graduated|graduating|graduation|expected|completed|since)\s*:?\s*)+$", re.IGNORECASE
)
#: Notes in brackets a period ends, apart by commas: "(TA, Princeton University, Fall 23".
_LISTED_NOTE = re.compile(r"[(\[]([^()\[\]]*,[^()\[\]]*)$")
#: The labels of links written in two words or more ("View Project", "Paper Link"): a word that
#: ends a name too ("Code" in "VS Code") is a label only alone.
_LINK_PHRASES = (
    r"view\s+(?:project|code|demo|app|site|certificate)|live\s+demo|source\s+code|github\s+(?:code|repo)"
    r"|(?:paper|test|demo|live|project|code|website|github|gitlab|repo|repository)\s+link"
)
#: A link's label at the end of a line of skills, with the bars beside it: "Tools: Excel, SQL View Project |".
_LABEL_AT_END = re.compile(rf"\s*\|?\s*(?i:{_LINK_PHRASES})\s*\|?\s*$")
#: What sets apart the skills of a line that names those an entry's work used.
#: (Not within brackets: "Python (for scraping, search)" is one.)
_USED_APART = re.compile(r"(?:\s*,\s*|\s{2,})(?![^()]*\))")
#: A line of contacts: an e-mail address, a telephone number or a web address.
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()-]{7,}\d|linkedin|github\.com", re.IGNORECASE)
#: The headings of the sidebar of a profile LinkedIn saves as PDF, and of its main sections.
_SIDEBAR = frozenset(
    {"Contact", "Top Skills", "Languages", "Certifications", "Honors-Awards", "Publications", "Patents"}
)
_MAIN_SECTIONS = frozenset({"Summary", "Experience", "Education", "Volunteer Experience", "Projects"})
#: The longest word in capitals read as an acronym ("ML", "NLP"), and the short words a head in capitals
#: writes in small letters after its first.
_ACRONYM_LENGTH = 3
_SMALL_WORDS = frozenset({"OF", "AND", "THE", "FOR", "IN", "AT", "TO", "ON", "A", "AN"})
#: Short words a head in capitals writes that are words, not initials: "NEW YORK UNIVERSITY".
_SHORT_WORDS = frozenset(
    {"NEW", "OLD", "SAN", "LOS", "LAS", "DEL", "BAY", "RED", "TOP", "BIG", "ONE", "TWO", "AIR", "SEA"}
    | {"ART", "LAB", "KEY", "WEB", "APP", "LAW", "TAX", "OIL", "GAS", "CAR"}
)
#: The words a name writes in small letters: those short words, and the particles of other languages
#: ("Bank of America", "Universidad de Chile", "Technische Universit\u00e4t van Delft").
_LOWER_IN_NAMES = frozenset(word.lower() for word in _SMALL_WORDS) | frozenset(
    {"de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "les", "van", "von", "der"}
    | {"den", "y", "e", "et", "und", "zu", "am", "im", "au", "aux"}
)
#: A state's or a country's two-letter code, as a head ends with one ("Columbus, OH").
#: (Not the initials of a field or a trade that no state has: "Fraud Detector | ML, NLP".)
_STATE = re.compile(r"(?!ML|AI|DL|CV|UI|UX|QA|BI|IT|HR|PM|RL|OS|DB|VR|CS|JS|TS|EE|IR)[A-Z]{2}")
#: States and provinces by their names, as a head names them after a city: "Patiala, Punjab".
_REGIONS = frozenset(
    {
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Wisconsin",
        "Wyoming",
        "New Jersey",
        "New Mexico",
        "New Hampshire",
        "North Carolina",
        "South Carolina",
        "North Dakota",
        "South Dakota",
        "Rhode Island",
        "West Virginia",
        "Andhra Pradesh",
        "Arunachal Pradesh",
        "Assam",
        "Bihar",
        "Chhattisgarh",
        "Goa",
        "Gujarat",
        "Haryana",
        "Himachal Pradesh",
        "Jharkhand",
        "Karnataka",
        "Kerala",
        "Madhya Pradesh",
        "Maharashtra",
        "Manipur",
        "Meghalaya",
        "Mizoram",
        "Nagaland",
        "Odisha",
        "Punjab",
        "Rajasthan",
        "Sikkim",
        "Tamil Nadu",
        "Telangana",
        "Tripura",
        "Uttar Pradesh",
        "Uttarakhand",
        "West Bengal",
        "Ontario",
        "Alberta",
        "Manitoba",
        "Saskatchewan",
        "Nova Scotia",
        "New Brunswick",
        "British Columbia",
        "Queensland",
        "Tasmania",
        "New South Wales",
        "England",
        "Scotland",
        "Wales",
    }
)
#: Letters after a name that are a credential, not a state: "Ana Silva, MD".
_CREDENTIALS = frozenset({"MD", "RN", "DO", "NP", "PE"})
#: A school's name that ends "of" a word, which its campus's city may follow: "University of California".
_OF_A_PLACE = re.compile(r"\bof\s+[\w.&'-]+$")
#: Countries, as a head names them after a place: left out of the head.
_COUNTRIES = frozenset(
    {
        "India",
        "China",
        "Japan",
        "Germany",
        "France",
        "Italy",
        "Spain",
        "Portugal",
        "Netherlands",
        "Belgium",
        "Switzerland",
        "Austria",
        "Sweden",
        "Norway",
        "Denmark",
        "Finland",
        "Ireland",
        "UK",
        "U.K.",
        "United Kingdom",
        "England",
        "Scotland",
        "USA",
        "U.S.A.",
        "United States",
        "Canada",
        "Mexico",
        "Brazil",
        "Argentina",
        "Chile",
        "Colombia",
        "Australia",
        "New Zealand",
        "Singapore",
        "Malaysia",
        "Indonesia",
        "Vietnam",
        "Philippines",
        "Pakistan",
        "Bangladesh",
        "Sri Lanka",
        "Nepal",
        "Iran",
        "Israel",
        "Turkey",
        "Egypt",
        "Nigeria",
        "Kenya",
        "South Africa",
        "UAE",
        "Saudi Arabia",
        "Qatar",
        "Poland",
        "Czech Republic",
        "Czechia",
        "Hungary",
        "Romania",
        "Greece",
        "Estonia",
        "Ukraine",
        "South Korea",
        "Korea",
        "Taiwan",
        "Hong Kong",
        "Russia",
        "Russian Federation",
        "Belarus",
        "Kazakhstan",
        "Serbia",
        "Croatia",
        "Slovenia",
        "Slovakia",
        "Bulgaria",
        "Lithuania",
        "Latvia",
        "Luxembourg",
        "Iceland",
        "Peru",
        "Ecuador",
        "Uruguay",
        "Morocco",
        "Tunisia",
        "Algeria",
        "Ethiopia",
        "Uganda",
        "Ghana",
        "Tanzania",
        "Rwanda",
        "Thailand",
        "Jordan",
        "Lebanon",
        "Cyprus",
        "Malta",
    }
)
#: A country, then more words in capitals: a part of a head that runs on past the country.
_COUNTRY_FIRST = re.compile(
    "({})\\s+([A-Z].*)".format("|".join(sorted(map(re.escape, _COUNTRIES), key=len, reverse=True)))
)
#: A name of three words or more, or one word with a capital inside ("TaskHuman Jaipur"), that ends
#: with a city's: a word in capitals that ends no name ("University", "Labs", "Science"), after a word
#: that does not join it to the name ("of Toronto").
_ENDS_WITH_CITY = re.compile(
    r"^(?:\S+\s+\S+.*|[A-Z][a-z]+[A-Z][A-Za-z]*)(?<!\bof)(?<!\bat)(?<!\bde)(?<!\band)(?<!&)(?<!College)\s+"
    r"(?!(?:University|College|Institute|School|Academy|Center|Centre|Lab|Labs|Laboratory|Laboratories"
    r"|Group|Team|Services|Solutions|Systems|Technologies|Technology|Limited|Corporation|Company"
    r"|Bank|Foundation|Hospital|Agency|Ministry|Council|Partners|Consulting|Consultancy|Analytics"
    r"|Research|Studio|Studios|Networks?|Media|Health|Healthcare|Software|Games|Capital|Insurance"
    r"|Energy|Motors|Electronics|Robotics|Intelligence|Science|Sciences|Engineering|Mathematics"
    r"|Statistics|Physics|Chemistry|Biology|Economics|Management|Business|Analysis|Informatics"
    r"|Studies|Arts|Design|Medicine|Law|Learning|Computing|Data|Department|Faculty|Division)\b)"
    r"[A-Z][a-z]+$"
)
#: The most words of a heading over a part of a position's work ("Power BI", "Kusto Query Language").
_PART_HEADING_WORDS = 3
#: Words that say where work was done rather than name a place: "Blazpay Remote, India".
_WORK_PLACES = frozenset({"Remote", "Hybrid", "Onsite", "On-site"})
#: Those words in brackets after a place: "India (Remote)".
_WORKED_FROM = re.compile(r"\s*\((?:{})\)$".format("|".join(_WORK_PLACES)), re.IGNORECASE)
#: The first words of cities named in two words ("San Francisco", "College Station").
#: How many words a city named by its first word has: "New Delhi", "San Diego".
_CITY_WORDS = 2
_CITY_FIRST_WORDS = frozenset(
    {
        "New",
        "San",
        "Los",
        "Las",
        "Santa",
        "Salt",
        "Saint",
        "St.",
        "Fort",
        "College",
        "Palo",
        "Mountain",
        "Menlo",
        "Redwood",
        "Baton",
        "Des",
        "El",
        "Kansas",
        "Long",
        "Grand",
        "Ann",
        "Chapel",
        "Cedar",
        "Jersey",
        "Notre",
        "Lake",
        "Little",
        "Oklahoma",
        "Iowa",
        "Sioux",
        "Boca",
        "Culver",
        "Daly",
        "Newport",
        "Virginia",
        "Huntington",
        "Beverly",
        "Silver",
        "Round",
        "West",
        "North",
        "South",
        "East",
    }
)
#: A line that is a sentence, not a head: many words and a full stop at its end.
_SENTENCE = re.compile(r"[A-Z][^.]*(?:\s+\S+){8,}\.")
#: Where a paper went, after its title: "Accepted as full paper at SAC", "Submitted to NLDB".
_STATUS = re.compile(
    r",\s*(?:submitted|accepted|presented|published|to appear|under review)\b[^,]*?"
    r"(?:\b(?:to|at|in)\s+(?P<venue>[^,]+))?$",
    re.IGNORECASE,
)
#: A citation's authors' initials ("S.M.", "V. C."), and where one of its sentences ends: a stop after a
#: word or a number, not after an initial or an abbreviation ("pp.", "Vol."), a stop on its own, or a
#: question's mark (kept) before a capital.
_INITIALS = re.compile(r"\b[A-Z]\.(?:\s?-?[A-Z]\.)*")
_CITATION_STOP = re.compile(
    r"(?:(?<=[A-Za-z0-9)\]]{2})|(?<=\s))(?<!\bpp)(?<!\bVol)(?<!\bNo)(?<!\bvol)(?<!\bno)(?<!\beds)"
    r"\.(?:\s+|$)|(?<=\?)\s+(?=[A-Z])"
)
#: What a list of authors may end with: "and others", or the paper's status ("preprint 2023").
_AFTER_AUTHORS = r",?\s+(?:and others|preprint|under review|submitted|in submission)\b.*$"
#: A venue (a word with two capitals or more) and its year at the end of a title, and the words after
#: it in capitals: "... for LLMs NeurIPS 2025", "... NeurIPS 2025 MI Workshop".
_TRAILING_VENUE = re.compile(r"\s+([a-z&-]*[A-Z][a-z&-]*[A-Z][\w&-]*\s+((?:19|20)\d\d)(?:\s+[A-Z][\w&-]*)*)$")
#: Authors by their initials after a title of a few words, to the last of them: "Title M. Poster, S. Sethi,
#: and J. Baker", "Title S. Sethi*, S. Khan*, et al.".
_AUTHOR = r"(?:[A-Z]\.\s?)+[A-Z][\w'-]+[*\u2217]?"
_AUTHORS_AFTER = re.compile(
    rf"(?<=\w{{3}})\s+{_AUTHOR}(?:,\s+(?:and\s+)?{_AUTHOR})+"
    rf"(?:,?\s+(?:and\s+)?(?:{_AUTHOR}|et al\.?|and others))?"
)
#: Two authors or more named in full, the last after "and": "Ana Silva, Li Wei, and Sam Lee". (A name
#: has two words or more, so a title that lists topics, "Vision, Language and Robotics", is none.)
_FULL_NAME = r"[A-Z][\w'.-]*[*\u2217\u2020\u2021]?(?:\s+\(?[A-Z][\w'.()-]*[*\u2217\u2020\u2021]?){1,3}"
_FULL_NAMES = re.compile(rf"(?:{_FULL_NAME},\s+)+(?:and\s+)?{_FULL_NAME}")
#: Two authors or more named in full, each after a comma, at the start of a citation: "Ana Silva, Dr. Li
#: Wei, ...".
_LISTED_AUTHORS = re.compile(
    r"(?:(?:(?:Dr|Prof)\.\s+)?(?:(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)\s+){1,3}[A-Z][a-z'\u2019-]+,\s+){2,}"
)
#: One author's name in a list of them, with marks of shared credit and letters a PDF splits.
_NAME_PART = re.compile(r"(?:and\s+)?(?:[A-Z][^\s,\d]*\s+){1,3}[A-Z][^\s,\d]*")
#: A citation's title in quotes, of a few words at least.
_QUOTED_TITLE = re.compile(r"[\u201c\u201d\"]([^\u201c\u201d\"]{12,})[\u201d\"]")
#: The start of a line that goes on with the line above it: a word in small letters (not an address).
_WRAPPED = re.compile(r"[(\[]?[a-z][a-z'\u2019-]*[,;.:]?[)\]]?(?:\s|$)")
#: The end of a line that a sentence goes on from: "... word clouds for" over "English and Chinese.",
#: "... by applying" over "LBPH".
_OPEN_END = re.compile(
    r"\s(?:for|and|of|to|the|in|with|a|an|or|on|at|by|from|into|as|than"
    r"|using|via|through|including|across|between|within|that|which|(?:by|while|after|when) [a-z]+ing)$"
)
#: The end of a line that a name, list or sentence goes on from, however short the line: "INDIAN
#: INSTITUTE OF" over "TECHNOLOGY PATNA", "B.Tech in Computer Science &" over "Engineering", "React |
#: Auth0 |", "Optimized food systems using" over "AHP", in a narrow column.
_JOINING_END = re.compile(
    r"\s(?:&|\||(?i:of|and|for|the)|using|with|to|by|from|into|via|through|including|across|between|within"
    r"|among|such as|which|that)$"
    # (or a word the line's end divides: "LangChain, Lang-" over "Graph, RAG")
    r"|[a-z]-$"
)
#: A line that is only a short note in brackets.
_NOTE_LINE = re.compile(NOTE)
#: The second word of a compound a line may end within ("Application-" over "level validation"): its
#: hyphen stays, where a word broken by the typesetter ("Tech-" over "nology") is joined without it.
_COMPOUND_END = re.compile(
    r"(?:level|based|driven|scale|time|end|aware|specific|oriented|world|source|term|wide|related|free"
    r"|friendly|facing|grade|first|art|shot|learning|tuning|trained|agnostic|efficient|intensive|ready"
    r"|critical|quality|performance|stack|making|solving|powered|enabled|assisted|augmented|centric)\b"
)
#: A topic over some of a section's entries: a few words, the first capitalised, no stop, date or bracket.
_TOPIC = re.compile(r"[A-Z][^\d.\[\]:]{2,60}")
#: A list item's mark at a line's start: one of an outer list, or one an inner list under it uses.
_NESTED = re.compile(r"(?:([\u2022\u25cf\u25a0])|([\u25e6\u25cb\u25aa\u2023\u2043\u2013-]|\d{1,2}[.)]))\s")
#: How deep an inner list's items are read as indented, where only their marks nest them.
_NESTED_DEPTH = 2
#: What sets a period's start and end apart: "Jan 2020 - Jan 2021".
_RANGE_APART = re.compile(r"\s*[-\u2013\u2014]\s*|\s+to\s+")
#: A word of a few capitals, an acronym ("SQL", "AWS") and no section's title.
_ACRONYM = re.compile(rf"[A-Z]{{1,{_ACRONYM_LENGTH}}}")
#: A line that ends with a sentence's stop and, with no space after it, a title in capitals.
_TRAILING_TITLE = re.compile(r"(.*[a-z]\.)([A-Z]{4,}(?: [A-Z]{2,})?)\s*")
#: The labels of links a PDF sets beside a section's title: "Publications Google Scholar".
_TITLE_LINKS = re.compile(
    r"([A-Z][a-z]{3,20}(?: [A-Z][a-z]{3,20})?)(?: \|?\s*(?:Google Scholar|GitHub|LinkedIn|Personal Website"
    r"|Website|Homepage|ORCID|DBLP|Semantic Scholar))+"
)
#: A section's title in one word that a line starts with, then the line's own text, in capitals.
_GLUED_TITLE = re.compile(r"([A-Z][a-z]+|[A-Z]{4,}) +([A-Z0-9(\u2022].*)")
#: The sections whose titles `_headings_apart` sets apart.
_GLUED_SECTIONS = frozenset(
    {
        "work",
        "education",
        "awards",
        "publications",
        "speaking",
        "projects",
        "volunteer",
        "certificates",
        "skills",
    }
)
#: The length of a line a PDF fills, from margin to margin, at the least.
_FULL_LINE = 90
#: The shortest line that text from a PDF wraps.
_WRAP_WIDTH = 50
#: The most words, and the last word, of a section's title nothing marks ("Research Interests").
_TITLE_WORDS = 3
_SECTION_WORDS = frozenset(
    {
        "experience",
        "education",
        "employment",
        "publications",
        "skills",
        "projects",
        "interests",
        "certifications",
        "certificates",
        "teaching",
        "awards",
        "achievements",
        "honors",
        "honours",
        "volunteering",
        "courses",
        "coursework",
        "talks",
    }
)
#: The longest line read as a heading in bold.
_HEADING_LENGTH = 200
#: The level of a heading written as a line in bold: below every marked level.
_BOLD_LEVEL = 7
#: The most lines an entry's head takes before the rest is its summary.
_HEAD_LINES = 3
#: The most words a section's heading has.
_HEADING_WORDS = 5
#: The most words a line that is the person's name has.
_NAME_WORDS = 5
#: The fewest words of a sentence of a summary written above the sections.
_SENTENCE_WORDS = 6

#: The sections whose entries have a head, a period and highlights, with the keys they are written in.
_ENTRY_KEYS = {
    "work": ("position", "name"),
    "volunteer": ("position", "organization"),
    "projects": ("name", None),
}
#: The sections whose entries are one line each, with the keys of the line and of a date in it.
_LINE_KEYS = {
    "publications": ("name", "releaseDate"),
    "certificates": ("name", "date"),
    "awards": ("title", "date"),
    "interests": ("name", None),
    "languages": ("language", None),
    "references": ("reference", None),
}
#: The titles of sections a résumé may have that no profile holds, left out: "Miscellaneous".
_UNPLACED_SECTION = re.compile(
    r"miscellaneous|additional information|other information|personal (?:details|information)"
    r"|extra-?curricular activities|activities|press|press coverage|hobbies and interests|patents",
    re.IGNORECASE,
)
#: A line of links only: "[pdf] [code] [slides]".
_LINKS = re.compile(r"(?:\[[^\]]{1,20}\]\s*)+")
#: What kind of paper a line says it is, before its title: "Paper (Japanese) ...", "Article ...".
_PAPER_KIND = re.compile(
    r"^(?i:(?:journal |conference |workshop )?paper|article|preprint|poster)(?:\s*\([^)]*\))?\s+(?=\w)"
)
#: A venue and its year: "ICML 2019", "NeurIPS Workshop 2020".
_VENUE_YEAR = re.compile(r"(?:[A-Z][\w&-]*\s+){1,2}(?:19|20)\d\d")
#: Where the lines under an entry's dated line go, by section (see `_under_dates`).
_DETAIL_KEYS = {"publications": "publisher", "certificates": "issuer", "awards": "summary"}
#: A line that says where a paper went rather than its title: a year, an acronym or a word of venues.
_VENUE = re.compile(
    r"\b(?:19|20)\d\d\b|\b[A-Z]{3,}\b|(?i:\b(?:conference|workshop|journal|proceedings|symposium|transactions"
    r"|arxiv|submitted|accepted|under review|preprint)\b)"
)


def front_matter(text: str) -> tuple[str, str] | None:
    r"""
    The YAML front matter atop a Markdown page, and the page's text below it; None for a page without.

    Example:
        >>> front_matter("---\ntitle: Ada\n---\nAbout Ada.\n")
        ('title: Ada', 'About Ada.\n')
    """
    found = _FRONT_MATTER.match(text.replace("\r\n", "\n"))
    if found is None or found.group(1) != "---":
        return None
    return found.group(0)[3:].strip("\n").removesuffix("---").strip("\n"), text.replace("\r\n", "\n")[
        found.end() :
    ]


def _leader(run: re.Match[str]) -> str:
    r"""
    A column's edge where a leader of hyphens or dots ran, or nothing where it ran to the line's end.

    Example:
        >>> _LEADER.sub(_leader, "Acme ------ Boston\nMahsan Co.. . . . . . . .\nv1.2.3")
        'Acme | Boston\nMahsan Co\nv1.2.3'
    """
    return "" if run.end() == len(run.string) or run.string[run.end()] == "\n" else " | "


def _without_code(text: str) -> str:
    r"""
    *text* without its blocks of code, which say nothing of the person, but for one that is most of it.

    A résumé set in one block of code as plain text ("```text") is that text.

    Example:
        >>> _without_code("# Ana\n## Code example\n```js\nvar a = 1;\n```\n## Skills\nGo\n")
        '# Ana\n## Code example\n\n## Skills\nGo\n'
        >>> _without_code("```text\nAna Silva\n\nSKILLS\nGo, Rust\n```\n")
        'Ana Silva\n\nSKILLS\nGo, Rust\n\n'
    """
    said = len(text.strip().splitlines()) or 1

    def kept(block: re.Match[str]) -> str:
        return block[2] if 2 * len(block[2].strip().splitlines()) >= said else ""

    return _CODE_BLOCK.sub(kept, text)


def resume_from_text(text: str) -> tuple[dict[str, Any], tuple[str, ...]] | None:
    r"""
    The JSON Resume document a résumé written as text gives, and notes on how it was read.

    None when the text names no section a résumé has, so it is no résumé.

    Example:
        >>> resume, notes = resume_from_text(
        ...     "# Ana Silva\n## Experience\n### Data Scientist — Acme\nJan 2021 - Present\n- Churn model\n"
        ...     "## Skills\nLanguages: Python, SQL\n"
        ... )
        >>> resume["basics"], resume["work"][0]["position"], resume["work"][0]["dates"]
        ({'name': 'Ana Silva'}, 'Data Scientist', 'Jan 2021 - Present')
        >>> resume["skills"]
        [{'name': 'Languages', 'keywords': ['Python, SQL']}]
        >>> notes[0]
        'the document is text: read by its headings, as 2 sections (work: 1 entry, skills: 1 entry)'
    """
    text = _FRONT_MATTER.sub("", text.replace("\r\n", "\n")).translate(_TYPESET)
    text = _WIKI_LINK.sub(r"\1", text)
    text = _LEADER.sub(_leader, _DOUBLE_HYPHEN.sub("\u2013", _without_code(text)))
    text = _headings_apart(_titles_joined(_GLUED_YEAR.sub(r"\1 ", _LETTER_SPACED.sub(_unspaced, text))))
    lines, studies, table = _education_table(_sidebar_first(_lines(text)))
    above, sections, skipped = _sections(lines)
    if studies:
        sections.setdefault("education", [])
    if not any(section != "summary" for section in sections):
        return None
    summary = [line for _, block in sections.pop("summary", []) for line in block]
    courses = [
        _plain(line) for _, block in sections.pop("courses", []) for line, _, _ in block if _plain(line)
    ]
    resume: dict[str, Any] = {"basics": _basics(above, summary, lines)}
    # (A name found below the sections names no section of its own.)
    skipped = [
        (heading, placed)
        for heading, placed in skipped
        if heading.casefold() != resume["basics"].get("name", "").casefold()
    ]
    unheaded: list[str] = []
    joined: list[str] = []
    ended: list[str] = []
    moved: list[dict[str, Any]] = []  # work entries that are projects
    surname = (resume["basics"].get("name") or "").split()[-1:]
    for section, blocks in sections.items():
        entries = [
            entry for heading, block in blocks for entry in _section(section, block, heading, *surname)
        ]
        if section == "work":
            entries, unheaded, joined, ended = _headed(entries)
            described = [_described_project(entry) for entry in entries]
            moved = [project for project in described if project is not None]
            entries = [entry for entry, project in zip(entries, described, strict=True) if project is None]
        if section == "education":
            entries += studies
        if entries:
            resume[section] = entries
    if moved:
        resume.setdefault("projects", []).extend(moved)
    if courses and resume.get("education"):  # the courses taken for the latest degree
        resume["education"][0]["courses"] = courses
    elif courses:
        skipped.append(("Courses", ()))
    counts = ", ".join(
        f"{section}: {len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
        for section, entries in resume.items()
        if section != "basics"
    )
    number = len(resume) - 1
    notes = [
        f"the document is text: read by its headings, as {number} section{'s' * (number != 1)} ({counts})"
    ]
    notes.extend(table)
    notes.extend(
        f"{heading!r}: a section a résumé does not have; "
        + (f"its lines labelled as sections read as {', '.join(placed)}" if placed else "not placed")
        for heading, placed in skipped
    )
    notes.extend(
        f"work {name!r}: a word over items, with no role and no period, heads no position; not placed"
        for name in unheaded
    )
    notes.extend(
        f"work {name!r}: a heading over items within the position above, with no role and no period;"
        " its items are the position's"
        for name in joined
    )
    notes.extend(
        f"work {name!r}: the last word of the position's item above it, cut off by the line's end;"
        " the items under it are the position's"
        for name in ended
    )
    return resume, tuple(notes)


def _period_in(text: str) -> re.Match[str] | None:
    """
    The period *text* writes: its first date, or a period from date to date after a date that starts it.

    A date that starts the line names the work ("Summer 2025 Internship"); the period follows.

    Example:
        >>> _period_in("Summer 2025 Internship at AIISC Lab May 2025 \u2013 July 2025")[0]
        'May 2025 \u2013 July 2025'
        >>> _period_in("B.S. Computer Science, 2023 (Planned minor) August 2019 - Present")[0]
        '2023'
        >>> _period_in("FIFA 2022 World Cup predictor"), _period_in("FIFA World Cup predictor 2022")[0]
        (None, '2022')
    """
    # (A year alone among a title's words names what it is about: "Predicting 2025 Canadian Federal
    # Election", "FIFA 2022 World Cup predictor".)
    found = [
        match
        for match in _PERIOD.finditer(text)
        if not (
            re.fullmatch(r"(?:19|20)\d\d", match[0])
            and re.search(r"[^\W\d_]\s$", text[: match.start()])
            and re.match(r"\s[^\W\d_]", text[match.end() :])
        )
    ]
    ranged = [match for match in found if re.search(rf"{_DASH}|\b(?:to|until)\b", match[0])]
    if found and found[0].start() == 0 and ranged:
        return ranged[0]
    return next(iter(found), None)


def _headed(
    positions: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[str], list[str], list[str]]:
    """
    The *positions*, without the few words over items that name no role and no period; and those words.

    Under a position, a name heads a part of its work ("Power BI", "S360", then what was built):
    the items are the position's. One word of the language ("Supervision") heads a part of the
    section, not of the position, and is left out, as one word is anywhere else, unless it ends the
    long item above it. Returns the positions, the words left out, the names whose items were
    joined to the position above, and the words that end its last item.
    """
    kept: list[dict[str, Any]] = []
    unheaded: list[str] = []
    joined: list[str] = []
    ended: list[str] = []
    for entry in positions:
        name = entry.get("name", "")
        if (
            "highlights" not in entry
            or not entry.keys() <= {"name", "highlights", "summary"}
            or len(name.split()) > _PART_HEADING_WORDS
        ):
            kept.append(entry)
        elif kept and "position" in kept[-1] and not (name.isalpha() and name.istitle()):
            above = kept[-1]
            above["highlights"] = [
                *above.get("highlights", []),
                *(f"{name}: {text}" for text in entry["highlights"]),
            ]
            joined.append(name)
        elif kept and _cut_item(kept[-1], name):
            # The last word of the item above, which filled its line: "... leveraging YOLO Object" over
            # "Detection"; the items under it are the position's.
            above = kept[-1]
            above["highlights"] = [*above["highlights"][:-1], f"{above['highlights'][-1]} {name}"]
            above["highlights"] += entry["highlights"]
            ended.append(name)
        elif len(name.split()) == 1:
            unheaded.append(name)
        else:
            kept.append(entry)
    return kept, unheaded, joined, ended


def _cut_item(position: dict[str, Any], word: str) -> bool:
    """
    Whether *word* ends the last item of *position*, a long one cut in a name's words ("YOLO Object").
    """
    items = position.get("highlights") or [""]
    last = items[-1].rstrip()
    return (
        "position" in position
        and len(word.split()) == 1
        and len(last) >= _FULL_LINE
        and not last.endswith((".", "!", "?", ";", ":", ")"))
        and last.split()[-1][:1].isupper()
    )


def _unspaced(title: re.Match[str]) -> str:
    """
    A title set with its letters spaced, as its words; a line of short words ("AI ML") as it is.

    Example:
        >>> titles = ("W O R K  E X P E R I E N C E", "AI ML", "R C SQL")
        >>> [_unspaced(match) for title in titles if (match := _LETTER_SPACED.match(title))]
        ['WORK EXPERIENCE', 'AI ML', 'R C SQL']
    """
    tokens = title[0].split()
    # Four letters or more, most of them alone: "R C SQL", a line of skills, is no title.
    if len(tokens) < _SPACED_LETTERS or sum(len(token) == 1 for token in tokens) * 3 < len(tokens) * 2:
        return title[0]
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", title[0].strip()))


def _education_table(lines: list[_Line]) -> tuple[list[_Line], list[dict[str, str]], list[str]]:
    """
    The lines without a table of education written one cell a line, its degrees, and a note on it.

    Text taken from a PDF writes a table's cells one a line, its heads
    first ("Examination", "Institute", "Year", "CPI / %"), then the cells
    column by column or row by row: the layout whose year column holds a
    year in every row is the one. A row of school years ("Intermediate",
    "Class XII") is no degree. The short lines just above the table are the
    head of the CV (name, department, degree), set in a table beside it;
    when the text has sections above them they are moved to its top, where
    the name is read, and a degree they name ("B.S.", "Mathematics") is the
    first row's. Any other text is as it is.
    """
    texts = [_plain(line) for line, _, _ in lines]
    for start in range(len(texts)):
        heads: list[str] = []
        while start + len(heads) < len(texts) and len(heads) < len(_TABLE_HEADS):
            kind = next(
                (kind for kind, head in _TABLE_HEADS if head.fullmatch(texts[start + len(heads)])), None
            )
            if kind is None or kind in heads:
                break
            heads.append(kind)
        if len(heads) < _TABLE_HEADS_AT_LEAST or not {"studyType", "year"} <= set(heads):
            continue
        end = start + len(heads)
        rows = _table_rows(texts[end : end + len(heads) * _TABLE_ROWS], heads)
        if rows is None or not ({"institution", "board"} & set(heads)):
            continue
        end += len(rows) * len(heads)
        top = start
        while top > max(start - _TABLE_HEAD, 0) and (
            len(texts[top - 1]) <= _TABLE_CELL
            and not _ITEM.match(lines[top - 1][0])
            and lines[top - 1][2] == 0
        ):
            top -= 1
        head = [text for text in texts[top:start] if not _LABELLED.match(f"{text} ")]
        studies = _table_studies(rows, heads, head)
        moved = lines[top:start] if any(section_of(text) for text in texts[:top]) else []
        kept = [*moved, *lines[: top if moved else start], *lines[end:]]
        note = (
            f"a table of education ({', '.join(texts[start : start + len(heads)])}):"
            f" {len(rows)} row{'s' * (len(rows) != 1)}, {len(studies)} of them a degree"
        )
        return kept, studies, [note]
    return lines, [], []


def _table_rows(cells: list[str], heads: list[str]) -> list[tuple[str, ...]] | None:
    """
    The rows of a table with *heads* whose cells follow one a line, if the cells make a table.
    """
    width = len(heads)
    year = heads.index("year")
    for count in range(len(cells) // width, 0, -1):
        values = cells[: count * width]
        if any(len(value) > _TABLE_CELL for value in values):
            continue
        by_column = list(
            zip(*(values[column * count : (column + 1) * count] for column in range(width)), strict=True)
        )
        by_row = [tuple(values[row * width : (row + 1) * width]) for row in range(count)]
        for rows in (by_column, by_row):
            if all(_TABLE_YEAR.fullmatch(row[year]) for row in rows):
                return rows
    return None


def _table_studies(rows: list[tuple[str, ...]], heads: list[str], head: list[str]) -> list[dict[str, str]]:
    """
    The degrees of a table's *rows* (school years left out), the first with the degree the CV's *head* names.
    """
    named = next((text for text in head if degree_level(text) != "other" and len(text.split()) <= 2), None)
    studies: list[dict[str, str]] = []
    for row in rows:
        cells = dict(zip(heads, row, strict=True))
        if is_schooling(cells["studyType"]):
            continue
        study = {"studyType": cells["studyType"]}
        if institution := cells.get("institution") or cells.get("board"):
            study["institution"] = institution
        # A year alone is when the degree ends ("2027"); two, or a word ("Pursuing"), its period.
        study["endDate" if cells["year"].isdigit() else "dates"] = cells["year"]
        if named and not studies:
            study["studyType"] = named
            fields = [
                text
                for text in head[1:]
                if text != named and not _SCHOOL.search(text) and text.replace(" ", "").isalpha()
            ]
            if fields:
                study["area"] = fields[0]
        studies.append(study)
    return studies


def _sidebar_first(lines: list[_Line]) -> list[_Line]:
    """
    The lines of a profile saved as PDF by LinkedIn with its name, headline and place first.

    Such a text opens with its sidebar ("Contact", "Top Skills", "Languages",
    "Certifications"), then the name, the headline and the place, then the
    main sections; its headings are plain lines. Any other text is as it is.
    """
    texts = [_plain(line) for line, _, _ in lines]
    if not texts or texts[0] != "Contact" or not any("linkedin.com/in/" in text for text in texts[:6]):
        return lines
    lines = [
        (line, depth, 2 if text in _SIDEBAR or text in _MAIN_SECTIONS else heading)
        for (line, depth, heading), text in zip(lines, texts, strict=True)
    ]
    main = next((number for number, text in enumerate(texts) if text in _MAIN_SECTIONS), len(texts))
    # Back from the first main section: the place, the headline (a line or two), then the name.
    start = main - 1 if main and _PLACE.fullmatch(texts[main - 1]) else main
    for name in range(start - 1, max(start - 4, 0), -1):
        words = texts[name].split()
        if _NAME_LINE.fullmatch(texts[name]) and len(words) <= _NAME_WORDS and not _ROLE.search(texts[name]):
            return [(line, depth, 0) for line, depth, _ in lines[name:main]] + lines[:name] + lines[main:]
    return lines


def _sections(
    lines: list[_Line],
) -> tuple[list[_Line], dict[str, list[tuple[str, list[_Line]]]], list[tuple[str, tuple[str, ...]]]]:
    """
    The lines above every section, the lines under each heading by the section it names, and unknown headings.

    A section's lines are in blocks, one for each heading that names it
    ("Industrial Experience", then "Teaching"), each with its heading: no
    entry runs on from one block into the next. A heading at the level of
    the sections that names none a résumé has ("Press") closes the section
    above it; its lines are left out (see `_unknown_sections`), each such
    heading given with the sections its lines went to.
    """
    sections: dict[str, list[tuple[str, list[_Line]]]] = {}
    above: list[_Line] = []
    current: list[_Line] = above
    opened: str | None = None  # the section the current block is of
    level = 0  # the level of the current section's heading
    unknown: dict[str, list[_Line]] = {}  # the sections this reader does not know, by heading
    for number, (line, depth, heading) in enumerate(lines):
        words = _plain(line)
        marked = heading > 0 or words.isupper() or line.rstrip().endswith(":")
        section = (
            section_of(words, exact=not marked and not _titled(words))
            if _is_heading(line, words, heading)
            else None
        )
        if opened == "skills" and (heading > level or (section == "languages" and not heading)):
            # A group of skills under their section's heading: "**Languages**", "Programming Languages:".
            section = None
        if opened == "skills" and section is None and not heading and current and _work_begins(lines, number):
            # Positions under the skills, their heading lost ("Lead" over "Acme 2025 - Present"): the work
            # history begins at this line.
            current, opened, level = [(line, depth, heading)], "work", 0
            sections.setdefault("work", []).append(("Experience", current))
            continue
        inline = _inline_section(line, opened, bool(current)) if section is None else None
        # ("Languages:" in bold is more often a group of skills than the languages someone speaks.)
        if inline and (named := section_of(inline.group("name"))) not in {None, "languages"}:
            current, opened, level = [(inline.group("rest"), depth, 0)], named, _BOLD_LEVEL
            sections.setdefault(named, []).append((inline.group("name"), current))
        elif section is not None:
            current, opened, level = [], section, heading
            sections.setdefault(section, []).append((words, current))
        elif current is not above and (
            0 < heading <= level < _BOLD_LEVEL
            # A title in capitals where the sections' titles are unmarked ("EXTRACURRICULAR ACTIVITIES").
            or (
                not heading
                and not level
                and (
                    (words.isupper() and not _ACRONYM.fullmatch(words) and not _DIGIT.search(words))
                    or _UNPLACED_SECTION.fullmatch(words)
                )
                # (A short word in capitals in a list of skills, a skill a line, is a skill: "COBOL", "C++";
                # "CO-CURRICULARS" is a title.)
                and not (
                    opened == "skills"
                    and _SKILL_IN_CAPITALS.fullmatch(words)
                    # ("ACADEMIC" over "SERVICE": a title's first line)
                    and not (number + 1 < len(lines) and section_of(_plain(lines[number + 1][0])) is not None)
                )
                and _is_heading(line, words, heading)
                and not (opened is not None and _capital_head(lines, number, opened, first=not current))
            )
        ):
            # At the level of the sections: a section this reader does not know.
            current, opened = unknown.setdefault(words, []), None
        else:
            current.append((line, depth, heading))
    return above, sections, _unknown_sections(unknown, sections)


def _unknown_sections(
    unknown: dict[str, list[_Line]], sections: dict[str, list[tuple[str, list[_Line]]]]
) -> list[tuple[str, tuple[str, ...]]]:
    """
    What of the *unknown* sections' lines the *sections* take, and each heading with the sections it gave to.

    Most lines papers ("Research", a list of arXiv links): publications. Otherwise a line labelled
    by a section is of it ("Additional" over "Programming Languages: Python, Java"); the rest is
    left out.
    """
    skipped: list[tuple[str, tuple[str, ...]]] = []
    for words, found in unknown.items():
        papers = [line for line, _, _ in found if _PAPER.search(line)]
        if papers and len(papers) * 2 >= len(found):
            sections.setdefault("publications", []).append((words, found))
            continue
        placed: dict[str, None] = {}
        for line, depth, _ in found:
            label, colon, rest = _plain(line).partition(":")
            if colon and rest.strip() and (named := _labelled_section(label.strip())) is not None:
                sections.setdefault(named, []).append((label.strip(), [(rest.strip(), depth, 0)]))
                placed[named] = None
        skipped.append((words, tuple(placed)))
    return skipped


def _labelled_section(label: str) -> str | None:
    """
    The section a line's *label* names, as a short title does: "Relevant Coursework", "Programming Languages".

    Only a section whose entries a line can list: no position or degree ("Work/Research Interests").

    Example:
        >>> _labelled_section("Programming Languages"), _labelled_section("Spoken Languages")
        ('skills', 'languages')
    """
    if len(label.split()) > _SHORT_LABEL or (section := section_of(label)) not in _LINE_SECTIONS:
        return None
    return "skills" if section == "languages" and _PROGRAMMING.search(label) else section


def _inline_section(line: str, opened: str | None, within: bool) -> re.Match[str] | None:
    """
    The title and the first line of a section *line* opens on its own line ("**Skills:** Python"), if any.

    Under an entry of a section (*within* it, *opened*), "**Technologies:** Python, XGBoost" says
    what the entry used; "**Open Source & Hackathons** - 2020 - Present" is an entry's head.
    """
    inline = _INLINE_SECTION.fullmatch(line)
    if inline is None or (opened in _ENTRY_KEYS and within and _USES.fullmatch(_plain(line))):
        return None
    return None if _PERIOD.fullmatch(_AROUND.sub("", _plain(inline.group("rest")))) else inline


def _promoted(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """
    *entries*, a position that names no employer and ends as the one above it starts at that one's employer.

    "JP Morgan" over "Associate, Jan 2021 - Present", then "Analyst, Jan 2020 - Jan 2021": two
    roles, one after the other, at one employer.

    Example:
        >>> _promoted([{"name": "Acme", "dates": "Jan 2021 - Present"}, {"dates": "Jan 2020 - Jan 2021"}])
        [{'name': 'Acme', 'dates': 'Jan 2021 - Present'}, {'dates': 'Jan 2020 - Jan 2021', 'name': 'Acme'}]
    """
    for above, entry in itertools.pairwise(entries):
        ends = _RANGE_APART.split(entry.get("dates", ""))
        if "name" in above and "name" not in entry and len(ends) == 2:
            starts = _RANGE_APART.split(above.get("dates", ""))
            if ends[1].casefold() == starts[0].casefold():
                entry["name"] = above["name"]
    return entries


def _work_begins(lines: list[_Line], number: int) -> bool:
    """
    Whether line *number* heads a position, though no heading opened the work history.

    A role over its employer and period, or a role with its period, then an item that is a
    sentence: "Senior Technical Lead" over "Coforge 06/2025 - Present" over "* Led the development
    of ...". A PDF whose "Experience" title is a picture sets positions so under the skills.
    """
    texts = [_plain(line) for line, _, _ in lines[number : number + 3]]
    items = [_ITEM.match(line) is not None for line, _, _ in lines[number : number + 3]]
    for size in (1, 2):  # the role and its period on one line, or on two
        if len(texts) > size and not items[0] and items[size] and len(texts[size].split()) > _HEADING_WORDS:
            head = texts[:size]
            if _ROLE.search(head[0]) and not _LABELLED.match(head[0]) and _edge_period(head[-1]):
                return size == 1 or not (_edge_period(head[0]) or "," in head[0] or ":" in head[0])
    return False


#: A word that opens a job's title after a name on one line: "Ana Silva Data Scientist".
_TITLE_OPENER = re.compile(
    r"(?i:senior|junior|lead|staff|principal|chief|head|associate|assistant|software|data|ml|ai|machine|deep"
    r"|research|kernel|embedded|firmware|systems|platform|infrastructure|cloud|devops|security|network"
    r"|backend|frontend|front|back|full|mobile|web|product|computer|quantitative|applied)"
)


def _titled_name(text: str) -> tuple[str, str] | None:
    """
    The name and the job's title a line writes one after the other, with no comma, if it does.

    The title is a few words from a word that opens one, at the third word or later, to a role's
    word at the end.

    Example:
        >>> _titled_name("Dmitry Safonov Kernel Engineer"), _titled_name("Ana Maria Silva")
        (('Dmitry Safonov', 'Kernel Engineer'), None)
    """
    words = text.split()
    if len(words) < 3 or not _ROLE.fullmatch(words[-1]):  # (a name of two words at least, and a title)
        return None
    start = next(
        (
            number
            for number in range(2, len(words))
            if _TITLE_OPENER.fullmatch(words[number]) or _ROLE.fullmatch(words[number])
        ),
        None,
    )
    if start is None or len(words) - start > _TITLE_WORDS:
        return None
    return " ".join(words[:start]), " ".join(words[start:])


def _group_name(words: str) -> bool:
    """
    Whether *words* in capitals name a group of skills, not a skill in capitals ("SQL", "HTML5/CSS").

    Example:
        >>> (
        ...     _group_name("FRAMEWORK"),
        ...     _group_name("CLOUD & DEVOPS"),
        ...     _group_name("HTML"),
        ...     _group_name("HTML5/CSS"),
        ... )
        (True, True, False, False)
    """
    return re.fullmatch(r"[A-Z][A-Z &]*", words) is not None and any(
        len(word) > _ACRONYM_LENGTH + 1 for word in words.split()
    )


def _listing(line: str) -> bool:
    """Whether *line* lists things: an item, or names apart by commas or bullets ("• Keras • NumPy")."""
    return _ITEM.match(line) is not None or len(re.split(r",|\u2022|\u00b7|\|", line)) > 2


def _capital_head(lines: list[_Line], number: int, section: str, *, first: bool) -> bool:
    """
    Whether line *number*, in capitals and no section's title, heads what *section* lists: no section.

    Where entries' heads are in capitals as the titles are ("EXPERIENCE" over "ACME | DATA SCIENCE
    INTERN", or "ACME" over "Data Science Intern"), the head goes on over at most a few lines, no
    item and no title among them, and then a period starts its line ("May 2019 - July 2019 | Pune");
    the first line under a title is never a title of its own ("SKILLS" over "PROGRAMMING").
    """
    words = _plain(lines[number][0])
    if first or (section == "education" and (is_schooling(words) or degree_level(words) != "other")):
        return True  # (a degree's name in capitals, "SSLC", "B.TECH", is of the school above)
    if section == "skills":  # over a list of skills, its group's name or a skill: "FRAMEWORK", "HTML"
        return number + 1 < len(lines) and _listing(lines[number + 1][0])
    if section not in _ENTRY_KEYS and section not in _DETAIL_KEYS and section != "education":
        return False
    for line, _, heading in lines[number + 1 : number + 1 + _HEAD_LINES]:
        words = _plain(line)
        if _PERIOD.match(words):
            return True
        if heading or _ITEM.match(line) or section_of(words) is not None:
            return False
    return False


#: A heading of open-source work: "Open Source Projects", "Open-Source Contributions".
_OPEN_SOURCE_HEADING = re.compile(r"\bopen[\s-]?source\b", re.IGNORECASE)


def _section(section: str, lines: list[_Line], heading: str = "", surname: str | None = None) -> list[Any]:
    """
    The entries of *section* its lines give, under *heading*, in the résumé of a person of *surname*.
    """
    if section in _ENTRY_KEYS:
        teaching = "teaching" in heading.casefold()
        # "For detailed projects and demos, visit my GitHub page": where to see more, no entry
        lines = _named_heads([line for line in lines if not _POINTER.search(_plain(line[0]))])
        entries = _promoted(
            [_entry(section, entry, teaching=teaching) for entry in _under_heads(_entries(lines))]
        )
        if section == "projects" and _OPEN_SOURCE_HEADING.search(heading):
            # "Open-Source Contributions": each project under it is open-source work, as JSON Resume's
            # project type says.
            entries = [{**entry, "type": "open source"} for entry in entries]
        return entries
    if read := {"education": _studies, "speaking": _talks}.get(section):
        # ("Course College / School CGPA Status": the head of a table of studies, no study)
        return read([line for line in lines if not _STUDIES_HEAD.fullmatch(_plain(line[0]))])
    if section == "skills":
        return _skills(lines)
    # "Key Skills: AWS" under a certificate says what it covers, "UC-ec25..." is its number, and "To date
    # I have authored 73 papers" says something of them all: no entries.
    lines = [
        line
        for line in lines
        if not (
            _USES.fullmatch(words := _plain(line[0]))
            or _IDENTIFIER.fullmatch(words)
            or _FIRST_PERSON.search(words)
        )
    ]
    lines = _listed_on_lines(section, lines)
    if section == "publications":
        # "This paper focused on ..." and "Publication link: https://..." under a paper say of it.
        lines = [
            (line, depth + 1 if _SAID_OF_PAPER.match(_plain(line)) else depth, heading)
            for line, depth, heading in lines
        ]
    if section in _DETAIL_KEYS and (detailed := _detailed(section, lines, surname)):
        return detailed
    # Entries written as items, or each after its year ("2024 A. Baldrati, ... Title. Venue"): a line
    # that does not start one goes on with the entry above it, as a PDF wraps a long one.
    starts = [_ITEM.match(line) is not None for line, _, _ in lines]
    if not any(starts) and (years := [_YEAR_FIRST.match(_plain(line)) is not None for line, _, _ in lines]):
        # (A topic may head them: "INTERNATIONAL" over "2025 Recipient, Global Citizens Scholarship".)
        led = years[0] or (len(years) > 1 and _topic_line(lines, years, 0))
        starts = years if led and sum(years) > 1 else []
    if not any(starts) and section == "publications":
        # Citations, each from the line that names its authors: "K. Darvishi, Y. Sehgal. LMAT: An
        # Adaptive ... Analysis" / "Using Language Models. Journal of ..." / "doi.org/10.1016/...".
        # A citation without its authors first goes on over the lines of its venue and DOI ("In Smart
        # Trends in Computing, pp 387-404" / "DOI:10.1007/...").
        plain = [_plain(line) for line, _, _ in lines]
        authors = [_AUTHORS_FIRST.match(text) is not None for text in plain]
        going_on = [_CITATION_REST.match(text) is not None for text in plain]
        starts = authors if any(authors) else [not rest for rest in going_on]
        starts = starts if starts[:1] == [True] and (sum(authors) > 1 or any(going_on)) else []
    if any(starts):
        return _item_entries(section, lines, starts, surname)
    return _lined(section, lines)


#: Bullets that part the entries of one line: "OAuth2 \u2022 Java EE \u2022 Maven Fundamentals".
_INLINE_BULLETS = re.compile(r"\s+[\u2022\u00b7\u25aa]\s+|\s+[\u2022\u00b7\u25aa]$")
#: A label of a line that says it holds other things than the section's: "Also:", "Other:".
_OTHER_LABEL = re.compile(r"(?:also|others?|additional|misc(?:ellaneous)?|more)\s*:\s", re.IGNORECASE)


def _listed_on_lines(section: str, lines: list[_Line]) -> list[_Line]:
    """
    The *lines* of a section of entries a line each, a line that lists several parted at its bullets.

    A line labelled by the section itself loses its label ("Certifications: OAuth2 \u2022 Java EE"); one
    that ends with a bullet goes on on the next line; one labelled as holding other things ("Also: TA
    \u2014 COSC 3P97 \u2022 English, Hindi") is left out.

    Example:
        >>> lines = [("Certifications: OAuth2 \u2022 Java EE \u2022", 0, 0), ("Maven", 0, 0)]
        >>> _listed_on_lines("certificates", lines)
        [('OAuth2', 0, 0), ('Java EE', 0, 0), ('Maven', 0, 0)]
    """
    if section not in _DETAIL_KEYS:
        return lines
    found: list[_Line] = []
    going_on = left_out = (
        False  # whether the line above goes on past its last bullet; whether it was left out
    )
    for line, depth, heading in lines:
        text = _plain(line)
        if _ITEM.match(line) or not (going_on or _INLINE_BULLETS.search(text)):
            found.append((line, depth, heading))  # (an item's bullets list what was done in it)
            going_on = left_out = False
            continue
        label, colon, rest = text.partition(":")
        named = _labelled_section(label.strip()) if colon else None
        left_out = _OTHER_LABEL.match(text) is not None or (going_on and left_out)
        parts = [part.strip() for part in _INLINE_BULLETS.split(rest.strip() if named else text)]
        going_on = _INLINE_BULLETS.search(text) is not None and not parts[-1]
        if not left_out:
            # ("Awards: Mitacs Fellowship \u2022 Golden Key" under "Certifications": each part an award.)
            found.extend(
                (part if named in {None, section} else f"{label.strip()}: {part}", depth, heading)
                for part in parts
                if part
            )
    return found


def _item_entries(section: str, lines: list[_Line], starts: list[bool], surname: str | None) -> list[Any]:
    """
    The entries of *section* written as items (the lines that *starts* marks), a wrapped line joined again.
    """
    joined: list[str] = []
    for number, ((line, _, _), first) in enumerate(zip(lines, starts, strict=True)):
        if _topic_line(lines, starts, number):
            continue
        if joined and not first:
            joined[-1] = _rejoined(f"{joined[-1]}{_stop(lines[number - 1][0], line)}", _plain(line))
        else:
            joined.append(_plain(line))
    return [_line_entry(section, text, surname) for text in joined if text]


def _named_heads(lines: list[_Line]) -> list[_Line]:
    """
    *lines*, the items that name entries as heads when one list sets them beside what was done in each.

    "\u2022 Reverse-Chain" over "\u2022 Implemented the Reverse Chain algorithm ...": the first item
    names a project, its head, not an item of its own.
    """
    starts = [number for number, (line, _, _) in enumerate(lines) if _ITEM.match(line)]
    if not starts or starts[0] != 0:
        return lines
    ends = [*starts[1:], len(lines)]
    items = [
        " ".join(_plain(line) for line, _, _ in lines[start:end])
        for start, end in zip(starts, ends, strict=True)
    ]
    if not _named_items(items):
        return lines
    names = {start for start, item in zip(starts, items, strict=True) if _is_item_name(item)}
    return [
        (_ITEM.sub("", line) if number in names else line, depth, level)
        for number, (line, depth, level) in enumerate(lines)
    ]


def _is_item_name(item: str) -> bool:
    """
    Whether a list's *item* is a name ("Reverse-Chain"), not a sentence of what was done.
    """
    return (
        len(item.split()) <= _HEADING_WORDS
        and len(item) < _WRAP_WIDTH
        and not item.endswith(".")
        and item[:1].isupper()
    )


def _named_items(items: list[str]) -> list[tuple[str, list[str]]]:
    """
    Items that each name an entry, over items that say what was done in it, as one list sets them.

    Empty unless the list starts with a name, names two entries at least, and says something
    under each: "\u2022 Reverse-Chain" over "\u2022 Implemented the Reverse Chain algorithm ...".

    Example:
        >>> _named_items(["SoreTrek", "Built a sales tracker.", "AttendX", "Used Firebase.", "Ran it."])
        [('SoreTrek', ['Built a sales tracker.']), ('AttendX', ['Used Firebase.', 'Ran it.'])]
        >>> _named_items(["Built a sales tracker.", "Used Firebase."])
        []
    """
    names = [_is_item_name(item) for item in items]
    ends = [number + 1 == len(items) or names[number + 1] for number in range(len(items))]
    if (
        not names
        or not names[0]
        or sum(names) < 2
        or any(name and end for name, end in zip(names, ends, strict=True))
    ):
        return []
    grouped: list[tuple[str, list[str]]] = []
    for item, name in zip(items, names, strict=True):
        if name:
            grouped.append((item, []))
        else:
            grouped[-1][1].append(item)
    return grouped


def _lined(section: str, lines: list[_Line]) -> list[dict[str, str]]:
    """
    The entries of *section* written each a line, with what is said of it indented below it.

    Example:
        >>> _lined("awards", [("Best Paper 2021", 0, 0), ("For a study of bees", 4, 0)])
        [{'title': 'Best Paper', 'date': '2021', 'summary': 'For a study of bees.'}]
    """
    shallow = min((depth for _, depth, _ in lines), default=0)
    grouped: list[tuple[str, list[str]]] = []
    for line, depth, _ in lines:
        if text := _plain(line):
            if depth > shallow and grouped:
                grouped[-1][1].append(text)
            else:
                grouped.append((text, []))
    return [
        {**_line_entry(section, head), **({"summary": sentences(said)} if said else {})}
        for head, said in grouped
    ]


def _under_heads(entries: list[list[_Line]]) -> list[list[_Line]]:
    """
    *entries*, with items that write a period under a head that writes none each an entry of that head.

    "Teaching Assistant" and "Sharif University" over "\u2013 Machine Learning, Spring 2023" and
    "\u2013 Computer Vision, Fall 2022": two entries of one head, each the item's text first. A head
    with no items and no period that a dated item's entry ends with heads the items after it.
    """

    def dated_item(entry: list[_Line]) -> bool:
        return _ITEM.match(entry[0][0]) is not None and _PERIOD.search(_plain(entry[0][0])) is not None

    def head_only(lines: list[_Line]) -> bool:
        return 0 < len(lines) <= _HEAD_LINES and not any(
            _ITEM.match(line) or _PERIOD.search(_plain(line)) for line, _, _ in lines
        )

    found: list[list[_Line]] = []
    head: list[_Line] | None = None
    for number, entry in enumerate(entries):
        if head is not None and dated_item(entry):
            tail = entry[1:]
            found.append([(_plain(entry[0][0]), 0, 0), *head, *([] if head_only(tail) else tail)])
            head = tail if head_only(tail) else head
        elif head_only(entry) and number + 1 < len(entries) and dated_item(entries[number + 1]):
            head = entry
        else:
            found.append(entry)
            head = None
    return found


def _school(parts: list[str], rest: list[str]) -> str | None:
    """
    The school an education head's *parts* name, or failing that a line of the *rest*; it joins *parts*.

    The school is a part with a school's word that names no degree ("Master of Science and Diploma of
    Imperial College" is the degree, "Imperial College London" the school); its name goes on past a
    comma ("Indian Institute of Technology, Madras"). A school may follow a note on a line of its own
    ("Advisor: Dr. Jo Baker; The University of Texas at Austin").
    """
    schools = [part for part in parts if _SCHOOL.search(part)] or [
        part
        for line in rest
        for part in _without_city(_parts_of(line))
        if _SCHOOL.search(part) and not _ADVISER_PART.match(part)
    ]
    if any(re.search(r"\b(?:University|Institute)\b", part) for part in schools):
        # "School of Info. & Comm. Engineering" over "Beijing University of Posts and ...": a unit of it
        schools.sort(key=lambda part: bool(re.match(r"(?:School|Faculty|College)\s+of\b", part)))
    school = next(
        (part for part in schools if degree_level(part) == "other"), schools[0] if schools else None
    )
    if school is not None and school not in parts:
        parts.append(school)  # the school of a line of the rest
    if school is not None and (rest_of := _school_rest(parts, index := parts.index(school))):
        school = f"{school}, {rest_of}"
        parts[index : index + 2] = [school]
    return school


def _degree_apart(part: str) -> list[str]:
    """
    A part of an education head that names a degree, then a school, as the two; any other part alone.

    Example:
        >>> (
        ...     _degree_apart("MEng Aerospace Engineering University of Bristol"),
        ...     _degree_apart("University of Bath"),
        ... )
        (['MEng Aerospace Engineering', 'University of Bristol'], ['University of Bath'])
        >>> _degree_apart("BCA Sunderdeep Group of Institute")
        ['BCA', 'Sunderdeep Group of Institute']
    """
    found = _DEGREE_THEN_SCHOOL.fullmatch(part)
    if found and degree_level(found[1]) != "other":
        return list(found.groups())
    # "BCA Sunderdeep Group of Institute": a degree's letters, then the school.
    first, _, school = part.partition(" ")
    if degree_level(first) != "other" and _SCHOOL.search(school) and degree_level(school) == "other":
        return [first, school]
    return [part]


def _described_project(entry: dict[str, Any]) -> dict[str, Any] | None:
    """
    The project a work entry is, when it names no role and is a name and what was made, or a contest.

    A section of "Technical Experience and Projects" lists them so: "FlyerEnv: A flight simulator for
    RL research".

    Example:
        >>> _described_project({"name": "FlyerEnv: A flight simulator for RL research", "dates": "2023"})
        {'name': 'FlyerEnv', 'description': 'A flight simulator for RL research.', 'dates': '2023'}
        >>> _described_project({"name": "Acme", "position": "Engineer"}) is None
        True
    """
    if "url" in entry and "position" not in entry:  # something built, with the address of its code
        return entry
    name = entry.get("name") or ""
    if "position" not in entry and COMPETITION_WORDS.search(name) and not _ROLE.search(name):
        # "Google GenAI Exchange Hackathon" over what was built there: a project, no position.
        project = {"name": entry["name"], **({"description": entry["summary"]} if "summary" in entry else {})}
        return {**project, **{key: entry[key] for key in ("dates", "highlights") if key in entry}}
    name, _, said = (entry.get("name") or "").partition(": ")
    if "position" in entry or len(said.split()) < _CITED_TITLE_WORDS or len(name.split()) > _HEADING_WORDS:
        return None
    project = {"name": name, "description": sentences(list(filter(None, [said, entry.get("summary")])))}
    project.update({key: entry[key] for key in ("dates", "highlights") if key in entry})
    return project


def _studies(lines: list[_Line]) -> list[dict[str, Any]]:
    """
    The entries of an education section: a degree on a line of its own under another of one school's is of it.
    """
    entries = [_degree_under(part) for entry in _entries(lines) for part in _schools_apart(entry)]
    studies = [_study(entry) for entry in entries]
    for (above, study), entry in zip(itertools.pairwise(studies), entries[1:], strict=True):
        if (
            "institution" not in study
            and degree_level(study.get("studyType") or "") != "other"
            and "institution" in above
            and not _ITEM.match(entry[0][0])
        ):
            # "Ph.D. in CS" over "M.A. in CS (May 2024)", under one school's line: both of that school
            # (where degrees listed as items each name their own, or none).
            study["institution"] = above["institution"]
    return studies


def _degree_under(entry: list[_Line]) -> list[_Line]:
    """
    An education entry whose school's line names no degree, its first item naming one as part of the head.

    "University of Illinois Chicago, Chicago, Illinois" over "* MS in Computer Science 2021 - 2023":
    the degree and its period are the school's, not a highlight of it.
    """
    if len(entry) < 2 or _ITEM.match(entry[0][0]) or not (item := _ITEM.match(entry[1][0])):
        return entry
    head, text = _plain(entry[0][0]), entry[1][0][item.end() :]
    if not _SCHOOL.search(head) or any(degree_level(part) != "other" for part in head.split(", ")):
        return entry
    if degree_level(_PERIOD.sub("", text).strip()) == "other":
        return entry
    return [entry[0], (text, entry[0][1], entry[1][2]), *entry[2:]]


def _schools_apart(entry: list[_Line]) -> list[list[_Line]]:
    """
    An education entry whose head lines each name a study and its school, in columns, as one entry each.

    "MAS.S65 Blockchain | MIT Media Lab" over "BSCS Computer Science | Northeastern University":
    two studies, the lines under the last one of it.
    """
    heads = 0
    while (
        heads < len(entry)
        and not _ITEM.match(line := entry[heads][0])
        and len(parts := _plain(line).split(" | ")) > 1
        and any(_SCHOOL.search(part) for part in parts)
        and not any(_PERIOD.search(part) for part in parts)
    ):
        heads += 1
    if heads < 2:  # (one such line is the entry's head, as it is)
        return [entry]
    return [*([line] for line in entry[: heads - 1]), entry[heads - 1 :]]


def _talks(lines: list[_Line]) -> list[dict[str, Any]]:
    """
    The entries of a section of talks: each cited talk a line of its own, or entries as any section's.
    """
    cited = [_CITED_TALK.match(_plain(line)) is not None for line, _, _ in lines]
    if not any(cited) and (titled := _titles_over_events(lines)):
        return [_talk(entry) for entry in titled]
    if not any(cited) or not cited[0]:
        return [_talk(entry) for entry in _entries(lines)]
    entries: list[list[_Line]] = []
    for line, starts in zip(lines, cited, strict=True):
        if starts:
            entries.append([line])
        else:
            entries[-1].append(line)  # a cited talk wrapped
    return [_talk(entry) for entry in entries]


def _titles_over_events(lines: list[_Line]) -> list[list[_Line]]:
    """
    Talks written each as its title (over a line or more) over a line that ends with its date, as two lines.

    Empty unless the lines are written so: no items, and two talks at least.

    Example:
        >>> lines = [
        ...     "Moral inference in",
        ...     "language models.",
        ...     "Poster, EMNLP 2025",
        ...     "Norms",
        ...     "Oral, ACL 2023",
        ... ]
        >>> [[text for text, _, _ in talk] for talk in _titles_over_events([(line, 0, 0) for line in lines])]
        [['Moral inference in language models', 'Poster, EMNLP 2025'], ['Norms', 'Oral, ACL 2023']]
    """
    texts = [_plain(line) for line, _, _ in lines]
    dated = [
        bool(found := list(_PERIOD.finditer(text))) and not text[found[-1].end() :].strip(" .,;)")
        for text in texts
    ]
    if (
        not texts
        or dated[0]
        or not dated[-1]
        or sum(dated) < 2
        or any(_ITEM.match(line) for line, _, _ in lines)
    ):
        return []
    talks: list[list[_Line]] = []
    title: list[str] = []
    for text, ends in zip(texts, dated, strict=True):
        if not ends:
            title.append(text)
        elif not title:
            return []  # two dated lines in a row: another way of writing them
        else:
            talks.append([(" ".join(title).rstrip("."), 0, 0), (text, 0, 0)])
            title = []
    return talks


def _stop(above: str, line: str) -> str:
    """
    What ends the line *above* that *line* goes on from, where a PDF dropped it: a colon, or a stop.

    A line that ends with a colon ("Specy:" over "Learning specifications") keeps it; a line of
    authors over the title, a title over the venue ("VLDB 2025 (research): ..."), or a title over
    its authors ends a sentence of the citation.
    """
    above, line = above.rstrip(), _plain(line)
    if above.endswith(":"):
        return ":"
    cited = _FULL_NAMES.fullmatch(_plain(above)) or _VENUE_YEAR.match(line) or _FULL_NAMES.match(line)
    return "." if above[-1:].isalnum() and line[:1].isupper() and cited else ""


def _topic_line(lines: list[_Line], starts: list[bool], number: int) -> bool:
    """
    Whether line *number* of a list of entries is a topic the entries under it are grouped by.

    "Formal Methods for Systems" over "* Specy: Learning specifications ...": a short title, no
    item, over an item, and after an entry's end (a stop or a bracket), not in its middle; or a short
    label over an item ("Selected Co-authored papers:").
    """
    text = _plain(lines[number][0])
    above = _plain(lines[number - 1][0]) if number else ""
    label = (lines[number][0].rstrip().endswith(":") and len(text.split()) <= _HEADING_WORDS) or (
        text.isupper() and " " not in text  # a word in capitals: "DOMESTIC"
    )
    return (
        not starts[number]
        and number + 1 < len(starts)
        and starts[number + 1]
        and (label or ((not above or above.endswith((".", ")", "]"))) and _TOPIC.fullmatch(text) is not None))
    )


def _authors(text: str, surname: str | None = None) -> bool:
    """
    Whether *text* lists a paper's authors.

    They are written by their initials, "J. Ma and D. Yarats", or with others beside the person
    of *surname*, "Rikiya Takehi, Akihisa Watanabe, Tetsuya Sakai".
    """
    initials = len(_INITIALS.findall(text))
    among = surname is not None and re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text, re.IGNORECASE)
    return (
        initials >= 2
        or (initials == 1 and len(text.split()) <= 3 and not _DIGIT.search(text))
        or (among is not None and ("," in text or re.search(r"\band\b|&", text) is not None))
    )


#: A word that names a venue of papers, in a line as long as a sentence.
_VENUE_NAME = re.compile(
    r"(?i:proceedings|conference|journal|workshop|transactions|symposium|review|letters)"
)
#: A venue after a paper's authors on their line: "... Jo Baker EMNLP Findings, 2024", "... Preprint, 2025".
_VENUE_AFTER_NAMES = re.compile(
    r"\s((?:[A-Z]{2,}[a-z]*|(?i:preprint|arxiv|under review|submitted|in submission))\b.*)$"
)


def _cited_by_authors(lines: list[_Line], surname: str | None = None) -> list[tuple[str, list[str]]]:
    """
    Papers written each as a title, a line of authors and a line of the venue, split at their authors.

    The lines above each paper's authors, back to the end of the paper before, are its title
    (a PDF wraps a long one); the line below them is its venue, unless it starts the next
    paper's title. Each paper is its title's text (with the year its authors' line gives, when
    it gives none) and the lines below it, its authors and lines of links ("[pdf] [code]") left
    out. Empty unless at least two papers' authors are written so, on lines of their own.

    Example:
        >>> _cited_by_authors(
        ...     [(line, 0, 0) for line in ("Deep nets", "J. Ma and D. Yu", "ICML 2019", "Wide nets", "D. Yu")]
        ... )
        [('Deep nets', ['ICML 2019']), ('Wide nets', [])]
    """
    if any(_ITEM.match(line) for line, _, _ in lines):
        return []
    texts = [text for line, _, _ in lines if (text := _plain(line)) and not _LINKS.fullmatch(text)]
    written = [_authors(text, surname) for text in texts]
    runs = [n for n, by in enumerate(written) if by and (n == 0 or not written[n - 1])]
    if len(runs) < 2 or runs[0] == 0:
        return []
    papers: list[tuple[str, list[str]]] = []
    start = 0
    for number in runs:
        end = number
        while end < len(texts) and written[end]:
            end += 1
        if papers and not papers[-1][1] and start < number - 1 and _VENUE.search(texts[start]):
            papers[-1][1].append(texts[start])  # the venue of the paper above
            start += 1
        head = _PAPER_KIND.sub("", " ".join(texts[start:number]))
        if not head:
            return []
        if not _PERIOD.search(head) and (year := _PERIOD.search(" ".join(texts[number:end]))):
            head = f"{head} ({year.group(0)})"  # "A. Silva, B. Okafor, ICML, 2023.": the paper's year
        # The line below the authors is this paper's venue, unless the next paper's title takes it, or
        # the authors' line ends with the venue ("Ana Silva, Li Wei EMNLP Findings, 2024"): then it says
        # what the paper did.
        below = end < len(texts) and not (end + 1 < len(texts) and written[end + 1])
        after = _VENUE_AFTER_NAMES.search(texts[end - 1])
        if after is not None and not _PERIOD.fullmatch(after[1]):
            papers.append((head, [after[1].rstrip(" ."), *texts[end : end + 1][:below]]))
            start = end + len(papers[-1][1]) - 1
            continue
        papers.append((head, texts[end : end + 1] if below and _VENUE.search(texts[end]) else []))
        start = end + len(papers[-1][1])
    if start < len(texts):
        papers[-1][1].extend(texts[start:])
    return papers


def _under_dates(lines: list[_Line]) -> list[tuple[str, list[str]]]:
    """
    Entries written each as a line that ends with its date and lines about it below.

    "ICPC World Final 2011" over "Participant": the dated line is the entry, the lines
    below it what the section says of it. Empty unless
    the first line is dated and most dated lines have lines below them.

    Example:
        >>> _under_dates(
        ...     [(line, 0, 0) for line in ("Kaggle Prize 2021", "First of 900", "Grant 2019", "NSF")]
        ... )
        [('Kaggle Prize 2021', ['First of 900']), ('Grant 2019', ['NSF'])]
    """
    texts = [_plain(line) for line, _, _ in lines]
    dated: list[bool] = []
    span = None  # the years of the last head's period, when written to the month
    for text in texts:
        head = (
            (found := list(_PERIOD.finditer(text))) != []
            and not _AROUND.sub("", text[found[-1].end() :].lstrip(")"))
            and found[-1].start() > 0
            and not _said_within(text, span)  # "2nd place (2021)" under "Olympiad (02/2020 - 02/2022)"
        )
        span = _span(text) if head else span
        dated.append(head)
    if (
        not dated
        or not dated[0]
        # (Most heads have lines below them: "Young Entrepreneurs 2022" may have none.)
        or 2 * sum(first and second for first, second in itertools.pairwise([*dated, True])) >= sum(dated)
        or any(_ITEM.match(line) for line, _, _ in lines)
    ):
        return []
    entries: list[tuple[str, list[str]]] = []
    for text, head in zip(texts, dated, strict=True):
        if head:
            entries.append((text, []))
        elif text:
            entries[-1][1].append(text)
    return entries


def _over_dates(lines: list[_Line]) -> list[tuple[str, list[str]]]:
    """
    Entries written each as a few lines over a line that starts with its date.

    "SOLUTIONS ARCHITECT" over "Amazon Web Services" over "Oct 2020 | Credentials": the first
    line is the entry, with the date; the others, and what the date's line says after it (not the
    label of a link), what the section says of it. Empty unless the last line starts with a date,
    the first does not, no two such lines are next to each other, and no line is an item.

    Example:
        >>> _over_dates([(line, 0, 0) for line in ("AWS Architect", "Amazon", "Oct 2020 | Credentials")])
        [('AWS Architect Oct 2020', ['Amazon'])]
    """
    texts = [text for line, _, _ in lines if (text := _plain(line))]
    starts = [_PERIOD.match(text) for text in texts]
    if (
        not texts
        or starts[0]
        or not starts[-1]
        or any(first and second for first, second in itertools.pairwise(starts))
        or any(_ITEM.match(line) for line, _, _ in lines)
    ):
        return []
    entries: list[tuple[str, list[str]]] = []
    head: list[str] = []
    for text, found in zip(texts, starts, strict=True):
        if found is None:
            head.append(text)
            continue
        said = [part.strip() for part in text[found.end() :].split("|")]
        said = [part for part in said if _AROUND.sub("", part) and not _LINK_WORD.fullmatch(part)]
        entries.append((f"{_worded(head[0])} {found.group(0)}", [*head[1:], *said]))
        head = []
    return entries


#: The label of a link a PDF keeps as text beside a certificate's date or a project's name.
_LINK_WORD = re.compile(
    r"(?i:credentials?|certificate|link|verify|view|code|docs|demo|slides|video|website|source|repo"
    rf"|poster|github|publication|paper|preprint|pdf|arxiv|{_LINK_PHRASES})"
)
#: An address where code or a built site is: a repository, or a host of apps.
_CODE_LINK = re.compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|[\w-]+\.(?:herokuapp\.com|netlify\.app"
    r"|vercel\.app|github\.io))\S*"
)
#: A line that is only a link, labelled or not: "code: https://github.com/ana/blog".
_LINK_LINE = re.compile(r"(?:[\w ]{1,30}:\s*)?https?://\S+")
#: A link's label a PDF runs into the end of a project's name: "Lisp interpreter Github Code".
_GLUED_LINK = re.compile(r"\s+(?i:github)\s+(?i:code|repo)$")
#: The start of a title: three words in capitals ("Cyclic Qubit Mappings", "RESCQ: Realtime Scheduling").
_TITLE_START = re.compile(r"(?:[A-Z0-9][\w'-]*:?\s+){2}[A-Z0-9]")


def _detailed(section: str, lines: list[_Line], surname: str | None) -> list[dict[str, str]]:
    """
    The entries of a section of papers, certificates or awards written each as a head over details.

    Papers may be cited in the APA style, each over lines.
    """
    if section == "publications" and (papers := _apa_papers(lines)):
        return [_line_entry(section, paper) for paper in papers]
    if grouped := _cited_by_authors(lines, surname) or _under_dates(lines) or _over_dates(lines):
        return [_grouped_entry(section, head, details) for head, details in grouped]
    return [
        {**_line_entry(section, head), **({"summary": sentences(items)} if items else {})}
        for head, items in _headed_items(lines)
    ]


def _headed_items(lines: list[_Line]) -> list[tuple[str, list[str]]]:
    """
    Entries written each as lines of their own, its head, over items that say what was done in it.

    A paper's citation over "* Designed a qubit mapper": the citation is the entry, the items its
    summary. A line in small letters after an item goes on with it, as does a label ("Memory
    Level:"). Empty unless two entries at least are written so, the first line is no item, and the
    heads are more than topics.

    Example:
        >>> _headed_items(
        ...     [
        ...         (line, 0, 0)
        ...         for line in ("Paper A. ICML", "- Built it", "Paper B, 2024", "- Ran it", "at scale")
        ...     ]
        ... )
        [('Paper A. ICML', ['Built it']), ('Paper B, 2024', ['Ran it at scale'])]
    """
    groups: list[tuple[list[str], list[str]]] = []
    # (A line after a long item that ends no sentence goes on with it, unless it starts as a title
    # does: "Cyclic Qubit Mappings ...", not "ISA, and an average ...".)
    opened = False
    above = ""  # the item's line above, if the line above is one
    for line, _, _ in lines:
        item, text = _ITEM.match(line) is not None, _plain(line)
        if not text:
            continue
        if item:
            if not groups:
                return []
            groups[-1][1].append(text)
        elif not groups or (
            above
            and text[:1].isupper()
            and not line.rstrip().endswith(":")
            and not opened
            and (above.endswith(".") or len(above) < _WRAP_WIDTH or _TITLE_START.match(text))
            # (An item that ends with an author's initial, "..., B. C. Ward, A." over "Taye, "Remote
            # ID ...", or within a quoted title, goes on.)
            and not re.search(r"(?:^|[\s,])[A-Z]\.$", above)
            and above.count("\u201c") <= above.count("\u201d")
        ):
            groups.append(([text], []))
        elif not groups[-1][1]:
            if not line.rstrip().endswith(":"):  # ("Memory Level:" over items names a part of them)
                groups[-1][0].append(text)
        else:
            groups[-1][1][-1] += f" {text}"
        above = groups[-1][1][-1] if groups[-1][1] else ""
        opened = line.rstrip().endswith((":", ",", "-"))  # "Specy:" over the rest of its title
    # (Topics over entries written as items, "Formal Methods" over citations, are no entries; nor are
    # heads over items that are themselves citations, "1. A. Taye, P. Wei, "Safe to Fly?" ...".)
    cited = [item for _, items in groups for item in items if _AUTHORS_FIRST.match(item)]
    if 2 * len(cited) > sum(len(items) for _, items in groups):
        return []
    if sum(bool(items) and not _TOPIC.fullmatch(" ".join(head)) for head, items in groups) < 2:
        return []
    return [(" ".join(head), items) for head, items in groups]


def _grouped_entry(section: str, head: str, details: list[str]) -> dict[str, str]:
    """
    The entry of *section* written as *head*, with its date, over *details*: its venue, issuer or summary.
    """
    entry = _line_entry(section, head)
    key = _DETAIL_KEYS[section]
    # (A paper's venue is a name; "Improved LLM performance on ... data." says what it did.)
    if (
        details
        and key not in entry
        and (key != "issuer" or is_name(details[0]))
        and not (
            key == "publisher" and _SENTENCE.fullmatch(details[0]) and not _VENUE_NAME.search(details[0])
        )
    ):
        entry[key], details = details[0], details[1:]
    if details:
        entry["summary"] = " | ".join([*filter(None, [entry.get("summary")]), *details])
    return entry


def is_name(text: str) -> bool:
    """
    Whether *text* is a name (an issuer's: "Amazon Web Services", "DeepLearning.AI"), not a sentence.

    Example:
        >>> is_name("Amazon Web Services (AWS)"), is_name("Achieved overall band 7.5 score")
        (True, False)
    """
    words = text.split()
    return (
        0 < len(words) <= _HEADING_WORDS
        and not text[0].isdigit()
        and not _LINK_WORD.fullmatch(text)  # ("Certificate", a link's label)
        and 2 * sum(not word[0].islower() or "." in word for word in words) > len(words)
    )


def _lines(text: str) -> list[tuple[str, int, int]]:
    """
    The text's lines that hold text, each with how deep it is indented and its level as a heading.

    A heading's level is 1-6 for Markdown's hashes, a setext underline or an
    HTML heading tag, 7 for a line all in bold, and 0 for a line that is no
    heading. HTML tags in a line are read as the text they show; a page that
    is all HTML is read by its tags.
    """
    text = _TRAILING_HEADING.sub(_heading_apart, _COMMENT.sub("", text))
    if text.lstrip().startswith("<") and not re.search(r"^\s*#", text, re.MULTILINE):
        return [
            (line, 0, _BOLD_LEVEL if heading else 0)
            for line, heading in text_lines(text)
            if not _RULE.match(line)
        ]
    found: list[_Line] = []
    width = 0  # how long the line above is, as the text writes it
    inside: int | None = None  # the indent of the admonition whose body is being read
    after_text = False  # whether the line above held text: a setext underline is right under its heading
    for raw in text.split("\n"):
        under_text, after_text = after_text, bool(raw.strip())
        indent = len(raw) - len(raw.lstrip())
        if inside is not None and raw.strip():
            if indent > inside:  # its body, written indented under it
                raw = raw[min(indent, inside + 4) - inside :]  # noqa: PLW2901 - the line, out of it
            else:
                inside = None
        if admonition := _ADMONITION.match(raw):
            inside = len(admonition.group(1))
            if title := (admonition.group("title") or "").strip():
                found.append((f"{admonition.group(1)}{title}", inside, _BOLD_LEVEL))
            continue
        if (
            (underline := _SETEXT.match(raw))
            and under_text
            and found
            and found[-1][2] == 0
            and not _ITEM.match(found[-1][0])
        ):
            found[-1] = (found[-1][0], found[-1][1], 1 if underline.group(1) == "=" else 2)
            continue
        tag = _HTML_HEADING.match(raw)
        line = _QUOTE.sub(
            lambda mark: mark.group(1) or mark.group(2) or "", html.unescape(_TAG.sub(" ", raw))
        )
        line = _filled(line)
        if _TABLE_RULE.match(line) and found and found[-1][0].lstrip().startswith("|"):
            found.pop()  # the table's head ("| Period | Role | Company |") names its columns, no entry
            continue
        if not _AROUND.sub("", line) or _RULE.match(line) or _TABLE_RULE.match(line):
            continue  # (a line of separators alone, "," or ":" between a PDF's columns, says nothing)
        hashes = _HASHES.match(line)
        bold = len(line) <= _HEADING_LENGTH and _BOLD.match(line) is not None
        level = len(hashes.group(1)) if hashes else int(tag.group(1)) if tag else _BOLD_LEVEL if bold else 0
        _add(found, (line, len(line) - len(line.lstrip()), level), width)
        width = len(line.strip())
    return _nested_marks(found)


def _nested_marks(lines: list[_Line]) -> list[_Line]:
    """
    *lines*, with the items of an inner list indented, where its marks and not indents nest it.

    Text taken from a PDF has no indents: a list of "\u2022" items with "\u25e6" items, or numbered
    ones, under them is nested by its marks alone.
    """
    marks = [_NESTED.match(line) for line, depth, _ in lines]
    if not any(mark and mark.group(1) for mark in marks) or not any(mark and mark.group(2) for mark in marks):
        return lines
    inner = [
        bool(depth == 0 and mark and mark.group(2)) for (_, depth, _), mark in zip(lines, marks, strict=True)
    ]
    # A list whose first item has a mark of inner lists has the others under it: "▪ E-Pariksha" over
    # "• A web application ...".
    run: list[tuple[int, re.Match[str]]] = []  # the items of one list, each with its mark
    for number, mark in enumerate([*marks, None]):
        if mark is not None and not lines[number][1]:
            run.append((number, mark))
            continue
        if run and run[0][1].group(2) and any(found.group(1) for _, found in run):
            for item, found in run:
                inner[item] = found.group(0) != run[0][1].group(0)
        run = []
    return [
        (line, depth + _NESTED_DEPTH if nested else depth, level)
        for (line, depth, level), nested in zip(lines, inner, strict=True)
    ]


#: A section's title in capitals over lines joined at "AND" or "&": "RESEARCH" / "AND WORK" / "EXPERIENCE".
_WRAPPED_TITLE = re.compile(
    r"^(?:[A-Z]+ ){0,2}[A-Z]+(?:\n(?:AND|&)(?: [A-Z]+){1,2}| (?:AND|&)\n(?:[A-Z]+ ){0,2}[A-Z]+)"
    r"(?:\n[A-Z]+(?: [A-Z]+)?)?$",
    re.MULTILINE,
)


def _titles_joined(text: str) -> str:
    r"""
    *text* with a section's title that a narrow margin wraps over lines at its "and" on one line.

    Example:
        >>> _titles_joined("PROJECTS\nAND SEMINARS\nA chess engine")
        'PROJECTS AND SEMINARS\nA chess engine'
        >>> _titles_joined("RESEARCH\nAND WORK\nEXPERIENCE\nIntern at IISc")
        'RESEARCH AND WORK EXPERIENCE\nIntern at IISc'
    """
    return _WRAPPED_TITLE.sub(
        lambda found: joined if section_of(joined := found[0].replace("\n", " ")) else found[0], text
    )


def _headings_apart(text: str) -> str:
    r"""
    *text* with the section titles a PDF's margin runs into the first line of their sections set apart.

    "Education Ph.D., Computer Science Aug 2021 - May 2026" and "Awards Travel Grant, PyCon 2025" are
    a title, then its section's first line; a title of two words over two lines ("Professional" before
    "Research Assistant", "Experience" before "Acme") is whole again. Only where two sections or more
    are written so, and never before a role ("Teaching Assistant").

    Example:
        >>> _headings_apart("Ana Silva\nEducation B.S., Physics 2019\nAwards Best Poster 2020")
        'Ana Silva\nEducation\nB.S., Physics 2019\nAwards\nBest Poster 2020'
        >>> _headings_apart("Ana Silva\nEDUCATION Ph.D. in CS 2023\nEXPERIENCE Research Assistant 2021")
        'Ana Silva\nEDUCATION\nPh.D. in CS 2023\nEXPERIENCE\nResearch Assistant 2021'
    """
    # "Publications Google Scholar": a title, and the label of a link beside it; "... Haar Cascade.SKILLS":
    # a sentence, then the title in capitals that shares its line.
    lines = [
        found[1]
        if (found := _TITLE_LINKS.fullmatch(line)) and section_of(found[1])
        else f"{found[1]}\n{found[2]}"
        if (found := _TRAILING_TITLE.fullmatch(line)) and section_of(found[2], exact=True)
        else line
        for line in text.split("\n")
    ]
    glued = {
        number: found
        for number, line in enumerate(lines)
        if (found := _GLUED_TITLE.match(line))
        # ("Teaching Assistant" is a role; "EXPERIENCE Research Assistant", a title in capitals, is not)
        and (found[1].isupper() or not _ROLE.match(found[2]))
        and section_of(line.strip()) is None
        and (section := section_of(found[1], exact=True)) in _GLUED_SECTIONS
        and (section != "skills" or found[1] in {"Skills", "SKILLS"})
    }
    if len({section_of(found[1], exact=True) for found in glued.values()}) < 2:
        return "\n".join(lines)
    apart: list[str] = []
    for number, line in enumerate(lines):
        found = glued.get(number)
        if found is None:
            apart.append(line)
            continue
        title, rest = found[1], found[2]
        before = apart[-1].split(" ", 1) if apart else []
        if (
            len(before) == 2
            and before[0].istitle()
            and section_of(f"{before[0]} {title}", exact=True) == section_of(title, exact=True)
        ):
            apart[-1:] = [f"{before[0]} {title}", before[1]]
        else:
            apart.append(title)
        apart.append(rest)
    return "\n".join(apart)


def _heading_apart(line: re.Match[str]) -> str:
    r"""
    A line that runs into the next section's heading in bold, as two lines; any other line as it is.

    Example:
        >>> _heading_apart(_TRAILING_HEADING.search("UC-ec25 **Skills**"))
        'UC-ec25\n**Skills**'
    """
    return f"{line[1]}\n{line[2]}" if section_of(_plain(line[2]), exact=True) else line[0]


def _filled(line: str) -> str:
    """
    *line* without a template's unfilled fields; empty when that is all it holds, or it says nothing.

    Example:
        >>> _filled("### Data Intern | [Company Name]"), _filled("- [Key achievements]")
        ('### Data Intern |', '')
        >>> _filled("*References available upon request*"), _filled("Last updated on April 6, 2026")
        ('', '')
        >>> _filled("[Paper](https://arxiv.org)")
        '[Paper](https://arxiv.org)'
    """
    filled = _PLACEHOLDER.sub("", line).rstrip()
    if (filled != line.rstrip() and not re.search(r"\w", filled)) or _SAYS_NOTHING.fullmatch(_plain(line)):
        return ""
    return filled


def _add(found: list[_Line], line: _Line, width: int = 0) -> None:
    """
    Add *line* to *found*, or join it to the last line found when it goes on with it, as wrapped text does.

    A line indented under a list item goes on with it, as does one under a
    line that ends with a comma ("NLP: spaCy, NLTK," over "   Hugging
    Face"); a heading, a new item or a line that writes a period starts
    anew, and so does anything under a line all in bold or with a period.
    Text from a PDF has no indents: there a line under a long line (or any
    list item) that ends no sentence goes on with it when it starts in small letters, the
    line above ends with a word such as "for", or the line above is an item
    that fills the line; a word broken at its end ("Tech-" over "nology") is
    joined again.
    """
    text, depth, level = line
    if (
        found
        and not level
        and (
            (_OPEN_DATE.fullmatch(found[-1][0].strip()) and _DATE_START.match(text.strip()))
            or (_OPEN_PERIOD_END.search(found[-1][0]) and _DATE_REST.fullmatch(text.strip()))
        )
    ):
        # A date column wrapped over lines: "June 2022\u2013" over "September" over "2022"; a period at
        # a line's end wrapped before its year: "Morningstar ... June 2019 \u2013 July" over "2020".
        above, indent, heading = found[-1]
        joint = "" if above.rstrip()[-1] in "-\u2013\u2014" else " "
        found[-1] = (f"{above.rstrip()}{joint}{text.strip()}", indent, heading)
        return
    # (A section's title in capitals goes on with nothing, however a PDF indents it: " PROJECTS ".)
    titled = text.strip().isupper() and section_of(_plain(text)) is not None
    if found and not level and not _ITEM.match(text) and not titled:
        above, indent, heading = found[-1]
        indented = (
            depth > indent
            and (_ITEM.match(above) is not None or above.endswith(","))
            and not (
                _BOLD.match(_ITEM.sub("", above))
                or _PERIOD.search(_plain(above))
                or _edge_period(_plain(text))
            )
        )
        wrapped = (
            (
                _WRAPPED.match(text.lstrip()) is not None
                or _OPEN_END.search(above) is not None
                or above.endswith(",")
                or _wrapped_item(above, text, width)
            )
            and (
                len(above.strip()) >= _WRAP_WIDTH
                # (An item whose sentence is open goes on, however short: "* Made by applying" over "LBPH.")
                or (_ITEM.match(above) and (_WRAPPED.match(text.lstrip()) or _OPEN_END.search(above)))
            )
            and not above.rstrip().endswith((".", ":", "!", "?"))
        ) or (
            _JOINING_END.search(above) is not None
            and not _edge_period(_plain(text))
            and not above.lstrip().startswith("|")  # (a table's row ends with a bar)
        )
        # A note in brackets on a line of its own is of the line above: "MERN-STACK" over "(Advance)";
        # so is the rest of a title in quotes: "\u201cLarge Language Models for ASR" over "Correction.\u201d".
        wrapped = (
            wrapped
            or _NOTE_LINE.fullmatch(text.strip()) is not None
            or _more_said(above, text)
            or above.count("\u201c") > above.count("\u201d")
            or _closes_bracket(above, text)
        )
        if not heading and (indented or wrapped):
            found[-1] = (_rejoined(above, text.strip()) if wrapped else f"{above} {text.strip()}", indent, 0)
            return
    found.append(line)


def _closes_bracket(above: str, text: str) -> bool:
    """
    Whether *text* closes the bracket the list item *above* opened: "* A game. (Page here:" over "https://...)".

    Example:
        >>> _closes_bracket("* A game. (Page here:", "https://ana.dev/game.html)")
        True
        >>> _closes_bracket("* A game (2021)", "Chess engine (C++)")
        False
    """
    closing = text.find(")")
    return (
        _ITEM.match(above) is not None
        and above.count("(") > above.count(")")
        and closing >= 0
        and "(" not in text[:closing]
    )


def _more_said(above: str, text: str) -> bool:
    """
    Whether *text* is a further sentence of the list item *above*, a PDF having dropped its indent.

    A long sentence, its words mostly in small letters, with no period and no label, under an item:
    "* This tracker turns to the sun." over "The system detects the light by LDR sensors and sends
    the data to the controller". An entry's head is shorter, or names its period.
    """
    words = _plain(text)
    said = words.split()
    return (
        _ITEM.match(above) is not None
        and len(said) > 2 * _HEADING_WORDS
        and 2 * sum(word[0].islower() for word in said) > len(said)
        and not _edge_period(words)
        and not _edge_period(_plain(above))  # (an item that ends with its date is an entry, whole)
        and not _LABELLED.match(words)
        and section_of(words) is None
    )


def _wrapped_item(above: str, text: str, width: int) -> bool:
    """
    Whether *text* goes on with the list item *above* that fills a PDF's line, though it starts in capitals.

    *width* is the length of the line above as the text writes it (*above* may be lines joined).

    "* ... using Web-" over "Sockets, ensuring ...", "* ... with exchange" over "APIs and ...": the
    item reaches the line's end (not at a year), and *text* writes no period and names no section
    or role.
    """
    words = _plain(text)
    # (In a narrow column, a sentence that ends on the line, its words mostly in small letters: "... to
    # perform Corporate" over "Actions under Asset Servicing writing maintainable code with Junits.")
    said = words.split()
    sentence = (
        words.endswith(".")
        and len(said) > _HEADING_WORDS
        and width >= _WRAP_WIDTH
        and 2 * sum(word[0].islower() for word in said) >= len(said)
    )
    return (
        _ITEM.match(above) is not None
        and (width >= _FULL_LINE or sentence)
        and not _edge_period(words)
        and section_of(words) is None
        and not re.search(r"\b(?:19|20)\d\d$", above.rstrip())
        and not _LABELLED.match(words)  # "Tools: Python, Spark" under an item says what it used
        # (A short line with no stop is more often the next entry's head: "Acme Corp"; under a list of
        # tools that fills its line, the rest of the list: "Tools: Vue.js, Visual" over "Studio Code".)
        and (
            words.endswith(".")
            or len(words.split()) > _HEADING_WORDS
            or _USES.fullmatch(_plain(above)) is not None
            # ("... integrating the Minimum" over "Convex Polygon algorithm using Python": a verb or a noun
            # in small letters is a sentence's, where a name writes only words like "of" and "de" so.)
            or any(word.isalpha() and word.islower() and word not in _LOWER_IN_NAMES for word in said)
        )
        and not (
            _ROLE.search(words) and len(words.split()) <= _HEADING_WORDS
        )  # "Applied Scientist Cambridge, UK"
        and not _ends_with_place(words)  # "Language Technologies Group @ Georgia Tech Atlanta, GA"
    )


def _ends_with_place(text: str) -> bool:
    """
    Whether *text*, no sentence, ends with a state or a country after a comma, as an entry's head does.

    Example:
        >>> (
        ...     _ends_with_place("SALT Group @ Georgia Tech Atlanta, GA"),
        ...     _ends_with_place("Built it in Python, ML"),
        ... )
        (True, False)
    """
    _, comma, last = text.rpartition(", ")
    return (
        bool(comma)
        and not text.endswith(".")
        and (last in _COUNTRIES or (_STATE.fullmatch(last) is not None and last not in _CREDENTIALS))
    )


def _rejoined(above: str, text: str) -> str:
    """
    A line *above* and the *text* a PDF wrapped under it, joined again.

    A word broken at a line's end ("Tech-" over "nology") is whole again; a compound keeps its hyphen.

    Example:
        >>> _rejoined("Tech-", "nology transfer"), _rejoined("Application-", "level tests")
        ('Technology transfer', 'Application-level tests')
    """
    if not re.search(r"[a-z]-$", above):
        return f"{above} {text}"
    return f"{above if _COMPOUND_END.match(text) else above[:-1]}{text}"


#: Columns a line sets apart by tabs or a wide run of spaces, as a word processor's text aligns them
#: (not a label's value: "NLP:      spaCy").
_COLUMNS = re.compile(r"(?<![:\s])(?:\s*\t\s*|\s{4,})")


def _plain(line: str) -> str:
    """
    The text of *line*, without its list mark, heading marks, emphasis, links' addresses and table bars.

    Columns set apart by tabs or wide spaces are apart by a bar.

    Example:
        >>> _plain("  - **Python** and [pandas](https://pandas.pydata.org) `2.0` ##")
        'Python and pandas 2.0'
    """
    text = _COLUMNS.sub(" | ", _ITEM.sub("", line).strip())
    text = _PICTURES.sub("", _HASHES.sub("", text).lstrip())
    text = _LINK.sub(r"\1", _MARKS.sub("", text))
    if text.strip().startswith("|"):
        text = " | ".join(cell.strip() for cell in text.strip().strip("|").split("|") if cell.strip())
    return " ".join(text.split()).strip(" :")


def _titled(words: str) -> bool:
    """
    Whether *words* title a section though nothing marks them, as in text from a PDF: "Industrial Experience".

    A few words, the first capitalised ("Public talks"), the last of them a word only a section's title
    ends with, or a few such titles joined, the first ending with one ("Teaching and Supervision",
    "Awards, Honors, and Activities") or each naming a section ("Languages and Technologies"), with a
    note in brackets after them or not ("Selected Publications (By Topics)").
    """
    titles = [title.split() for title in JOINED_HEADINGS.split(BRACKETED_NOTE.sub("", words))]
    return (
        len(titles) <= _TITLE_WORDS
        and all(0 < len(title) <= _TITLE_WORDS for title in titles)
        and titles[0][0][:1].isupper()
        and (
            titles[-1][-1].casefold() in _SECTION_WORDS
            or (len(titles) > 1 and titles[0][-1].casefold() in _SECTION_WORDS)
            or (len(titles) > 1 and all(section_of(" ".join(title)) for title in titles))
        )
    )


def _is_heading(line: str, words: str, level: int) -> bool:
    """
    Whether *line* can be a section's heading: marked so, in capitals, or a short line on its own.
    """
    if not words or len(words.split()) > _HEADING_WORDS or _ITEM.match(line) or ":" in words:
        return False
    if not level and words.endswith(".") and not words.isupper():  # "Publication." labels a link
        return False
    if _VENUE_YEAR.fullmatch(words):  # "ICML 2019", a paper's venue in capitals
        return False
    return level > 0 or words.isupper() or line.strip().endswith(":") or line == line.lstrip()


#: A name, then what the person seeks or is, on its line: "Ana Silva Seeking ML internships for 2026".
_NAME_THEN_SAID = re.compile(
    r"(?P<name>(?:[A-Z][\w'.-]+\s+){1,3}[A-Z][\w'.-]+)\s+"
    r"(?P<said>(?:Seeking|Looking|Aspiring|Passionate|Incoming|Experienced|Currently|Open to)\b.+)"
)


def _name_lines(heads: list[str], number: int) -> tuple[str, int]:
    """
    The name that starts on line *number* of *heads*, and its last line.

    A narrow column may set a name a word a line: "Owen" over "Hunter" over "Software".

    Example:
        >>> _name_lines(["Owen", "Hunter", "Software"], 0), _name_lines(["Owen", "Developer"], 0)
        (('Owen Hunter', 1), ('Owen', 0))
    """
    text = heads[number]
    following = heads[number + 1] if number + 1 < len(heads) else ""
    if (
        len(text.split()) == 1
        and re.fullmatch(r"[A-Z][a-z'\u2019-]+|[A-Z]+", following)
        and not _ROLE.search(following)
        and section_of(following) is None
    ):
        return f"{text} {following}", number + 1
    return text, number


def _basics(above: list[_Line], summary: list[_Line], lines: list[_Line]) -> dict[str, Any]:
    """
    The person's name (the first short line above every section) and summary.

    A PDF whose side column comes last has the name below the sections, over its contacts: it is
    looked for among all the *lines* when none is above them.
    """
    basics: dict[str, Any] = {}
    if above and (said := _NAME_THEN_SAID.fullmatch(_plain(above[0][0]))):
        # "Avinash Puppala Seeking SWE internships for Summer 2023": the name, then a line of its own.
        above = [(said["name"], *above[0][1:]), (said["said"], *above[0][1:]), *above[1:]]
    texts = [_plain(line) for line, _, _ in above]
    # A table at the top holds the name in its first cell: "| Ana Silva | ana@example.com |".
    # A PDF's right column sets a labelled contact after it: "Ana Silva Website : https://...".
    # Parts set apart by bars: "Ana Silva | Data Scientist | ana@example.com", "ABHISHEK|ME19B069|...".
    parted = [[part for part in re.split(r"\s*\|\s*", text) if part] for text in texts]
    heads = [
        _unplaced(parts[0] if len(parts) > 1 else _CONTACT_LABEL.sub("", text) or text)
        for text, parts in zip(texts, parted, strict=True)
    ]
    # The name is one of the first two lines; past lines of contacts (a phone, an address), one
    # that looks like a name and no role: "(+91) 96912 96639", "Hostel 18, Mumbai", "Atishay Jain".
    first = next(
        (number for number, text in enumerate(heads) if not (_CONTACT.search(text) or _DIGIT.search(text))),
        len(heads),
    )
    labelled = (found.group("name") for text in texts if (found := _NAME_LABEL.fullmatch(text)))
    if (name := next(labelled, None)) and len(name.split()) <= _NAME_WORDS and not _CONTACT.search(name):
        basics["name"] = name
        heads = []  # the name, as labelled: no line is read for it
    for number in range(min(2, len(heads))) if first < 2 else range(first, min(first + 1, len(heads))):
        text = heads[number]
        words = text.split()
        if (
            0 < len(words) <= _NAME_WORDS
            and not _CONTACT.search(text)
            and not _DIGIT.search(text)
            and section_of(text) is None
            and not _NOT_A_NAME.search(text)
            and (number < 2 or (_NAME_LINE.fullmatch(text) and not _ROLE.search(text)))
        ):
            text, number = _name_lines(heads, number)  # noqa: PLW2901 - the headline is below its last line
            basics["name"] = text.title() if text.isupper() else text  # "PRIYA NAIR", as a PDF writes it
            name, comma, role = basics["name"].partition(", ")
            if comma and _ROLE.search(role):  # "Tatiana Gaintseva, AI researcher": the name, then the role
                basics["name"], basics["label"] = name, role
                break
            if titled := _titled_name(basics["name"]):  # "Dmitry Safonov Kernel Engineer"
                basics["name"], basics["label"] = titled
                break
            # A role after the name, or on the line below it, is the headline: "Machine Learning Engineer".
            below = texts[number + 1] if number + 1 < len(texts) else ""
            headline = parted[number][1] if len(parted[number]) > 1 else _unplaced(below)
            if (
                len(headline.split()) <= 2 * _NAME_WORDS
                and _ROLE.search(headline)
                and not _CONTACT.search(headline)
            ):
                basics["label"] = headline
            break
    if "name" not in basics:
        basics.update(_name_below(lines))
    named = {basics.get("name", "").casefold(), basics.get("label", "").casefold()}
    sentences = [
        text
        for text, parts in zip(texts, parted, strict=True)
        if text.casefold() not in named
        and not (parts and parts[0].casefold() in named)  # (the line of the name, and its parts)
        and len(text.split()) >= _SENTENCE_WORDS
        and not _CONTACT.search(text)
        and not _LABELLED.match(text)
    ]
    sentences += [_plain(line) for line, _, _ in summary if _plain(line)]
    if sentences:
        basics["summary"] = " ".join(sentences)
    return basics


#: The labels of links a PDF sets beside the person's name, where icons were: "GitHub Juan Reyes".
_LINK_LABELS = re.compile(
    r"^(?:(?:GitHub|LinkedIn|Portfolio|Website|E-?mail|Phone|Twitter|Kaggle)\s+)+"
    r"|(?:\s+(?:GitHub|LinkedIn|Portfolio|Website|E-?mail|Phone|Twitter|Kaggle))+$"
)


def _name_below(lines: list[_Line]) -> dict[str, str]:
    """
    The name, and the role under it, that a block of contacts below the sections gives, or nothing.

    The name is a short line of capitalised words that names no section, a line or two above a line
    of contacts (an e-mail address, a telephone number); the line between, if it names a role, is
    the headline.

    Example:
        >>> _name_below(
        ...     [("Skills", 0, 0), ("SAM AHUJA", 0, 0), ("Web Developer", 0, 0), ("sam@example.com", 0, 0)]
        ... )
        {'name': 'Sam Ahuja', 'label': 'Web Developer'}
        >>> _name_below([("LinkedIn", 0, 0), ("GitHub Juan Reyes", 0, 0), ("juan@example.com", 0, 0)])
        {'name': 'Juan Reyes'}
    """
    texts = [_plain(line) for line, _, _ in lines]
    for number, written in enumerate(texts):
        text = _LINK_LABELS.sub("", written)  # "GitHub Juan Reyes": an icon's label beside the name
        words = text.split()
        if (
            not lines[number][2]  # no heading
            and 1 < len(words) <= _NAME_WORDS
            and not _NOT_A_NAME.search(text)
            and _NAME_LINE.fullmatch(text)
            and not _DIGIT.search(text)
            and section_of(text) is None
            and not _ROLE.search(text)
            and any(_CONTACT.search(below) for below in texts[number + 1 : number + 3])
        ):
            found = {"name": text.title() if text.isupper() else text}
            role = texts[number + 1] if number + 1 < len(texts) else ""
            if _ROLE.search(role) and not _CONTACT.search(role) and len(role.split()) <= 2 * _NAME_WORDS:
                found["label"] = role
            return found
    return {}


def _unplaced(text: str) -> str:
    """
    A line at the top without the city and country or state a PDF sets at its end.

    The name is the words in capitals before the city's, or all but the city's last word or two.

    Example:
        >>> _unplaced("AKIHISA WATANABE Tokyo, Japan"), _unplaced("Ana Silva New York, NY")
        ('AKIHISA WATANABE', 'Ana Silva')
        >>> _unplaced("Ana Silva"), _unplaced("Ana Silva, PhD"), _unplaced("Ana Maria Silva, MD")
        ('Ana Silva', 'Ana Silva, PhD', 'Ana Maria Silva, MD')
    """
    rest, comma, where = text.rpartition(",")
    where, words = where.strip(), rest.split()
    placed = (_STATE.fullmatch(where) and where not in _CREDENTIALS) or where in _COUNTRIES
    if not comma or not placed or len(words) < 3:
        return text
    capitals = next((n for n, word in enumerate(words) if not word.isupper()), len(words))
    if 1 < capitals < len(words):
        return " ".join(words[:capitals])
    return " ".join(words[: -2 if words[-2] in _CITY_FIRST_WORDS else -1])


def _entries(lines: list[_Line]) -> list[list[_Line]]:
    """
    The lines of a section, split into its entries.

    Entries written as list items ("* Engineer, Acme, 2019 - 2021") are
    one an item; under a head, items are highlights, and one that writes a
    period starts an entry of its own, as does a line that is no item after
    items, or a second period.
    """
    entries: list[list[_Line]] = []
    top = min((depth for line, depth, _ in lines if _ITEM.match(line)), default=0)
    listed = has_items = dated = False  # the current entry's: begun by an item, holding items, dated
    shape = None  # how many lines head the section's first dated entry before its period
    span = None  # the years of the current entry's period, when it writes it to the month
    opened = False  # whether the line above is an item that goes on: "Thesis: Towards Better Nets:"
    for line, depth, heading in lines:
        item = _ITEM.match(line) is not None
        # (An item that is a long sentence ending with years, "... games from 2005-2021", heads nothing,
        # nor does a line that only names years within the entry's period.)
        period = (
            _edge_period(words := _plain(line))
            and not (item and len(line.split()) > 2 * _HEADING_WORDS)
            and not (heading <= 0 and _said_within(words, span))
        )
        if period and not item and not heading and dated and not has_items and shape:
            # "Spotify / Senior Data Scientist / March 2021 - Present", as a PDF sets it: the lines
            # above a new period, as many as head the first entry, start the entry it begins.
            employer, carried = _carried(entries[-1], shape)
            if carried:
                del entries[-1][-len(carried) :]
                entries.append([*employer, *carried])
                dated = False
        starts = (
            not entries
            or heading > 0
            or (
                item
                and depth <= top
                and (listed or (period and (len(entries[-1]) > 1 or dated)))
                # "• Research: anomaly detection" under a dated head says what the role did.
                and not (dated and not period and _LABELLED.match(_plain(line)))
            )
            # A sentence after items goes on with them: the next sentence of an item's paragraph; so
            # does any that ends with a word and a stop where the first entry's first line writes its
            # period ("Supervised by Carl E. Rasmussen.": entries start with their periods).
            or (
                not item
                and (has_items or (period and dated))
                and (period or shape != 0 or not _SENTENCE_END_WORD.search(words))
                and not _SENTENCE.fullmatch(words)
                and not (dated and _NOTE_LABEL.match(words))
                and not _USES.fullmatch(words)  # "Tools: Python, Spark" after its items
                and not _LINK_WORD.fullmatch(words.rstrip(". "))  # "Publication." labels a link of it
                and not _LINK_LINE.match(words)  # "https://ana.dev/game.html)": the link the line above began
                and not (dated and _label_line(line, words))  # "Accomplishments:" over more of its items
                and not opened
            )
        )
        if starts and heading > 0 and entries and _GRADE_LINE.match(_plain(line)):
            starts = False  # "**CGPA: 9.44/10**" in bold says how the degree above went; it heads nothing
        if (
            starts
            and heading > 0
            and entries
            and len(entries[-1]) == 1
            and _PERIOD.fullmatch(_plain(entries[-1][0][0]))
        ):
            starts = False  # "August 2019 - June 2023" over "**Bachelor of Technology**": the period heads it
        if starts and heading > 0 and entries and not (item or has_items or dated):
            # A sub-heading under the entry's heading, before anything else, goes on with its head:
            # "### Data Scientist" over "**Acme, Boston**", a company's heading over a role's, or two
            # lines in bold, a title over its employer.
            first, size = entries[-1][0][2], len(entries[-1])
            below = 0 < first < heading or (first == heading == _BOLD_LEVEL and size == 1)
            starts = not below or size >= _HEAD_LINES
        if starts:
            entries.append([])
            listed, has_items, dated, span = item and depth <= top, False, False, None
        entries[-1].append((line, depth, heading))
        span = span or (_span(words) if period else None)
        has_items = has_items or (item and len(entries[-1]) > 1)
        if shape is None and period and not item and len(entries) == 1:
            shape = sum(not _DURATION.fullmatch(_plain(head)) for head, _, _ in entries[0][:-1])
        dated = dated or (period and not item) or (period and len(entries[-1]) == 1)
        opened = item and not period and _goes_on(line, words)
    return entries


def _goes_on(line: str, text: str) -> bool:
    """
    Whether an item's *line* (its *text* plain) goes on over the next: it ends with a colon or a joining word.
    """
    return line.rstrip().endswith(":") or _JOINING_END.search(text) is not None


def _carried(entry: list[_Line], count: int) -> tuple[list[_Line], list[_Line]]:
    """
    The employer's line the next entry shares, and the lines that end *entry* after its period and head it.

    Those lines are short, with no sentence and no period; at most *count*
    of them name something (a line that only says how long, "5 years 3
    months", names nothing). One alone, where *count* head an entry, is a
    further role at the same employer, whose line, the entry's first, heads
    it too ("Qualcomm" over two roles and their periods).
    """
    dated = next((number for number, (line, _, _) in enumerate(entry) if _edge_period(_plain(line))), None)
    if dated is None:
        return [], []
    tail: list[_Line] = []
    named = 0
    for line, depth, heading in reversed(entry[dated + 1 :]):
        text = _plain(line)
        if heading or _ITEM.match(line) or not text or text.endswith(".") or _PERIOD.search(text):
            break
        names = _DURATION.fullmatch(text) is None
        # (A long name in the first cell of a row is still a name: "Sam Higginbottom University of ...".)
        if len(text.split(" | ")[0].split()) > 2 * _HEADING_WORDS or (named == count and names):
            break
        named += names
        tail.insert(0, (line, depth, heading))
    if not named:
        return [], []
    return ([entry[0]] if named == 1 and count > 1 else []), tail


def _span(text: str) -> tuple[int, int] | None:
    """
    The first and last year of the period *text* writes to the month, or None.

    Example:
        >>> _span("iPlant (07/2020 - 09/2022)"), _span("SindiAI (10/2021 - Present)"), _span("Acme, 2020")
        ((2020, 2022), (2021, 9999), None)
    """
    monthly = [found.group(0) for found in _PERIOD.finditer(text) if _TO_THE_MONTH.search(found.group(0))]
    if not monthly:
        return None
    period = monthly[-1]
    years = [int(year) for year in _YEAR_WORD.findall(period)]
    return years[0], 9999 if _ONGOING_END.search(period) else years[-1]


#: The end of a sentence: a word in small letters and a stop (not "Inc." or "B.Sc.").
_SENTENCE_END_WORD = re.compile(r"[a-z]{3,}\.$")
#: The fewest words beside its years of a line that says something of an entry ("1st place (2022)").
_SAID_WORDS = 2


def _said_within(text: str, span: tuple[int, int] | None) -> bool:
    """
    Whether *text* names single years within *span*, none to the month: what a dated entry says it won or did.

    "1st place at NASA SpaceApps 2020" under "iPlant (07/2020 - 09/2022)" tells of the project; a head
    of its own would write its period as the others do, or fall outside the one above.
    """
    if (
        span is None
        or _TO_THE_MONTH.search(text)
        or len(_YEAR_WORD.sub("", text).split()) < _SAID_WORDS
        # (A period of its own, "PhD 2021 - 2023", starts an entry.)
        or any(len(_YEAR_WORD.findall(found.group(0))) > 1 for found in _PERIOD.finditer(text))
    ):
        return False
    years = [int(year) for year in _YEAR_WORD.findall(text)]
    # (A sentence may tell of what came of the entry later: "Paper accepted to ICASSP 2025.")
    last = span[1] if not text.endswith(".") else 9999
    return bool(years) and all(span[0] <= year <= last for year in years)


def _edge_period(text: str) -> bool:
    """
    Whether *text* writes a period at its start or its end, as a head does ("2019 - 2021: Engineer").

    A note that the period is yet to end ("2023 - 2028 (tentative)") or a grade comes after it, a word that
    says what it is before it ("Graduated May 2020"); a line set in columns has it at a column's edge.
    """
    found = _PERIOD.search(text) or _UNDER_WAY.search(text)
    if found is None:
        return False
    # (Within a column of a line set in columns: "Missouri | Graduated December 2020 Bachelor of Science".)
    before, after = text[: found.start()].rpartition(" | ")[2], text[found.end() :].partition(" | ")[0]
    return not _AROUND.sub("", _SAID_OF_DATE.sub("", before).strip("([ ")) or not _AROUND.sub(
        "", _GRADE_NOTE.sub("", _EXPECTED.sub("", after.lstrip(")] "))).strip(")]. ")
    )


def _head(  # noqa: C901, PLR0912, PLR0915 - a case a kind of line
    entry: list[_Line], *, project: bool = False
) -> tuple[list[str], str | None, list[str], list[str]]:
    """
    An entry's head (its parts), its period, its highlights and the rest of its text.

    In a *project*'s entry, a head that is a name, a colon and a sentence ("News Classification: Implemented
    ...") is the name, and the sentence is said of it.
    """
    parts: list[str] = []
    period = None
    highlights: list[str] = []
    rest: list[str] = []
    after = None  # the number of the line that wrote the period, when it came after a whole head
    named = None  # the name over the items that follow, within the entry's work
    dated_at = None  # the number of the line that writes the period
    opened, line_above = False, ""  # whether the line above is an item that goes on; that line
    for number, (line, depth, _) in enumerate(entry):
        item = _ITEM.match(line) is not None and number > 0
        text = _plain(line) if item else _ungraded(_plain(line))
        if not text:
            continue
        if opened and not item and highlights:
            # "Thesis: Towards Better Nets:" over "A Study of Depth": one item, wrapped
            highlights[-1] = _rejoined(
                highlights[-1] + (":" if line_above.rstrip().endswith(":") else ""), text
            )
            opened = False
            continue
        opened, line_above = item and _goes_on(line, text), line
        if number and not item and parts and depth > entry[0][1] and not _ITEM.match(entry[0][0]):
            # Indented under a head set flush, as plain text sets what the work was (not a label).
            if not _label_line(line, text):
                rest.append(text)
            continue
        if number and not item and period is not None and dated_at == 0 and won(text):
            # "1st place at NASA SpaceApps 2020" under "iPlant (07/2020 - 09/2022)": said of it, no part.
            rest.append(text)
            continue
        if period is None and not item and (found := _period_in(text) or _UNDER_WAY.search(text)):
            # "Jan 2020 - Jan 2021 | Mumbai" under a head: where, in the column after the period.
            placed = bool(parts) and not found.start() and text[found.end() :].lstrip().startswith("|")
            period, text = found.group(0), _DURATION.sub("", _without(text, found)).strip()
            dated_at = number
            after = number if len(parts) > 1 else None  # a title and an employer above it
            if not text or placed:
                continue
        if (
            not item
            and number > 0
            and _PLACE.fullmatch(text)
            and (number == after + 1 if after is not None else len(parts) > 1 and _placed(text))
        ):
            # "London, England, United Kingdom" under a whole head and its period, or a city and its
            # country under a head that names a role or a degree and where (not "Bigul Mumbai, India"
            # under "SDE-2", the employer): the place
            continue
        if not item and (number or " | " in text) and not (text := _noted_columns(text, rest)):
            continue  # "Relevant Coursework: ...": said of the entry, no part of its head
        if item:
            highlights.append(f"{named}: {text}" if named else text)
        elif highlights and _label_line(line, text):
            named = None  # "Accomplishments:" over more items: a label of them, which names no part
        elif _names_items(entry, number, text, period):
            named = text  # "Kusto Query Language (KQL)" over items under the period: a part of the work
        elif not highlights and number < _HEAD_LINES and not parts:
            # A head may run on into sentences: "Founder at Acme. In 2018 I founded ..."
            head, more = _head_and_said(text, project=project)
            parts.extend(part for part in _parts_of(head) if _AROUND.sub("", part))
            rest.extend([more] if more else [])
        elif (
            not highlights
            and number < _HEAD_LINES
            and (len(text.split()) <= 2 * _HEADING_WORDS or degree_and_field(text) is not None)
            and (not text.endswith(".") or _FIRM.search(text))
            and not _GRADE_LINE.match(text)  # "GPA: 3.88/4" says how a degree went; it names nothing
            and not line.rstrip().endswith(":")  # "Features:" over items labels them
        ):
            parts.extend(part for part in _parts_of(text) if _AROUND.sub("", part))
        elif not _label_line(line, text):
            rest.append(text)
    parts = [_AROUND.sub("", part) for part in parts]
    parts = [
        _ROLE_ABBREVIATIONS.get(part)
        # "TA: Introduction to Machine Learning": the role, then what it served.
        or _LABELLED_ROLE.sub(lambda role: f"{_ROLE_ABBREVIATIONS[role[1]]}: ", part)
        for part in _country_apart(parts)
    ]
    parts = [_worded(part) for part in parts]
    return _without_city(parts), period, highlights, rest


def _head_and_said(text: str, *, project: bool) -> tuple[str, str]:
    """
    A head line that runs on into sentences, as the head and what they say: "Founder at Acme. In 2018 I ...".

    A *project*'s name may run on after a colon: "News Classification: Implemented ...".
    """
    if project and (said := _named_then_said(text)):
        return said
    if stop := _SENTENCE_END.search(text):
        return text[: stop.start()], text[stop.end() :]
    return text, ""


def _named_then_said(text: str) -> tuple[str, str] | None:
    """
    The name and the sentence of a head that names its work, then says what was done after a colon.

    The sentence starts with a verb in the past ("Built with PID control") or is long and its words
    mostly in small letters; a subtitle's are in capitals.

    Example:
        >>> _named_then_said("News Classification: Implemented the transformer network from scratch.")
        ('News Classification', 'Implemented the transformer network from scratch.')
        >>> _named_then_said("ContrastNER: Contrastive-based Prompt Tuning for Few-shot NER")
        >>> _named_then_said("Video Encryption: Implemented using MATLAB.")
        ('Video Encryption', 'Implemented using MATLAB.')
    """
    named = _NAMED_THEN.fullmatch(text)
    if named is None:
        return None
    said = named[2].split()
    done = len(said) >= _TITLE_WORDS and _DONE_VERB.fullmatch(said[0]) is not None
    if not done and (
        len(said) < _SAID_WORDS_AFTER_NAME or 2 * sum(word[0].islower() for word in said) <= len(said)
    ):
        return None
    return named[1], named[2]


def _label_line(line: str, text: str) -> bool:
    """Whether *line* (its *text*) only labels the items under it: "Features:", "Responsibilities:"."""
    return line.rstrip().endswith(":") and len(text.split()) <= _TITLE_WORDS


def _parts_of(text: str) -> list[str]:
    """
    The parts of a head's line; a school named with its campus after "at" is one.

    Example:
        >>> _parts_of("Research Assistant at University of Illinois at Urbana-Champaign")
        ['Research Assistant', 'University of Illinois at Urbana-Champaign']
    """
    pieces = _KEPT_PARTS.split(text)
    parts = [pieces[0]]
    for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if separator.strip() == "at" and _SCHOOL_OF.search(parts[-1]):
            parts[-1] = f"{parts[-1]}{separator}{piece}"
        else:
            parts.append(piece)
    return parts


def _placed(text: str) -> bool:
    """
    Whether *text* names a place by a city and its country or state: "Moscow, Russian Federation".
    """
    *places, last = text.split(", ")
    # (Each place a word or two: "Lecturer, Belarusian State University Minsk, Belarus" is a head.)
    return (
        bool(places)
        and all(len(place.split()) <= 2 for place in places)
        and (last in _COUNTRIES or last in _REGIONS or _STATE.fullmatch(last) is not None)
    )


def _country_apart(parts: list[str]) -> list[str]:
    """
    A head's *parts*, with a country that a PDF runs into the title after it set apart.

    "Rice Lab Houston, USA Graduate Research Student" gives the part "USA Graduate Research Student":
    the country, then a role or a degree.

    Example:
        >>> _country_apart(["Acme Houston", "USA Graduate Research Student", "India Habitat Centre"])
        ['Acme Houston', 'USA', 'Graduate Research Student', 'India Habitat Centre']
    """
    apart: list[str] = []
    for number, part in enumerate(parts):
        found = _COUNTRY_FIRST.fullmatch(part) if number else None
        if found and (_ROLE.search(found[2]) or degree_level(found[2]) != "other"):
            apart.extend(found.groups())
        else:
            apart.append(part)
    return apart


def _names_items(entry: list[_Line], number: int, text: str, period: str | None) -> bool:
    """
    Whether line *number* of *entry*, past its head and period, is a name over the items after it.

    "Kusto Query Language (KQL)" over "\u2022 Created reusable functions": a few words, no sentence.
    """
    return (
        period is not None
        and number >= _HEAD_LINES
        and number + 1 < len(entry)
        and _ITEM.match(entry[number + 1][0]) is not None
        and len(text.split()) <= _HEADING_WORDS
        and not text.endswith((".", ":"))
    )


def _noted_columns(text: str, notes: list[str]) -> str:
    """
    A line of a head (in columns or not) without its columns of notes, which are added to *notes*.

    Example:
        >>> notes = []
        >>> (
        ...     _noted_columns("Missouri | B.S. Mathematics | | Relevant Coursework: Probability, ML", notes),
        ...     notes,
        ... )
        ('Missouri | B.S. Mathematics', ['Relevant Coursework: Probability, ML'])
    """
    columns = [column for column in re.split(r"\s*\|\s*", text) if column]
    # (A thesis and advisers are parts of an education head: `_study` reads them.)
    noted = [
        _NOTE_LABEL.match(column) is not None
        and not _THESIS_PART.match(column)
        and not _ADVISER_PART.match(column)
        for column in columns
    ]
    notes.extend(column for column, note in zip(columns, noted, strict=True) if note)
    return " | ".join(column for column, note in zip(columns, noted, strict=True) if not note)


def _ungraded(text: str) -> str:
    """
    A head's *text* without the grade, honour, people or "(expected)" written in it, unless that is all.

    "(expected)" is what a PDF sets a line below the period it is said of.

    Example:
        >>> _ungraded("B.S. in Electrical Engineering, Summa Cum Laude (GPA: 3.82/4.0)")
        'B.S. in Electrical Engineering'
        >>> _ungraded(
        ...     "PhD in Graph Machine Learning \u2013 with Fragkiskos Malliaros and Hugues Talbot 2021 - 2023"
        ... )
        'PhD in Graph Machine Learning 2021 - 2023'
    """
    return _WITH_PEOPLE.sub("", _GRADE_NOTE.sub("", _EXPECTED.sub("", text))).strip() or text


def _without_city(parts: list[str]) -> list[str]:
    """
    A head's *parts* without the city and state a PDF's right column ends a line with: "Acme Columbus", "OH".

    A country after a part is left out as well; the city before it stays, as no list tells it apart
    from the last word of a name ("KTH Royal Institute of Technology", "Sweden").

    Example:
        >>> _without_city(["Google Mountain View", "CA", "Engineer"]), _without_city(["Acme", "CA"])
        (['Google', 'Engineer'], ['Acme', 'CA'])
        >>> _without_city(["East Georgia State College", "Swainsboro", "GA"])
        ['East Georgia State College']
        >>> _without_city(["Research Internship NASA Jet Propulsion Laboratory", "USA"])
        ['Research Internship', 'NASA Jet Propulsion Laboratory']
        >>> _without_city(["Leader Group", "AI Developer Riyadh", "Saudi Arabia (Remote)"])
        ['Leader Group', 'AI Developer']
        >>> _without_city(["Master of Computer Applications Patiala", "Punjab"])
        ['Master of Computer Applications']
    """
    kept: list[str] = []
    for number, part in enumerate(parts):
        words = part.split()
        if len(words) > 1 and words[-1] == words[-2]:  # "... at Austin Austin": the name, then its city
            part = " ".join(words[:-1])  # noqa: PLW2901 - the part, without the city
        # "Innefu Labs New Delhi", "India": the country of a place ("India (Remote)": worked from afar).
        if kept and _WORKED_FROM.sub("", part) in _COUNTRIES:
            words = kept[-1].split()
            if again := _city_again(words):
                kept[-1] = " ".join(words[:-again])
            elif (
                len(words) > 1
                and _ROLE.search(kept[-1])
                and not _ROLE.search(words[-1])
                and words[-1][0].isupper()
            ):
                # A role's title ends with no place: "Applied Scientist Cambridge", "UK". Words in
                # capitals after the role past a city's are the employer's name, run into the title:
                # "Research Internship NASA Jet Propulsion Laboratory", "USA".
                city = 2 if len(words) > 2 and words[-2] in _CITY_FIRST_WORDS else 1
                role = max(
                    (number for number, word in enumerate(words) if _ROLE.fullmatch(word)), default=None
                )
                after = words[role + 1 :] if role is not None else []
                if role is not None and len(after) > city and all(word[0].isupper() for word in after):
                    kept[-1:] = [" ".join(words[: role + 1]), " ".join(after)]
                else:
                    kept[-1] = " ".join(words[:-city])
            elif (
                # (not a name "of" the place after it: "The University of Hong Kong", "Hong Kong")
                _ENDS_WITH_CITY.search(kept[-1])
                and not kept[-1].endswith(f" of {_WORKED_FROM.sub('', part)}")
            ) or (len(words) > 1 and words[-1] in _WORK_PLACES):
                # "Belarusian State University Minsk", "Belarus": a name ends with no city; nor with
                # "Remote" ("Blazpay Remote", "India").
                city = 2 if len(words) > 2 and words[-2] in _CITY_FIRST_WORDS else 1
                kept[-1] = " ".join(words[:-city])
            continue
        # ("Master of Science", "MS" is a degree's letters, not Mississippi; "Undergraduate Research
        # Assistant" is a role.)
        placed = kept and (
            (
                _STATE.fullmatch(part)
                and (degree_level(kept[-1]) == "other" or _ROLE.search(kept[-1]))
                # (After a role's last word, two capitals are the employer: "Senior Data Scientist", "HP".)
                and not _ROLE.fullmatch(kept[-1].split()[-1])
            )
            # A state by its name after a city: "Master of Computer Applications Patiala", "Punjab" (not
            # after a name that ends "at" or "of" a place, or with a school's word: "Shiv Nadar University").
            or (
                part in _REGIONS
                # (the place's end, or its country's before it: "New York", "NY" names the city)
                and (number + 1 == len(parts) or parts[number + 1] in _COUNTRIES)
                and not re.search(r"\b(?:at|of)\s+\S+$", kept[-1])
                and not _SCHOOL.search(kept[-1].split()[-1])
            )
        )
        words = kept[-1].split() if placed else []
        city = 2 if len(words) > 2 and words[-2] in _CITY_FIRST_WORDS else 1
        if len(words) > city:
            kept[-1] = " ".join(words[:-city])
        elif placed and len(kept) > 1 and len(words) <= 2 and not _OF_A_PLACE.search(kept[-2]):
            # A city that is a part of its own: "East Georgia State College", "Swainsboro", "GA" (but
            # "University of Massachusetts, Amherst" is named by its city).
            del kept[-1]
        else:
            kept.append(part)
    return kept


#: The head of a table of studies, its columns' names alone: "Course College / School CGPA Status".
_STUDIES_HEAD = re.compile(
    r"(?i:(?:course|degree|qualification|examination|exam|college|school|university|institute|institution"
    r"|board|cgpa|gpa|cpi|percentage|marks|grade|score|result|status|year|years|passing|stream)"
    r"(?:\s*[/&|,]?\s*|\s+of\s+)){3,}"
)
#: A skill's name in capitals, as a list of skills a line each may write one: "COBOL", "C++", "HTML&CSS".
_SKILL_IN_CAPITALS = re.compile(r"[A-Z][A-Z0-9+#.&/]{0,9}")
#: The most section titles in a row, each on its own line, of text in the order of its sections.
_TITLES_IN_A_ROW = 2


def titles_apart(text: str) -> bool:
    r"""
    Whether *text* sets its section titles apart from their sections, as a PDF that draws them last does.

    Example:
        >>> titles_apart("Ana Silva\nPython\nAcme\nSKILLS\nEXPERIENCE\nEDUCATION")
        True
        >>> titles_apart("Ana Silva\nSKILLS\nPython\nEXPERIENCE\nAcme")
        False
    """
    run = 0
    for line in text.split("\n"):
        if line.strip():
            run = run + 1 if section_of(line.strip(" :")) is not None else 0
            if run > _TITLES_IN_A_ROW:
                return True
    return False


def _city_again(words: list[str]) -> int:
    """
    How many of the last *words* are a city the words before them name already, or 0.

    Example:
        >>> _city_again("Bielefeld University Bielefeld".split()), _city_again("ISI Delhi New Delhi".split())
        (1, 2)
    """
    again = next(
        (
            size
            for size in (2, 1)
            if len(words) > size + 1 and " ".join(words[-size:]) in " ".join(words[:-size])
        ),
        0,
    )
    if again == 1 and len(words) > _CITY_WORDS and words[-2] in _CITY_FIRST_WORDS:
        return _CITY_WORDS  # "Indian Statistical Institute Delhi New Delhi": the city's two words
    return again


def _worded(text: str) -> str:
    """
    *text* in capitals, as a plain-text résumé sets a head, written as words; short words stay as they are.

    One word alone stays too: it may be a name in capitals ("NVIDIA").

    Example:
        >>> _worded("SENIOR ML ENGINEER OF THE YEAR"), _worded("NEW YORK UNIVERSITY")
        ('Senior ML Engineer of the Year', 'New York University')
    """
    if not text.isupper() or len(text.split()) == 1:
        return text

    def word(match: re.Match[str]) -> str:
        written = match.group()
        if written in _SMALL_WORDS and match.start():
            return written.lower()
        return written.capitalize() if len(written) > _ACRONYM_LENGTH or written in _SHORT_WORDS else written

    return re.sub(r"[A-Z]+", word, text)


def _school_after(organization: str | None, rest: list[str]) -> tuple[str | None, list[str]]:
    """
    The *organization* of a position, else the school its text names after what it served; the rest.

    "Teaching Assistant. Discrete Mathematics, Fall 2023, University of Kentucky.": the role, what it
    served, its term, and where.

    Example:
        >>> _school_after(None, ["CS 275: Discrete Mathematics | University of Kentucky.", "Graded exams."])
        ('University of Kentucky', ['CS 275: Discrete Mathematics', 'Graded exams.'])
        >>> _school_after(None, ["A teaching tool. Department of Zoology, University of Otago."])
        (None, ['A teaching tool. Department of Zoology, University of Otago.'])
    """
    if organization is not None:
        return organization, rest
    served, _, school = rest[0].rpartition(" | ") if rest else ("", "", "")
    school = school.rstrip(".")
    if not served or not _SCHOOL.search(school) or ". " in school or len(school.split()) > _SCHOOL_NAME_WORDS:
        return None, rest
    return school, [served, *rest[1:]]


def _entry(section: str, lines: list[_Line], *, teaching: bool = False) -> dict[str, Any]:
    """
    A work, volunteering or project entry: its title and organization, period, highlights and summary.

    Under a heading of teaching, an entry that names no role is a course taught: "Machine Learning,
    KTH" is the teaching of machine learning at KTH.
    """
    if (
        section == "projects"
        and len(lines) > 1
        and _KIND_LABEL.fullmatch(_plain(lines[0][0]))
        and not _ITEM.match(lines[1][0])
    ):
        lines = lines[1:]  # "Research Paper" over "Text Summarisation | NLP": the kind, then the title
    # A line under the head that names the skills used ("Technologies: Python"), kept as the line writes
    # them, apart by commas, bars or wide spaces ("HTML  CSS  Python").
    uses = [
        number > 0 and _USES.fullmatch(_plain(line)) is not None for number, (line, _, _) in enumerate(lines)
    ]
    used = [
        _LABEL_AT_END.sub("", line.partition(":")[2])
        for (line, _, _), use in zip(lines, uses, strict=True)
        if use
    ]
    # ("With Ana Silva and Li Wei (Yale)" under a project's name says who did it with the person.)
    lines = [
        line
        for number, (line, use) in enumerate(zip(lines, uses, strict=True))
        if not use and not (number and section == "projects" and _COLLABORATORS.match(line[0]))
    ]
    parts, period, highlights, rest = _head(lines, project=section == "projects")
    title_key, organization_key = _ENTRY_KEYS[section]
    entry: dict[str, Any] = {}
    links = [found[0] for text in highlights if (found := _CODE_LINK.search(text))]
    if section == "work" and links and not period and not any(_ROLE.search(part) for part in parts):
        # "Web-site - Blog" over its tools and "code: https://github.com/...": something built, no position.
        entry = {"name": " \u2014 ".join(parts), "url": links[0]} if parts else {"url": links[0]}
        said = [text for text in highlights if not _LINK_LINE.fullmatch(text)]
        return {**entry, **({"highlights": said} if said else {})}
    if organization_key is None:
        title = _project_head(parts, entry, over_items=bool(highlights))
    else:
        title, organization = _role(parts, highlights, teaching=teaching)
        organization, rest = _school_after(organization, rest)
        if organization:
            # ("Mentoring a student at the University of Kentucky": "the" in small letters is no part of it)
            entry[organization_key] = organization.removeprefix("the ")
    if title:
        entry[title_key] = title
    if period:
        entry["dates"] = period
    if highlights:
        entry["highlights"] = highlights
    if rest:
        entry["summary" if section != "projects" else "description"] = " ".join(rest)
    if used:
        named = [
            _plain(part) for text in used for part in _USED_APART.split(_SKILL_SEPARATORS.sub(", ", text))
        ]
        entry["keywords"] = list(dict.fromkeys([*entry.get("keywords", []), *filter(None, named)]))
    return entry


#: A talk cited as a paper is: its speakers by surname and given name, its date in brackets, its title,
#: and where it was given.
_CITED_TALK = re.compile(
    r"(?:[A-Z][\w'-]+,\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*,?\s*(?:&\s*)?)+"
    r"\((?P<date>(?:19|20)\d\d[^()]*)\)\.\s+(?P<title>[^.]+)\.\s+"
    r"(?i:(?:(?:poster|talk|paper|oral|invited talk)\s+)?(?:presented|given)?\s*(?:at\s+)?(?:the\s+)?)"
    r"(?P<event>.+)"
)


#: How a talk was given, before where: "Poster", "Oral", "Lightning talk", "Invited talk".
_PRESENTATION = re.compile(
    r"(?i:(?:invited|contributed|lightning|spotlight|oral|poster)\s+)?"
    r"(?i:talks?|posters?|orals?|presentations?|spotlights?|keynotes?)"
)


def _talk(lines: list[_Line]) -> dict[str, Any]:
    """
    A talk: its title, the event and place its head names after it, its date, and what it says of it.

    Example:
        >>> _talk([("Planning in dialogue October 2018", 0, 0), ("ICML 2018 Stockholm, Sweden", 0, 0)])
        {'title': 'Planning in dialogue', 'event': 'ICML 2018', 'date': 'October 2018'}
        >>> _talk(
        ...     [("Iqbal, Hamza, (2019, November). A Timing System. Poster presented at SfN, Chicago", 0, 0)]
        ... )
        {'title': 'A Timing System', 'event': 'SfN, Chicago', 'date': '2019, November'}
        >>> _talk([("Moral inference", 0, 0), ("Oral, CogSci 2025", 0, 0)])
        {'title': 'Moral inference', 'event': 'CogSci', 'date': '2025'}
    """
    first = _plain(lines[0][0])
    if cited := _CITED_TALK.match(" ".join(_plain(line) for line, _, _ in lines)):
        # "Iqbal, Hamza, (2019, November). A Control System. Poster presented at SfN, Chicago": cited.
        return {"title": cited["title"], "event": cited["event"].strip(" ."), "date": cited["date"]}
    parts, period, highlights, rest = _head(lines)
    if (found := _PERIOD.search(first)) and len(parts) > 1 and not _ITEM.match(lines[0][0]):
        # A line of its own and its date: the title, whole ("Learning at Scale"), over the event's line.
        title = _without(first, found)
        if parts[: len(title_parts := _PARTS.split(title))] == title_parts:
            parts = [title, *parts[len(title_parts) :]]
    if len(parts) > 2 and _PRESENTATION.fullmatch(parts[1]):
        parts = [parts[0], *parts[2:]]  # "Poster, EMNLP 2025": how it was given, then where
    talk: dict[str, Any] = {"title": parts[0]} if parts else {}
    if len(parts) > 1:
        talk["event"] = parts[1]
    if period:
        talk["date"] = period
    if said := " ".join([*parts[2:], *highlights, *rest]):
        talk["summary"] = said
    return talk


#: The most words of a school's name written after what a position served.
_SCHOOL_NAME_WORDS = 8
#: A course's code in brackets before or after its name: "(MTH573)", "(COL774)".
_COURSE_CODE = re.compile(r"^\([A-Z]{2,5}\s?\d{3,4}[A-Z]?\)\s*|\s*\([A-Z]{2,5}\s?\d{3,4}[A-Z]?\)$")


def _role(parts: list[str], highlights: list[str], *, teaching: bool) -> tuple[str | None, str | None]:
    """
    The title and the organization of a position its head's *parts* give (the first highlight may name it).
    """
    parts = [part for part in parts if not _TERMS_ONLY.fullmatch(part)]  # "Part-time": no employer
    parts = [piece for part in parts for piece in _school_apart(part)]
    title = next((part for part in parts if _ROLE.search(part)), None)
    if title and (labelled := _ROLE_LABEL.fullmatch(title)) and _NAME_LINE.fullmatch(labelled[2]):
        # "Contractual Lecturer: BRAC University": the role, then where it was held.
        at = parts.index(title)
        title, parts = labelled[1], [*parts[:at], labelled[1], labelled[2], *parts[at + 1 :]]
    said = highlights[0].rstrip(".") if highlights else ""
    if (
        title is None
        and _ROLE.search(said)
        and _NAME_LINE.fullmatch(said)
        and len(said.split()) <= _HEADING_WORDS
    ):
        # "TAMU" over "* Graduate Teaching Assistant.": the role, said first.
        title = said
        highlights.pop(0)
    if title and (bracketed := _BRACKETED.fullmatch(title)) and len(parts) == 1:
        # "Machine Learning Consultant (Psymark)": the employer in brackets.
        title, parts = bracketed.group(1), [bracketed.group(1), bracketed.group(2)]
    if title is None and teaching and parts:
        # (its code no part of its name: "(MTH573) Scientific Computing", "Machine Learning (COL774)")
        title, parts = f"Teacher of {_COURSE_CODE.sub('', parts[0]).strip()}", parts[1:]
    elif teaching and title and len(parts) > 2 and parts[1] == title and not _SCHOOL.search(parts[0]):
        # "Introduction to RL" over "Lecturer, Belarusian State University": the course, then its teacher.
        title, parts = f"{title}, {parts[0]}", parts[2:]
    others = [part for part in parts if part != title]
    if (
        len(others) > 1
        and _UNIT.search(others[0])
        and others[1] not in _COUNTRIES
        and not _STATE.fullmatch(others[1])
    ):
        others = others[1:]  # "Technical AI Safety Team, DeepMind": a team within the employer
    organization = next(iter(others), None)
    if organization is None and title:
        title, organization = _small_employer(title)
    if organization is None and title:
        title, organization = _employer_after_role(title)
    if organization is None and highlights and _NAME_LINE.fullmatch(highlights[0]):
        organization = highlights.pop(0)  # "* Research Assistant" over "  * Vision Lab, Padua"
    return title, organization


def _school_apart(part: str) -> list[str]:
    """
    A head's *part* that runs a role into the school it was held at, as the role and the school.

    Example:
        >>> _school_apart("Graduate Student Instructor University of Michigan")
        ['Graduate Student Instructor', 'University of Michigan']
        >>> _school_apart("Lecturer in Machine Learning"), _school_apart("Research Assistant Professor")
        (['Lecturer in Machine Learning'], ['Research Assistant Professor'])
    """
    words = part.split()
    last = max((number for number, word in enumerate(words) if _ROLE.fullmatch(word)), default=None)
    if last is None or last + 1 >= len(words) or not words[last + 1][:1].isupper():
        return [part]
    rest = " ".join(words[last + 1 :])
    return [" ".join(words[: last + 1]), rest] if _SCHOOL.match(rest) else [part]


#: Who a project was done with, on a line of their own: "With Kushal Babel (Category Labs)".
_COLLABORATORS = re.compile(r"(?i:with|w/)\s+[A-Z][a-z]+\s+[A-Z]")


def _project_head(parts: list[str], entry: dict[str, Any], *, over_items: bool = False) -> str | None:
    """
    A project's name from its head's parts; short parts after it are the skills it uses, its keywords.

    "House Price Prediction - Python, XGBoost" names the project, then its skills. A school's name
    *over items* of what was done ("UC Irvine 2016 - 2017") is where the work was done, no name.
    """
    # A labelled part says who or how many worked on it ("Mentor: Ana Silva", "Team Size: 4"), no skill;
    # a link's label ("Github Code | Docs") says where it is.
    parts = [
        _GLUED_LINK.sub("", part)
        for number, part in enumerate(parts)
        if not number or not (_LABELLED.match(f"{part} ") or _LINK_WORD.fullmatch(part))
    ]
    if (
        len(parts) > 1
        and _ROLE.fullmatch(parts[0].split()[-1])
        and len(parts[0].split()) <= _TITLE_WORDS
        and len(parts[1].split()) <= _HEADING_WORDS  # (a phrase says what "Profile Manager" is)
    ):
        parts = parts[1:]  # "Software Engineer" over "Dash Camera Footage Platform": the role in it
    # (A role beside it is the person's in it, no skill: "Founder | Fullstack Developer".)
    parts = parts[:1] + [
        part for part in parts[1:] if not _ROLE.fullmatch(part.split()[-1] if part.split() else "")
    ]
    used = [part for part in parts[1:] if len(part.split()) <= _HEADING_WORDS]
    if used:
        entry["keywords"] = used
    if len(used) < len(parts) - 1:  # a part that is a phrase: the head is the name, whole
        return " \u2014 ".join(parts)
    if parts and over_items and _SCHOOL_NAMED.fullmatch(parts[0]):
        entry["entity"] = parts[0]
        return None
    return parts[0] if parts else None


#: The start of a list's last part: "and ...", "or ...".
_LIST_END = re.compile(r"(?:and|or|&)\s")


#: The words after a role that say what it is about, no employer: "Software Engineer Backend".
_ROLE_AREA = re.compile(
    r"(?i:back[- ]?end|front[- ]?end|full[- ]?stack|platform|infrastructure|mobile|web|cloud|security|data"
    r"|machine|ml|ai|nlp|research|product|systems?|applications?|devops|qa|ios|android|remote|hybrid)\b"
)


def _employer_after_role(title: str) -> tuple[str, str | None]:
    """
    A title that a PDF runs into its employer's name, as the role and the employer; else the title alone.

    Example:
        >>> _employer_after_role("AI Engineer RoleHounds"), _employer_after_role("Data Analyst TCS Mexico")
        (('AI Engineer', 'RoleHounds'), ('Data Analyst', 'TCS Mexico'))
        >>> (
        ...     _employer_after_role("Software Engineer II Acme"),
        ...     _employer_after_role("Software Engineer Backend"),
        ... )
        (('Software Engineer II', 'Acme'), ('Software Engineer Backend', None))
    """
    words = title.split()
    end = max((number + 1 for number, word in enumerate(words) if _ROLE.fullmatch(word)), default=len(words))
    while end < len(words) and re.fullmatch(r"[IVX]+|L?\d", words[end]):
        end += 1  # "Software Engineer II": the level is the title's
    rest = words[end:]
    if (
        not rest
        or len(rest) > _TITLE_WORDS + 1
        or not rest[0][:1].isupper()
        or not all(word[:1].isupper() or word in {"&", "of", "and"} for word in rest)
        or _ROLE.search(" ".join(rest))
        or _ROLE_AREA.match(rest[0])
        or re.fullmatch(rf"[A-Z]?\d+|\(.*|(?i:{_MONTH})", rest[0])
    ):
        return title, None
    return " ".join(words[:end]), " ".join(rest)


def _small_employer(title: str) -> tuple[str, str | None]:
    """
    A title and the employer after it whose name is in small letters ("ML Engineer, eghed"), or no employer.
    """
    role, _, employer = title.partition(", ")
    # (A list's last part goes on with it: "..., and Evolutionary Ecology".)
    if employer and _ROLE.search(role) and not _ROLE.search(employer) and not _LIST_END.match(employer):
        return role, employer
    return title, None


def _study(lines: list[_Line]) -> dict[str, Any]:
    """
    An education entry: its degree and field, institution, period, and the rest as its summary.
    """
    parts, period, highlights, rest = _head(lines)
    # "Thesis: Grading Celiac Disease" in the head is said of the degree, a sentence of its summary;
    # its advisers are no part of it.
    rest = [f"{part.rstrip('.')}." for part in parts if _THESIS_PART.match(part)] + rest
    parts = [part for part in parts if not _THESIS_PART.match(part) and not _ADVISER_PART.match(part)]
    rest = [part for part in parts if _FUNDING.search(part)] + rest  # "DeepMind studentship": said of it
    parts = [part for part in parts if not _FUNDING.search(part)]
    major = _major([*parts, *rest])
    parts = [part for part in parts if not _MAJOR.match(part)]
    rest = [line for line in rest if not _MAJOR.match(line)]
    study: dict[str, Any] = {}
    # "MEng Aerospace Engineering University of Bristol": a degree, then the school, in one part.
    parts = [piece for part in parts for piece in _degree_apart(part)]
    school = _school(parts, rest)
    degree = next(
        (part for part in parts if part != school and degree_level(part) != "other"),
        # A school's diploma, wherever it is ("Bharatiya Vidya Bhavan", "Mysore", "SSLC"); else a word
        # alone is more often a place than a degree ("Cincinnati", "Ohio."), unless it says so; words
        # that end in a small one are no name ("Class of" 2016).
        next(
            (part for part in parts if part != school and is_schooling(part)),
            next(
                (
                    part
                    for part in parts
                    if part != school
                    and (_DEGREE_WORD.search(part) or (" " in part and part.split()[-1][:1].isupper()))
                ),
                None,
            ),
        ),
    )
    if school is None and degree is not None and degree_and_field(degree):
        # "B.Tech in Computer Science, NIT Calicut": the degree names its field; the next part is the school.
        school = next((part for part in parts if part != degree), None)
    if degree:
        if named := degree_and_field(degree):
            study["studyType"], study["area"] = named
        else:
            study["studyType"] = degree
            # "MEng, Industrial Engineering; University of ...": the part after the degree is its field
            # ("Master of Science - MS, Machine Learning": past the degree's letters). Past the school
            # named after the degree, a part is its place unless it names a field: "BCA", "KLE College",
            # "Haveri".
            start = parts.index(degree) + 1
            placed = parts.index(school) if school in parts[start:] else len(parts)
            after = [
                part
                for number, part in enumerate(parts[start:], start)
                if part != school
                and degree_level(part) == "other"
                and not _school_city(part, school)
                and (number < placed or _FIELD_WORD.search(part))
            ]
            if after:
                study["area"] = after[0]
    if (area := _field(study.pop("area", None), major, school)) is not None:
        study["area"] = area
    if school:
        study["institution"] = school
    if period:
        study["dates"] = period
    if highlights or rest:
        # Each item a sentence: "Thesis: Tracking in soccer." apart from "Courses: Deep Learning".
        study["summary"] = " ".join(filter(None, [sentences(highlights), *rest]))
    return study


def _field(area: str | None, major: str | None, school: str | None) -> str | None:
    """
    The field of a study whose head gives *area* after its degree and *major* by its label, at *school*.

    "Dept. of Computer Science" is its field; "Roorkee", the school's city, none; a specialization
    is within the field: "Computer Science (Machine Learning)".
    """
    if area is not None:
        area = _DEPARTMENT.sub("", area)
        if _school_city(area, school):
            area = None
    if major is None or (area is not None and major.casefold() in area.casefold()):
        return area
    return major if area is None else f"{area} ({major})"


def _major(texts: list[str]) -> str | None:
    """
    The field one of *texts* gives by its label: "Major: Computer Science", "Specialization in ML".

    Example:
        >>> _major(["MSc", "Specialization in Machine Learning Expected Graduation:"])
        'Machine Learning'
    """
    major = next((found[1].rstrip(". ") for text in texts if (found := _MAJOR.match(text))), None)
    major = _MINOR.split(major, maxsplit=1)[0] if major else None  # "AI, minor in HCI": the field is AI
    while major and (said := _SAID_OF_DATE.sub("", major).strip()) != major:
        major = said  # "Machine Learning Expected Graduation:", the date gone: the field alone
    return major


def _school_city(part: str, school: str | None) -> bool:
    """
    Whether *part* of an education head is where the *school* is, not a field: "Roorkee", "New Delhi".

    Example:
        >>> (
        ...     _school_city("Roorkee", "Indian Institute of Technology - Roorkee"),
        ...     _school_city("New Delhi", None),
        ... )
        (True, True)
        >>> _school_city("Physics", "University of Delhi")
        False
    """
    words = part.split()
    return (
        (school is not None and re.search(rf"\b{re.escape(part)}\b", school) is not None)
        or part in _COUNTRIES
        or _placed(part)
        or (len(words) == _CITY_WORDS and words[0] in _CITY_FIRST_WORDS)
    )


def _school_rest(parts: list[str], index: int) -> str | None:
    """
    The part after the school's that is the rest of its name, when the name ends "of" a word and a comma.

    Example:
        >>> _school_rest(["University of California", "Berkeley", "BSc"], 0)
        'Berkeley'
        >>> (
        ...     _school_rest(["University of Oslo", "Norway"], 0),
        ...     _school_rest(["Stanford University", "Palo Alto"], 0),
        ... )
        (None, None)
    """
    after = parts[index + 1] if index + 1 < len(parts) else None
    if (
        after is None
        or not _OF_A_PLACE.search(parts[index])
        or set(after.split()) <= set(parts[index].split())  # "University of Florence", "Florence"
        or not re.match(r"\W*[A-Z]", after.split()[-1])  # "Class of" (2016)
        or len(after.split()) > _SCHOOL_REST_WORDS
        or degree_level(after) != "other"
        # "BMS Institute of Technology", "Information Science": the field (not "..., Technology and
        # Sciences (SHUATS)", the name's end with its letters)
        or (_FIELD_WORD.search(after) and not re.search(r"\([A-Z]{2,}\)$", after))
        or after in _COUNTRIES
        or _STATE.fullmatch(after)
        or _PERIOD.search(after)
        or _DIGIT.search(after)  # "Ghaziabad 6.9 Expected Graduation": a place, a grade
    ):
        return None
    return after


def degree_and_field(text: str) -> tuple[str, str] | None:
    """
    The degree and the field that *text* names together, if it names both.

    Example:
        >>> degree_and_field("PhD Astrophysics"), degree_and_field("Master of Science in Physics")
        (('PhD', 'Astrophysics'), ('Master of Science', 'Physics'))
        >>> degree_and_field("Master of Science"), degree_and_field("Computer Science")
        (None, None)
        >>> degree_and_field("Bachelor of Computer Application (BCA)")
        >>> degree_and_field("Master of Computer Applications")
    """
    match = _DEGREE_FIELD.match(text)
    # ("Bachelor of Science (BS)": the letters in brackets are the degree's, no field.)
    field = re.sub(r"^\([^()]*\)", "", match.group("field")).strip(" ,") if match else ""
    if (
        match is None
        or not field
        or field in _DEGREE_NAMES  # "Master of Science" names no field
        or field.casefold() in {"application", "applications", "administration"}  # "Master of Computer" ...
        or _SCHOOL.search(field)  # "Master of Science and Diploma of Imperial College" names a school
        or degree_level(match.group("degree")) == "other"
    ):
        return None
    return match.group("degree").strip(" ,"), field


def _without(text: str, period: re.Match[str]) -> str:
    """
    *text* without the *period* found in it, nor the brackets around it; what stood either side apart.

    A few words before the period in its brackets go with it: "(conferred in May 2024)".

    Example:
        >>> _without("AWS ML Specialty (2023)", _PERIOD.search("AWS ML Specialty (2023)"))
        'AWS ML Specialty'
        >>> _without(
        ...     "M.A. in CS (conferred in May 2024)", _PERIOD.search("M.A. in CS (conferred in May 2024)")
        ... )
        'M.A. in CS'
        >>> head = "CentoCode (Oct 2024 - Present, Gurugram)"
        >>> _without(head, _PERIOD.search(head))
        'CentoCode | Gurugram'
        >>> course = "Reasoning (TA, Princeton University, Fall 23)"
        >>> _without(course, _PERIOD.search(course))
        'Reasoning | TA, Princeton University'
    """
    before, after = _SAID_OF_DATE.sub("", text[: period.start()].rstrip()), text[period.end() :].lstrip()
    if (opened := _OPEN_NOTE.search(before)) and after.startswith((")", "]")):
        before, after = before[: opened.start()], after[1:]
    elif opened and (rest := _NOTE_REST.match(after)):
        # "CentoCode (Oct 2024 - Present · Gurugram)": the place after the period, in its brackets.
        before, after = before[: opened.start()].rstrip(), f"{rest[1]} {after[rest.end() :]}"
    elif (listed := _LISTED_NOTE.search(before)) and after.startswith((")", "]")):
        # "Reasoning (TA, Princeton University, Fall 23)": the notes are parts of the head.
        before, after = f"{before[: listed.start()].rstrip()} | {listed[1]}", after[1:]
    elif before.endswith(",") and after.startswith(","):
        # "Discrete Mathematics, Summer 2023, University of Kentucky": the parts either side, apart
        before, after = before[:-1], after[1:].lstrip()
    return _AROUND.sub("", f"{before} | {after}" if re.search(r"\w", after) else before)


#: The start of a citation in the APA style, on the line of its first author: "Silva, A. M., ...",
#: "Silva, A. (2024).", "Silva, A., & Wei, L.".
_APA_START = re.compile(r"(?:[A-Z][\w'\u2019-]+\s)*[A-Z][\w'\u2019-]+,\s+(?:[A-Z]\.\s*)+(?:[,&(]|$)")
#: A citation in the APA style: its authors, its year (or that it is in press) in brackets, then the rest.
_APA = re.compile(
    r"(?:[A-Z][\w'\u2019-]+\s)*[A-Z][\w'\u2019-]+,\s+(?:[A-Z]\.\s*)+[^()]*?"
    r"\((?P<year>(?:19|20)\d\d)?[a-z]?(?:,[^()]*)?(?(year)|(?i:in\s+press|forthcoming|accepted))\)\.\s+(?P<rest>.+)"
)


#: A name in a list of authors, in one word or several: "JasonMars" (as a PDF may run it together),
#: "Jayanaka L. Dantanarayana".
_AUTHOR_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
#: A citation's authors by their full names, then its year between stops, then the rest (the ACL
#: style): "Ana Silva, Li Wei, and Jo Baker. 2024. Title. Venue".
_NAMES_YEAR = re.compile(
    rf"(?:{_AUTHOR_NAME}(?:\s*,\s*(?:and\s+)?{_AUTHOR_NAME})+(?:,?\s+and\s+{_AUTHOR_NAME})?"
    rf"|{_FULL_NAME}(?:\s+and\s+{_FULL_NAME})?)"
    r"\.\s+(?P<year>(?:19|20)\d\d)[a-z]?\.\s+(?P<rest>.+)"
)


def _apa_papers(lines: list[_Line]) -> list[str]:
    """
    The citations of a section of papers cited by authors and year, each whole, past the topics over them.

    Each starts at the line of its first author and goes on to the next: in the APA style ("Silva,
    A., Wei, L., & Lee, S. (2024). Title of"), or the authors' full names, then the year between stops
    ("Ana Silva, Li Wei" over "and Jo Baker. 2024. Title", as ACL's papers cite); a short title over
    one ("Journal Articles") is a topic, no part of a paper. Empty unless two papers at least are cited
    so, and none is a list's item.

    Example:
        >>> _apa_papers(
        ...     [
        ...         (line, 0, 0)
        ...         for line in (
        ...             "Journal Articles",
        ...             "Silva, A., & Wei, L. (2024). Moral",
        ...             "lexicons. Mind.",
        ...             "Conference Papers",
        ...             "Wei, L. (2023). Norms. In Proceedings...",
        ...         )
        ...     ]
        ... )
        ['Silva, A., & Wei, L. (2024). Moral lexicons. Mind.', 'Wei, L. (2023). Norms. In Proceedings...']
    """
    if any(_ITEM.match(line) for line, _, _ in lines):
        return []  # (items part the papers already)
    texts = [_plain(line) for line, _, _ in lines]
    starts = [_APA_START.match(text) is not None for text in texts]
    if sum(starts) < 2:
        starts = _names_first(texts)
    if sum(starts) < 2:
        return []
    papers: list[str] = []
    for number, text in enumerate(texts):
        following = number + 1 < len(texts) and starts[number + 1]
        if starts[number]:
            papers.append(text)
        elif (
            following
            and _TOPIC.fullmatch(text)
            and len(text.split()) <= _HEADING_WORDS
            and not (papers and papers[-1].endswith((",", "(")))
        ):
            continue  # "Conference Papers": the kind of the papers under it
        elif papers:
            papers[-1] = _rejoined(papers[-1], text)  # ("Computa-" over "tional Linguistics": one word)
        else:
            return []
    return papers


def _names_first(texts: list[str]) -> list[bool]:
    """
    Whether each of *texts* starts a citation of authors named in full, then the year between stops.

    The authors may go on over the next line or two, the line above ending with a comma or "and";
    those lines start nothing.

    Example:
        >>> _names_first(["Ana Silva, Li Wei,", "Jo Baker. 2024. Deep nets. ICML", "Li Wei. 2023. Nets. ACL"])
        [True, False, True]
    """
    starts = [False] * len(texts)
    number = 0
    while number < len(texts):
        joined = texts[number]
        end = number
        while _NAMES_YEAR.match(joined) is None and end + 1 < min(number + 3, len(texts)):
            if not re.search(r"(?:,|\band)$", joined):
                break
            end += 1
            joined = f"{joined} {texts[end]}"
        if _NAMES_YEAR.match(joined) is not None:
            starts[number] = True
            number = end
        number += 1
    return starts


#: A note in brackets after a citation, or the labels of its links: "[Best Paper Award]", "(PDF, Code)".
_LINK_LABELS_AFTER = re.compile(
    rf"\s*(?:\[[^\[\]]*\]|\((?:{_LINK_WORD.pattern})(?:\s*,\s*(?:{_LINK_WORD.pattern}))*\))\s*$"
)


def _apa_cited(text: str) -> dict[str, str] | None:
    """
    A paper cited in the APA style: its title, year and venue, if it is cited so.

    Example:
        >>> _apa_cited(
        ...     "Silva, A., & Wei, L. (2025). Ethics in LLMs. In Proceedings of EMNLP 2025. [Best Paper]"
        ... )
        {'name': 'Ethics in LLMs', 'releaseDate': '2025', 'publisher': 'Proceedings of EMNLP 2025'}
        >>> _apa_cited("Silva, A. (in press). Moral change. Nature Communications.")
        {'name': 'Moral change', 'publisher': 'Nature Communications'}
    """
    cited = _APA.fullmatch(text) or _NAMES_YEAR.fullmatch(text)
    if cited is None:
        return None
    title, *rest = _CITATION_STOP.split(cited["rest"], maxsplit=1)
    # (A note in brackets after the venue, "[Best Paper Award]", is no part of it, nor are the labels of
    # links to it: "(PDF, Code)".)
    venue = _VENUE_WORDS.sub("", _LINK_LABELS_AFTER.sub("", rest[0])).strip(" ,.|") if rest else ""
    entry = {"name": title.strip(" ,.|")}
    if cited["year"]:
        entry["releaseDate"] = cited["year"]
    if venue:
        entry["publisher"] = venue
    return entry


def _line_entry(section: str, text: str, surname: str | None = None) -> dict[str, str]:
    """
    An entry written on one line: its text, and the date it gives ("AWS ML Specialty (2023)").

    A paper's authors named in full, the person of *surname* among them, end its title.
    """
    key, date_key = _LINE_KEYS.get(section, ("name", None))
    if section == "publications" and (apa := _apa_cited(text)):
        return apa
    if section == "publications" and (titled := _titled_by_authors(text)):
        return titled
    if section == "publications" and surname and (cut := _before_authors(text, surname)):
        year = _YEAR_FIRST.match(text)
        venue = _YEAR_WORD.sub("", cut[1]).strip(" ,.")
        entry = {key: cut[0], **({date_key: year.group(0)} if year and date_key else {})}
        return {**entry, **({"publisher": venue} if venue else {})}
    # The period that ends the line, else the first: "Second Place, 2023 Hackathon May 2023 - Aug 2023".
    periods = list(_PERIOD.finditer(text)) if date_key else []
    found = next(
        (period for period in periods[-1:] if not _AROUND.sub("", text[period.end() :].lstrip(")"))), None
    )
    found = found or next(iter(periods), None)
    entry = {key: text} if found is None or date_key is None else {key: _without(text, found) or text}
    # ("Ethical Hacking | Certificate": the label of a link to it is no part of its name, nor is a
    # "Link" a PDF sets after it: "Contributor level on Kaggle Link".)
    parts = [part for part in entry[key].split(" | ") if not _LINK_WORD.fullmatch(part)]
    entry[key] = re.sub(r"(?<=\w)\s+Link$", "", " | ".join(parts)) or entry[key]
    if found is not None and date_key is not None:
        entry[date_key] = found.group(0)
    if section == "publications" and (quoted := _QUOTED_TITLE.search(text)):
        # A citation: "A. Tyagi, et al., “Measurenet: ...”, arXiv, 2024" is titled by its quotes.
        venue = _VENUE_WORDS.sub("", text[quoted.end() :]).strip(" ,.|")
        entry.update(
            {key: quoted.group(1).strip(" ,."), "publisher": venue} if venue else {key: quoted.group(1)}
        )
    elif (
        section == "publications"
        and (authors := _AUTHORS_AFTER.search(entry[key]))
        and len(entry[key][: authors.start()].split()) >= _CITED_TITLE_WORDS
    ):
        # "Cyclic Qubit Mappings M. Poster, S. Sethi, and J. Baker | QCE": the title, then its authors.
        entry[key], venue = entry[key][: authors.start()].strip(" ,.|"), entry[key][authors.end() :]
        entry.update({"publisher": venue.strip(" ,.|")} if venue.strip(" ,.|") else {})
    elif section == "publications" and (cited := _cited(entry[key])):
        # "Smith, J.A. & Lee, K. Title of the paper. Journal. 12: 1-9": the sentence after the authors.
        entry[key] = cited[0]
        entry.update({"publisher": cited[1]} if cited[1] else {})
    elif section == "publications" and (status := _STATUS.search(entry[key])):
        # "ContrastNER: Prompt Tuning for NER, presented as full paper at COMPSAC": the title, then where.
        entry[key] = entry[key][: status.start()].strip(" ,.|")
        entry["summary"] = status.group(0).strip(" ,.|")
        if venue := (status.group("venue") or "").strip(" ,.|"):
            entry["publisher"] = venue
    return entry


#: The fewest words of a paper's title.
_TITLE_LEAST = 2


def _before_authors(text: str, surname: str) -> tuple[str, str] | None:
    """
    A paper's title, before its authors named in full with the person of *surname* among them, and the rest.

    A year that leads the line is no part of the title.

    Example:
        >>> _before_authors(
        ...     "2024 SeqMatch: Imitation, with Backtracking, Ana Silva, Li Wei, ICLR 2024", "Wei"
        ... )
        ('SeqMatch: Imitation, with Backtracking', 'ICLR 2024')
    """
    parts = (
        _YEAR_FIRST.sub("", text, count=1).strip().split(", ")
        if _YEAR_FIRST.match(text)
        else text.split(", ")
    )
    own = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)", re.IGNORECASE)
    found = next(
        (number for number, part in enumerate(parts) if own.search(part) and _NAME_PART.fullmatch(part)), None
    )
    if not found:  # (none, or the line's first part: no title before it)
        return None
    start = found
    while start > 0 and _NAME_PART.fullmatch(parts[start - 1]):
        start -= 1
    end = found + 1
    while end < len(parts) - 1 and _NAME_PART.fullmatch(parts[end]):
        end += 1
    title = ", ".join(parts[:start])
    # (Authors first, or by surname and initials, "Coogan, S., Machovsky-Capuska", leave no title.)
    if len(title.split()) < _TITLE_LEAST or _INITIALS.search(title):
        return None
    return title, ", ".join(parts[end:])


def _titled_by_authors(text: str) -> dict[str, str] | None:
    """
    A paper written as its title and venue, then its authors named in full, if *text* is one.

    Example:
        >>> _titled_by_authors("Case-Based or Rule-Based? ICML 2024. Yi Hu, Li Wei, Muhan Zhang.")
        {'name': 'Case-Based or Rule-Based?', 'publisher': 'ICML 2024', 'releaseDate': '2024'}
    """
    sentences = [part.strip(" .") for part in _CITATION_STOP.split(text) if part.strip(" .")]
    # The first sentence past the title that is the authors, a note after them left out ("Yi Hu, Li
    # Wei, submitted to ICLR 2026").
    first = next(
        (
            number
            for number, sentence in enumerate(sentences[1:], 1)
            if _FULL_NAMES.fullmatch(re.sub(_AFTER_AUTHORS, "", sentence))
        ),
        None,
    )
    if first is None:
        return None
    title = " ".join(sentence if sentence.endswith("?") else f"{sentence}." for sentence in sentences[:first])
    title = title.removesuffix(".")
    if venue := _TRAILING_VENUE.search(title):
        return {"name": title[: venue.start()], "publisher": venue[1], "releaseDate": venue[2]}
    return {"name": title}


def _cited(text: str) -> tuple[str, str | None] | None:
    """
    The title and the journal of a citation that opens with its authors' names and initials, if it is one.

    The title is the words after the last author's initials, or the sentence after the authors; where
    the authors, named in full, the title and the venue are parted by commas, the part after the authors.

    Example:
        >>> _cited(
        ...     "Senior, A.M., Wang, Q.P. & Simpson, S.J. . Protein and lifespan. Nature Metabolism. 1: 9."
        ... )
        ('Protein and lifespan', 'Nature Metabolism')
        >>> _cited("Norris, D.M. & Yang, P. Signalling in single cells. iScience. 24: 202118. (IF 4.4)")
        ('Signalling in single cells', 'iScience')
        >>> _cited("Ana Silva, Li Wei, and Sam Lee. Churn at scale. In KDD Workshops, 2023")
        ('Churn at scale', 'KDD Workshops, 2023')
        >>> _cited("Luhar Ayush, et al. (2024). Smart Trends in Computing. In Springer, pp 387-404.")
        ('Smart Trends in Computing', 'Springer, pp 387-404')
        >>> _cited("Churn models for telecoms. Medium.") is None
        True
        >>> _cited("Ana Silva, Li Wei, Dr. Sam Lee, Churn at Scale: A Study, In Proceedings of KDD. [code]")
        ('Churn at Scale: A Study', 'Proceedings of KDD')
    """
    return _cited_bysentences(text) or _cited_by_commas(text)


def _cited_by_commas(text: str) -> tuple[str, str | None] | None:
    """
    The title and the venue of a citation whose authors (named in full), title and venue are parted by commas.

    Example:
        >>> _cited_by_commas("Ana Silva, Li Wei, Churn at Scale, In Proceedings of KDD")
        ('Churn at Scale', 'Proceedings of KDD')
    """
    listed = _LISTED_AUTHORS.match(text)
    if listed is None or text.startswith("and ", listed.end()):
        return None
    title, *after = re.split(r"(,\s+In\s+|\.\s+)", text[listed.end() :], maxsplit=1)
    venue = _VENUE_WORDS.sub("", after[1]).strip(" ,.|") if after else ""
    # (A title with commas before a venue not after "In" may begin with more authors, their names
    # broken: "Kantanat Pri- daphatrakun, Yongjoo Park Demo of ...".)
    if len(title.split()) < _CITED_TITLE_WORDS or (venue and after[0].startswith(".") and "," in title):
        return None
    return title.strip(" ,.|"), venue or None


def _cited_bysentences(text: str) -> tuple[str, str | None] | None:
    """The title and the journal of a citation written in sentences, as `_cited`."""
    sentences = [part.strip(" .|") for part in _CITATION_STOP.split(text.replace(" | ", " "))]
    sentences = [sentence for sentence in sentences if sentence]
    if len(sentences) < 2:
        return None
    # The authors named in full ("Ana Silva, Li Wei, and Sam Lee"; "Luhar Ayush, et al"), or by their
    # initials.
    if not _FULL_NAMES.fullmatch(sentences[0]) and not re.fullmatch(rf"{_FULL_NAME},?\s+et al", sentences[0]):
        initials = list(_INITIALS.finditer(sentences[0]))
        if len(initials) < 2:  # one initial is a name's, not a list of authors
            return None
        rest = sentences[0][initials[-1].end() :].strip(" .,&")
        # (Words after the initials that are more authors, "J & Eberhard, J", "Silva, and others", are no
        # title.)
        if len(rest.split()) >= _CITED_TITLE_WORDS and not re.search(
            r"&|,\s*[A-Z]\b|\band others$|\bet al\.?$", rest
        ):
            sentences[0:1] = [sentences[0][: initials[-1].end()], rest]
    title = next(
        (number for number, sentence in enumerate(sentences[1:], 1) if len(sentence.split()) >= 2), None
    )
    if title is None:
        return None
    after = re.sub(r"^In\s+", "", sentences[title + 1]) if title + 1 < len(sentences) else None
    return sentences[title], after if after and re.search(r"[^\W\d_]{3}", after) else None


def _side_by_side(text: str) -> list[dict[str, Any]]:
    """
    The groups of skills *text* writes side by side, each with its name, or none.

    Example:
        >>> _side_by_side("Languages: Python, Go | Backend: FastAPI")
        [{'name': 'Languages', 'keywords': ['Python, Go']}, {'name': 'Backend', 'keywords': ['FastAPI']}]
        >>> _side_by_side("Languages: Python | Go")
        []
    """
    groups = [_GROUP.match(part) for part in _SKILL_SEPARATORS.split(text)]
    if len(groups) < 2 or not all(groups):
        return []
    return [
        {"name": group.group("name").strip(), "keywords": [group.group("skills")]}
        for group in groups
        if group
    ]


def _skills(lines: list[_Line]) -> list[Any]:
    """
    A skills section's lines: groups written as a name and its skills, and skills on their own.
    """
    skills: list[Any] = []
    named = None  # the name of the group a heading opened ("**Languages**" over "`Python` `SQL`")
    for number, (line, depth, heading) in enumerate(lines):
        following = lines[number + 1][0].rstrip() if number + 1 < len(lines) else ""
        # ("- **Programming Languages**" over its groups, indented, names them.)
        over = _BOLD.match(_ITEM.sub("", line)) and number + 1 < len(lines) and lines[number + 1][1] > depth
        if (
            heading
            or over
            or (
                _plain(line).isupper()
                and not _SKILL_SEPARATORS.search(line)
                and (following.endswith(":") or (_group_name(_plain(line)) and _listing(following)))
            )
            or (_GROUP_LINE.fullmatch(_plain(line).strip()) and _listing(following))
        ):
            # (A line in capitals over groups' names heads them: "PROGRAMMING" over "Over 5000 lines:";
            # over a list, it names the group: "FRAMEWORK" over "• Tensorflow • Keras", as does a
            # group's name: "Programming Languages" over "C, Python, SQL".)
            named = _plain(line) or None
            continue
        if _CODE_LIST.match(line):  # each skill as inline code: "`Python` `SQL`"
            line = ", ".join(re.findall(r"`([^`]+)`", line))  # noqa: PLW2901 - the line, read as a list
        text = _plain(line)
        cells = (
            [cell.strip() for cell in line.strip().strip("|").split("|")] if line.lstrip()[:1] == "|" else []
        )
        if len([cell for cell in cells if cell]) == 2:  # a table's row: a group and its skills
            text = f"{cells[0]}: {cells[1]}" if cells[0] and cells[1] else text
        if not text or _PERIOD.fullmatch(text):  # (a period, set apart from what it dates, is no skill)
            continue
        if line.rstrip().endswith(":"):  # "ML and Data Science:" over its skills
            named = text
            continue
        if side_by_side := _side_by_side(text):
            skills.extend(side_by_side)
            continue
        # The importer reads a line of skills as a list (commas inside brackets do not split it).
        group = _GROUP.match(_SKILL_SEPARATORS.sub(", ", text)) or _UNMARKED_GROUP.fullmatch(text)
        if group:
            skills.append({"name": group.group("name").strip(), "keywords": [group.group("skills")]})
        elif named is not None:
            skills.append({"name": named, "keywords": [_SKILL_SEPARATORS.sub(", ", text)]})
        else:
            skills.append(_SKILL_SEPARATORS.sub(", ", text))
    return skills
