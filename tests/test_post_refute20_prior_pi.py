"""``\\pi(\\sigma^2)``: a prior density applied to a parameter, not the number pi times it.

Held-out batch 20 (eriktuck line 15; repro19 inverse-gamma-prior-pi-of-sigma2...): once
sigma^2 was the model's variance, ``\\pi(\\sigma^2) \\propto (\\sigma^2)^{-(a+1)}
e^{-b/\\sigma^2}`` was read as 3.14159 * sigma^2 and refuted. ``\\pi`` applied to a bracket
that holds a parameter (``\\sigma^2``, ``\\theta``, ``\\mu, \\tau``) at the start of a row,
or anywhere in a post that speaks of a prior or a density, is a function; the number pi
only where nothing says otherwise (``2\\pi(\\ldots)``, ``\\sqrt{2\\pi}``).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

MODEL = (
    "Let $X \\overset{iid}{\\sim} N(\\mu, \\sigma^2)$ with known $\\mu$ and the prior "
    "distribution on $\\sigma^2$ is the inverse gamma distribution.\n\n"
)


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize("arg", ["\\sigma^2", "\\sigma^{2}", "{\\sigma^2}", "\\tau^2", "\\theta"])
def test_a_prior_row_is_not_refuted(tmp_path, arg):
    base = arg.strip("{}").split("^")[0]
    sq = f"{{{base}^2}}" if "^" in arg else base
    body = MODEL + f"$$\\pi({arg}) \\propto ({sq})^{{-(a+1)}} \\exp\\{{-b/{sq}\\}}$$\n"
    rows = _rows(tmp_path, body)
    assert all(r.verdict != "refuted" for r in rows.values()), rows


def test_the_prior_then_the_posterior_is_proved_and_the_wrong_twin_is_not(tmp_path):
    def chain(exponent: str) -> str:
        return (
            MODEL + "$$\n\\begin{aligned}\n"
            "\\pi(\\sigma^2 | x) &\\propto \\pi(\\sigma^2) (\\sigma^2)^{-n/2} "
            "\\exp\\{-S/(2\\sigma^2)\\} \\\\\n"
            f"&= (\\sigma^2)^{{{exponent}}} \\pi(\\sigma^2) \\exp\\{{-S/(2\\sigma^2)\\}}\n"
            "\\end{aligned}\n$$\n"
        )

    right = _rows(tmp_path, chain("-n/2"))
    assert all(r.verdict != "refuted" for r in right.values()), right
    wrong = _rows(tmp_path, chain("-n/2 + 1"))
    assert wrong[max(wrong)].verdict != "proved", wrong[max(wrong)].reason


def test_the_number_pi_stays_a_number(tmp_path):
    """``\\sqrt{2\\pi}`` and ``2\\pi(...)``: the circle constant; its arithmetic is still
    checked (a wrong twin with the 2 dropped is refuted, the right row proved)."""
    body = (
        MODEL + "$$\n\\begin{aligned}\nA &= 2\\pi(\\sigma^2 + 1) \\\\\n"
        "&= 2\\pi\\sigma^2 + 2\\pi\n\\end{aligned}\n$$\n"
    )
    rows = _rows(tmp_path, body)
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
    wrong = _rows(tmp_path, body.replace("+ 2\\pi\n", "+ \\pi\n"))
    assert wrong[max(wrong)].verdict == "refuted", wrong[max(wrong)].reason


def test_the_repro_row_is_not_refuted():
    from pathlib import Path

    post = (
        Path(__file__).parent
        / "posts/incoming/repro19/inverse-gamma-prior-pi-of-sigma2-read-as-pi-times-sigma2.md"
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[13].verdict != "refuted", rows[13].reason


PRIOR_WORDS = (
    "Let $x_1, \\dots, x_n$ be iid $N(0, \\sigma^2)$, with an inverse gamma prior "
    "$\\pi(\\sigma^2)$ on the variance, "
    "$\\pi(\\sigma^2) \\propto (\\sigma^2)^{-a-1} e^{-b/\\sigma^2}$.\n\n"
)


def _posterior(exponent: str) -> str:
    return (
        PRIOR_WORDS + "$$\n\\begin{aligned}\n"
        "p(\\sigma^2 | x) &\\propto (\\sigma^2)^{-n/2} e^{-S/(2\\sigma^2)} \\pi(\\sigma^2) \\\\\n"
        f"&\\propto (\\sigma^2)^{{{exponent}}} e^{{-(S/2 + b)/\\sigma^2}}\n"
        "\\end{aligned}\n$$\n"
    )


def test_a_prior_applied_mid_row_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, _posterior("-n/2 - a - 1"))
    assert all(r.verdict != "refuted" for r in rows.values()), rows


def test_its_wrong_twin_is_not_proved(tmp_path):
    rows = _rows(tmp_path, _posterior("-n/2 - a + 1"))
    assert rows[max(rows)].verdict != "proved", rows[max(rows)].reason


def test_the_circle_constant_beside_a_prior_function(tmp_path):
    """A post with a prior ``\\pi(\\sigma^2)`` still reads ``\\sqrt{2\\pi}`` as the number."""
    body = (
        MODEL + "$$\\pi(\\sigma^2) \\propto (\\sigma^2)^{-(a+1)} e^{-b/\\sigma^2}$$\n\n"
        "$$\n\\begin{aligned}\nA &= \\sqrt{2\\pi} \\sqrt{2\\pi} \\\\\n&= 2\\pi\n"
        "\\end{aligned}\n$$\n"
    )
    rows = _rows(tmp_path, body)
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
    wrong = _rows(tmp_path, body.replace("&= 2\\pi\n", "&= 2\\pi + 1\n"))
    assert wrong[max(wrong)].verdict == "refuted", wrong[max(wrong)].reason


def test_a_square_in_the_subscript_still_defines_the_function():
    """``M_{x^2}(t) = E(e^{X^2 t})`` defines M (the square is in the subscript, not in the
    bracket): the soton mgf notes' rows 36 and 41 were refuted when it did not."""
    from pathlib import Path

    from derivations.post._parse import _defined_function

    assert _defined_function("M_{x^2}(t)&=&E(e^{X^2t})", 0) == "M"
    assert _defined_function("n(\\bar{x}^2) = n \\bar{x}^2", 0) == ""
    post = (
        Path(__file__).parent
        / "posts/incoming/external15/soton-edshare-chi-square-mgf-gamma-eqnarray-notes.md"
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert all(r.verdict != "refuted" for r in rows.values()), rows
