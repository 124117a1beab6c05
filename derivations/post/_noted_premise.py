"""A step whose note names the premise it rests on is not refuted without it (batch 46).

``\\widehat\\theta = \\frac{\\sum |x_i|}{n} = |x_i| \\quad \\text{one observation}``: the words
after the math say what the step rests on (n = 1). The reader does not read them and draws
the letters freely, so a counterexample it finds says nothing of the step under its premise.
Such a refuted row is unchecked, naming the note. Words the reader does read are left alone:
a rule the text names (``by the chain rule``, :mod:`._rule_phrases`) and a condition box
(``\\text{if } x > 0``), which the row's conditions already carry.
"""

from __future__ import annotations

import re
from typing import Any

from ._extract import _CONDITION_BOX
from ._rule_phrases import named_rules

#: a note in words: two letters at least
_WORDS = re.compile(r"[A-Za-z]{2}")
#: Notes that say how the step is made or for which values it holds, not what it rests on:
#: a justification (``by collecting terms``, ``using (3)``), a quantifier (``for every i``:
#: the row is claimed for all values, so a counterexample refutes it), a label (``(the
#: square)``). Found by the suite after the merge (tests of parse54 and expect53).
_NOT_PREMISE = re.compile(
    r"^[\s(]*(?:by|using|use|since|because|from|as|via|expand\w*|collect\w*|simplif\w*|"
    r"rearrang\w*|substitut\w*|the|for\s+(?:all|every|each|any))\b",
    re.IGNORECASE,
)


def _premise_note(annotation: str) -> str:
    """The note of a row that names a premise the reader does not read, or ""."""
    note = " ".join(annotation.split())
    boxes = [b for b in note.split(";") if b.strip()]
    if any(_CONDITION_BOX.fullmatch(b) for b in boxes):
        return ""  # "\\text{if } x > 0": a condition the row carries (Row.conditions)
    if not _WORDS.search(note) or named_rules(note) or _NOT_PREMISE.match(note):
        return ""
    return note


def after_noted_premises(plans: list, out: list, relink: Any, cls: Any) -> list:
    """``out`` with each row refuted by a counterexample while its note names a premise in
    words made unchecked (see the module docstring). Only refutations by a counterexample of
    the row's own step: a rule of the reader's (a sign, a number) is not about the premise."""
    res = list(out)
    for k, plan in enumerate(plans):
        if res[k].verdict != "refuted" or not getattr(res[k], "counterexample", None):
            continue
        row = getattr(getattr(plan, "parsed", None), "row", None)
        note = _premise_note(getattr(row, "annotation", "") or "")
        if not note:
            continue
        why = (
            f"the row's note ('{note}') names what the step rests on, which the reader does "
            "not read: a counterexample drawn without it is no refutation"
        )
        res[k] = relink(res[k], "unchecked", why, cls)
    return res
