"""Held-out batch 41 (miclukacova line 85): a row rewritten in letters the prose gives a value
after it ("Where we have defined $k = \\frac{\\nu+1}{2}$ and $\\lambda = ...$"), then a row
restating it. The reader does not take such a formula as the letters' value, so the second
row was compared with the first as an identity in k and lambda and refuted at k = 4.455,
where the post means k = (nu + 1)/2. A number the prose gives a letter was already no ground
for a refutation (``._setting_doubt.dispute_stated_values``); a formula is no more one."""

from __future__ import annotations

from _post_rows import verdict_of_row

_BODY = (
    "The joint density is\n"
    "$$\nf(x,w) = \\frac{1}{2^{(\\nu+1)/2}} w^{(\\nu-1)/2} e^{-\\frac{w}{2}(1+x^2)} \\\\\n"
    "= \\frac{1}{2^{(\\nu+1)/2}} w^{k-1} e^{-\\frac{w}{\\lambda}}\n$$\n"
    "Where we have defined $k = \\frac{\\nu+1}{2}$ and $\\lambda = 2\\left(1+x^2\\right)^{-1}$.\n"
    "$$\nf(x,w) = ROW\n$$\n"
)
_RIGHT = (
    "\\left(1+x^2\\right)^{-\\frac{\\nu+1}{2}} \\frac{1}{\\lambda^{k}} w^{k-1} "
    "e^{-\\frac{w}{\\lambda}}"
)


def test_a_row_true_at_the_formulas_the_prose_gives_is_not_refuted(tmp_path):
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", _RIGHT), _RIGHT) != "refuted"


def test_a_false_row_after_those_formulas_is_not_proved(tmp_path):
    wrong = "3" + _RIGHT
    assert verdict_of_row(tmp_path, _BODY.replace("ROW", wrong), wrong) != "proved"


def test_a_row_of_letters_the_prose_does_not_name_is_still_refuted(tmp_path):
    """The prose gives k a formula; a false row in a and b alone keeps its refutation."""
    body = "Where we have defined $k = \\frac{\\nu+1}{2}$.\n$$\n(a+b)^2 = a^2 + b^2\n$$\n"
    assert verdict_of_row(tmp_path, body, "(a+b)^2 = a^2 + b^2") == "refuted"
