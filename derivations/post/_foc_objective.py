"""Is the derivative a first-order condition is tied to the one the prose sets to zero?

"For the penalised objective $s \\log p + (n - s)\\log(1 - p) - p$, setting its derivative
to zero gives" - the sentence names the function whose derivative the row sets to zero,
and it is not the likelihood differentiated on the row above (adversarial set 7, pairs 155
and 156: the plain likelihood's condition was proved, the penalised one refuted). The
reader ties such a row to a derivative the post computed; when the sentence leading into
it names an objective (a formula after "objective", "posterior", "loss", ...) whose
derivative is not a constant multiple of that one, the tie is not sound and the row is
left unchecked, saying why.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sympy as sp

from ._arith import proportional
from ._tosympy import evaluating

#: The tail of the paragraph that is read (the sentence that leads into the row).
_TAIL = 300

#: "the penalised objective $E$", "the log-posterior is $E$": a formula the noun names.
_OBJECTIVE = re.compile(
    r"\b(?:objective|(?:log-?\s?)?posterior|penali[sz]ed|regulari[sz]ed|loss|cost|criterion"
    r"|(?:log-?\s?)?likelihood|target|energy)\b[^$.;:]{0,40}?\$([^$]{1,400})\$",
    re.IGNORECASE,
)


def named_objectives(prose: str) -> list[str]:
    """The LaTeX of the formulas the sentence leading into a row names as an objective (the
    right side when the formula is an equation ``\\ell(p) = ...``)."""
    out = []
    for text in _OBJECTIVE.findall(prose[-_TAIL:] if prose else ""):
        text = text.split("=")[-1].strip()
        if text and not re.search(r"\\(?:le|ge|neq|approx|in)\b|[<>]", text):
            out.append(text)
    return out


def another_objective(
    prose: str, derivative: sp.Basic, read: Callable[[str], sp.Basic | None], by: set
) -> str | None:
    """The objective the prose names whose derivative is not ``derivative`` (up to a
    constant factor), or None when every objective it names (if any) is the one
    differentiated. ``read`` turns LaTeX into the resolved value (None when it cannot);
    ``by`` holds the variables a derivative may be taken by. A formula that cannot be read
    counts as another objective: the tie would then rest on nothing the reader checked."""
    for text in named_objectives(prose):
        value = read(text)
        if value is None:
            return text
        if isinstance(value, (sp.Symbol, sp.Indexed)):
            continue  # "the maximum likelihood estimator of $p$": a name, not a function
        variables = [u for u in value.free_symbols & derivative.free_symbols if u in by]
        if not variables:
            continue  # not a function of the variable differentiated by: not an objective
        if not any(_same_derivative(value, derivative, u) for u in variables):
            return text
    return None


def _same_derivative(value: sp.Basic, derivative: sp.Basic, u: sp.Symbol) -> bool:
    """Is ``d value / du`` a constant multiple of ``derivative``, at points where ``u`` (and
    the samples) vary? (A penalty or a prior adds a term in ``u``: the ratio moves.)"""
    try:
        with evaluating(True):
            mine = sp.diff(value, u)
    except Exception:  # noqa: BLE001 - a formula sympy cannot differentiate is not known equal
        return False
    moving = sp.IndexedBase("_foc_u")[0]
    return proportional(mine.xreplace({u: moving}), derivative.xreplace({u: moving}), None)
