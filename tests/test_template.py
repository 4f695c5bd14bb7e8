"""Tests for mlcareer._template: safe message templates."""

from __future__ import annotations

import pickle

import pytest

from mlcareer._template import Template


def test_render_fills_names() -> None:
    """Placeholders are filled by name; doubled braces are literal."""
    template = Template("{name}: learn {gaps} {{now}}")
    assert template.names == {"name", "gaps"}
    assert template.render({"name": "Ada", "gaps": "NumPy"}) == "Ada: learn NumPy {now}"


def test_values_with_braces_are_printed_as_they_are() -> None:
    """A value that holds braces or format syntax is inserted, never interpreted."""
    value = "{0.__class__} {candidate.__init__.__globals__} {x!r:>10}"
    assert Template("You wrote {name}.").render({"name": value}) == f"You wrote {value}."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{0.__class__}",
            "'{0.__class__}' at character 1 is not a placeholder like {name}; write '{{' for a brace",
        ),
        (
            "x {candidate.__init__.__globals__}",
            "'{candidate.__init__.__globals__}' at character 3 is not a placeholder like {name}; write '{{' for a brace",
        ),
        ("{name!r}", "'{name!r}' at character 1 is not a placeholder like {name}; write '{{' for a brace"),
        (
            "{name:>40}",
            "'{name:>40}' at character 1 is not a placeholder like {name}; write '{{' for a brace",
        ),
        ("{gaps[0]}", "'{gaps[0]}' at character 1 is not a placeholder like {name}; write '{{' for a brace"),
        (
            "{_private}",
            "'{_private}' at character 1 is not a placeholder like {name}; write '{{' for a brace",
        ),
        ("{}", "'{}' at character 1 is not a placeholder like {name}; write '{{' for a brace"),
        ("open {", "'{' at character 6 is not a placeholder like {name}; write '{{' for a brace"),
        ("close }", "a lone '}' at character 7; write '}}' for a brace"),
    ],
)
def test_anything_but_a_name_is_refused(text: str, message: str) -> None:
    """Attribute, index, conversion and format tricks are refused when the template is made."""
    with pytest.raises(ValueError, match="character") as error:
        Template(text)
    assert str(error.value) == message


@pytest.mark.parametrize(
    ("count", "text"),
    [
        (1, "NumPy needs work; it fits"),
        (2, "NumPy and pandas need work; they fit"),
        (0, "nothing need work; they fit"),
    ],
)
def test_number_agreement(count: int, text: str) -> None:
    """{name|one|many} agrees with how many things the value names: one, or any other number."""
    template = Template("{gaps} {gaps|needs|need} work; {gaps|it fits|they fit}")
    assert template.names == {"gaps"}
    value = {1: "NumPy", 2: "NumPy and pandas", 0: "nothing"}[count]
    assert template.render({"gaps": value}, {"gaps": count}) == text


def test_agreement_forms_are_words_only() -> None:
    """The forms of {name|one|many} are plain words; anything else is refused like any odd placeholder."""
    with pytest.raises(ValueError, match="character") as error:
        Template("{gaps|is|{x}}")
    assert (
        str(error.value)
        == "'{gaps|is|{x}' at character 1 is not a placeholder like {name}; write '{{' for a brace"
    )


def test_pickles() -> None:
    """Templates survive pickling."""
    template = Template("Hi {name}")
    assert pickle.loads(pickle.dumps(template)).render({"name": "A"}) == "Hi A"  # noqa: S301 - our own data
