"""
The JSON Schema of rule files, made from the rule language's own table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlcareer._language import condition_schema
from mlcareer._model import profile_schema
from mlcareer._ranks import PRIORITY_SHAPE
from mlcareer._rulebook import TOPIC_SHAPE
from mlcareer._vocabulary import skills_schema

if TYPE_CHECKING:
    from mlcareer._shapes import JSONSchema

__all__ = ["rules_schema"]

_TEXT = {"type": "string", "minLength": 1}


def rules_schema() -> JSONSchema:
    """
    Return the JSON Schema of rule files, for editors to check them as they are written.
    """
    template = {**_TEXT, "description": "Text with {name} placeholders; {{ and }} for braces."}
    profile = profile_schema()
    del profile["$schema"]
    rule = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "topic", "priority", "when", "title", "message", "actions", "source"],
        "properties": {
            "id": {
                "type": "string",
                "pattern": r"^[a-z0-9]+(?:[-_][a-z0-9]+)*(?:\.[a-z0-9]+(?:[-_][a-z0-9]+)*)+$",
            },
            "topic": _TEXT,
            "priority": PRIORITY_SHAPE.schema(),
            "when": {"$ref": "#/$defs/condition"},
            "title": template,
            "message": template,
            "actions": {"type": "array", "items": template, "minItems": 1},
            "source": {**_TEXT, "description": "The id of a section of the rulebook."},
            "examples": {
                "type": "object",
                "additionalProperties": False,
                "properties": {
                    "fires": {"type": "array", "items": {"$ref": "#/$defs/profile"}},
                    "silent": {"type": "array", "items": {"$ref": "#/$defs/profile"}},
                },
            },
        },
    }
    patterns = {
        "type": "array",
        "items": {**_TEXT, "description": "A topic or rule id, or a pattern (interview.*)."},
    }
    rule_patterns = {
        "type": "array",
        "items": {**_TEXT, "description": "A rule id of the rulebook extended, or a pattern (growth.*)."},
    }
    situation = {
        "type": "object",
        "additionalProperties": False,
        "required": ["situation"],
        "properties": {
            "situation": _TEXT,
            "when": {"$ref": "#/$defs/condition"},
            "now": patterns,
            "later": patterns,
            "drop": patterns,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mlcareer rule file",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "rulebook": _TEXT,
            "version": {"type": ["string", "number"]},
            "description": _TEXT,
            "sections": {"type": "object", "additionalProperties": _TEXT},
            "topics": {"type": "array", "items": TOPIC_SHAPE.schema()},
            "files": {"type": "array", "items": _TEXT},
            "skills": {
                **skills_schema(),
                "description": "New skills, or more names and implications for known ones.",
            },
            "replaces": {
                **rule_patterns,
                "description": "Rules of the extended rulebook this file rewrites.",
            },
            "disables": {**rule_patterns, "description": "Rules of the extended rulebook to leave out."},
            "conditions": {"type": "object", "additionalProperties": {"$ref": "#/$defs/condition"}},
            "horizons": {"type": "array", "items": situation},
            "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
        },
        "$defs": {"condition": condition_schema(), "rule": rule, "profile": profile},
    }
