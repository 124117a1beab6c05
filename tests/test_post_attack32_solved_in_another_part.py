"""A value solved in one part of a post is not put in in the next part.

Adversarial set 24 (17-false, written blind against 5f05f19): a slope solved under
"**Part (a).**" was put in under "**Part (b).** Now $a$ is any slope at all" (``b = \\bar y -
a \\bar x``, then ``b = \\bar y - \\bar x R``: proved "with a at the value solved for on line
9"). A bold label that opens a paragraph with a part, problem, question, exercise or case
("**Part (b).**", "**(b)**", "**Problem 2.**") starts another question, whose letters are its
own; a value solved before it is not put in after it. "**Step 2:**" labels steps of one
derivation and keeps the value.

Properties: a row that holds only at the old value is never proved across such a label; the
same row in the same part is proved (repro36); across a step label it is proved.
"""

from __future__ import annotations

import pytest

_SUM = r"\sum_{i=1}^n"
_POST = f"""LABEL_A

Minimising in $a$ gives

$$a{_SUM} x_i^2 - {_SUM} x_i y_i = 0 \\implies a = \\frac{{{_SUM} x_i y_i}}{{{_SUM} x_i^2}}$$

LABEL_B The intercept is

$$b = \\bar y - a \\bar x$$

so

$$b = \\bar y - \\bar x\\frac{{{_SUM} x_i y_i}}{{{_SUM} x_i^2}}$$
"""


def _verdict(tmp_path, text: str) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return next(r.verdict for r in check_post(post, jobs=1).rows if r.line == 13)


@pytest.mark.parametrize(
    "first, second",
    [
        ("**Part (a).**", "**Part (b).**"),
        ("**(a)**", "**(b)**"),
        ("**Problem 1.**", "**Problem 2.**"),
        ("**Question 1:**", "**Question 2:**"),
        ("**Case 1.**", "**Case 2.**"),
    ],
)
def test_a_value_from_another_part_is_not_put_in(tmp_path, first, second):
    # nor refuted: the part may use the value of the part before it ("with a from (a)")
    text = _POST.replace("LABEL_A", first).replace("LABEL_B", second)
    assert _verdict(tmp_path, text) not in ("proved", "refuted")


@pytest.mark.parametrize(
    "first, second", [("**Part (a).**", ""), ("**Step 1:**", "**Step 2:**"), ("", "")]
)
def test_within_one_part_or_across_steps_it_is_put_in(tmp_path, first, second):
    text = _POST.replace("LABEL_A", first).replace("LABEL_B", second)
    assert _verdict(tmp_path, text) == "proved"
