r"""HTML character references in a Markdown post, decoded in place.

A post exported from an HTML editor writes ``Let $x &lt; 0$``: read as TeX, ``&`` is an
alignment mark and ``lt;`` letters, so the domain ``x < 0`` was lost and the correct ``|x|
= -x`` refuted (adversarial set 12, pair 184). A Markdown renderer shows ``<``; so does the
reader now. Each reference is replaced by what it stands for, padded with spaces to its own
length, so lines and columns stay where they were. LaTeX sources are left as they are.
"""

from __future__ import annotations

import re

#: The named references authors' editors write in math, as what they stand for.
_NAMED = {
    "lt": "<",
    "gt": ">",
    "amp": "&",
    "minus": "-",
    "le": "≤",
    "ge": "≥",
    "ne": "≠",
    "nbsp": " ",
    "times": "×",
    "plusmn": "±",
    "quot": '"',
    "apos": "'",
}
_REFERENCE = re.compile(r"&(?:([A-Za-z]{2,6})|#(\d{1,5})|#[xX]([0-9A-Fa-f]{1,4}));")


def decode_entities(text: str) -> str:
    """``text`` with its HTML character references decoded, each padded to its length."""
    if "&" not in text:
        return text
    return _REFERENCE.sub(_decoded, text)


def _decoded(m: re.Match) -> str:
    if m.group(1) is not None:
        char = _NAMED.get(m.group(1))
    else:
        code = int(m.group(2)) if m.group(2) is not None else int(m.group(3), 16)
        char = chr(code) if 32 <= code < 0xD800 and code != 0x7F else None
    if char is None:
        return m.group(0)
    return char.ljust(len(m.group(0)))


__all__ = ["decode_entities"]
