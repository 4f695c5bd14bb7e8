"""
The text of a résumé kept as a PDF, taken out with pypdf (the ``pdf`` extra).

A PDF résumé is text laid out on pages; once taken out, page after page,
it is read as any résumé written as text (`mlcareer._text_resume`), whose
reader knows the shapes PDF text takes (an employer's line over each of its
roles, a sidebar of contacts before the name). A PDF that is encrypted,
holds no text (a scanned page is an image) or is longer than a résumé is
refused with the reason.
"""

from __future__ import annotations

import io
import itertools
import re

from mlcareer.exceptions import Problem, ResumeError

__all__ = ["MAX_BYTES", "MAX_PAGES", "pdf_text"]

#: The most pages a PDF résumé may have: a long academic CV fits, a book does not.
MAX_PAGES = 40
#: The largest PDF read: a résumé with photos fits. (Its text is held to the limits of any text.)
MAX_BYTES = 20_000_000


def pdf_text(data: bytes, file: str | None = None, *, layout: bool = False) -> str:
    """
    The text of the PDF *data*, page after page.

    The text comes in the order the PDF draws it, or with *layout* in the
    order the page sets it, top to bottom, a page of two columns read
    column by column (for a PDF that draws its section titles apart from
    their text).

    Raises:
        ResumeError: if pypdf is not installed, or the PDF cannot be read,
            is encrypted, is larger than `MAX_BYTES`, has more than
            `MAX_PAGES` pages or holds no text.
    """
    if len(data) > MAX_BYTES:
        problem = f"the PDF has {len(data):,} bytes, more than a résumé's {MAX_BYTES:,}"
        raise ResumeError([Problem(message=problem, file=file)])
    try:
        import pypdf  # noqa: PLC0415 - an optional dependency, needed only for a PDF
    except ImportError:
        message = "reading a PDF needs pypdf: pip install 'mlcareer[pdf]'"
        raise ResumeError([Problem(message=message, file=file)]) from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            problem = "the PDF is encrypted: save the résumé again without a password"
        elif len(reader.pages) > MAX_PAGES:
            problem = f"the PDF has {len(reader.pages)} pages, more than a résumé's {MAX_PAGES}"
        else:
            text = "\n".join(
                _without_running_head(
                    [
                        _unnumbered(
                            _by_columns(page.extract_text(extraction_mode="layout"))
                            if layout
                            else page.extract_text(visitor_operand_before=_word_gaps) or ""
                        )
                        for page in reader.pages
                    ]
                )
            )
            problem = (
                "" if text.strip() else "the PDF holds no text (a scanned page is an image): save it as text"
            )
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds of error on a damaged file
        problem = f"not a readable PDF: {exc}"
    if problem:
        raise ResumeError([Problem(message=problem, file=file)])
    return text


#: The most lines of the first page's head that a later page repeats atop it.
_RUNNING_HEAD_LINES = 4
#: The fewest characters of a gap between two columns of a page's layout.
_COLUMN_GAP = 3
#: The fewest lines of text in each of two columns.
_COLUMN_LINES = 5


def _by_columns(text: str) -> str:
    r"""
    A page's text as its layout sets it, a column after the other when a gap down the page parts two.

    A line that crosses the gap (a title across the page) stays whole, in the first column. Each
    line loses its indent, as text in the order a PDF draws it has none.

    Example:
        >>> rows = [("ANA SILVA", "EXPERIENCE"), *((f"skill {n}", f"did thing {n}") for n in range(5))]
        >>> read = _by_columns("\n".join(f"{left:<12}{right}" for left, right in rows)).split("\n")
        >>> read[:3], read[6:8]
        (['ANA SILVA', 'skill 0', 'skill 1'], ['EXPERIENCE', 'did thing 0'])
    """
    lines = [line.rstrip() for line in text.split("\n")]
    width = max(map(len, lines), default=0)
    taken = [0] * width
    for line in lines:
        for column, char in enumerate(line):
            taken[column] += char != " "
    # The widest run of columns empty on every line, or failing that on all but the few a title across
    # the page takes, past the page's first fifth and before its last.
    crossing = max(1, sum(1 for line in lines if line) // 20)
    middle_columns = range(width // 5, width * 4 // 5)
    runs = [
        (most, list(run))
        for most in (0, crossing)
        for empty, run in itertools.groupby(
            middle_columns, key=[count <= most for count in taken].__getitem__
        )
        if empty
    ]
    gap = max(runs, key=lambda run: (-run[0], len(run[1])), default=(0, []))[1]
    if len(gap) >= _COLUMN_GAP:
        middle = gap[len(gap) // 2]
        left: list[str] = []
        right: list[str] = []
        for line in lines:
            if line[middle - 1 : middle + 1].strip():
                left.append(line)
            else:
                left.append(line[:middle])
                right.append(line[middle:])
        if min(sum(1 for line in column if line.strip()) for column in (left, right)) >= _COLUMN_LINES:
            lines = [*left, *right]
    # (A blank line parts what the page sets apart: a project's title from the one above's text.)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in lines)).strip()


#: The least gap between two pieces of text in a TJ array, in thousandths of an em, that parts words.
#: Kerning moves glyphs by less; TeX sets a word space as a gap of 0.2 em to 0.33 em.
_WORD_GAP = 150
#: A move, in thousandths of an em, that every font's space is narrower than.
_FAR = 100_000


def _word_gaps(operator: bytes, operands: list[object], *_: object) -> None:
    """
    Make a word's gap in a TJ array one that pypdf takes for a space.

    TeX draws no space glyph: words apart are pieces of a TJ array apart by a gap. pypdf tells a
    gap from kerning by the font's space, which for a composite font without one is the width of
    whatever glyph has the space's code (py-pdf/pypdf#3978), often far wider than the gap: every
    word of a line ran together ("ConductedcuttingedgeAI"). A gap wider than kerning is written as
    a move far to the right, which pypdf takes for a space whatever the font, and a move back, so
    the text ends where it did.
    """
    if operator != b"TJ" or not operands or not isinstance(pieces := operands[0], list):
        return
    moved: list[object] = []
    for piece in pieces:
        if isinstance(piece, (int, float)) and piece <= -_WORD_GAP:
            moved.extend([-_FAR, _FAR + piece])
        else:
            moved.append(piece)
    pieces[:] = moved


#: A page's number as a footer writes it: "2", "2/3", "Page 2 of 3". (A footer with the name too,
#: "Ana Silva - Page 2 of 2", is left out wherever it is, as text of any kind is read.)
_PAGE_NUMBER = re.compile(r"(?:page\s+)?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?", re.IGNORECASE)
#: An icon that a résumé's font draws, which its text keeps as a character no font shows (one of
#: Unicode's private use, or the replacement character) or as its name: "/linkedin-in", "♂phone-alt".
_ICON = re.compile(
    r"[\ufffd\ue000-\uf8ff][^\S\n]*"
    r"|(?<!\S)[/\u2642](?:phone(?:-alt)?|envelope|linkedin(?:-in)?|github(?:-alt|-square)?|gitlab|globe"
    r"|external-link(?:-alt)?|map-marker(?:-alt)?|home|twitter|link|mobile(?:-alt)?|graduation-cap"
    r"|briefcase|calendar(?:-alt)?|orcid|google-scholar|kaggle|medium|stack-overflow|youtube)(?!\S)"
    # A name a font's ligatures garble, in brackets or not: "/g\u2640be" (globe), "[/\u2640nedn]" (linkedin).
    r"|(?<!\S)\[?/[^\s\]]*[\u2640\u2642][^\s\]]*\]?[^\S\n]*"
    # The names FontAwesome's LaTeX fonts give, before what the icon marks: "Map-marker Taipei",
    # "Envelope ana@example.com", "BOOK Docs" (not "BOOK CHAPTERS").
    r"|(?<!\S)(?:Map-marker(?:-alt)?|Envelope(?= \S+@)"
    r"|(?:GLOBE|BOOK|DESKTOP|LINKEDIN|ENVELOPE)(?= [^\sA-Z]| [A-Z][a-z]))[^\S\n]*"
)


#: A tab between two words, or after a line's last, where a PDF sets every word on its own; a run of
#: tabs and spaces between columns is kept.
_WORD_TAB = re.compile(r"(?<=\S)(?:\t(?=\S)|(\t+)(?=\n|$))")
#: The "ti" ligature of some fonts (Fira Sans, as CV templates set it), which a PDF's text gives as a
#: Bengali letter within a word: "Educa\u09a7on".
_MISREAD_TI = re.compile(r"(?<=[A-Za-z])\u09a7|\u09a7(?=[a-z])")
#: A ligature some fonts give as a character of code 0, most often "fi": "Certi\x00ed", "pro\x00le".
_NULL_LIGATURE = re.compile(r"\x00(?=[a-z])")
#: Characters of control that no text holds, but its breaks and tabs.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _without_running_head(pages: list[str]) -> list[str]:
    r"""
    The texts of *pages*, the lines each page after the first repeats from the first page's head left out.

    A CV may set the person's name and contacts atop every page.

    Example:
        >>> _without_running_head(
        ...     ["Ada Lovelace\nada@example.com\nEducation", "Ada Lovelace\nada@example.com\nSkills"]
        ... )
        ['Ada Lovelace\nada@example.com\nEducation', 'Skills']
    """
    head = [line.strip() for line in pages[0].split("\n")] if pages else []
    kept = pages[:1]
    for page in pages[1:]:
        lines = page.split("\n")
        count = 0
        while (
            count < min(len(lines), len(head) - 1, _RUNNING_HEAD_LINES)
            and lines[count].strip() == head[count]
        ):
            count += 1
        kept.append("\n".join(lines[count:]) if count and head[0] else page)
    return kept


def _unnumbered(text: str) -> str:
    r"""
    A page's text without its number, on its first or last line, and without the names of icons.

    The "ti" ligature some fonts give as another letter, and the "fi" some give as a character of
    code 0, are read as their letters; other characters of control are left out.

    Example:
        >>> _unnumbered("Ada Lovelace\nEducation\nPage 1 of 2")
        'Ada Lovelace\nEducation'
        >>> _unnumbered("ada@example.com \u2642phone-alt 555 0100 /github ada\n\ufffd Skills")
        'ada@example.com  555 0100  ada\nSkills'
        >>> _unnumbered("Ta\u09a7ana\nEduca\u09a7on"), _unnumbered("Certi\x00ed\x07")
        ('Tatiana\nEducation', 'Certified')
        >>> _unnumbered("HyperVect [/g\u2640be] Gandhinagar, India\n/\u2640nedn Ana | /g\u2640be Kaggle")
        'HyperVect Gandhinagar, India\nAna | Kaggle'
        >>> _unnumbered("Acme Map-marker Taipei, Taiwan\nLisp interpreter Code | BOOK Docs")
        'Acme Taipei, Taiwan\nLisp interpreter Code | Docs'
        >>> _unnumbered("Data\tScientist\t\t \t \tSummer\t2017\t\nAcme,\tPA\t")
        'Data Scientist\t\t \t \tSummer 2017\nAcme, PA'
    """
    text = _MISREAD_TI.sub("ti", _ICON.sub("", text))
    text = _CONTROL.sub("", _NULL_LIGATURE.sub("fi", text))
    if text.count("\t") > text.count(" "):  # each word set on its own, a tab after it: "Data\tScientist\t"
        text = _WORD_TAB.sub(lambda tab: "" if tab[1] else " ", text)
    lines = text.strip().split("\n")
    for end in (-1, 0):
        if lines and _PAGE_NUMBER.fullmatch(lines[end].strip()):
            del lines[end]
    return "\n".join(lines)
