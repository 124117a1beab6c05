"""An integral with a region below its sign and no differential (repro35, external33 mr-easy).

``\\int_x p(x) \\log \\frac{p(x)}{q(x)}`` made the whole check raise (an AttributeError in
the lexer's message for a region it cannot state as limits): a reader that raises gives no
report at all. Whatever the region and whether or not a differential is written, a row
with such an integral is read or left unparsed with its reason, and the rest of the post
is still checked. Failed at 6f5d9e4 (the AttributeError).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


REGIONS = [
    r"x",
    r"{x}",
    r"X",
    r"{t > 0}",
    r"{0 < t < 1}",
    r"{x \in A}",
    r"\mathcal{Z}",
    r"{\mathbf{x}}",
    r"{x, y}",
    r"S",
]


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("dx", ["", r" \, dx", r" \, dt"])
def test_a_region_below_the_sign_never_makes_the_check_raise(tmp_path, region, dx):
    body = f"$$I = \\int_{region} p(x) \\log \\frac{{p(x)}}{{q(x)}}{dx}$$\n\n$$J = 2 + 2 = 5$$\n"
    rows = _rows(tmp_path, body)
    # the row after it is still read and given a verdict; its wrong value is never proved
    assert max(rows) == 7 and rows[7].verdict in ("refuted", "unchecked"), rows[7].reason


@pytest.mark.parametrize("region", REGIONS)
def test_a_wrong_value_of_such_an_integral_is_never_proved(tmp_path, region):
    rows = _rows(tmp_path, f"$$I = \\int_{region} e^{{-t}} = 2$$\n")
    assert all(r.verdict != "proved" for r in rows.values()), [
        (r.line, r.verdict, r.reason) for r in rows.values()
    ]


@pytest.mark.parametrize("v", ["x", r"\theta", "z"])
def test_the_letter_below_the_sign_is_the_variable_when_no_differential_is_written(tmp_path, v):
    # \int_x f(x): "over all of x", as \int_x f(x)\,dx is read; a constant moves out
    good = _rows(tmp_path, f"$$I = \\int_{{{v}}} 2 g({v}) = 2 \\int_{{{v}}} g({v})$$\n")
    assert good[5].verdict == "proved", good[5].reason
    wrong = _rows(tmp_path, f"$$I = \\int_{{{v}}} 2 g({v}) = 3 \\int_{{{v}}} g({v})$$\n")
    assert wrong[5].verdict != "proved", wrong[5].reason


@pytest.mark.parametrize("region", ["X", r"\Omega", "a"])
def test_a_capital_or_a_letter_the_integrand_lacks_is_not_taken_for_the_variable(tmp_path, region):
    rows = _rows(tmp_path, f"$$I = \\int_{{{region}}} 2 g(x) = 3 \\int_{{{region}}} g(x)$$\n")
    assert rows[5].verdict != "proved", rows[5].reason
