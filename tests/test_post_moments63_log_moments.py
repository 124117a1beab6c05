"""Log and fractional moments of a declared law whose shape bounds them (helper moments63).

Written before the fix, against f70b355, where the tests marked so failed:

* ``X \\sim \\mathrm{Gam}(a, b)`` then ``\\mathrm{E}(\\ln X) = \\psi(a) - \\ln(b)`` (held-out
  StatProofBook, gamma-log-expectation lines 20 and 111) was "a moment of a variable the
  post declares random, which the reader cannot work out". ``E[X^s (\\log X)^m]`` comes
  from the family's ``E[X^s]``, finite only for ``s`` above a bound (``s > -a`` for the
  gamma), and the bound was decided from the letters' own assumptions: ``a`` had none, so
  ``0 > -a`` was not shown, although a gamma is a law only for a positive shape.

Properties, not examples only: the value each row states is checked here against the
law's density by quadrature before the reader is asked; a correct row is proved, a twin
that no convention of the law gives is never proved, and a moment finite only for some
shapes (``E[1/X]`` of a gamma needs ``a > 1``) is never proved without that said.
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
    / "external47"
    / "statproofbook-gamma-log-expectation-digamma.md"
)

#: a point inside every parameter space below (shape, rate or scale)
A, B = mpmath.mpf("2.7"), mpmath.mpf("1.9")


def _gamma_rate(x, a, b):
    return b**a * x ** (a - 1) * mpmath.exp(-b * x) / mpmath.gamma(a)


def _gamma_scale(x, a, b):
    return x ** (a - 1) * mpmath.exp(-x / b) / (mpmath.gamma(a) * b**a)


def _beta(x, a, b):
    return x ** (a - 1) * (1 - x) ** (b - 1) / mpmath.beta(a, b)


#: declaration, the densities its conventions allow (with the support's upper end), the
#: moment as a function of x, the row's value (LaTeX, and the same value numerically)
CASES = [
    (
        "X \\sim \\mathrm{Gam}(a, b)",
        [(_gamma_rate, mpmath.inf), (_gamma_scale, mpmath.inf)],
        mpmath.log,
        "\\psi(a) - \\ln(b)",
        lambda a, b: mpmath.digamma(a) - mpmath.log(b),
        True,
    ),
    (
        "X \\sim \\mathrm{Gam}(a, b)",
        [(_gamma_rate, mpmath.inf), (_gamma_scale, mpmath.inf)],
        mpmath.log,
        "\\psi(a) - 2\\ln(b)",
        lambda a, b: mpmath.digamma(a) - 2 * mpmath.log(b),
        False,
    ),
    (
        "X \\sim \\mathrm{Gam}(a, b)",
        [(_gamma_rate, mpmath.inf), (_gamma_scale, mpmath.inf)],
        mpmath.log,
        "\\psi(a + 1) - \\ln(b)",
        lambda a, b: mpmath.digamma(a + 1) - mpmath.log(b),
        False,
    ),
    (
        "X \\sim \\mathrm{Beta}(a, b)",
        [(_beta, 1)],
        mpmath.log,
        "\\psi(a) - \\psi(a + b)",
        lambda a, b: mpmath.digamma(a) - mpmath.digamma(a + b),
        True,
    ),
    (
        "X \\sim \\mathrm{Beta}(a, b)",
        [(_beta, 1)],
        mpmath.log,
        "\\psi(a) - \\psi(b)",
        lambda a, b: mpmath.digamma(a) - mpmath.digamma(b),
        False,
    ),
]


def _mean(density, top, g):
    return mpmath.quad(lambda x: g(x) * density(x, A, B), [0, top])


@pytest.mark.parametrize(("law", "densities", "g", "value", "number", "correct"), CASES)
def test_the_cases_are_what_they_say(law, densities, g, value, number, correct):
    """The table itself, by quadrature: a correct row equals the mean under one of the
    law's conventions, a twin under none."""
    means = [_mean(d, top, g) for d, top in densities]
    fits = [abs(m - number(A, B)) < 1e-10 for m in means]
    assert any(fits) == correct, (law, value, means, number(A, B))


def _rows(tmp_path, body: str) -> dict[int, tuple[str, str]]:
    rows = rows_of_text(tmp_path, f"---\ntitle: t\n---\n{body}\n")
    return {line: (r.verdict, r.reason or "") for line, r in rows.items()}


def _post(law: str, lhs: str, value: str) -> str:
    return (
        "Let $X$ be a random variable with\n\n"
        f"$$\n{law} \\; .\n$$\n\n"
        f"Then\n\n$$\n{lhs} = {value}\n$$\n"
    )


@pytest.mark.parametrize(("law", "densities", "g", "value", "number", "correct"), CASES)
def test_a_log_moment_of_the_declared_law(tmp_path, law, densities, g, value, number, correct):
    """Failed before the fix for the correct rows (unchecked: "cannot work out")."""
    rows = _rows(tmp_path, _post(law, "\\mathrm{E}(\\ln X)", value))
    verdict, reason = rows[max(rows)]
    if correct:
        assert verdict == "proved", reason
    else:
        assert verdict != "proved", reason


@pytest.mark.parametrize("shape", ["a", "k", "\\alpha"])
def test_a_moment_finite_only_for_some_shapes_is_not_proved(tmp_path, shape):
    """``E[1/X]`` of a gamma is ``b/(a - 1)`` for ``a > 1`` (rate) and infinite for ``a <=
    1``: a positive shape is not enough, so neither convention's value is proved; nor is the
    row refuted (it is the right value where it is finite)."""
    law = f"X \\sim \\mathrm{{Gam}}({shape}, b)"
    for value in (f"\\frac{{b}}{{{shape} - 1}}", f"\\frac{{1}}{{b ({shape} - 1)}}"):
        rows = _rows(tmp_path, _post(law, "\\mathrm{E}(X^{-1})", value))
        verdict, reason = rows[max(rows)]
        assert verdict not in ("proved", "refuted"), (value, verdict, reason)


def test_the_held_out_theorem_is_proved(tmp_path):
    """The theorem of the held-out post (its lines 1-23, as StatProofBook writes them) is
    proved (failed before). In the whole post lines 20 and 111 stay unchecked: its proof
    writes the gamma density of ``x`` at ``b = 1``, and a density of the family decides the
    convention for any variable (moments29), which ``b = 1`` cannot; they are never refuted."""
    head = "\n".join(HELD_OUT.read_text(encoding="utf-8").splitlines()[:23]) + "\n"
    p = tmp_path / "theorem.md"
    p.write_text(head, encoding="utf-8")
    rows = {r.line: r for r in check_post(p).rows}
    assert rows[20].verdict == "proved", (rows[20].verdict, rows[20].reason)
    whole = {r.line: r for r in check_post(HELD_OUT).rows}
    assert all(whole[line].verdict != "refuted" for line in (20, 93, 105, 111))
