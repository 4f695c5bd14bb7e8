"""
JSON Resume documents as mlcareer profiles.

A résumé says which skills, projects, certificates, publications and
courses someone has; it cannot say their traits, stage or goals. Those come
from an ``x-mlcareer`` key in the résumé (legal there: the JSON Resume
schema allows extra keys) when it is present. Every inference, and every
gap, is listed in the notes that come back with the profile.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from mlcareer._model import LEVEL_SHAPE, Level, load_candidate
from mlcareer._taxonomy import skill_table

__all__ = ["ResumeImport", "profile_from_resume"]

_BLOG_HOSTS = (
    "medium.com",
    "dev.to",
    "substack.com",
    "hashnode",
    "blogspot",
    "wordpress.com",
    "towardsdatascience",
)
_OPEN_SOURCE_HOSTS = ("github.com", "gitlab.com", "codeberg.org", "bitbucket.org")
_OPEN_SOURCE_ROLES = ("author", "maintainer", "contributor", "committer")
_EXTENSION_KEYS = ("stage", "traits", "goals", "interview_prep", "growth", "extensions")


@attrs.frozen
class ResumeImport:
    """
    A profile made from a résumé, with what was inferred and what is unknown.

    Attributes:
        profile: The profile, as plain data (it loads as a `Candidate`).
        notes: What was inferred, and what the résumé could not say.
    """

    profile: dict[str, Any]
    notes: tuple[str, ...]


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _year(value: object) -> int | None:
    match = re.match(r"^([12][0-9]{3})", value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


class _Importer:
    def __init__(self, resume: Mapping[str, Any]) -> None:
        self.resume = resume
        self.notes: list[str] = []
        self.table = skill_table()
        self.levels: dict[str, int] = {}

    def skill(self, name: str, level: Level, why: str) -> None:
        skill_id = self.table.skill_id(name)
        if not skill_id:
            return
        if self.table.known_skill(name) is None:
            self.notes.append(f"kept {name!r} as a skill the skill table does not know")
        if level.value > self.levels.get(skill_id, 0):
            self.levels[skill_id] = level.value
        if why:
            self.notes.append(why)

    def skills(self) -> None:
        for entry in _list(self.resume.get("skills")):
            if not isinstance(entry, Mapping):
                continue
            name = _text(entry.get("name"))
            raw_level = entry.get("level")
            level = LEVEL_SHAPE.lookup(raw_level) if raw_level is not None else None
            if raw_level is not None and level is None:
                self.notes.append(
                    f"skill level {raw_level!r} of {name!r} is not a known level; used intermediate"
                )
            level = level or Level.INTERMEDIATE
            keywords = [word for word in map(_text, _list(entry.get("keywords"))) if word]
            if name and (not keywords or self.table.known_skill(name)):
                self.skill(name, level, "")
            for word in keywords:
                inherited = f"{word!r} takes the level of its group {name!r} ({level.word})" if name else ""
                self.skill(word, level, inherited if raw_level is not None else "")

    def portfolio(self) -> list[dict[str, Any]]:
        return [
            *self.projects(),
            *self.certificates(),
            *self.publications(),
        ]

    def projects(self) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for project in _list(self.resume.get("projects")):
            if not isinstance(project, Mapping):
                continue
            title = _text(project.get("name"))
            url = _text(project.get("url")) or _text(project.get("website"))
            parts = [project.get("type"), *_list(project.get("roles")), *_list(project.get("keywords"))]
            words = " ".join(str(part) for part in parts).casefold()
            hosted = url is not None and any(host in url for host in _OPEN_SOURCE_HOSTS)
            said = "open source" in words or "open-source" in words
            kind = (
                "open_source"
                if said or (hosted and any(r in words for r in _OPEN_SOURCE_ROLES))
                else "project"
            )
            if kind == "open_source":
                self.notes.append(f"project {title!r} counted as open source")
            keywords = (_text(word) for word in _list(project.get("keywords")))
            skills = [word for word in keywords if word and self.table.known_skill(word)]
            item = {"kind": kind, "title": title, "skills": skills or None, "url": url}
            items.append({key: value for key, value in item.items() if value})
        return items

    def certificates(self) -> list[dict[str, Any]]:
        items = []
        for certificate in _list(self.resume.get("certificates")):
            if isinstance(certificate, Mapping):
                item = {"kind": "certification"}
                for key, source in (("title", "name"), ("issuer", "issuer"), ("url", "url")):
                    if value := _text(certificate.get(source)):
                        item[key] = value
                items.append(item)
        return items

    def publications(self) -> list[dict[str, Any]]:
        items = []
        for publication in _list(self.resume.get("publications")):
            if not isinstance(publication, Mapping):
                continue
            url = _text(publication.get("url")) or _text(publication.get("website"))
            publisher = (_text(publication.get("publisher")) or "").casefold()
            blog = "blog" in publisher or any(
                host in (url or "") or host in publisher for host in _BLOG_HOSTS
            )
            item = {"kind": "blog_post" if blog else "case_study"}
            if title := _text(publication.get("name")):
                item["title"] = title
            if url:
                item["url"] = url
            what = item["kind"].replace("_", " ")
            self.notes.append(f"publication {item.get('title', '(untitled)')!r} counted as a {what}")
            items.append(item)
        return items

    def learning(self) -> list[dict[str, Any]]:
        learning: list[dict[str, Any]] = []
        for education in _list(self.resume.get("education")):
            if not isinstance(education, Mapping):
                continue
            year = _year(education.get("endDate"))
            degree = " ".join(
                part for part in (_text(education.get("studyType")), _text(education.get("area"))) if part
            )
            if degree:
                learning.append({"kind": "degree", "title": degree, **({"year": year} if year else {})})
            learning.extend(
                {"kind": "course", "title": course, **({"year": year} if year else {})}
                for course in map(_text, _list(education.get("courses")))
                if course
            )
        return learning

    def run(self) -> ResumeImport:
        basics = self.resume.get("basics") or self.resume.get("bio") or {}
        profile: dict[str, Any] = {"profile": 1}
        if isinstance(basics, Mapping) and (name := _text(basics.get("name"))):
            profile["name"] = name
        self.skills()
        if self.levels:
            profile["skills"] = [
                {"name": skill, "level": Level(level).word} for skill, level in self.levels.items()
            ]
        if portfolio := self.portfolio():
            profile["portfolio"] = portfolio
        profile.update(self.extension())
        if learning := self.learning():
            growth = dict(profile.get("growth") or {})
            growth["learning"] = [*_list(growth.get("learning")), *learning]
            profile["growth"] = growth
        self.unknowns(profile)
        # Loading checks the result, and writing it back gives canonical ids and key order.
        return ResumeImport(profile=load_candidate(profile).to_dict(), notes=tuple(self.notes))

    def extension(self) -> dict[str, Any]:
        extension = self.resume.get("x-mlcareer")
        if extension is None:
            return {}
        if not isinstance(extension, Mapping):
            self.notes.append("ignored x-mlcareer: it is not a mapping")
            return {}
        for key in extension:
            if key not in _EXTENSION_KEYS:
                self.notes.append(f"ignored x-mlcareer.{key}: not a profile key")
        return {key: extension[key] for key in _EXTENSION_KEYS if key in extension}

    def unknowns(self, profile: Mapping[str, Any]) -> None:
        for key, what in (
            ("stage", "career stage (job_seeking assumed)"),
            ("traits", "traits"),
            ("goals", "goals (target sectors, specialization, company)"),
            ("interview_prep", "interview preparation"),
        ):
            if key not in profile:
                self.notes.append(f"the resume does not say the {what}; add x-mlcareer.{key} to set it")
        if "mentor" not in (profile.get("growth") or {}):
            self.notes.append(
                "the resume does not say whether there is a mentor, or networking; add x-mlcareer.growth"
            )


def profile_from_resume(resume: Mapping[str, Any]) -> ResumeImport:
    """
    Make a profile from a JSON Resume document (any schema version).

    Skills come from ``skills[].name`` and ``skills[].keywords`` through the
    skill table's aliases (keywords take their group's level, and free-text
    levels such as "Master" map to the level scale); ``projects`` become
    projects (open source when they say so); ``certificates`` become
    certifications; ``publications`` blog posts or case studies; and
    ``education`` degrees and courses become learning. Traits, stage and
    goals come from an ``x-mlcareer`` key when present.

    Raises:
        ProfileError: if the profile made from the résumé is not valid
            (an ``x-mlcareer`` key with bad values).

    Example:
        >>> result = profile_from_resume(
        ...     {"skills": [{"name": "ML", "level": "Master", "keywords": ["sklearn"]}]}
        ... )
        >>> result.profile["skills"]
        [{'name': 'machine-learning', 'level': 'expert'}, {'name': 'scikit-learn', 'level': 'expert'}]
    """
    return _Importer(resume).run()
