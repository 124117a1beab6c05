"""What the prose before a row says about a first-order condition.

A row ``A = B`` (or ``R = 0``) that no derivative the post computed explains is
left unrelated or unchecked: it may be a condition that holds at one value, or
an identity. The prose can settle which: "maximize $\\lambda e^{-\\lambda x}$
by taking the derivative" names the function whose derivative the row sets to
zero, and "setting the derivative to zero:" says that the row is the
derivative just computed, set to zero. Then the row is an equation step from
``D = 0`` and is refuted when it is not equivalent to it.

Only the prose right before the row's block is read (the paragraph before it, and the
one above that when the last is a short lead-in such as "This gives"), and only its tail
(the sentence that leads into the row). The derivative may be written as math: "take
$\\frac{\\partial L}{\\partial \\phi_0}$ and set it to zero" names the function and the
variable at once.
"""

from __future__ import annotations

import re

#: The tail of the paragraph that is read (the sentence that leads into the row).
_TAIL = 300

_DERIVATIVE = re.compile(r"\bderivative|\bdifferentiat|\bgradient", re.IGNORECASE)
_ZERO = re.compile(
    r"\b(?:set(?:ting)?|equat(?:e|ing)|put(?:ting)?|sett?ing)\b[^.;$]{0,60}?"
    r"(?:\bto\s+zero\b|\bequal\s+to\s+(?:zero|\$?0)\b|\bto\s+\$?0\b|\bzero\b)"
    r"|\$[^$]*=\s*0\s*\$",
    re.IGNORECASE,
)
#: "maximize $E$", "the derivative of $E$", "differentiate $E$": the formula named.
_NAMED = re.compile(
    r"(?:\bmaximi[sz]e|\bminimi[sz]e|\bderivative\s+of|\bdifferentiat\w*)\s*"
    r"(?:the\s+\w+\s+)?\$([^$]{1,400})\$",
    re.IGNORECASE,
)


def _tail(prose: str) -> str:
    return prose[-_TAIL:] if prose else ""


def differentiated_formula(prose: str) -> str | None:
    """The LaTeX of the formula the prose says is differentiated (or maximised by
    taking its derivative), when it says the derivative is taken; else ``None``."""
    tail = _tail(prose)
    if not _DERIVATIVE.search(tail):
        return None
    found = _NAMED.findall(tail)
    if len(found) != 1:
        return None
    text = found[0].strip()
    if not text or re.search(r"=|\\(?:le|ge|neq|approx)\b|[<>]", text):
        return None
    return text


def says_derivative_set_to_zero(prose: str) -> bool:
    """Does the sentence leading into the row say a derivative is set to zero?"""
    tail = _tail(prose)
    return bool(_DERIVATIVE.search(tail) or re.search(r"\\ell'|l'\(|\\prime", tail)) and bool(
        _ZERO.search(tail)
    )


#: An inline formula that is one derivative of a named function:
#: ``\\frac{\\partial L}{\\partial \\phi_0}``, ``\\frac{d\\ell}{d\\theta}``,
#: ``\\dfrac{\\mathrm{d} L}{\\mathrm{d} p}`` (braces nested one deep), maybe already set to
#: zero (``... = 0``); not an operator alone (``\\frac{\\partial}{\\partial a}``), not another
#: equation.
_BRACED = r"\{(?:[^{}$]|\{[^{}$]*\})*\}"
_D = r"(?:\\partial(?![A-Za-z])|d|\\mathrm\s*\{\s*d\s*\}|\\operatorname\s*\{\s*d\s*\})"
_MATH_DERIVATIVE = re.compile(
    r"\$\s*(\\[dt]?frac\s*\{\s*" + _D + r"\s*(?:[^{}$\s]|" + _BRACED + r")"
    r"(?:[^{}$]|" + _BRACED + r")*\}\s*\{\s*" + _D + r"(?:[^{}$]|" + _BRACED + r")+\})"
    r"\s*(?:=\s*0\s*)?\$"
)


def derivative_set_to_zero(prose: str) -> str | None:
    """The LaTeX of the one derivative the sentence leading into a row writes as math and
    sets to zero ("First take $\\frac{\\partial L}{\\partial \\phi_0}$ and set it to zero"):
    the function and the variable are both named, so the row is that condition. ``None``
    when the prose sets nothing to zero or writes no such derivative, or two of them."""
    tail = _tail(prose)
    found = list(_MATH_DERIVATIVE.finditer(tail))
    if len(found) != 1:
        return None
    (m,) = found
    # "Setting $D$ equal to $0$": the derivative read as "it", so the words around it say
    # what is set to zero; "$D = 0$" says it itself.
    said = "=" in m.group(0) or _ZERO.search(_MATH_DERIVATIVE.sub(" it ", tail))
    return m.group(1).strip() if said else None


#: "solving for theta", "set to 0, solve for theta", "setting it equal to zero".
_SOLVES = re.compile(r"\bsolv(?:e|es|ed|ing)\b", re.IGNORECASE)


def says_it_solves(prose: str) -> bool:
    """Does the sentence leading into a result say it solves a condition (or sets
    something to zero)? "Solving for $\\theta$, we get", "set to 0, solve for"."""
    tail = _tail(prose)
    return bool(_SOLVES.search(tail) or _ZERO.search(tail))


#: "w.r.t $\theta$", "wrt $\lambda$", "with respect to $p$": the variable named.
_WRT = re.compile(r"(?:\bw\.?\s?r\.?\s?t\b\.?|\bwith\s+respect\s+to)\s*\$([^$]{1,40})\$", re.I)
#: "derivative of the above": the function is the line just above, said in words.
_OF_ABOVE = re.compile(
    r"\bderivative\s+of\s+(?:the\s+)?(?:above|previous|last|this|that)\b", re.IGNORECASE
)


def derivative_of_above(prose: str, zero_row: bool) -> tuple[str, bool] | None:
    """``(variable LaTeX, of_above)`` when the sentence leading into a row says it sets
    a derivative by one named variable to zero without naming the function ("taking
    the derivative w.r.t $\\theta$ and setting it to 0", or a row ``0 = R`` after
    "derivative of the above wrt $\\lambda$"); ``of_above`` says the prose names the
    line above in words. ``None`` otherwise (a formula named: see
    :func:`differentiated_formula`)."""
    tail = _tail(prose)
    if not _DERIVATIVE.search(tail) or _NAMED.search(tail):
        return None
    found = {v.strip() for v in _WRT.findall(tail)}
    if len(found) != 1 or not (zero_row or _ZERO.search(tail)):
        return None
    (variable,) = found
    if not variable or re.search(r"=|\\(?:le|ge|neq|approx)\b|[<>]", variable):
        return None
    return variable, bool(_OF_ABOVE.search(tail))
