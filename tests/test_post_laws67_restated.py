"""A law declared twice (laws67): the same declaration restated keeps the law; two that
differ give none.

Written before the fix, against 4ae2e340, where the tests marked so failed: a gamma
declared ``Y \\sim \\mathrm{Gamma}(n, \\lambda)`` whose convention (rate or scale) is left
to the post's words was declared again a sentence later ("For $Y \\sim \\mathrm{Gamma}(n,
\\lambda)$: $E[1/Y] = ...$", held-out q4quant exponential-rate solution, line 29), and the
two declarations counted as two laws: the row was "a moment of a variable the post declares
random, which the reader cannot work out".

Properties: each right value is the gamma's rate moment, each wrong twin is not (checked
by quadrature first); a restated law proves the right value and refutes the wrong one, as
the law said once does; a second declaration with another argument never lets a row be
proved, whichever of the two it follows.
"""

from __future__ import annotations

from pathlib import Path

import mpmath
import pytest
from _post_rows import rows_of_text

from derivations.post import check_post

HELD_OUT = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external13"
    / "q4quant-exponential-rate-fisher-crlb-mle-bias-solution.md"
)

A, LAM = mpmath.mpf("2.3"), mpmath.mpf("1.7")


def _mean(a, lam):
    return mpmath.quad(
        lambda x: x * lam**a * x ** (a - 1) * mpmath.exp(-lam * x) / mpmath.gamma(a),
        [0, mpmath.inf],
    )


#: the row's value, the value in numbers
VALUES = {
    "right": ("\\frac{\\alpha}{\\lambda}", lambda a, lam: a / lam),
    "scale": ("\\alpha\\lambda", lambda a, lam: a * lam),
    "wrong": ("\\frac{\\alpha+1}{\\lambda}", lambda a, lam: (a + 1) / lam),
}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_the_values_are_what_they_say(name):
    assert (abs(_mean(A, LAM) - VALUES[name][1](A, LAM)) < 1e-9) == (name == "right")


def _post(first: str, second: str, value: str) -> str:
    return (
        "---\ntitle: t\n---\n\n"
        f"Let $Y \\sim \\mathrm{{Gamma}}({first}, \\lambda)$ with rate $\\lambda$.\n\n"
        f"For $Y \\sim \\mathrm{{Gamma}}({second}, \\lambda)$ we have:\n\n"
        f"$$\nE[Y] = {value}\n$$\n"
    )


def _verdict(tmp_path, first, second, name):
    rows = rows_of_text(tmp_path, _post(first, second, VALUES[name][0]))
    row = rows[max(rows)]
    return row.verdict, row.reason or ""


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("right", "proved"),  # failed before the fix (unchecked)
        ("wrong", "refuted"),  # failed before the fix (unchecked)
    ],
)
def test_a_law_restated_is_kept(tmp_path, name, want):
    verdict, reason = _verdict(tmp_path, "\\alpha", "\\alpha", name)
    assert verdict == want, (name, verdict, reason)


@pytest.mark.parametrize("name", sorted(VALUES))
@pytest.mark.parametrize(("first", "second"), [("\\alpha", "\\beta"), ("\\beta", "\\alpha")])
def test_two_different_declarations_give_no_law(tmp_path, first, second, name):
    verdict, reason = _verdict(tmp_path, first, second, name)
    assert verdict not in ("proved", "refuted"), (first, second, name, verdict, reason)


def test_the_held_out_solution():
    """q4quant line 29: ``E[1/Y]`` of the restated gamma is proved (failed before:
    unchecked); no row of the post is refuted (all are correct)."""
    rows = check_post(HELD_OUT, jobs=1).rows
    (mean,) = [r for r in rows if r.line == 29 and "E}[1/Y]" in r.text]
    assert mean.verdict == "proved", mean.reason
    assert all(r.verdict != "refuted" for r in rows)


@pytest.mark.parametrize(
    "said",
    [
        "Let $Y \\sim \\mathrm{Gamma}(\\alpha, \\lambda)$ with rate $\\lambda$. "
        "For $Y \\sim \\mathrm{Gamma}(\\beta, \\lambda)$ we have:",
        "Let $Y \\sim \\mathrm{Poisson}(\\lambda)$. Later let $Y \\sim \\mathrm{Bernoulli}(p)$.",
    ],
)
def test_the_reason_names_the_two_laws(tmp_path, said):
    """The row is left unchecked because its variable is declared twice, and says so
    (failed before the fix: "which the reader cannot work out")."""
    rows = rows_of_text(tmp_path, f"---\ntitle: t\n---\n\n{said}\n\n$$\nE[Y] = p\n$$\n")
    last = rows[max(rows)]
    assert last.verdict == "unchecked", (last.verdict, last.reason)
    assert "two different laws" in (last.reason or ""), last.reason
