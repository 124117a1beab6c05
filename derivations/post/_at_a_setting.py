"""A function evaluated at a setting of its parameters that the prose states, not given a
new value (held-out batch 16, the mkdocs bigram post line 61, repro15).

"If $\\theta_1 = 0.1$ and $\\theta_2 = 0.2$: $$L(\\theta) = 0.1 \\times 0.2 = 0.02$$", then
"If $\\theta_1 = 0.5$ and $\\theta_2 = 0.8$: $$L(\\theta) = 0.5 \\times 0.8 = 0.4$$": each
display is the value of ``L`` at the setting the sentence before it states. The reader read
the settings as definitions (so the second was refuted against the first) and the first
display as ``L``'s new value (so the second display was refuted against 0.02). Here:

- a **setting row** is a row of letters given numbers (``\\theta_1 = 0.1``) in a sentence that
  makes it a hypothesis: the prose just before it ends with "if", "suppose", "when", "for",
  "at", "with", "given", "say", "set", or only joins it to a setting row on the same line
  ("and", ","). The letters take these numbers from there on, replacing an earlier setting:
  taken as given, never compared with the earlier number (:func:`setting_statement`);
- a row ``L(\\theta) = ...`` whose value holds letters of a setting, and is a number at
  the setting, is compared with that number (a planted ``0.1 \\times 0.2 = 0.03`` is still
  refuted), but the chain does not give ``L`` the number (:func:`at_a_setting`);
- a row ``L(\\theta) = 0.1 \\times 0.2 \\times 0.5 = 0.01`` for an ``L`` without a value, after
  prose that states a setting ("If $\\theta_{a \\to b}$ = 0.2, ...:") or right after a setting
  row, is the value at that setting: its arithmetic is checked, but ``L`` gets no value
  from it (:func:`value_at_a_setting`).

A number given to a letter without such words (``$$c = 2$$``) is still its value, and a row
that claims another one is still compared with it.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._inline_claims import SETTING_LEAD
from ._plans import DEFINITION, LinkPlan, _latexish, _show
from ._tosympy import Named, NamedApplied

#: The words just before a formula that make it a setting (the prose's last words).
_SETTING_LEAD = SETTING_LEAD  # (the words live with the inline claims: no sympy there)
#: Only joins a formula to the one before it on the line.
_JOIN = re.compile(r"^[\s,;]*(?:and|or)?[\s,;]*$", re.I)
#: Prose that states a setting: a hypothesis word, then ``= <number>`` (in math or not).
_SETTING_PROSE = re.compile(
    r"\b(?:if|suppose|supposing|when|whenever|assume|assuming|for|at|with|given|let's say)\b"
    r"[^.!?]{0,300}?=\s*\$?\s*-?\d",
    re.I,
)
#: A number as written (``0.1``, ``-3``, ``1/2`` is not one: a setting writes decimals).
_NUMBER = re.compile(r"^\s*-?\s*\d+(?:\.\d+)?\s*$")


def _letter_number(st: Any) -> sp.Symbol | None:
    """The letter of a statement ``\\theta_1 = 0.1`` (None if it is not one)."""
    if tuple(st.relations) != ("=",) or len(st.sides) != 2 or len(st.texts) != 2:
        return None
    lhs, rhs = st.sides
    if not isinstance(lhs, sp.Symbol) or isinstance(lhs, (Named, NamedApplied)):
        return None
    if not (isinstance(rhs, sp.Basic) and rhs.is_number and _NUMBER.match(st.texts[1] or "")):
        return None
    return lhs if lhs.is_commutative else None


def is_setting_row(plans: list, pr: Any) -> bool:
    """Is the row ``pr`` a setting (see the module docstring)? ``plans`` are the rows
    before it."""
    row = pr.row
    if row.role != "row" or not pr.ok or not pr.statements or row.sentence:
        return False
    if not all(_letter_number(st) is not None for st in pr.statements):
        return False
    prose = (row.prose or "")[-200:]
    if _SETTING_LEAD.search(prose):
        return True
    if not _JOIN.match(prose) or not plans:
        return False
    before = plans[-1].parsed
    return before.row.line == row.line and is_setting_row(plans[:-1][-8:], before)


def setting_statement(builder: Any, pr: Any, st: Any) -> bool:
    """Plan the statement ``st`` of a setting row (``\\theta_1 = 0.1``): the letter takes the
    number from here on, replacing an earlier setting; taken as given. False when the row is
    no setting (the statement is planned as before)."""
    letter = _letter_number(st)
    if letter is None or not is_setting_row(builder.plans, pr):
        return False
    from ._resolve import Value

    value = st.sides[1]
    builder._remember(letter)
    step = builder._given(pr, value)
    builder.names.define(letter, Value(step, value, line=pr.row.line, row=builder._row_index))
    builder.setting_letters.add(letter)
    how = f"sets {_latexish(letter)} = {st.texts[1].strip()}"
    reason = (
        f"{how}: a setting the sentence states (a hypothesis), in force from here on; "
        "taken as given"
    )
    builder._link(pr, LinkPlan("=", DEFINITION, step=step, reason=reason, how=how))
    builder.cur = type(builder.cur)()
    return True


def at_a_setting(builder: Any, e0: sp.Basic, target: sp.Basic) -> bool:
    """Does the value of the quantity ``e0`` (``L(\\theta) = \\theta_1 \\theta_2``) hold a
    letter of a setting, and is it a number there (``target``, the value resolved)? Then a
    row restating it at the setting is no new value of it."""
    if not builder.setting_letters or not isinstance(e0, (Named, NamedApplied)):
        return False
    if not (isinstance(target, sp.Basic) and target.is_number):
        return False  # still a function of other letters: rewritten as before
    value = builder.names.value_of(e0)[0]
    if value is None:
        return False
    return bool(value.free_symbols & builder.setting_letters)


def value_at_a_setting(builder: Any, pr: Any, e0: sp.Basic, target: sp.Basic | None) -> str:
    """Why ``e0 = target`` (``L(\\theta) = 0.1 \\times 0.2 \\times 0.5``, ``L`` without a
    value, ``target`` a number) is the value of ``L`` at a setting rather than its
    definition: the prose before the row states a setting, or the row right before it is a
    setting row. "" otherwise."""
    if not isinstance(e0, NamedApplied) or target is None or not target.is_number:
        return ""
    if not all(isinstance(a, sp.Symbol) for a in e0.args):
        return ""  # L(theta_0) = 1: a value at a point, as written
    prose = (pr.row.prose or "")[-400:]
    stated = _SETTING_PROSE.search(prose) is not None
    plans = builder.plans
    after = bool(plans) and is_setting_row(plans[:-1][-8:], plans[-1].parsed)
    if not (stated or after):
        return ""
    name = _show(e0)
    return (
        f"the value of {name} at the setting the sentence before it states, not a "
        f"definition of {name}: rows after it are not compared with it"
    )


#: A setting word anywhere in the sentence before a row (``with``, ``setting``, ``if``...).
_SETTING_WORD = re.compile(
    r"\b(?:if|suppose|supposing|when|whenever|assume|assuming|with|given|set|setting|"
    r"take|taking|put|putting|substituting|letting)\b",
    re.I,
)
#: An inline formula that gives a letter a value: ``$\\mu = 2 \\sigma$`` (the letter only).
_INLINE_SETTING = re.compile(r"\$\s*\\?([A-Za-z]+)\s*(?:\^\s*\{?\s*2\s*\}?)?\s*=[^=$]+\$")


def symbolic_setting(prose: str, value: sp.Basic) -> str:
    """external50 lognorm-var line 82: "and, with $\\mu = 2 \\sigma$ and unit variance, this
    reads:" before a row restating ``f_X``: the row is ``f_X`` at a setting of a letter its
    value holds (to a formula, not only to a number), in words the reader may not read in
    full ("unit variance"). A difference from the value before the setting is then no
    refutation: the reason to say so, or "" when the sentence before the row sets no letter
    of ``value``."""
    sentence = re.split(r"(?<=[.!?])\s+", (prose or "")[-400:].strip())[-1]
    word = _SETTING_WORD.search(sentence)
    if word is None or not isinstance(value, sp.Basic):
        return ""
    letters = {s.name for s in value.free_symbols if isinstance(s, sp.Symbol)}
    letters |= {n[:-1] for n in letters if n.endswith("2")}  # sigma2: sigma^2
    set_here = [m.group(1) for m in _INLINE_SETTING.finditer(sentence[word.start() :])]
    found = [n for n in set_here if n in letters]
    if not found:
        return ""
    return (
        f"the sentence before it sets {', '.join(found)} (a setting it states): the row is the "
        "function at that setting, not compared with its value before it"
    )
