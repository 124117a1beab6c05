"""A sample the prose lists ("We observe $x = (2, 4, 4, 5, 7)$") is the data rows put in.

A row that puts in the data (``\\sum_{i=1}^5 x_i = 22``) was "unchecked: the row puts in the
values of x_i (data the math does not give)" even when the post lists them, so a wrong sum
or mean of a worked example went uncaught (probe posts, this session). With one list the
prose gives for the letter, the line above is evaluated at it and compared as written (to the
decimals written, or as an identity in the symbols left); a letter given two different lists,
or a list that is shorter than the sum, leaves the row unchecked as before. A list in words
with no letter ("the counts 3, 1, 4, 1, 5") never refutes: it may be another sample's.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# A worked example

We observe $x = (2, 4, 4, 5, 7)$.

$$\sum_{i=1}^5 x_i = SUM$$

$$\frac{1}{5}\sum_{i=1}^5 (x_i - 4.4)^2 = VAR$$

$$\sum_{i=1}^5 \log(\lambda e^{-\lambda x_i}) = LOGLIK$$
"""
RIGHT = {"SUM": "22", "VAR": "2.64", "LOGLIK": r"5\log\lambda - 22\lambda"}
WRONG = {"SUM": "21", "VAR": "2.46", "LOGLIK": r"5\log\lambda - 21\lambda"}


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


def _post(**values):
    text = POST
    for k, v in values.items():
        text = text.replace(k, v)
    return text


@pytest.mark.parametrize("which", ["SUM", "VAR", "LOGLIK"])
def test_a_row_that_puts_in_the_listed_data_is_proved(tmp_path, which):
    rows = _rows(tmp_path, _post(**RIGHT))
    row = rows[["SUM", "VAR", "LOGLIK"].index(which)]
    assert row.verdict == "proved", (row.verdict, row.reason)
    assert "line 3" in (row.how or "") + (row.reason or ""), row.how


@pytest.mark.parametrize("which", ["SUM", "VAR", "LOGLIK"])
def test_a_row_that_puts_in_other_numbers_is_refuted(tmp_path, which):
    values = dict(RIGHT)
    values[which] = WRONG[which]
    rows = _rows(tmp_path, _post(**values))
    row = rows[["SUM", "VAR", "LOGLIK"].index(which)]
    assert row.verdict == "refuted", (row.verdict, row.reason)


@pytest.mark.parametrize(
    "prose",
    [
        r"We observe $x = \{2, 4, 4, 5, 7\}$.",
        r"The data are $\mathbf{x} = [2, 4, 4, 5, 7]$.",
        r"We observe $x = \left(2,\, 4,\, 4,\, 5,\, 7\right)$.",
    ],
)
def test_other_ways_of_listing_the_data(tmp_path, prose):
    text = _post(**WRONG).replace(r"We observe $x = (2, 4, 4, 5, 7)$.", prose)
    assert _rows(tmp_path, text)[0].verdict == "refuted"


def test_two_lists_for_the_letter_decide_nothing(tmp_path):
    text = _post(**WRONG).replace(
        "$.\n", "$.\n\nIn a second experiment $x = (1, 1, 2, 3, 5)$.\n", 1
    )
    for row in _rows(tmp_path, text):
        assert row.verdict not in ("refuted", "proved"), (row.line, row.verdict, row.reason)


def test_a_list_shorter_than_the_sum_decides_nothing(tmp_path):
    text = _post(**RIGHT).replace("(2, 4, 4, 5, 7)", "(2, 4, 4)")
    for row in _rows(tmp_path, text):
        assert row.verdict not in ("refuted", "proved"), (row.line, row.verdict, row.reason)


WORDS = r"""# Counts

The counts were 3, 1, 4, 1, 5 on five days.

$$\sum_{i=1}^5 x_i = SUM$$
"""


def test_a_list_in_words_proves_but_never_refutes(tmp_path):
    assert _rows(tmp_path, WORDS.replace("SUM", "14"))[0].verdict == "proved"
    assert _rows(tmp_path, WORDS.replace("SUM", "15"))[0].verdict not in ("refuted", "proved")


SIZED = r"""# Counts

We observe $x = (2, 4, 4, 5, 7)$.SAID

$$\sum_{i=1}^n x_i - n = SUM$$
"""


def test_a_sum_to_the_sample_size_runs_over_the_list(tmp_path):
    assert _rows(tmp_path, SIZED.replace("SAID", "").replace("SUM", "17"))[0].verdict == "proved"
    assert _rows(tmp_path, SIZED.replace("SAID", "").replace("SUM", "16"))[0].verdict == "refuted"


def test_a_size_the_post_says_otherwise_decides_nothing(tmp_path):
    text = SIZED.replace("SAID", " A sample of $n = 6$ observations.").replace("SUM", "16")
    assert _rows(tmp_path, text)[0].verdict not in ("refuted", "proved")


def test_a_row_that_puts_in_more_than_the_data_is_not_refuted(tmp_path):
    # l at the estimate: hat-lambda's value is put in too, which the listed data do not give
    text = (
        "# Poisson\n\nWe observe $x = (2, 3, 1, 0, 4)$.\n\n"
        "$$\\ell(\\lambda) = \\sum_{i=1}^n (x_i \\log\\lambda - \\lambda - \\log x_i!)$$\n\n"
        "$$\\hat\\lambda = \\frac{1}{n}\\sum_{i=1}^n x_i$$\n\n"
        "$$\\ell(\\hat\\lambda) = 10\\log 2 - 10 - \\log 288$$\n"
    )
    assert _rows(tmp_path, text)[-1].verdict != "refuted"
