"""Hostile input against the mechanisms of the early morning of 2026-12-06: the sign of a row
asked where it is defined (letters and brackets under negative powers), derivatives by an
element beside numbered elements and operators that take the product after them, inline math
alone on its line giving pi or e a number, ``log_2`` without its backslash, links traded through
an equation no row led to, expectations of arbitrary functions compared as quantities.

Each post must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is never
proved. Measured blind at 047f722 (attack35), see tests/posts/incoming/adversarial27/README.md.
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile


def _inline_constants(n: int) -> str:
    """n headings, each with inline math alone on its line giving pi a number, then used."""
    rows = []
    for k in range(n):
        rows.append(f"## Part {k}\n\n$\\pi = 0.{k + 1:03d}$")
        rows.append(f"$$2\\pi = 0.{2 * (k + 1):03d}$$")
    return "\n\n".join(rows)


def _relating_equations(n: int) -> str:
    """n equations relating two samples, each followed by a row traded through it."""
    rows = []
    for k in range(n):
        rows.append(f"$$Y^{{({k})}}_i = X_i - X_{{i-{k + 1}}}$$")
        rows.append(f"$$g_{{{k}}} = Y_i^2 = (X_i - X_{{i-{k + 1}}})^2$$")
    return "\n\n".join(rows)


HOSTILE = {
    "a sign asked of 38 letters under negative powers": (
        "Let $\\theta_1, \\dots, \\theta_{38}$ be real numbers.",
        "$$" + " - ".join(rf"\frac{{1}}{{\theta_{{{k}}}^2}}" for k in range(1, 39)) + " < 0$$",
    ),
    "a sign asked of four brackets of 40 letters each": (
        "Let the letters be real numbers.",
        "$$"
        + " + ".join(
            r"\frac{1}{(" + " + ".join(f"a_{{{10 * j + k}}}" for k in range(40)) + ")^2}"
            for j in range(4)
        )
        + " > 0$$",
    ),
    "300 inline rows giving pi a number": ("Weights.", _inline_constants(300)),
    "200 relating equations": ("A walk.", _relating_equations(200)),
    "a derivative by theta_j beside 200 numbered elements": (
        "Parameters.",
        r"$$\frac{\partial}{\partial \theta_j} ("
        + " + ".join(rf"\theta_{{{k}}}" for k in range(200))
        + ")^2 = 0$$",
    ),
    "derivative operators nested 35 deep": (
        "Let $x$ be real.",
        "$$" + r"\frac{d}{dx} 2 " * 35 + r"x^{200} = 0$$",
    ),
    "log_2 without its backslash nested 60 deep": (
        "Logs.",
        "$$" + "log_{2} " * 60 + "x = 0$$",
    ),
    "60 expectations of arbitrary functions": (
        "Let $X$ be a random variable.",
        "$$E["
        + " + ".join(f"f_{{{k}}}(X)" for k in range(60))
        + "] = "
        + " + ".join(f"E[f_{{{k}}}(X)]" for k in range(60))
        + " + 1$$",
    ),
}

#: posts whose last row is false or unsettled: never proved
NEVER_PROVED = {
    "a derivative by theta_j beside 200 numbered elements",
    "derivative operators nested 35 deep",
    "log_2 without its backslash nested 60 deep",
    "60 expectations of arbitrary functions",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=case in NEVER_PROVED)
