"""The capital letters a post gives a meaning of their own (EXPECT17).

"let $X$ be the total", ``X = \\sum_i X_i``, ``X \\sim \\mathrm{Bin}(n, p)``: a bare ``X`` there
is not one of the samples ``X_i`` (see :mod:`._generic_sample`, which reads such an ``X`` as
one sample only when the post gives it no meaning). Kept apart from that module, which
reads expectations, so that :mod:`._parse` can collect the letters while it builds the
post's context without importing the expectation machinery (an import circle).

Pure text scanning over at most :data:`_MAX_TEXT` characters; nothing is evaluated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: A sentence that gives a bare letter a meaning: "let $X$ be", "$X$ denotes", "where $X$ is".
_MEANT = (
    r"(?:\b(?:let|define|defining|where|denote|denoting|call|and|with)\s+\${0}\$)"
    r"|(?:\${0}\$\s*(?:be|denotes?|is|represents?|stands|equals?|counts?|will|,\s*the)\b)"
)
#: A row that gives it one: ``X = ...``, ``X := ...``, ``X \\sim ...`` (``X_i``, ``E[X]`` not).
_DEFINED = (
    r"(?<![\\A-Za-z_{{])({0})(?![A-Za-z_0-9'])\s*(?:=|:=|\\coloneqq|\\equiv|\\sim|\\triangleq)"
)
#: Characters of the post looked at (hostile text stays cheap).
_MAX_TEXT = 200_000


def meant_letters(texts: Iterable[str]) -> frozenset[str]:
    """The capital letters the post's ``texts`` (rows and prose) give a meaning of their own
    (see the module): a bare ``X`` there is not one of the samples ``X_i``."""
    text = "\n".join(texts)[:_MAX_TEXT]
    out = set()
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if letter not in text:
            continue
        if re.search(_DEFINED.format(letter), text):
            out.add(letter)
        elif re.search(_MEANT.format(r"\s*" + letter + r"\s*"), text, re.IGNORECASE):
            out.add(letter)
    return frozenset(out)
