"""Counts said in words, by letter and by section (helper SOUNDA; adversarial set 15,
pairs 43, 44, 47; set 14, pair 130).

``._parse.said_counts`` (lead5) binds ``n`` or ``N`` to the one number the post says for
it ("a sample of $n = 3$ observations") in every row of the post. Three ways that was
wrong:

- the number is said for a worked example under its own heading, and a later section
  derives "for any sample, of whatever size": there ``n`` is no longer 3, and
  ``\\sum_{i=1}^{n} 2 = 6`` was proved;
- another letter counts another sample ("$m = 5$ observations $y_1, \\ldots, y_5$"): it was
  left free, and the sum to it refuted at ``m = 1``;
- two numbers are said for the letter ("$n = 3$ ... now the sample has $n = 4$
  observations"): it was left free, and a row true at the last one refuted at ``n = 1``.

:func:`counts_said` reads every "letter = number observations" with the heading it is
said under; :func:`scope_counts` puts them in the context (a count of any letter said
once; the sections it holds in when the post has headings; the letters said with two
numbers); :func:`enter_row` gives the letter its value only in rows of those sections, and
:func:`unsure_count` names a count a row writes that it cannot be sure of - such a row is
never refuted (a link that fails is unchecked with that reason; one that holds is proved).
"""

from __future__ import annotations

import re
from typing import Any

#: How much of the post is searched (a bound on what hostile text can make this do).
MAX_TEXT = 200_000
#: The most count phrases read.
MAX_PHRASES = 50

#: "$n = 3$ observations", "$m = 5$ draws", "$k = 4$ measured values".
_COUNT_SAID = re.compile(
    r"(?<![\\A-Za-z])([A-Za-z])\s*=\s*(\d{1,2})\s*\$?\s+(?:\w+\s+)?"
    r"(?:observations|samples|data\s+points|draws|measurements|values|realizations|trials)\b"
)
#: Markdown headings and LaTeX sections (as ``._extract._headings`` reads them).
_MD_HEADING = re.compile(r"^#{1,6}[ \t]+([^\n]{0,300}?)[ \t#]*$", re.M)
_TEX_HEADING = re.compile(r"\\(?:sub)*section\*?\{([^{}]{0,300})\}")


def _headings(text: str) -> list[tuple[int, str]]:
    pat = _TEX_HEADING if "\\section" in text or "\\subsection" in text else _MD_HEADING
    return [(m.start(), m.group(1).strip()) for m in pat.finditer(text)]


def counts_said(text: str) -> dict[str, list[tuple[int, str]]]:
    """Letter -> [(number, heading said under ("" before any))] of every count phrase."""
    text = text[:MAX_TEXT]
    heads = _headings(text)
    out: dict[str, list[tuple[int, str]]] = {}
    for k, m in enumerate(_COUNT_SAID.finditer(text)):
        if k >= MAX_PHRASES:
            break
        section = ""
        for at, title in heads:
            if at > m.start():
                break
            section = title
        item = (int(m.group(2)), section)
        if item not in out.setdefault(m.group(1), []):
            out[m.group(1)].append(item)
    return out


def scope_counts(ctx: Any, text: str) -> None:
    """Put the counts said in ``text`` (the post) in ``ctx``: ``stated_counts`` gains a
    letter said once with one number (1..8) that it lacks; ``count_sections`` maps such a
    letter to the headings it is said under (when the post has headings and rows under
    others); ``unsure_counts`` holds the letters said with two numbers or more."""
    said = counts_said(text)
    heads = _headings(text[:MAX_TEXT])
    sections: dict[str, frozenset[str]] = {}
    unsure: set[str] = set()
    counts = dict(getattr(ctx, "stated_counts", {}))
    for letter, items in said.items():
        numbers = {k for k, _ in items}
        if len(numbers) > 1:
            unsure.add(letter)
            counts.pop(letter, None)
            continue
        (k,) = numbers
        if not 1 <= k <= 8:
            continue
        counts.setdefault(letter, k)
        if heads and counts.get(letter) == k:
            sections[letter] = frozenset(s for _, s in items)
    ctx.stated_counts = counts
    ctx.count_sections = sections
    ctx.unsure_counts = frozenset(unsure)


__all__ = ["counts_said", "scope_counts"]
