"""Negative moments of a declared law, finite only above a bound the post states (moments66).

Written before the fix, against de447872, where the tests marked so failed:

* ``X \\sim \\operatorname{Gamma}(\\alpha, \\lambda)`` with its rate density written, then
  "So, for $\\alpha > 1$, $E(1/X) = \\frac{\\lambda}{\\alpha - 1}$" (held-out lalyuns
  midterm, lines 36 and 42) was "a moment of a variable the post declares random, which the
  reader cannot work out". ``E[X^s]`` of a gamma is finite only for ``s > -\\alpha``; the
  parameter space gives ``\\alpha > 0`` only, and the bound the post states for the shape
  (``\\alpha > 1``, a domain of the post that the engine already draws inside) was not
  consulted (moments63 left it so, ``._moments._in_space``).

Properties, not examples only: each value below is first checked against the gamma density
by quadrature at a shape inside the stated bound; a correct row is proved only where the
stated bound makes the moment finite, a wrong twin under a stated bound is refuted, and a
moment the stated bound leaves possibly infinite (``E[1/X^2]`` with only ``\\alpha > 1``,
``\\alpha \\ge 1``, a bound on another letter, or none) is neither proved nor refuted.
"""

from __future__ import annotations

from pathlib import Path

import mpmath
import pytest
from _post_rows import rows_of, rows_of_text

HELD_OUT = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external54"
    / "lalyuns-midterm-gamma-reciprocal-lognormal-moments.md"
)

#: a rate, and a shape above every bound below
LAM, ALPHA = mpmath.mpf("1.7"), mpmath.mpf("3.4")


def _density(x, a, lam):
    return lam**a * x ** (a - 1) * mpmath.exp(-lam * x) / mpmath.gamma(a)


#: power of X, the row's value (LaTeX), the same value numerically
VALUES = {
    "right -1": (-1, "\\frac{\\lambda}{\\alpha-1}", lambda a, lam: lam / (a - 1)),
    "wrong -1": (-1, "\\frac{\\lambda}{\\alpha}", lambda a, lam: lam / a),
    "scale -1": (-1, "\\frac{\\alpha-1}{\\lambda}", lambda a, lam: (a - 1) / lam),
    "right -2": (
        -2,
        "\\frac{\\lambda^2}{(\\alpha-1)(\\alpha-2)}",
        lambda a, lam: lam**2 / ((a - 1) * (a - 2)),
    ),
    "wrong -2": (-2, "\\frac{\\lambda^2}{(\\alpha-1)^2}", lambda a, lam: lam**2 / (a - 1) ** 2),
}
RIGHT = {"right -1", "right -2"}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_the_values_are_what_they_say(name):
    """The table by quadrature: the right values are the moments of the rate density."""
    power, _, number = VALUES[name]
    mean = mpmath.quad(lambda x: x**power * _density(x, ALPHA, LAM), [0, mpmath.inf])
    assert (abs(mean - number(ALPHA, LAM)) < 1e-9) == (name in RIGHT), (name, mean)


def _post(bound: str, power: int, value: str) -> str:
    lhs = "E(1/X)" if power == -1 else "E(1/X^2)"
    said = f"So, for ${bound}$,\n\n" if bound else "So\n\n"
    return (
        "---\ntitle: t\n---\n\n"
        "For $X\\sim \\operatorname{Gamma}(\\alpha,\\lambda)$,\n\n"
        "$$\nf(x)=\\frac{\\lambda^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha-1}e^{-\\lambda x},"
        "\\qquad x>0.\n$$\n\n"
        f"{said}$$\n{lhs}={value}.\n$$\n"
    )


def _last(tmp_path, bound, name):
    power, value, _ = VALUES[name]
    rows = rows_of_text(tmp_path, _post(bound, power, value))
    row = rows[max(rows)]
    return row.verdict, row.reason or ""


@pytest.mark.parametrize(
    ("bound", "name", "want"),
    [
        ("\\alpha>1", "right -1", "proved"),  # failed before the fix (unchecked)
        ("\\alpha>2", "right -2", "proved"),  # failed before the fix (unchecked)
        ("\\alpha>2", "right -1", "proved"),  # failed before the fix (unchecked)
        ("\\alpha>1", "wrong -1", "refuted"),  # failed before the fix (unchecked)
        ("\\alpha>1", "scale -1", "refuted"),  # failed before the fix (unchecked)
        ("\\alpha>2", "wrong -2", "refuted"),  # failed before the fix (unchecked)
    ],
)
def test_a_moment_under_the_bound_the_post_states(tmp_path, bound, name, want):
    verdict, reason = _last(tmp_path, bound, name)
    assert verdict == want, (bound, name, verdict, reason)


@pytest.mark.parametrize(
    ("bound", "name"),
    [
        ("", "right -1"),  # no bound: E(1/X) may be infinite
        ("", "wrong -1"),
        ("\\alpha>1", "right -2"),  # E(1/X^2) needs alpha > 2
        ("\\alpha>1", "wrong -2"),
        ("\\alpha\\geq 1", "right -1"),  # at alpha = 1 E(1/X) is infinite
        ("\\lambda>1", "right -1"),  # a bound on the rate says nothing of the shape
        ("\\lambda>1", "wrong -1"),
    ],
)
def test_a_moment_the_stated_bound_leaves_open(tmp_path, bound, name):
    """Never proved, never refuted: where the moment may be infinite, no value is its."""
    verdict, reason = _last(tmp_path, bound, name)
    assert verdict not in ("proved", "refuted"), (bound, name, verdict, reason)


@pytest.fixture(scope="module")
def held_out():
    return rows_of(HELD_OUT)


def test_the_held_out_midterm(held_out):
    """lalyuns lines 36 (``\\alpha > 1``) and 42 (``\\alpha > 2``) are proved (failed before);
    no row of the post is refuted (all are correct)."""
    assert held_out[36].verdict == "proved", held_out[36].reason
    assert held_out[42].verdict == "proved", held_out[42].reason
    assert all(r.verdict != "refuted" for r in held_out.values())


@pytest.mark.parametrize(
    ("bound", "name", "needed"),
    [("", "right -1", "alpha > 1"), ("\\alpha>1", "right -2", "alpha > 2")],
)
def test_the_unchecked_row_names_the_bound(tmp_path, bound, name, needed):
    """The open condition is named (failed before: "cannot work out")."""
    verdict, reason = _last(tmp_path, bound, name)
    assert verdict == "unchecked" and needed in reason, (verdict, reason)
