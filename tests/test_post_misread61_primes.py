"""A prime is never read silently as something the author may not mean (misread61).

``x' b`` is a name ``x'`` times ``b`` to the reader, and econometrics writes it for the
transpose ``x^T b``: a failing comparison through it was already no refutation for a Latin
letter (batch 39). A Greek letter was left out (``\\phi'(z)`` is a derivative's prime), so
``\\mu'\\mu = \\mu^2`` of a vector mu was refuted. A prime after a bracket
(``(Y_i-\\mu)'``, Casella-Berger's transpose) stays unparsed: neither a derivative nor a name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

VECTOR = "Let ${g}$ be a vector and $\\Sigma$ a covariance matrix.\n\n"


def _rows(tmp_path: Path, text: str) -> list:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return check_post(p, jobs=1).rows


@pytest.mark.parametrize("g", ["\\mu", "\\beta", "\\theta", "\\alpha", "b", "x"])
@pytest.mark.parametrize(
    "row",
    [
        "{g}'{g} = {g}^2",
        "\\frac{{1}}{{2}} {g}'{g} = \\frac{{{g}^2}}{{2}}",
        "{g}' {g} = \\|{g}\\|^2",
    ],
)
def test_a_primed_letter_times_a_factor_is_never_refuted_as_a_name(tmp_path, g, row):
    """Property over letters and rows: with the prime a transpose each row is what authors
    write; with the prime a name of its own it fails, and that reading is not certain."""
    rows = _rows(tmp_path, VECTOR.format(g=g) + "$$" + row.format(g=g) + "$$\n")
    assert rows[-1].verdict != "refuted", (rows[-1].verdict, rows[-1].reason)


@pytest.mark.parametrize(
    "row",
    [
        "(Y_i-\\mu)'(Y_i-\\mu) = Y_i'Y_i - 2\\mu'Y_i + \\mu'\\mu",
        "Q = \\sum_{i=1}^n (Y_i-\\mu)'\\Sigma^{-1}(Y_i-\\mu)",
        "(a+b)' = a' + b'",
        "(x^2)' = 2x",
    ],
)
def test_a_prime_after_a_bracket_stays_unparsed(tmp_path, row):
    rows = _rows(tmp_path, VECTOR.format(g="Y_i") + "$$" + row + "$$\n")
    assert [r.verdict for r in rows] == ["unparsed"], [(r.verdict, r.reason) for r in rows]
