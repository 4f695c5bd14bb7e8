"""
Message templates: advice text with the candidate's details filled in.

A template is plain text with ``{name}`` placeholders, and ``{{`` / ``}}``
for literal braces. Placeholders name a value and nothing else: no
attributes, indices or format specs, so a rule cannot make a message read
anything but the values it is handed. Values are inserted as they are;
braces inside them are never read as placeholders.

``{name|one|many}`` writes *one* when the value *name* is one thing and
*many* otherwise, so a sentence agrees with a list of any length:
``{gaps} {gaps|needs|need} work`` reads "NumPy needs work" and "NumPy and
pandas need work".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from mlcareer._shapes import Shape, Text

if TYPE_CHECKING:
    from collections.abc import Mapping

    from mlcareer._document import Path
    from mlcareer._shapes import Issues, JSONSchema

__all__ = ["TEMPLATE_SHAPE", "Template"]


@attrs.frozen
class _Slot:
    name: str
    forms: tuple[str, str] | None = None


_BRACE = re.compile(r"[{}]")
_FORMS = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\|([A-Za-z' -]*)\|([A-Za-z' -]*)$")


def _split(text: str) -> tuple[str | _Slot, ...]:
    parts: list[str | _Slot] = []
    literal: list[str] = []
    index = 0
    while True:
        brace = _BRACE.search(text, index)
        if brace is None:
            literal.append(text[index:])
            break
        start = brace.start()
        literal.append(text[index:start])
        char = text[start]
        if text[start : start + 2] == char * 2:
            literal.append(char)
            index = start + 2
            continue
        if char == "}":
            msg = f"a lone '}}' at character {start + 1}; write '}}}}' for a brace"
            raise ValueError(msg)
        end = text.find("}", start)
        name = text[start + 1 : end] if end != -1 else ""
        forms = _FORMS.match(name)
        if forms is not None:
            name = forms.group(1)
        if end == -1 or not name.isidentifier() or name.startswith("_"):
            shown = text[start : end + 1] if end != -1 else text[start:]
            where = f"at character {start + 1}"
            msg = f"{shown!r} {where} is not a placeholder like {{name}}; write '{{{{' for a brace"
            raise ValueError(msg)
        if any(literal):
            parts.append("".join(literal))
        literal = []
        parts.append(_Slot(name, (forms.group(2), forms.group(3)) if forms else None))
        index = end + 1
    if any(literal):
        parts.append("".join(literal))
    return tuple(parts)


@attrs.frozen
class Template:
    """
    A message with ``{name}`` placeholders, checked when it is made.

    Raises:
        ValueError: if the text has anything in braces that is not a plain name.

    Example:
        >>> Template("Learn {gaps} next.").render({"gaps": "NumPy and {pandas}"})
        'Learn NumPy and {pandas} next.'
        >>> Template("{0.__class__}")
        Traceback (most recent call last):
        ...
        ValueError: '{0.__class__}' at character 1 is not a placeholder like {name}; write '{{' for a brace
    """

    text: str
    _parts: tuple[str | _Slot, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_parts", _split(self.text))

    @property
    def names(self) -> frozenset[str]:
        """
        The names of the placeholders.
        """
        return frozenset(part.name for part in self._parts if isinstance(part, _Slot))

    def render(self, values: Mapping[str, str], counts: Mapping[str, int] | None = None) -> str:
        """
        Fill the placeholders from *values* (every name must be there).

        *counts* says how many things each value names (one when not given),
        for the placeholders that agree in number.

        Example:
            >>> Template("{gaps} {gaps|needs|need} work").render({"gaps": "NumPy and pandas"}, {"gaps": 2})
            'NumPy and pandas need work'
            >>> Template("You work at {company}.").render({"company": "Acme Inc."})
            'You work at Acme Inc.'
        """
        parts = self._parts
        if len(parts) == 1 and isinstance(parts[0], str):
            return parts[0]
        counts = counts or {}
        pieces = [
            part
            if isinstance(part, str)
            else values[part.name]
            if part.forms is None
            else part.forms[counts.get(part.name, 1) != 1]
            for part in parts
        ]
        for index in range(1, len(pieces)):
            # A value that ends a sentence with its own stop ("Acme Inc.") takes no second one.
            if (
                pieces[index][:1] == "."
                and pieces[index - 1][-1:] == "."
                and not isinstance(parts[index - 1], str)
            ):
                pieces[index] = pieces[index][1:]
        return "".join(pieces)

    def __getstate__(self) -> tuple[str, tuple[str | _Slot, ...]]:
        return (self.text, self._parts)

    def __setstate__(self, state: tuple[str, tuple[str | _Slot, ...]]) -> None:
        object.__setattr__(self, "text", state[0])
        object.__setattr__(self, "_parts", state[1])


class _TemplateShape(Shape[Template]):
    """
    A template as a rule file writes it: text with placeholders, checked when it is read.
    """

    what = "text"
    _text = Text()

    def parse(self, value: object, path: Path, issues: Issues) -> Template:
        text = self._text.parse(value, path, issues)
        try:
            return Template(text)
        except ValueError as exc:
            raise issues.reject(path, str(exc)) from None

    def dump(self, value: Template) -> object:
        return value.text

    def schema(self) -> JSONSchema:
        return {**self._text.schema(), "description": "Text with {name} placeholders; {{ and }} for braces."}


#: How a rule file writes a template.
TEMPLATE_SHAPE = _TemplateShape()
