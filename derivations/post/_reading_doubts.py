"""BATCH28: readings the parser picks where the writing does not say which is meant.

Conventions of :mod:`._tosympy` that pick one reading of a row people write both ways:

- **A sum's scope over terms without its index.** A term after a sum that carries the sum's
  index is read into its body (``\\sum_{i=1}^n -\\lambda + y_i \\log\\lambda``). With a term
  without the index between (``\\sum_{i=1}^n \\ln\\alpha + \\ln\\beta + (\\beta-1)\\ln x_i``,
  held-out batch 28, math.se's Weibull MLE) the indexed terms stayed outside the sum with the
  index free, and the free-index check refuted a row its author writes as one sum over every
  term (:mod:`._free_index`). :func:`bridge_sum` reads the sum over every term up to the last
  one with its index - the author's reading - and records the doubt.
- **``\\log a b``.** A function takes the one factor after it (``\\log\\theta \\sum x_i`` is the
  log times the sum), so ``\\log a b = \\log a + \\log b`` (the product rule, in a Bernoulli
  answer) was read ``b \\log a`` and refuted. :func:`juxtaposed_log` records the doubt when a
  letter follows the log of a letter written without a bracket; the reading is unchanged.
  ``\\log{a + b}`` likewise (:func:`braced_log`): the braces do not show on the page.

A doubt is a sentence in ``Context.doubts``; ``._parse.parse_row`` keeps a row's own in
``ParsedRow.doubts``, and the row builder makes a failing link of such a row - or of a row
using its value - unchecked with the sentence, never refuted (:func:`reading_doubt`). A link
that holds under the reading is still proved: the reading is the usual one, and a row false
under it is never proved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sympy as sp

from ._notation import GREEK

#: At most this many terms are looked through back from the end of a chain for the sum
#: (a hostile chain of many terms costs a bounded walk per term).
_BRIDGE_TERMS = 8


def bridge_sum(
    left: sp.Basic, right: sp.Basic, grouped: dict, doubts: list, make: Callable
) -> sp.Basic | None:
    """``left + right`` with the last sum of ``left`` read over the terms after it and
    ``right``, when ``right`` carries the sum's index and the terms between do not (None
    otherwise). ``grouped``: ids of bracketed groups (a bracket ends the chain); ``make``
    builds the sum (``._tosympy.make_sum``)."""
    free = getattr(right, "free_symbols", set())
    if not free:
        return None
    between: list[sp.Basic] = []  # the terms after the sum, last first
    node = left
    for _ in range(_BRIDGE_TERMS):
        if isinstance(node, sp.Add) and len(node.args) == 2 and id(node) not in grouped:
            head, term = node.args
        else:
            head, term = None, node
        if isinstance(term, sp.Sum) and len(term.limits) == 1 and id(term) not in grouped:
            idx, lo, hi = term.limits[0]
            if idx not in free or not between or not _outside(between, idx):
                return None
            body = sp.Add(term.function, *reversed(between), right, evaluate=False)
            merged = make(sp.Sum, body, idx, lo, hi)
            doubts.append(
                f"the sum over {idx} is read over the terms written after it up to the last "
                f"one with {idx} (its brackets are not written, and a term between has no "
                f"{idx}): the reading may not be the author's"
            )
            return merged if head is None else sp.Add(head, merged, evaluate=False)
        between.append(term)
        if head is None:
            return None
        node = head
    return None


def _outside(terms: list[sp.Basic], idx: sp.Basic) -> bool:
    """Are ``terms`` free of ``idx`` and of sums or products over a letter of its name?"""
    name = getattr(idx, "name", None)
    for t in terms:
        if idx in getattr(t, "free_symbols", ()):
            return False
        if any(
            getattr(v, "name", None) == name
            for s in t.atoms(sp.Sum, sp.Product)
            for (v, _, _) in s.limits
        ):
            return False
    return True


def product_scope(idx: sp.Basic, doubts: list) -> None:
    """Record the doubt of ``\\prod_i (1/y_i!) \\lambda^{n \\bar y} \\cdot \\frac{b^a}{\\Gamma(a)}``
    (PARSE64): a product whose first factor carries its index (or none does), followed by
    factors without it, is read as ending at that first factor; every factor inside is the
    other reading (``._tosympy``'s ``prod`` builds it)."""
    doubts.append(
        f"the scope of a product over {idx} is not written: it is read as ending at its "
        f"first factor, and the factors without {idx} after it as outside" + OTHER_READING
    )


def juxtaposed_log(
    a: Any, b: Any, bare_logs: dict, doubts: list, bracketed: bool = False
) -> sp.Basic | None:
    """Record the doubt of ``\\log a b``: ``a`` (or the last factor of ``a``) is the log of a
    letter or a constant written without a bracket (``bare_logs``) and ``b`` a letter, or a
    bracket after the log of a constant (``bracketed``: ``\\log\\pi(1+(x-\\theta)^2)``,
    held-out batch 54, written for the log of the product). Returns the other reading of the
    product (the log of ``a b``), None without a doubt."""
    last = a
    if isinstance(a, sp.Mul) and a.args and id(a) not in bare_logs:
        last = a.args[-1]
    if id(last) not in bare_logs:
        return None
    if not (bracketed if _constant(last.args[0]) else _letter(b)):
        return None  # the log of pi before a letter: as before, the letter's factor
    doubts.append(
        f"{sp.sstr(last)} {sp.sstr(b)}: the log of {sp.sstr(last.args[0])} times "
        f"{sp.sstr(b)}, or the log of the product? The bracket is not written" + OTHER_READING
    )
    logged = last.func(sp.Mul(last.args[0], b, evaluate=False), *last.args[1:], evaluate=False)
    return logged if last is a else sp.Mul(*a.args[:-1], logged, evaluate=False)


def slash_then_factor(quotient: Any, factor: Any, doubts: list) -> sp.Basic | None:
    """Record the doubt of ``a/b c``: read ``(a/b) c``, it is written for ``a/(b c)`` as often
    (``-1/2\\sigma^2 \\sum_i (x_i - \\mu)^2`` for ``-\\frac{1}{2\\sigma^2} \\sum_i ...``;
    posts30's probe: ``\\frac{1}{2y} = 1/2y`` was refuted). Not before a sum, product or
    integral: ``1/n \\sum_i x_i`` is the mean, whoever writes it.

    Returns the other reading, the quotient by the product, when the factor is a letter or
    a constant such as pi (``1/2\\sigma^2``, ``x/2\\pi``): a proof of the row needs it too.
    Before a function's value or a bracket (``n/2 \\log(2\\pi)``, ``1/2 (x - \\mu)^2``) the
    usual reading is the only one (None): nobody writes ``n/2 \\log x`` for ``n/(2\\log x)``."""
    if isinstance(factor, (sp.Sum, sp.Product, sp.Integral)):
        return None
    args = getattr(quotient, "args", ())
    other = (
        (_letter(factor) or isinstance(factor, sp.NumberSymbol))
        # the quotient as ._tosympy's div builds it, Mul(top, Pow(divisor, -1)); a product
        # the slash's doubt was carried to (a/b c d) is not rebuilt
        and isinstance(quotient, sp.Mul)
        and len(args) == 2
        and isinstance(args[1], sp.Pow)
        and args[1].exp == -1
    )
    constant = "" if getattr(factor, "free_symbols", True) else CONSTANT_FACTOR
    doubts.append(
        f"{sp.sstr(quotient)} times {sp.sstr(factor)}: a slash, then a factor against its "
        "divisor, is written for the quotient by the product as often; the bracket is not "
        "written" + (OTHER_READING if other else "") + constant
    )
    if not other:
        return None
    top, inverse = quotient.args  # a Mul(top, Pow(divisor, -1)) of ._tosympy's div
    divisor = sp.Mul(inverse.base, factor, evaluate=False)
    return sp.Mul(top, sp.Pow(divisor, -1, evaluate=False), evaluate=False)


#: Said of a doubt whose other reading the parser builds (``Context.other_reading``): a row
#: holding under the reader's reading is proved only if it holds under the other as well
#: (:func:`other_reading_doubt`, ``._run``).
OTHER_READING = " (both readings are checked)"


#: The end of a doubt whose two readings differ by a constant factor only (``\\tau/2\\pi``):
#: a link up to a factor (``\\propto``) holds or fails under both alike.
CONSTANT_FACTOR = " (the two readings differ by a constant factor)"


def braced_log(logged: Any, arg: Any, grouped: dict, parens: dict, doubts: list) -> Any:
    """Record the doubt of ``\\log{a + b}``: TeX's braces group without showing, so the page
    reads "log a + b" where the parser reads the log of the sum (``\\log{\\theta+\\sum ...}``
    in held-out batch 28's geometric MLE). A bracket inside the braces says it. Returns the
    page's reading (the log of the first term, plus the rest), None without a doubt."""
    if not (id(arg) in grouped and id(arg) not in parens and isinstance(arg, sp.Add)):
        return None
    doubts.append(
        f"log{{{sp.sstr(arg)}}}: the braces do not show, so the page reads the log of "
        "the first term plus the rest; the log of the whole is read" + OTHER_READING
    )
    if not (isinstance(logged, sp.log) and logged.args == (arg,)):
        return None  # a log to another base: the other reading is not built
    first, *rest = arg.args
    return sp.Add(sp.log(first, evaluate=False), *rest, evaluate=False)


def power_of_the_value(name: str, other: Any, doubts: list) -> Any:
    """Record the doubt of ``\\log(x)^2``, ``\\exp(-\\lambda)^n``: the function of the power
    (as ``\\log (1-p)^{n-x}`` is in a likelihood, the reading kept) or the power of the
    function's value (as ``\\sin(x)^2`` is)? Returns ``other``, the second reading."""
    doubts.append(
        f"\\{name}(...)^k: the {name} of the power, or the power of the {name}'s value? "
        "The bracket does not say" + OTHER_READING
    )
    return other


def log_of_the_power(doubts: list) -> None:
    """Record the doubt of ``\\log(1-p)^{n-x}``, a log's power with a letter in it: read as
    the log of the power, as a likelihood writes it (one reading: the doubt of both had cost
    the own corpus's hannuri rows their proofs), but the page may mean the power of the log's
    value. A row holding as read is proved; one failing is not refuted (adversarial set 29,
    48: ``\\log(1-p)^{n-x} = (\\log(1-p))^{n-x}`` was a wrong rule)."""
    doubts.append(
        "\\log(...)^k with a letter in the power: read as the log of the power (as a "
        "likelihood writes it); the power of the log's value is not excluded"
    )


def primed_factor(a: Any, b: Any, doubts: list, bracketed: bool = False) -> None:
    """Record the doubt of ``x' b``: a primed name (``X_i'``, read as a name of its own) times
    what follows. Econometrics writes ``x'\\beta`` for the transpose ``x^T \\beta``: then
    ``d/d\\beta \\Phi(x_i'\\beta) = \\phi(x_i'\\beta) x_i``, which the name reading refutes
    (``x_i`` is not ``x_i'``; held-out batch 39, the probit score). The reading is unchanged.
    A Greek letter too (misread61: ``\\mu'\\mu`` of a vector mu was refuted), unless what
    follows is a bracket (``bracketed``): ``\\phi'(z)`` is a derivative's prime."""
    last = a.args[-1] if isinstance(a, sp.Mul) and a.args else a
    name = getattr(last, "name", "")
    if not isinstance(last, sp.Symbol) or not name.endswith("'") or not isinstance(b, sp.Basic):
        return
    base = name.split("_", 1)[0].rstrip("'")
    latin = len(base) == 1 and base.isascii() and base.isalpha()
    if not (latin or (base in GREEK and not bracketed)):
        return  # \phi'(z): a Greek letter primed before a bracket is a derivative's
    if b.is_number:
        return
    doubts.append(
        f"{name} {sp.sstr(b)}: {name} may be the transpose of {name.rstrip(chr(39))} (x'b is "
        f"x^T b as econometrics writes it) or a name of its own; the reader takes a name"
    )


def _constant(e: Any) -> bool:
    """A constant the log of which is written without a bracket: pi, e, a whole number."""
    return isinstance(e, (sp.NumberSymbol, sp.Integer))


def _letter(e: Any) -> bool:
    """A letter, an element (``x_i``) or a power of one: what ``\\log a b`` may take."""
    if isinstance(e, sp.Pow):
        e = e.base
    return isinstance(e, (sp.Symbol, sp.Indexed))


def _found(plans: list, pr: Any, plan: Any) -> list[str]:
    """The doubts of the row ``pr``, of the row it continues and of the rows whose values it
    uses (``plan.pred``, ``plan.rests_on``)."""
    rows = [pr]
    for k in sorted({getattr(plan, "pred", None), *getattr(plan, "rests_on", ())} - {None}):
        if isinstance(k, int) and 0 <= k < len(plans):
            rows.append(plans[k].parsed)
    return [d for parsed in rows for d in getattr(parsed, "doubts", ())]


def other_reading_doubt(plans: list, k: int, factor_only: bool) -> str:
    """The doubt of row ``k`` whose other reading the parser builds ("" when none): its proof
    needs that reading as well. Not a constant factor's when every link of the row holds
    only up to a factor (``factor_only``): both readings agree there."""
    for d in _found(plans, plans[k].parsed, plans[k]):
        if OTHER_READING in d and not (factor_only and d.endswith(CONSTANT_FACTOR)):
            return d
    return ""


def reading_doubt(builder: Any, pr: Any, plan: Any) -> str:
    """The doubt of the row ``pr``, of the row it continues or of a row whose value it uses
    (``plan.pred``, ``plan.rests_on``): "" when there is none."""
    found = _found(builder.plans, pr, plan)
    # a doubt that is no constant factor's first: of e^{-y}/2\pi + e^{-y}/2y the second
    # keeps a link up to a factor from being refuted (adversarial set 23, 40)
    return next((d for d in found if not d.endswith(CONSTANT_FACTOR)), found[0] if found else "")
