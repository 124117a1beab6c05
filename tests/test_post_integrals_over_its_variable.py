"""``\\int_x dx\\, f``: the region below the sign named by the integral's own variable.

Found on a physics-style blog on Fisher information (liamcpinchbeck, external15): 13 correct
rows written ``\\int_x dx \\frac{...}{...}`` were unparsed ("the region 'x' below the integral
sign is not a set"), and two lost factors of gamma among them went unseen. A region that is
the variable itself says "over all of x": the integral without limits, over where x lives
(the range the post states or the law it declares; unknown: prove-only, as documented).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tokens import LatexError
from derivations.post._tosympy import PostSyntaxError


def _reading(text: str):
    try:
        return parse_expression(text)[0]
    except (LatexError, PostSyntaxError) as exc:
        return type(exc)


@pytest.mark.parametrize(
    "body",
    [r"dx\, e^{-x^2}", r"x^2 e^{-x} \, dx", r"dx \frac{1}{1 + x^2}", r"\frac{x}{2}\, dx"],
)
def test_the_variable_below_the_sign_is_the_integral_without_limits(body):
    assert _reading(rf"\int_x {body}") == _reading(rf"\int {body}")
    assert _reading(rf"\int_{{x}} {body}") == _reading(rf"\int {body}")


def test_another_letter_below_the_sign_is_still_a_region_not_read():
    with pytest.raises((LatexError, PostSyntaxError)) as err:
        parse_expression(r"\int_u x^2 \, dx")
    assert "region" in str(err.value)


@pytest.mark.parametrize(
    ("rhs", "expect"), [(r"\frac{1}{a}", "proved"), (r"\frac{2}{a}", "refuted")]
)
def test_over_a_stated_range(tmp_path, rhs, expect):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\nFor $x > 0$ and $a > 0$,\n\n"
        rf"$$\int_x dx\, e^{{-a x}} = {rhs}$$" + "\n",
        encoding="utf-8",
    )
    assert check_post(post, jobs=1).rows[-1].verdict == expect
