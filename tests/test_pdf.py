"""Tests for mlcareer._pdf: résumés kept as PDF, read by their text."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

import mlcareer
from mlcareer import ResumeError
from mlcareer._pdf import MAX_PAGES, _without_running_head, pdf_text

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path


#: Helvetica, as a PDF writer names it.
HELVETICA = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def shown(line: str) -> str:
    """A line of text as a content stream shows it."""
    return "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*"


def pdf_of(*pages: list[str], font: str = HELVETICA, show: Callable[[str], str] = shown) -> bytes:
    """A PDF whose pages show *pages*, each a list of lines in *font*, written as a PDF writer does."""
    count = len(pages)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{3 + 2 * number} 0 R" for number in range(count))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode())
    font_number = 3 + 2 * count
    for number, lines in enumerate(pages):
        stream = ("BT /F1 11 Tf 14 TL 72 740 Td " + " ".join(map(show, lines)) + " ET").encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * number} 0 R"
            f" /Resources << /Font << /F1 {font_number} 0 R >> >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objects.append(font.encode())
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return bytes(out)


CV = (
    [
        "Amira Haddad",
        "Research Interests",
        "Natural Language Processing, Information Extraction",
        "Education",
        "2021 \u2013 now PhD in Computer Science, Royal Institute of Tech-",
        "nology, Sweden",
        "Industrial Experience",
        "2019 \u2013 2021 Data Scientist, Northwind Maps, Sweden",
        "Built traffic forecasts with LightGBM for every road segment of the city and served",
        "them to the routing team.",
        "1/2",
    ],
    [
        "Teaching",
        "\u2022 Machine Learning, KTH, 2022\u2013now",
        "Courses",
        "\u2022 Deep Learning",
        "Publications",
        "[1] A. Haddad and B. Lund, \u201cPrompting for zero-shot relation extraction\u201d, in Proceedings of",
        "the Conference on Empirical Methods in Natural Language Processing, 2024.",
        "2/2",
    ],
)


def test_a_pdf_resume_is_read_by_its_text(tmp_path: Path) -> None:
    """A PDF is read by its text: unmarked titles, wrapped and broken lines, page numbers, courses taught, citations."""
    path = tmp_path / "cv.pdf"
    path.write_bytes(pdf_of(*CV))
    result = mlcareer.import_resume(path)
    assert result.notes[0] == "the document is a PDF: its text taken out page by page, then read as text"
    profile = result.profile
    assert profile["name"] == "Amira Haddad"
    assert profile["education"] == [
        {
            "degree": "PhD",
            "field": "Computer Science",
            "institution": "Royal Institute of Technology",
            "start": "2021",
        }
    ]
    assert [(job.get("title"), job["organization"]) for job in profile["experience"]] == [
        ("Data Scientist", "Northwind Maps"),
        ("Teacher of Machine Learning", "KTH"),
    ]
    assert profile["experience"][0]["highlights"] == [
        "Built traffic forecasts with LightGBM for every road segment of the city and served"
        " them to the routing team."
    ]
    assert [item["title"] for item in profile["portfolio"]] == ["Prompting for zero-shot relation extraction"]
    assert profile["growth"]["networking"] == [
        {
            "kind": "conference",
            "name": "Conference on Empirical Methods in Natural Language Processing",
        }
    ]
    assert "education[0].courses 1 kept as part of the degree; they show deep learning at beginner level" in (
        result.notes
    )


def test_footers_icons_and_words_run_together() -> None:
    """A footer with the name and page goes, so do icons' names; words that run together are said to."""
    page = ["Ana Silva", "ana@example.com /github anasilva", "Skills", "Python", "Ana Silva - Page 1 of 2"]
    assert pdf_text(pdf_of(page)).split("\n")[:4] == [
        "Ana Silva",
        "ana@example.com  anasilva",
        "Skills",
        "Python",
    ]
    assert mlcareer.import_resume(pdf_of(page)).profile == {
        "profile": 1,
        "name": "Ana Silva",
        "skills": ["python"],
    }
    glued = pdf_of(["AnaSilva", "Experience", "Builtthewebplatformofthecompany", "Skills", "Python"])
    assert mlcareer.import_resume(glued).notes[0] == (
        "the document is a PDF: its text taken out page by page, then read as text; its words run together,"
        " as the PDF does not space them, so much of it cannot be read: save it again as PDF from its source,"
        " or import its text"
    )


def test_a_pdf_without_text_or_too_long_is_refused() -> None:
    """A PDF with no text, or with more pages than a résumé, is refused with the reason."""
    with pytest.raises(ResumeError) as empty:
        pdf_text(pdf_of([]), "scan.pdf")
    assert str(empty.value) == (
        "invalid resume: scan.pdf: the PDF holds no text (a scanned page is an image): save it as text"
    )
    with pytest.raises(ResumeError) as long:
        pdf_text(pdf_of(*[["A page"]] * (MAX_PAGES + 1)), "book.pdf")
    assert (
        str(long.value)
        == f"invalid resume: book.pdf: the PDF has {MAX_PAGES + 1} pages, more than a résumé's 40"
    )
    with pytest.raises(ResumeError, match="not a readable PDF"):
        mlcareer.import_resume(b"%PDF-1.4\nnot a PDF at all")


def test_a_pdf_needs_the_pdf_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pypdf, reading a PDF says which extra to install."""
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(ResumeError) as error:
        pdf_text(pdf_of(["Ada"]), "cv.pdf")
    assert (
        str(error.value) == "invalid resume: cv.pdf: reading a PDF needs pypdf: pip install 'mlcareer[pdf]'"
    )


def test_words_apart_by_a_gap_in_a_line_are_apart() -> None:
    """Words a TJ array sets apart by a gap, not a space, are apart, even where the font's space is wide."""
    # A font whose space is as wide as an em, as a composite font's without a space glyph seems to be.
    wide = (
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
        f" /FirstChar 32 /LastChar 126 /Widths [1000 {' '.join(['556'] * 94)}] >>"
    )

    def gapped(line: str) -> str:  # words apart by a gap of a quarter of an em; "|" kerns by a 25th
        return "[" + " -250 ".join(f"({word.replace('|', ') -40 (')})" for word in line.split()) + "] TJ T*"

    page = ["Ana Silva", "Experience", "Built the web platform in Py|thon"]
    assert pdf_text(pdf_of(page, font=wide, show=gapped)).split("\n")[:3] == [
        "Ana Silva",
        "Experience",
        "Built the web platform in Python",
    ]


def placed(line: str) -> str:
    """A line written as "x,y,text", shown where a page sets it."""
    x, y, text = line.split(",", 2)
    return f"1 0 0 1 {x} {y} Tm " + shown(text).removesuffix(" T*")


def test_titles_drawn_apart_from_their_text_are_read_by_the_layout() -> None:
    """A page that draws its section titles last, in two columns, is read as set, column by column."""
    text = [
        "72,740,Ana Silva",
        "72,700,Python",
        "72,686,SQL",
        "72,672,Docker",
        "72,658,Git",
        "72,644,Tableau",
        "320,700,Acme Corp",
        "320,686,Data Scientist 30/07/2021 - Present",
        "320,672,Built churn models for retail stores.",
        "320,630,University of Leeds",
        "320,616,BSc Computer Science 2016 - 2020",
        "320,602,Graduated with honours.",
    ]
    titles = ["72,714,SKILLS", "320,714,EXPERIENCE", "320,644,EDUCATION"]
    result = mlcareer.import_resume(pdf_of([*text, *titles], show=placed))
    assert result.notes[0] == (
        "the document is a PDF that draws its section titles apart from their text: its text taken out"
        " as each page sets it, column by column, then read as text"
    )
    profile = result.profile
    assert profile["skills"] == ["python", "sql", "docker", "git", "tableau"]
    assert [(job["title"], job["organization"], job["start"]) for job in profile["experience"]] == [
        ("Data Scientist", "Acme Corp", "2021-07-30")
    ]
    assert profile["education"][0]["institution"] == "University of Leeds"


def test_a_ligature_given_as_code_zero_is_its_letters() -> None:
    """A "fi" a font gives as a character of code 0 is read as its letters; no character of control is kept."""
    assert pdf_text(pdf_of(["Certi\x00ed Cloud Leader\x07"])) == "Certified Cloud Leader"


def test_a_page_that_cannot_be_laid_out_is_read_as_drawn(monkeypatch: pytest.MonkeyPatch) -> None:
    """When the page's layout cannot be read, titles drawn apart leave the text as the PDF draws it."""

    def unreadable(text: str) -> str:
        raise ValueError(text[:0] + "no layout")

    monkeypatch.setattr("mlcareer._pdf._by_columns", unreadable)
    page = ["Ana Silva", "Python", "SQL", "SKILLS", "EXPERIENCE", "EDUCATION"]
    result = mlcareer.import_resume(pdf_of(page))
    assert result.notes[0] == "the document is a PDF: its text taken out page by page, then read as text"


def test_a_running_head_atop_later_pages_is_left_out() -> None:
    """The name and contacts a CV sets atop every page are read once, from the first page."""
    assert _without_running_head(
        ["Ana Silva\nana@example.com\nEducation\nMSc", "Ana Silva\nana@example.com\nProjects\nChess"]
    ) == ["Ana Silva\nana@example.com\nEducation\nMSc", "Projects\nChess"]
