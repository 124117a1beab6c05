"""Hostile input against the mechanisms of the morning of 2026-12-06: letters applied with
several subscripts, derivatives of elements without a value, Phi and phi read as the standard
normal's under the normal law's words, primed names read in doubt as transposes, order events
after a bar, words boxes with math, arrows alone on a row.

Each post must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is never
proved. Measured blind at f31b68c (attack36), see tests/posts/incoming/adversarial28/README.md.
"""

from __future__ import annotations

import string

import pytest

from tests._hostile import check_hostile


def _two_subscripts(n: int) -> str:
    """Every letter applied with n subscripts, and a row adding them all up wrongly."""
    letters = string.ascii_letters.replace("e", "").replace("E", "")
    terms = [f"{c}_{{{k}}}(z)" for c in letters for k in range(n)]
    return "$$" + " + ".join(terms) + " = " + " + ".join(reversed(terms)) + " + 1$$"


def _recursion(n: int) -> str:
    """n recursive variances h_t = alpha_0 + alpha_1 h_{t-1}, each differentiated wrongly."""
    rows = []
    for k in range(n):
        rows.append(
            f"$$h^{{({k})}}_t = \\alpha_{{{k}}} + \\alpha_{{{k + 1}}} h^{{({k})}}_{{t-1}}$$"
        )
        lag = f"h^{{({k})}}_{{t-1}}"
        rows.append(
            f"$$\\frac{{\\partial h^{{({k})}}_t}}{{\\partial \\alpha_{{{k + 1}}}}} = {lag}$$"
        )
    return "\n\n".join(rows)


def _nested_if(depth: int) -> str:
    """A condition box holding a condition box, ``depth`` deep."""
    inner = "x > 1"
    for _ in range(depth):
        inner = f"\\text{{if ${inner}$}}"
    return f"$$x^2 - 1 > 0 \\quad {inner}$$"


def _arrows(n: int) -> str:
    """n rows joined by arrows alone on their rows, the last one wrong."""
    rows = []
    for k in range(n):
        rows.append(f"$${k + 1} x = {k + 1} y$$")
        rows.append("$$\\Rightarrow$$" if k % 2 else "$$\\therefore$$")
    rows.append("$$x = y + 1$$")
    return "\n\n".join(rows)


HOSTILE = {
    "52 letters applied with 6 subscripts each": ("Many functions.", _two_subscripts(6)),
    "a row of 150 Phi terms under the normal law's words": (
        "Let $\\Phi$ be the standard normal cdf and $\\phi$ its density.",
        "$$\\frac{d}{dx} \\left("
        + " + ".join(f"\\Phi({k} x)" for k in range(1, 151))
        + "\\right) = "
        + " + ".join(f"{k} \\phi({k} x)" for k in range(1, 151))
        + " + 1$$",
    ),
    "a product of 40 Phi factors differentiated": (
        "A probit likelihood: $\\Phi$ is the standard normal cdf.",
        "$$\\frac{d}{d\\beta} \\log \\prod_{i=1}^{40} \\Phi(x_i \\beta) = "
        + " + ".join(f"\\Phi(x_{{{k}}} \\beta)" for k in range(1, 41))
        + "$$",
    ),
    "100 recursions differentiated as if the lag were constant": ("Variances.", _recursion(100)),
    "a condition box nested 40 deep": ("Let $x$ be real.", _nested_if(40)),
    "300 arrows alone on their rows": ("Let $x$ and $y$ be real.", _arrows(300)),
    "an event bar with 200 conditions": (
        "Let $X$ be a random variable.",
        "$$P(X > 0 \\mid " + ", ".join(f"X > {k}" for k in range(1, 201)) + ") = P(X > 0)$$",
    ),
    "200 primed names times factors": (
        "Vectors.",
        "$$" + " ".join(f"x_{{{k}}}' \\beta" for k in range(200)) + " = 0$$",
    ),
}

#: posts whose last row is false or unsettled: never proved
NEVER_PROVED = {
    "52 letters applied with 6 subscripts each",
    "a row of 150 Phi terms under the normal law's words",
    "a product of 40 Phi factors differentiated",
    "100 recursions differentiated as if the lag were constant",
    "300 arrows alone on their rows",
    "an event bar with 200 conditions",
    "200 primed names times factors",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=case in NEVER_PROVED)
