"""
The text of a résumé kept as a Word document (``.docx``), written out as Markdown.

A ``.docx`` file is a zip archive of XML parts; its body is a list of
paragraphs and tables. Each paragraph becomes a line of Markdown: one in a
heading style ("Title", "Heading 2", or a style with an outline level) a
heading, a numbered or bulleted one a list item, one all in bold a bold
line (an entry's head); a tab between words, as a template sets a date at
the right margin, is " | ". A table whose cells hold one paragraph each is
a Markdown table; a table that lays out a page (a sidebar beside the main
column) gives its paragraphs in order, cell by cell. Text boxes give their
paragraphs after the paragraph they sit in, and the page headers (where
templates put the name) come first. The Markdown is then read as any
résumé written as text (`mlcareer._text_resume`).

Only the standard library reads it: `zipfile` and `xml.etree`. A part that
declares a DOCTYPE is refused (Word writes none, and entities are how XML
expands), as is an archive or a part larger than a résumé.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

import attrs

from mlcareer.exceptions import Problem, ResumeError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MAX_BYTES", "MAX_PART", "docx_text"]

#: The largest Word document read: a résumé with photos fits.
MAX_BYTES = 20_000_000
#: The largest XML part read from it, once unpacked.
MAX_PART = 10_000_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: The values of an on/off property that turn it off (``<w:b w:val="0"/>``).
_OFF = frozenset({"0", "false", "off"})
#: A style's name that makes a heading: "Title", "Heading 1" ... "Heading 6".
_HEADING_STYLE = re.compile(r"(title)|heading\s*([1-6])", re.IGNORECASE)
#: The most levels of Markdown headings.
_LEVELS = 6
#: The longest paragraph all in bold that is a head.
_HEAD_LENGTH = 200
#: What the parts of a run other than its text stand for.
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


@attrs.frozen
class _Style:
    """
    What a paragraph style gives its paragraphs.

    Its heading level (0 for none), whether it makes list items, and whether its text is bold.
    """

    level: int = 0
    listed: bool = False
    bold: bool = False


def docx_text(data: bytes, file: str | None = None) -> str:
    r"""
    The text of the Word document *data*, written out as Markdown.

    Raises:
        ResumeError: if *data* is not a Word document, is larger than
            `MAX_BYTES` or holds no text, or one of its parts is larger
            than `MAX_PART` or declares a DOCTYPE.

    Example:
        >>> data = io.BytesIO()
        >>> body = (
        ...     '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        ...     '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Ana Silva</w:t></w:r></w:p>'
        ...     "<w:p><w:r><w:t>Data Scientist, Acme</w:t></w:r>"
        ...     "<w:r><w:tab/><w:t>2021 - 2024</w:t></w:r></w:p>"
        ...     "</w:body></w:document>"
        ... )
        >>> with zipfile.ZipFile(data, "w") as archive:
        ...     archive.writestr("word/document.xml", body)
        >>> print(docx_text(data.getvalue()))
        # Ana Silva
        Data Scientist, Acme | 2021 - 2024
    """
    if len(data) > MAX_BYTES:
        problem = f"the Word document has {len(data):,} bytes, more than a résumé's {MAX_BYTES:,}"
        raise ResumeError([Problem(message=problem, file=file)])
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ResumeError([Problem(message=f"not a readable Word document: {error}", file=file)]) from None
    with archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names:
            problem = "a zip archive, but not a Word document (.docx): it has no word/document.xml"
            raise ResumeError([Problem(message=problem, file=file)])
        styles = _styles(_part(archive, "word/styles.xml", file)) if "word/styles.xml" in names else {}
        headers = sorted(name for name in names if re.fullmatch(r"word/header\d*\.xml", name))
        lines: list[str] = []
        for name in [*headers, "word/document.xml"]:
            root = _part(archive, name, file)
            top = root.find(f"{_W}body") if name == "word/document.xml" else root
            for line in _blocks(top if top is not None else root, styles):
                if line not in lines or name == "word/document.xml":  # a header repeats on each page
                    lines.append(line)
    if not lines:
        problem = "the Word document holds no text (its pages are pictures): save the résumé with its text"
        raise ResumeError([Problem(message=problem, file=file)])
    return "\n".join(lines)


def _part(archive: zipfile.ZipFile, name: str, file: str | None) -> ET.Element:
    """
    The XML part *name* of *archive*, parsed.
    """
    with archive.open(name) as opened:
        data = opened.read(MAX_PART + 1)
    problem = ""
    if len(data) > MAX_PART:
        problem = f"the Word document's {name} unpacks to more than {MAX_PART:,} bytes"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):  # (where a DOCTYPE would not be seen)
        problem = f"the Word document's {name} is not UTF-8, as Word writes it"
    elif b"<!DOCTYPE" in data:
        problem = f"the Word document's {name} declares a DOCTYPE, which Word never writes"
    else:
        try:
            return ET.fromstring(data)  # noqa: S314 - no DOCTYPE, so no entity can expand
        except ET.ParseError as error:
            problem = f"the Word document's {name} is not valid XML: {error}"
    raise ResumeError([Problem(message=problem, file=file)])


def _styles(root: ET.Element) -> dict[str, _Style]:
    """
    The paragraph styles of a ``styles.xml``, by id, each with what it inherits.
    """
    written: dict[str, tuple[str | None, _Style]] = {}
    for style in root.iter(f"{_W}style"):
        if style.get(f"{_W}type") != "paragraph":
            continue
        name = _value(style.find(f"{_W}name")) or ""
        level = _heading_level(name) or _outline(style.find(f"{_W}pPr"))
        listed = style.find(f"{_W}pPr/{_W}numPr") is not None or name.casefold().startswith("list")
        bold = _on(style.find(f"{_W}rPr/{_W}b"))
        written[style.get(f"{_W}styleId", "")] = (
            _value(style.find(f"{_W}basedOn")),
            _Style(level, listed=listed, bold=bold),
        )

    def resolved(style_id: str, seen: frozenset[str] = frozenset()) -> _Style:
        base, own = written[style_id]
        if base is None or base not in written or base in seen:
            return own
        inherited = resolved(base, seen | {style_id})
        return _Style(
            own.level or inherited.level,
            listed=own.listed or inherited.listed,
            bold=own.bold or inherited.bold,
        )

    return {style_id: resolved(style_id) for style_id in written}


def _blocks(container: ET.Element, styles: dict[str, _Style]) -> Iterator[str]:
    """
    The Markdown lines of the paragraphs and tables in *container*, in order.
    """
    for child in container:
        if child.tag == f"{_W}p":
            yield from _paragraph(child, styles)
        elif child.tag == f"{_W}tbl":
            yield from _table(child, styles)
        elif child.tag in {f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_MC}AlternateContent"}:
            # A content control, as templates fill them, or markup whose first choice is the one read.
            inner = child.find(f"{_MC}Choice") if child.tag == f"{_MC}AlternateContent" else child
            yield from _blocks(inner if inner is not None else child, styles)


def _paragraph(paragraph: ET.Element, styles: dict[str, _Style]) -> Iterator[str]:
    """
    The Markdown lines of one paragraph, then those of the text boxes in it.
    """
    properties = paragraph.find(f"{_W}pPr")
    style_id = (_value(properties.find(f"{_W}pStyle")) if properties is not None else None) or ""
    # A style the document does not define is known by its id, as Word names its own ("Heading2").
    style = styles.get(style_id) or _Style(_heading_level(style_id))
    level = _outline(properties) or style.level
    listed = style.listed or (properties is not None and properties.find(f"{_W}numPr") is not None)
    pieces: list[str] = []
    bold: list[bool] = []
    boxes: list[ET.Element] = []
    for run, text in _runs(paragraph, boxes):
        pieces.append(text)
        if text.strip():
            weight = run.find(f"{_W}rPr/{_W}b")
            bold.append(_on(weight) if weight is not None else style.bold)
    for number, line in enumerate("".join(pieces).split("\n")):
        text = " | ".join(part.strip() for part in line.split("\t") if part.strip())
        text = " ".join(text.split())
        if not text:
            continue
        if level and number == 0:
            yield f"{'#' * min(level, _LEVELS)} {text}"
        elif listed and number == 0:
            yield f"- {text}"
        elif bold and all(bold) and len(text) <= _HEAD_LENGTH:  # a head, not a paragraph in bold
            yield f"**{text}**"
        else:
            yield text
    for box in boxes:
        yield from _blocks(box, styles)


def _runs(element: ET.Element, boxes: list[ET.Element]) -> Iterator[tuple[ET.Element, str]]:
    """
    The runs of a paragraph with their text (tabs and breaks as characters), in order; text boxes to *boxes*.
    """
    for child in element:
        tag = child.tag
        if tag == f"{_W}r":
            for part in child:
                if part.tag == f"{_W}t":
                    yield child, part.text or ""
                elif part.tag in _CHARACTERS:
                    yield child, _CHARACTERS[part.tag]
                elif part.tag in {f"{_W}drawing", f"{_W}pict", f"{_MC}AlternateContent"}:
                    first = part.find(f"{_MC}Choice") if part.tag == f"{_MC}AlternateContent" else part
                    boxes.extend((first if first is not None else part).iter(f"{_W}txbxContent"))
                    # A picture or a rule drawn in the line parts its text: "EDUCATION", a line, "Institute".
                    yield child, "\n"
        elif tag in {f"{_W}hyperlink", f"{_W}smartTag", f"{_W}ins", f"{_W}fldSimple", f"{_W}customXml"}:
            yield from _runs(child, boxes)
        elif tag == f"{_W}sdt" and (content := child.find(f"{_W}sdtContent")) is not None:
            yield from _runs(content, boxes)
        elif tag == f"{_MC}AlternateContent" and (choice := child.find(f"{_MC}Choice")) is not None:
            yield from _runs(choice, boxes)


def _table(table: ET.Element, styles: dict[str, _Style]) -> Iterator[str]:
    """
    The Markdown lines of a table: its rows, or, for a table that lays out a page, its cells' paragraphs.
    """
    rows = [
        [list(_blocks(cell, styles)) for cell in row.findall(f"{_W}tc")] for row in table.findall(f"{_W}tr")
    ]
    if all(len(cell) <= 1 for row in rows for cell in row):
        for row in rows:
            cells = [cell[0].strip("*") if cell else "" for cell in row]
            if any(cells):
                yield f"| {' | '.join(cells)} |"
        return
    for row in rows:
        for cell in row:
            yield from cell


def _heading_level(name: str) -> int:
    """
    The heading level a style's name or id gives: 1 for "Title", 2 for "Heading 2" or "Heading2", else 0.
    """
    named = _HEADING_STYLE.fullmatch(name.strip())
    return 0 if named is None else 1 if named.group(1) else int(named.group(2))


def _value(element: ET.Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def _on(element: ET.Element | None) -> bool:
    """
    Whether an on/off property (``<w:b/>``) is on.
    """
    return element is not None and (element.get(f"{_W}val") or "1").casefold() not in _OFF


def _outline(properties: ET.Element | None) -> int:
    """
    The heading level a paragraph's outline level gives (0 for body text).
    """
    value = _value(properties.find(f"{_W}outlineLvl")) if properties is not None else None
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < _LEVELS else 0
