"""An exercise in parts may define a name again in a later part, for another model:
"(a) ... the likelihood function is $L(\\theta) = A$", then "(d) Hardy-Weinberg is now
binomial ... the likelihood function is $L(\\theta) = B$". Part (d)'s row was refuted as a
restatement of part (a)'s L (held-out batch 17, line 111; repro16 line 17). A part label
opening the paragraph before the row ("(d)", "**(b)**", "Part (c)") is read the way a new
heading already was: a definition that differs from the old value is not compared with it
(this part may define its own L, or restate the old one wrongly), and L has no value after
it. Within one part, a wrong restatement is still refuted."""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of, verdict_of_row

HERE = Path(__file__).resolve().parent
REPRO = HERE / "posts/incoming/repro16/likelihood-redefined-for-second-model-part-d-refuted.md"
POST = (
    HERE
    / "posts/incoming/external17"
    / "covuworie-jupyter-hardy-weinberg-trinomial-mle-score-information.md"
)

_PARTS = (
    "{a} The model is Poisson, so the likelihood is\n\n"
    "$$L(\\lambda) = \\lambda^{{s}} e^{{-n\\lambda}}$$\n\n"
    "{d} The model is now exponential. So the likelihood is\n\n$$ROW$$\n"
)
_NEW = "L(\\lambda) = \\lambda^{n} e^{-\\lambda s}"


def test_the_reduction_and_the_post_are_not_refuted():
    assert rows_of(REPRO)[17].verdict != "refuted"
    assert rows_of(POST)[111].verdict != "refuted"


@pytest.mark.parametrize(
    ("a", "d"),
    [("(a)", "(d)"), ("**(a)**", "**(b)**"), ("Part (a).", "Part (c)."), ("(i)", "(ii)")],
)
def test_a_later_part_may_define_the_name_anew(tmp_path, a, d):
    body = _PARTS.format(a=a, d=d).replace("ROW", _NEW)
    assert verdict_of_row(tmp_path, body, _NEW) not in ("refuted", "proved")


def test_without_a_part_label_a_different_restatement_is_still_refuted(tmp_path):
    body = _PARTS.format(a="", d="").replace("ROW", _NEW)
    assert verdict_of_row(tmp_path, body, _NEW) == "refuted"


def test_in_a_later_part_the_same_value_is_still_compared(tmp_path):
    same = "L(\\lambda) = e^{-n\\lambda} \\lambda^{s}"
    body = _PARTS.format(a="(a)", d="(b)").replace("ROW", same)
    assert verdict_of_row(tmp_path, body, same) == "proved"
