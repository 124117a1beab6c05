"""A row that drops a letter the post ties to others by an equation it did not solve is no
refutation at that letter drawn freely.

Adversarial set 24 (23-true, written blind against 5f05f19): "From the constraint, $$u + v = 1
\\implies u = 1 - v$$", then ``g = (u + v)^2 + v`` and ``g = 1 + v``: the last row was refuted,
compared with the row above at a ``u`` drawn freely. The row that solves for ``u`` is read as
one that "puts in numbers" (unchecked), so no value of ``u`` was derived for
``._solved_letters`` to put in; the constraint still holds, and with it the row does.

Properties: the restatement is not refuted (unchecked, naming the constraint's line); a
restatement wrong under the constraint as well is never proved; a letter that no equation of
the post ties is compared as before (refuted when the row fails).
"""

from __future__ import annotations

import pytest


def _verdict(tmp_path, text: str, line: int) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return next(r.verdict for r in check_post(post, jobs=1).rows if r.line == line)


_POST = (
    "From the constraint,\n\n$$CONSTRAINT$$\n\nThe objective is\n\n"
    "$$g = (u + v)^2 + v$$\n\nso\n\n$$g = RESULT$$\n"
)


@pytest.mark.parametrize(
    "constraint", [r"u + v = 1 \implies u = 1 - v", r"u + v = 1", r"2u + 2v = 2"]
)
def test_the_restatement_under_the_constraint_is_not_refuted(tmp_path, constraint):
    text = _POST.replace("CONSTRAINT", constraint).replace("RESULT", "1 + v")
    assert _verdict(tmp_path, text, 11) != "refuted"


@pytest.mark.parametrize("constraint", [r"u + v = 1 \implies u = 1 - v", r"u + v = 1"])
def test_a_wrong_restatement_is_never_proved(tmp_path, constraint):
    text = _POST.replace("CONSTRAINT", constraint).replace("RESULT", "1 + 2v")
    assert _verdict(tmp_path, text, 11) != "proved"


def test_a_letter_no_equation_ties_is_compared_as_before(tmp_path):
    text = _POST.replace("CONSTRAINT", r"w + v = 1").replace("RESULT", "1 + v")
    assert _verdict(tmp_path, text, 11) == "refuted"


@pytest.mark.parametrize("constraint", [r"u + v = 1", r"2u + 2v = 2", r"1 - v = u"])
def test_a_linear_constraint_is_put_in(tmp_path, constraint):
    # u + v = 1 gives u = 1 - v exactly (a number as u's coefficient): with it put in, the
    # right restatement follows and a wrong one fails both ways
    right = _POST.replace("CONSTRAINT", constraint).replace("RESULT", "1 + v")
    wrong = _POST.replace("CONSTRAINT", constraint).replace("RESULT", "1 + 2v")
    assert (_verdict(tmp_path, right, 11), _verdict(tmp_path, wrong, 11)) == (
        "proved",
        "refuted",
    )


def test_a_constraint_not_linear_in_the_letter_is_not_put_in(tmp_path):
    text = _POST.replace("CONSTRAINT", r"u^2 + v = 1").replace("RESULT", "1 + v")
    assert _verdict(tmp_path, text, 11) not in ("proved", "refuted")


@pytest.mark.parametrize("result", ["1 + v", "1 + 2v"])
def test_a_constraint_in_another_part_is_not_put_in(tmp_path, result):
    # the new part may or may not keep it: neither proved nor refuted through it
    text = _POST.replace("CONSTRAINT", r"u + v = 1").replace("RESULT", result)
    text = text.replace("The objective is", "**Part (b).** The objective is")
    assert _verdict(tmp_path, text, 11) not in ("proved", "refuted")
