"""A setting put in doubt by words the reader does not know (adversarial set 15, pairs 68-72).

"If $n = 2$, ... Dropping the assumption $n = 2$ from here on, $$\\sum_{i=1}^n 3 = 6$$":
``._released`` ends a setting only on the words it lists ("for any $n$", "$b$ be arbitrary"),
and a list always misses one ("let $b$ take any real value", "$n$ of any size", "whatever $m$
is", "($n$ not fixed)"). A row true only at the setting was then proved. The rule here fails
safe instead: prose before a row that names a letter of a setting again, in a formula that is
neither a release ``._released`` reads nor the setting stated again in a setting's words
("with $n = 2$", ``._at_a_setting``), puts the setting in doubt. From there on:

- the letter is general (no value): a row is proved only if it holds for every value of it;
- a row that fails is not refuted (it may be meant at the setting): "unchecked", naming the
  letter and the line of the words (:func:`dispute_after_doubt`).

So a row true only at the setting is never proved after such words, and a row true at the
setting is never refuted. Its cost: rows true only at a setting, after prose that merely
mentions the letter ("with $n$ as above"), are unchecked rather than proved.
"""

from __future__ import annotations

import re
from typing import Any

from ._at_a_setting import _SETTING_LEAD

_INLINE = re.compile(r"\$([^$]{1,200})\$")
#: Words that keep a setting stated again ("Now keep $a = 1$", "still $n = 2$").
_KEEP = re.compile(r"\b(?:keep|keeping|still|again|as\s+before|remains?|fixed\s+at)\W*$", re.I)


def doubted_letters(prose: str, by_name: dict, released: set, letters: Any) -> set:
    """The setting letters (values of ``by_name``) that an inline formula of ``prose`` names
    again outside a release (``released``: the ones already released) and outside a setting's
    own words. ``letters(span)`` gives the names of a formula's letters."""
    out: set = set()
    for m in _INLINE.finditer(prose):
        span = m.group(1)
        names = letters(span) & set(by_name)
        if not names:
            continue
        before = prose[max(0, m.start() - 60) : m.start()]
        if "=" in span and (_SETTING_LEAD.search(before) or _KEEP.search(before)):
            continue  # "with $n = 2$", "keep $a = 1$": the setting stated again (or a new one)
        out |= {by_name[n] for n in names} - released
    return out


def mark_doubt(builder: Any, letters: set, line: int) -> None:
    """End the settings of ``letters`` (put in doubt by the prose before row ``line``)."""
    for letter in letters:
        builder.names.defined.pop(letter, None)
        builder.setting_letters.discard(letter)
        doubts = builder.__dict__.setdefault("setting_doubts", {})
        doubts.setdefault(letter, line)


def dispute_after_doubt(builder: Any, plan: Any) -> None:
    """A failing link of a row after a setting was put in doubt is unchecked, not refuted:
    the row may be meant at the setting."""
    doubts = getattr(builder, "setting_doubts", None)
    if not doubts or plan is None:
        return
    said = ", ".join(
        f"{getattr(k, 'name', k)} (line {v})" for k, v in sorted(doubts.items(), key=str)
    )
    why = (
        f"the prose names {said} again after a setting gave it a value, in words the reader "
        "does not read as keeping or releasing it: checked for every value, and a row that "
        "fails may be meant at the setting"
    )
    for link in plan.links:
        if link.step is not None and not link.disputed:
            link.disputed = why


#: A formula that gives one letter a value: a number (``n = 2``, ``\\theta_1 = 0.5``) or a
#: formula (``k = \\frac{\\nu+1}{2}``, held-out batch 41); ``=`` alone, not ``==`` or ``=:``,
#: and one of them: a chain (``a = b = 2``, the values of two letters) is not read so.
_LETTER_VALUE = re.compile(r"^\s*(\\?[A-Za-z]+(?:_\{?\w{1,8}\}?)?)\s*=(?![=:])(?![^=]*=)\s*\S")


def dispute_stated_values(builder: Any, pr: Any, plan: Any, parse: Any) -> None:
    """Adversarial set 15, pair 77: "Let $n = 2$ and let $c$ be any real number. Then
    $$\\sum_{i=1}^n c = 2c$$": the number the prose right before the row gives a letter is
    not read as its value (no setting, no definition), so the row was refuted at ``n = 1``.
    A row whose letter the prose before it gives a number, while the letter has no value in
    the reader, is not refuted: it may be meant at that number. The same holds for a formula
    (held-out batch 41: "Where we have defined $k = \\frac{\\nu+1}{2}$ and $\\lambda = ...$",
    then a row in k and lambda refuted at k = 4.455). ``parse`` reads a side."""
    if plan is None or pr.row.role != "row" or not getattr(pr, "statements", None):
        return
    prose = (pr.row.prose or "")[-600:]
    if "=" not in prose:
        return
    free: set = set()
    for st in pr.statements[:8]:
        for side in st.sides:
            free |= set(getattr(side, "free_symbols", ()))
    by_name = {getattr(s, "name", None): s for s in free}
    said = []
    for m in _INLINE.finditer(prose):
        lm = _LETTER_VALUE.match(m.group(1))
        if lm is None:
            continue
        try:
            e, _ = parse(lm.group(1))
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
            continue
        sym = by_name.get(getattr(e, "name", None))
        if sym is not None and sym not in builder.names.defined:
            said.append(m.group(1).strip())
    if not said:
        return
    why = (
        f"the prose before the row says {', '.join(said)}, which the reader does not take as "
        "a value: the row may be meant at it, so a counterexample elsewhere refutes nothing"
    )
    for link in plan.links:
        if link.step is not None and not link.disputed:
            link.disputed = why
