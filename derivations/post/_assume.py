"""Assumptions on a post's symbols, from its front matter or the command line.

Defaults fit a Gaussian MLE post (:mod:`derivations.symbols`): ``N`` a positive
integer, ``sigma^2 > 0``, ``mu`` and the samples real. Anything else is
declared as one short statement per item::

    ---
    assume:
      - \\lambda > 0
      - x_n > 0
    ---

or inline (``assume: \\lambda > 0; x_n >= 0``), or with
``--assume "\\lambda > 0"`` on the command line. A statement is
``NAME > 0`` (positive), ``NAME >= 0`` (non-negative), or ``NAME`` followed by
words among ``real``, ``positive``, ``nonnegative``, ``integer``. ``NAME`` is a
letter or Greek name with or without backslash; ``x_n`` (or ``x_{n}``) speaks
about every sample ``x``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

import sympy as sp

from .. import symbols as S
from .._errors import AssumptionError
from ._tosympy import Context

_WORDS = {"real", "positive", "nonnegative", "integer"}
_STATEMENT = re.compile(
    r"^\s*\\?(?P<name>[A-Za-z]+)(?P<sample>_\{?[A-Za-z]\}?)?\s*"
    r"(?:(?P<op>>=|\\geq|>|\\gt)\s*0|(?P<words>(?:\s*[a-z]+)+))\s*$"
)


@dataclasses.dataclass(frozen=True)
class Declared:
    """What is assumed of one name: sympy assumption keywords and the words shown."""

    name: str
    sample: bool
    keywords: tuple[tuple[str, bool], ...]
    words: str


def parse_statement(text: str, where: str = "an assumption") -> Declared:
    """Read one statement such as ``\\lambda > 0`` or ``k positive integer``.

    Raises
    ------
    AssumptionError
        Naming ``where`` (file and line, or the option) when the statement is
        not in the supported form.
    """
    m = _STATEMENT.match(text.strip().strip("'\""))
    if m is None:
        raise AssumptionError(
            f"{where}: cannot read assumption {text.strip()!r}; write it as 'NAME > 0', "
            "'NAME >= 0' or 'NAME real|positive|nonnegative|integer'."
        )
    name = m.group("name")
    if m.group("op"):
        kw = ("positive", True) if m.group("op") in (">", "\\gt") else ("nonnegative", True)
        keywords: tuple[tuple[str, bool], ...] = (kw, ("real", True))
    else:
        words = m.group("words").split()
        unknown = [w for w in words if w not in _WORDS]
        if unknown:
            raise AssumptionError(
                f"{where}: unknown assumption word(s) {', '.join(unknown)} in {text.strip()!r}; "
                f"use {', '.join(sorted(_WORDS))}."
            )
        keywords = tuple((w, True) for w in words) + (("real", True),)
    return Declared(name, bool(m.group("sample")), keywords, text.strip())


def front_matter_statements(front: str, first_line: int = 2) -> list[tuple[str, str]]:
    """``(statement, where)`` pairs from the ``assume`` key of a front matter."""
    out: list[tuple[str, str]] = []
    lines = front.split("\n")
    for k, line in enumerate(lines):
        m = re.match(r"^assume\s*:\s*(.*)$", line)
        if not m:
            continue
        rest = m.group(1).strip()
        if rest:
            rest = rest.strip("[]")
            for part in re.split(r"[;,]", rest):
                if part.strip():
                    out.append((part, f"front matter line {first_line + k}"))
            continue
        for j in range(k + 1, len(lines)):
            item = re.match(r"^\s+-\s*(.*)$", lines[j])
            if not item:
                break
            out.append((item.group(1), f"front matter line {first_line + j}"))
    return out


def build_context(declared: Iterable[Declared]) -> Context:
    """A parsing context whose symbols carry the declared assumptions."""
    symbols: dict[str, sp.Symbol] = {}
    samples: dict[str, sp.IndexedBase] = {}
    for d in declared:
        kw = dict(d.keywords)
        if d.sample:
            samples[d.name] = sp.IndexedBase(d.name, **kw)
        else:
            symbols[d.name] = sp.Symbol(d.name, **kw)
    return Context(symbols=symbols, samples=samples)


def describe(sym: sp.Basic) -> str:
    """Plain words for a symbol's assumptions, for the report."""
    defaults = {
        S.N: "sample size, a positive integer",
        S.mu: "mean, real",
        S.sigma2: "variance sigma^2, positive",
        S.x: "samples x_n, real",
    }
    if sym in defaults:
        return defaults[sym]
    if isinstance(sym, sp.IndexedBase):
        a = sym.assumptions0 if hasattr(sym, "assumptions0") else {}
        return f"samples {sym}_n" + (", positive" if a.get("positive") else ", real")
    flags = [w for w in ("integer", "positive", "nonnegative", "real") if getattr(sym, f"is_{w}")]
    return f"{sym}: " + (", ".join(flags) if flags else "no assumption")
