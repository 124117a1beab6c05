"""A name defined anew ends the values computed from its old definition, even when the new
definition cannot be read.

The GLM case studies post (held-out batch 16) defines ``f`` once per law, each under its own
heading. Two of its correct rows were refuted against a stale value:

- ``f(y; n, p) = \\binom{n}{y} ...`` (the binomial) defined ``f`` at other arguments, but
  ``\\log f`` kept the exponential's value, and the binomial's ``\\log f(y; n, p) = ...``
  was compared with it (line 163). A definition of a name that had a value ends the value
  of its log and its derivatives (:func:`end_old_values`).
- ``f(y; \\lambda) = \\begin{cases} ...`` (the exponential) could not be read, and the next
  row ``\\log f(y; \\lambda) = -\\lambda y + \\log \\lambda`` was compared with the Poisson's
  ``\\log f(y; \\lambda)`` (line 112). A row the reader cannot read that opens with a name
  that has a value (``f(y; \\lambda) =``) ends that value, its log's and its derivatives'
  (:func:`end_unread_definition`); the row that next gives the name (or its log) a value
  is unchecked, naming the unread line (:func:`unread_reason`), and later rows are
  compared with the value it gives.
"""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from ._resolve import quantity_name
from ._tosympy import Named, NamedApplied

#: The left side a row opens with (``f(y; \\lambda) =``), at most 60 characters.
_OPENING = re.compile(r"\s*&?\s*([^=<>&]{1,60}?)\s*&?\s*:?=(?!=)")


def end_old_values(names: Any, head: sp.Basic) -> None:
    """``head`` (``f(y; n, p)``) is given a value by a definition while its name had one:
    the log of the name and the derivatives computed from the old value end here."""
    name = quantity_name(head)
    if not name or name.startswith("log ") or not names.quantities.get(name):
        return
    names.forget(f"log {name}")
    names._forget_derivatives([name, f"log {name}"])


def end_letters_of_another_heading(builder: Any, written: Any, section: str) -> None:
    """A row writes the model anew under heading ``section`` (``f(x | \\theta) = \\theta
    x^{\\theta - 1}`` under "7.11" after 7.6's ``\\theta x^{-2}``): the values a sentence
    or a row gave the letters of ``written`` under another heading end here. "so take
    $\\theta = X_{(1)}$" under 7.6 (b) was put into 7.11's likelihood (external46
    jimmyhickey; catch65): the new model's letters are its own."""
    names, plans = builder.names, builder.plans
    for letter in getattr(written, "free_symbols", ()):
        record = names.defined.get(letter)
        if record is None:
            continue
        if record.section is not None:
            there = record.section
        elif 0 <= record.row < len(plans):
            there = plans[record.row].parsed.row.section
        else:
            continue
        if there != section:
            names.defined.pop(letter, None)


def end_unread_definition(builder: Any, pr: Any, parse: Any) -> None:
    """A row the reader could not read that opens with ``f(...) =`` or ``\\log f(...) =``
    for a name ``f`` with a value: that value (and its log's, its derivatives') ends, and
    ``builder.unread_redefined`` remembers the line. ``parse`` reads the left side."""
    m = _OPENING.match(pr.row.text[:200])
    if m is None:
        return
    try:
        head, _ = parse(m.group(1))
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):
        # an unreadable left side ends nothing
        return
    name = _named_head(head)
    names = builder.names
    if not name or not (names.quantities.get(name) or names.quantities.get(f"log {name}")):
        return
    _end_name(names, name)
    builder.unread_redefined[name] = pr.row.line


def end_unrelated_values(builder: Any, pr: Any) -> None:
    """A row the reader read but could not relate (out of time, or an error on the way) may
    give the names on its left sides new values (``L(\\theta) = ...`` of a second model): those
    names (and their logs and derivatives) have no value after it, as after a row that could
    not be read - the rows after it are compared with neither value."""
    for st in getattr(pr, "statements", ()) or ():
        sides = getattr(st, "sides", ()) or ()
        if name := _named_head(sides[0] if sides else None):
            _end_name(builder.names, name)


def _named_head(head: Any) -> str | None:
    """The name a left side gives a value: ``f`` of ``f(y; \\lambda)`` and of its log."""
    if isinstance(head, sp.log) and head.args and isinstance(head.args[0], (Named, NamedApplied)):
        head = head.args[0]
    if not isinstance(head, (Named, NamedApplied)):
        return None
    return quantity_name(head) or None


def _end_name(names: Any, name: str) -> None:
    """``name`` and its log have no value from here on, nor the derivatives of either
    (``Names.forget`` drops a quantity's derivatives with it)."""
    names.forget(name)
    names.forget(f"log {name}")


def unread_reason(unread: dict, head: sp.Basic) -> str:
    """Why the definition of ``head`` (``\\log f(y; \\lambda)``) is not taken as given when
    the post defined its name anew in a row the reader could not read ("" otherwise); the
    name is then no longer waiting for a value."""
    inner = head.args[0] if isinstance(head, sp.log) and head.args else head
    name = quantity_name(inner) if isinstance(inner, (Named, NamedApplied)) else None
    if not name:
        return ""
    if name.startswith("log "):
        name = name[4:]
    line = unread.pop(name, None)
    if line is None:
        return ""
    return (
        f"{name} was defined anew on line {line}, which could not be read: the row is not "
        f"compared with the value {name} had before it, nor with that definition; later "
        "rows are compared with this one"
    )
