"""A setting released: the prose makes a letter general again (adversarial set 13, pairs
03, 05, 13).

"If $n = 2$, ... For any integer $n \\ge 1$, $$\\sum_{i=1}^n 2 = 4$$": the setting
``n = 2`` (``._at_a_setting``) stayed in force, and the row was proved at n = 2. Only
another setting ended one. Here, prose before a row that says a letter of a setting is
general again ends the setting: the letter has no value from there on (rows are checked
for every value of it). The words, next to the letter's inline formula:

- before it: "for any / all / every / each / arbitrary / general / unknown [integer, real,
  ...] $n$", with one noun of the letter's role at the end ("for all rates $\\lambda$", "an
  unknown rate $\\theta$", "any choice of the rate $\\lambda$": adversarial38, 04, 21, 42);
- after it: "$b$ be any real number", "$\\lambda > 3$ be arbitrary", "$n$ is general",
  "letting $\\lambda > 0$ vary again" (adversarial15/73: once integrals in number rows had
  values, the setting's number proved the false row), "$\\lambda > 0$ be unknown", "$\\theta
  > 0$ in general" (adversarial38, 44, 47).

A formula with ``=`` in it (``$a = 1$``) states a value, never a release.

Words not listed here put the number in doubt instead (``._setting_doubt``): a setting named
again, and (attack67: "Take $\\theta = 1$ for the picture. Dropping that choice of
$\\theta$,", "$\\lambda$ is no longer fixed", adversarial39 74, 75) a number a sentence gave,
named again after the formula that gave it.
"""

from __future__ import annotations

import re
from typing import Any

from ._relations import split_relations
from ._setting_doubt import doubted_letters, mark_doubt

_INLINE = re.compile(r"\$([^$]{1,200})\$")
#: Words right before the formula (the tail of the text before it, at most 60 characters).
_BEFORE = re.compile(
    r"\b(?:any|all|every|each|arbitrary|general|generic|unrestricted|free|unknown)\b"
    r"(?:\s+(?:other|fixed|given|positive|negative|nonnegative|non-negative|natural|real|"
    r"integer|integers|complex|reals|numbers?|values?|(?:choices?\s+|values?\s+)?of(?:\s+the)?|"
    r"sample|size|sizes|counts?|parameters?|variables?))*"
    # one noun naming the letter's role: "for all rates $\lambda$", "an unknown rate
    # $\theta$", "any choice of the rate $\lambda$" (adversarial38, 04, 21, 42)
    r"(?:\s+[a-z]{3,})?\s*$",
    re.I,
)
#: What joins the next formula of a list to a released one (", ", " and ", ", and ").
_LIST_JOIN = re.compile(r"\s*(?:,\s*and|,|and)\s*(?=\$)")
#: Words right after it (its start, at most 60 characters).
_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:can|may|now|again|to|instead)\s+)*(?:be|is|are|stands?|denotes?)?\s*"
    r"(?:now\s+|again\s+)?(?:any|an?\s+arbitrary|arbitrary|general|unrestricted|free|"
    r"left\s+free|left\s+general|unspecified|unconstrained|unknown|in\s+general|vary|varies|"
    r"varying)\b",
    re.I,
)


def release_general(builder: Any, pr: Any, parse: Any) -> None:
    """End the settings of the letters the prose before row ``pr`` makes general again.
    ``parse`` reads one side of an inline formula (may raise)."""
    # a number a sentence gave a letter ("At the rate $\\lambda = 2$,") is released too
    said = {
        s
        for s, v in builder.names.defined.items()
        if getattr(v, "step", None) == -1 and getattr(v.expr, "is_number", False)
    }
    if not (builder.setting_letters or said) or pr.row.role != "row":
        return
    prose = (pr.row.prose or "")[-1500:]
    by_name = {s.name: s for s in builder.setting_letters | said}
    released: set = set()
    listed_at = -1
    for m in _INLINE.finditer(prose):
        span = m.group(1)
        if "=" in span:
            continue  # a value stated, not a release
        before = prose[max(0, m.start() - 60) : m.start()]
        after = prose[m.end() : m.end() + 60]
        listed = m.start() == listed_at  # SOUNDB: "for any real $x$, $\\mu$ and $\\sigma$"
        if not (_BEFORE.search(before) or _AFTER.match(after) or listed):
            continue
        tail = _LIST_JOIN.match(prose, m.end())
        listed_at = tail.end() if tail else -1
        for sym in _letters(span, parse) & set(by_name):
            letter = by_name[sym]
            builder.names.defined.pop(letter, None)
            builder.setting_letters.discard(letter)
            released.add(letter)
    # SOUNDB (._setting_doubt): the letter named again in words not read here
    settings = {s.name: s for s in builder.setting_letters}
    doubt = doubted_letters(prose, settings, released, lambda t: _letters(t, parse))
    # attack67: a sentence's number named again after it ("Dropping that choice of
    # $\theta$", "$\lambda$ is no longer fixed"), in words not read here, is doubted too
    for sym in said - released:
        if sym not in builder.names.defined:
            continue
        after = _after_value(prose, sym.name, lambda t: _letters(t, parse))
        after = _INLINE.sub(_unscripted, after)
        if (
            doubted_letters(after, {sym.name: sym}, set(), lambda t: _letters(t, parse))
            or _named_decorated(after, sym.name)
            or any(
                _GENERAL_WORDS.search(s) and "$" not in s for s in re.split(r"[.!?;:]\s", after)
            )
        ):
            doubt.add(sym)
    if doubt:
        mark_doubt(builder, doubt, pr.row.line)


#: Words after a sentence's number that speak of a letter in general without writing it
#: ("for the rate in general", "whatever it is", "left unspecified"), in a sentence with no
#: formula ("only the sample size $n$ may vary" speaks of n, adversarial38 05): the number
#: is doubted.
_GENERAL_WORDS = re.compile(
    r"\b(?:general|generally|arbitrary|whatever|vary|varies|varying|unknown|unspecified|"
    r"no\s+longer)\b",
    re.I,
)


def _named_decorated(prose: str, name: str) -> bool:
    """Does a formula of ``prose`` without ``=`` write the letter ``name`` under a hat, a bar
    or another accent (``\\hat\\lambda``, ``\\bar{x}``), where the reader sees another letter?"""
    command = name if len(name) == 1 else "\\" + name
    token = re.compile(r"(?<![A-Za-z\\])" + re.escape(command) + r"(?![A-Za-z])")
    return any(
        "=" not in m.group(1) and token.search(m.group(1)) for m in _INLINE.finditer(prose)
    )


#: A subscript in a formula (``x_n``, ``X_{N}``): a letter there indexes another, and "$n =
#: 3$ draws $x_1, \\dots, x_n$" keeps the number (adversarial14, 132 and 133).
_SUBSCRIPT = re.compile(r"_\s*(?:\{[^{}$]*\}|\\?[A-Za-z0-9]+)")


def _unscripted(m: re.Match) -> str:
    return "$" + _SUBSCRIPT.sub("", m.group(1)) + "$"


def _after_value(prose: str, name: str, letters: Any) -> str:
    """The prose after the last inline formula that gives the letter ``name`` a value (all
    of it when none does: the number came from an earlier paragraph)."""
    end = 0
    for m in _INLINE.finditer(prose):
        head, eq, _ = m.group(1).partition("=")
        if eq and letters(head) == {name}:
            end = m.end()
    return prose[end:]


def _letters(span: str, parse: Any) -> set[str]:
    """The names of the letters of an inline formula (``n \\ge 1``, ``b``)."""
    sides, _ = split_relations(span)
    out: set[str] = set()
    for side in sides[:4]:
        try:
            e, _ = parse(side)
        except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError):
            continue
        out |= {s.name for s in getattr(e, "free_symbols", ())}
    return out
