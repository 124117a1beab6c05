"""``\\pm`` and ``\\mp``: a row that stands for two, one per sign (``._sign_letter``, ``._plus_minus``).

Before, every row with ``\\pm`` was unparsed ("\\pm (plus or minus) is not read"): 11 correct
rows of the held-out posts (the roots of a quadratic, StatProofBook's inflection points and
FWHM of the normal density). ``a \\pm b`` is now ``a + s b`` with one sign letter ``s`` whose
only values are +1 and -1, and ``a \\mp b`` is ``a - s b``.

Properties: an identity that holds for both signs is proved (case by case where it needs
``s^2 = 1``); one that fails for both pairings of the signs is refuted; a row that is right as
a set of two values (``3 - (\\pm 2) = 3 \\pm 2``, ``\\pm\\sqrt{x^2} = \\pm x``) or an
equation solved into its roots (``u^2 = 4`` then ``u = \\pm 2``) is never refuted; roots of
an equation in the parameter are not the parameter's value.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows, verdict_of_row

from derivations.post._parse import parse_expression
from derivations.post._sign_letter import SIGN

_PROVED = [
    r"(\pm \sigma)^3 = \pm \sigma^3",
    r"(\pm a)^2 = a^2",
    r"a \mp b = a - (\pm b)",
    r"\frac{-1 \pm \sqrt{1^2 + 4 W}}{2} = \frac{-1 \pm \sqrt{1 + 4W}}{2}",
    r"\left(\frac{\pm\sigma}{\sigma^2}\right)^2 = \frac{1}{\sigma^2}",
]

_FALSE = [
    r"(\pm \sigma)^2 = \pm \sigma^2",
    r"\mu \pm \sigma = \mu \pm 2 \sigma",
    r"(\pm \sigma)^3 = \sigma^3",
]

#: right as sets of two values, wrong with one sign shared
_AS_SETS = [
    r"3 - (\pm 2) = 3 \pm 2",
    r"\pm \sqrt{x^2} = \pm x",
    r"\mu \mp \sigma = \mu \pm \sigma",
]


@pytest.mark.parametrize("row", _PROVED)
def test_an_identity_for_both_signs_is_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, f"\n$${row}$$\n", row) == "proved"


@pytest.mark.parametrize("row", _FALSE)
def test_an_identity_false_for_both_pairings_is_refuted(tmp_path, row):
    assert verdict_of_row(tmp_path, f"\n$${row}$$\n", row) == "refuted"


@pytest.mark.parametrize("row", _AS_SETS)
def test_a_row_right_as_a_set_is_never_refuted(tmp_path, row):
    assert verdict_of_row(tmp_path, f"\n$${row}$$\n", row) != "refuted"


def test_an_equation_solved_into_its_roots_is_never_refuted(tmp_path):
    rows = display_rows(tmp_path, r"u^2 - 2 u - 3 = 0", r"u = 1 \pm 2", r"u = 1 \pm 3")
    assert all(r.verdict != "refuted" for line in (7, 9) for r in [rows[line]]), {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_a_chain_of_roots_is_proved_link_by_link(tmp_path):
    body = (
        "\n$$0 = x^2 - 2 \\mu x + (\\mu^2 - \\sigma^2)$$\n\nso\n\n$$\n\\begin{split}\n"
        "x_{1/2} &= \\mu \\pm \\sqrt{\\mu^2 - \\mu^2 + \\sigma^2} \\\\\n"
        "x_{1/2} &= \\mu \\pm \\sigma\n\\end{split}\n$$\n"
    )
    assert verdict_of_row(tmp_path, body, r"x_{1/2} &= \mu \pm \sigma") == "proved"


def test_roots_of_the_parameter_are_not_its_value(tmp_path):
    """external46 jimmyhickey 10.3: the roots written first, the log-likelihood after. Put
    in for theta, the roots made the correct derivative a line of the sign, and refuted."""
    body = (
        "\n$$\\theta = \\frac{-1 \\pm \\sqrt{1 + 4W}}{2}$$\n\nThe log-likelihood is\n\n"
        "$$\\ell(\\theta) = -\\frac{n}{2}\\log\\theta - \\frac{n W}{2\\theta}$$\n\nso\n\n"
        "$$\\frac{d\\ell}{d\\theta} = -\\frac{n}{2\\theta} + \\frac{n W}{2\\theta^2}$$\n"
    )
    row = r"\frac{d\ell}{d\theta} = -\frac{n}{2\theta} + \frac{n W}{2\theta^2}"
    assert verdict_of_row(tmp_path, body, row) == "proved"


def _plain(e):
    import sympy as sp

    with sp.evaluate(True):
        return sp.expand(e.doit())


@pytest.mark.parametrize(
    "latex, twin",
    [
        (r"a \pm b", r"a + s b"),
        (r"a \mp b c", r"a - s b c"),
        (r"\pm \frac{2}{c}", r"s \frac{2}{c}"),
        (r"\frac{-1 \pm \sqrt{d}}{2}", r"\frac{-1 + s \sqrt{d}}{2}"),
    ],
)
def test_the_sign_takes_the_place_of_plus_and_minus(latex, twin):
    """``\\pm`` reads as the sign letter times what follows, ``\\mp`` as minus it."""
    e, _ = parse_expression(latex)
    assert e.has(SIGN)
    t, _ = parse_expression(twin)
    s = next(x for x in t.free_symbols if x.name == "s")
    assert _plain(e) == _plain(t.xreplace({s: SIGN}))


def test_a_sign_is_never_zero_and_never_positive(tmp_path):
    """``\\pm`` times something non-zero is non-zero (StatProofBook's third derivative at the
    inflection points, ``\\ne 0``); it is not positive."""
    row = r"\frac{1}{\sqrt{2 \pi} \sigma} \cdot \left( \pm \frac{2}{\sigma^3} \right) \neq 0"
    assert verdict_of_row(tmp_path, f"\n$${row}$$\n", row) == "proved"
    for row in (r"\pm \sigma > 0", r"\pm \sigma < 0"):
        assert verdict_of_row(tmp_path, f"\n$${row}$$\n", row) != "proved"
