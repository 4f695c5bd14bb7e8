"""
The JSON Schema of rule files, made from the rule file's own declaration (`RULE_FILE`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mlcareer._language import condition_schema
from mlcareer._model import profile_schema
from mlcareer._rulebook import RULE_FILE

if TYPE_CHECKING:
    from mlcareer._shapes import JSONSchema

__all__ = ["rules_schema"]


def rules_schema() -> JSONSchema:
    """
    Return the JSON Schema of rule files, for editors to check them as they are written.
    """
    profile = profile_schema()
    del profile["$schema"]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "mlcareer rule file",
        "type": "object",
        "additionalProperties": False,
        "properties": {
            key: {**field.shape.schema(), "description": field.description}
            for key, field in RULE_FILE.items()
        },
        "$defs": {"condition": condition_schema(), "profile": profile},
    }
