"""
Text made safe to show people: what a profile or a rule file says can never drive a terminal.

Names, titles, rule ids and file names come from documents a program may not trust. Printed as
they are, a control character in them could clear a terminal, set its title, fake a link, move
the cursor, or (a bidirectional override) show text in another order than it is stored; in
Markdown, a line break could open a block. `printable` writes every such character as an escape
and every line break or tab as a space, and leaves all other text, in any script, as it is.
"""

from __future__ import annotations

import re

__all__ = ["printable"]

#: Line breaks and tabs: shown as a space.
_SPACES = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]")

#: C0 and C1 control characters, DEL, and the bidirectional embeddings, overrides and isolates
#: that show text in another order than it is stored (joiners and marks that scripts need are kept).
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    r"""
    *text* with line breaks as spaces and control characters as escapes.

    Example:
        >>> printable("Ada\x1b]0;owned\x07\nLovelace\u202e")
        'Ada\\x1b]0;owned\\x07 Lovelace\\u202e'
    """
    if text.isprintable():
        return text
    text = _SPACES.sub(" ", text)
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
