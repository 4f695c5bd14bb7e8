"""
LinkedIn data exports as mlcareer profiles.

LinkedIn gives members their data as a ``.zip`` of CSV files (Settings &
Privacy, "Get a copy of your data"). The importer reads the export or its
unpacked folder, file by file and row by row: ``Profile.csv``,
``Positions.csv``, ``Education.csv``, ``Skills.csv``,
``Certifications.csv``, ``Projects.csv``, ``Languages.csv``,
``Honors.csv`` and ``Publications.csv``. It turns them into a JSON Resume
document and imports that (`mlcareer.import_resume`'s rules apply), with
every note naming the file and line it is about. A row that cannot be
read is a note, never the loss of the archive.
"""

from __future__ import annotations

import csv
import functools
import io
import zipfile
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

from mlcareer._resume import ResumeImport, profile_from_resume
from mlcareer.exceptions import Problem, ResumeError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["import_linkedin"]

#: The most bytes of CSV the importer reads from one export (a guard against archives that unpack huge).
MAX_BYTES = 20_000_000

#: The files read, and for each, the JSON Resume section its rows become.
_FILES = {
    "Profile.csv": "basics",
    "Positions.csv": "work",
    "Education.csv": "education",
    "Skills.csv": "skills",
    "Certifications.csv": "certificates",
    "Projects.csv": "projects",
    "Languages.csv": "languages",
    "Honors.csv": "awards",
    "Publications.csv": "publications",
}


def _files(source: FilePath | bytes) -> tuple[dict[str, str], list[str], str]:
    """
    The export's CSV files by name (matched by the end of their path), the other files, and where it is.
    """
    found: dict[str, bytes] = {}
    others: list[str] = []
    total = 0
    if isinstance(source, FilePath) and source.is_dir():
        where = str(source)
        entries = [
            (str(path.relative_to(source)), path) for path in sorted(source.rglob("*")) if path.is_file()
        ]
        for name, path in entries:
            total += path.stat().st_size if name.lower().endswith(".csv") else 0
            _keep(name, functools.partial(path.read_bytes), found, others, total)
    else:
        where = str(source) if isinstance(source, FilePath) else "the export"
        try:
            archive = zipfile.ZipFile(source if isinstance(source, FilePath) else io.BytesIO(source))
        except (zipfile.BadZipFile, OSError) as error:
            raise ResumeError(
                [Problem(message=f"not a LinkedIn data export (a .zip): {error}", file=where)]
            ) from None
        with archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                total += info.file_size if info.filename.lower().endswith(".csv") else 0
                _keep(info.filename, functools.partial(archive.read, info), found, others, total)
    if not found:
        names = ", ".join(_FILES)
        raise ResumeError(
            [Problem(message=f"not a LinkedIn data export: it has none of {names}", file=where)]
        )
    return {name: data.decode("utf-8-sig", errors="replace") for name, data in found.items()}, others, where


def _keep(
    name: str, read: Callable[[], bytes], found: dict[str, bytes], others: list[str], total: int
) -> None:
    """
    Keep the file *name* if it is one the importer reads (by the end of its path), else list it.
    """
    if total > MAX_BYTES:
        raise ResumeError(
            [Problem(message=f"the export's CSV files add up to more than {MAX_BYTES:,} bytes")]
        )
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    known = next((key for key in _FILES if base.lower() == key.lower()), None)
    if known is None:
        others.append(base)
    else:
        found[known] = read()


def _rows(name: str, text: str, notes: list[str]) -> list[tuple[int, dict[str, str]]]:
    """
    The rows of a CSV file by its header, with the line each starts on; a row that cannot be read is a note.
    """
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            notes.append(f"{name} line {line}: not readable as CSV ({error}); skipped")
            line = reader.line_num + 1
            continue
        if header is None:
            header = [cell.strip() for cell in cells]
        elif any(cell.strip() for cell in cells):
            if len(cells) > len(header):
                notes.append(
                    f"{name} line {line}: more cells than the header names; the extra ones were skipped"
                )
            rows.append((line, {key: value.strip() for key, value in zip(header, cells, strict=False)}))
        line = reader.line_num + 1
    if header is None:
        notes.append(f"{name}: empty")
    return rows


def _resume(files: dict[str, str], notes: list[str]) -> tuple[dict[str, Any], dict[str, str]]:
    """
    The export as a JSON Resume document, and the place in the export of each of its entries.
    """
    resume: dict[str, Any] = {"basics": {}}
    places: dict[str, str] = {}
    rows = {name: _rows(name, text, notes) for name, text in files.items()}
    for line, row in rows.get("Profile.csv", [])[:1]:
        name = " ".join(part for part in (row.get("First Name"), row.get("Last Name")) if part)
        basics = {"name": name, "label": row.get("Headline"), "summary": row.get("Summary")}
        resume["basics"] = {key: value for key, value in basics.items() if value}
        places["basics"] = f"Profile.csv line {line}"
        places["basics.label"] = f"Profile.csv line {line} (Headline)"
        places["basics.summary"] = f"Profile.csv line {line} (Summary)"
        if row.get("Industry"):
            notes.append(f"Profile.csv line {line}: industry {row['Industry']!r} is not a goal; not placed")
    for line, _ in rows.get("Profile.csv", [])[1:]:
        notes.append(f"Profile.csv line {line}: a second profile row; skipped")
    convert: dict[str, Callable[[dict[str, str]], str | dict[str, str | None] | None]] = {
        "work": lambda row: {
            "name": row.get("Company Name"),
            "position": row.get("Title"),
            "summary": row.get("Description"),
            "startDate": row.get("Started On"),
            "endDate": row.get("Finished On") or None,
        },
        "education": lambda row: {
            "institution": row.get("School Name"),
            "studyType": row.get("Degree Name"),
            "startDate": row.get("Start Date"),
            "endDate": row.get("End Date") or None,
        },
        "skills": lambda row: row.get("Name"),
        "certificates": lambda row: {
            "name": row.get("Name"),
            "issuer": row.get("Authority"),
            "url": row.get("Url"),
            "date": row.get("Started On"),
        },
        "projects": lambda row: {
            "name": row.get("Title"),
            "description": row.get("Description"),
            "url": row.get("Url"),
            "startDate": row.get("Started On"),
        },
        "languages": lambda row: {"language": row.get("Name"), "fluency": row.get("Proficiency")},
        "awards": lambda row: {"title": row.get("Title"), "summary": row.get("Description")},
        "publications": lambda row: {
            "name": row.get("Name"),
            "publisher": row.get("Publisher"),
            "url": row.get("Url"),
            "summary": row.get("Description"),
        },
    }
    for name, section in _FILES.items():
        if section == "basics" or name not in rows:
            continue
        entries = resume.setdefault(section, [])
        for line, row in rows[name]:
            entry = convert[section](row)
            places[f"{section}[{len(entries)}]"] = f"{name} line {line}"
            entries.append({k: v for k, v in entry.items() if v} if isinstance(entry, dict) else entry)
    places["languages"] = "Languages.csv"
    return resume, places


def import_linkedin(source: FilePath | bytes) -> ResumeImport:
    r"""
    Make a profile from a LinkedIn data export: its ``.zip`` (a path or the bytes) or its unpacked folder.

    Files are found by name wherever they sit in the export; missing and
    empty files are fine. Notes name the file and line of what could not be
    placed, and list the files that are not read.

    Raises:
        ResumeError: for something that is not an export (no file of it is
            known), an unreadable archive, or one whose CSV files add up to
            more than 20 MB.

    Example:
        >>> import io, zipfile
        >>> data = io.BytesIO()
        >>> with zipfile.ZipFile(data, "w") as export:
        ...     export.writestr("Profile.csv", "First Name,Last Name,Headline\r\nAna,Lima,ML engineer\r\n")
        ...     export.writestr("Skills.csv", "Name\r\nPython\r\nscikit-learn\r\n")
        >>> import_linkedin(data.getvalue()).profile["skills"]
        ['python', 'scikit-learn', 'machine-learning']
    """
    files, others, _ = _files(source)
    notes: list[str] = []
    resume, places = _resume(files, notes)
    if others:
        notes.append(f"{', '.join(sorted(set(others)))}: not part of a profile; not read")
    result = profile_from_resume(resume, places=places, origin="the LinkedIn export")
    return ResumeImport(result.profile, (*notes, *result.notes))
