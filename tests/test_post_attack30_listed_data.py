"""A list the prose gives is the data of a row only when nothing in the post says otherwise.

Adversarial set 22 (written blind against fa1dc12) found 19 breaches in ``._said_samples``:
a list of another quantity read as the sample's (``\\tilde x = (...)``, ``\\log y = (...)``),
observations indexed from 0 read from 1, a value corrected in the next sentence or a recount
in words not seen, numbers after "measurements took", "samples of sizes", "counts at ages"
read as the data, ``X = (...)`` used for ``x_i = X_i - \\bar X``, a later example's list used
in an earlier one, a list in an HTML comment (which the page does not show), and ``n`` taken
for the list's length where the words say eight values and list five. Each made a false sum
"proved" or a correct one "refuted".

The property: where the post's words make the list doubtful, a row that agrees with the list
is never proved and a row that agrees with the data the words give is never refuted; where
they do not, the list is still used (the tests of ``test_post_samples_said_in_the_prose.py``
and the controls here).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _planted(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = list(check_post(path, jobs=1).rows)
    lines = text.splitlines()
    (row,) = [r for r in rows if lines[r.line - 1].startswith("$$") and "= " in lines[r.line - 1]]
    return row


#: (prose, the row's left side, what the misleading list gives, what the data are)
DOUBTFUL = {
    "centred": (
        "We observe five raw scores $x_1, \\dots, x_5$ whose mean is 4. The centred data are "
        "$\\tilde x = (-2, 0, 0, 1, 1)$.",
        "\\sum_{i=1}^5 x_i",
        "0",
        "20",
    ),
    "log scale": (
        "On the log scale the three observations are $\\log y = (0, 1, 2)$.",
        "\\sum_{i=1}^3 y_i",
        "3",
        "1 + e + e^2",
    ),
    "increments": (
        "The increments are $\\Delta x = (1, 2, 3)$ and the levels $x_1, x_2, x_3$ are 2, 4, 7.",
        "\\sum_{i=1}^3 x_i",
        "6",
        "13",
    ),
    "indexed from zero": (
        "Our five observations are $x_0, x_1, x_2, x_3, x_4$, in order $x = (2, 4, 4, 5, 7)$.",
        "x_1 + x_4",
        "7",
        "11",
    ),
    "corrected": (
        "We observe $x = (2, 4, 4, 5, 7)$. The last value was mistyped: it is $x_5 = 9$.",
        "\\sum_{i=1}^5 x_i",
        "22",
        "24",
    ),
    "recount": (
        "We observe $x = (2, 4, 4, 5, 7)$. After a recount the observations are 2, 4, 4, 5 and 8.",
        "\\sum_{i=1}^5 x_i",
        "22",
        "23",
    ),
    "durations": (
        "The measurements took 10, 20 and 30 minutes; the values were $x_1 = 2$, $x_2 = 5$ and "
        "$x_3 = 9$.",
        "\\sum_{i=1}^3 x_i",
        "60",
        "16",
    ),
    "sizes": (
        "We ran three samples, of sizes 10, 20 and 30, whose means $x_i$ are in the table.",
        "\\sum_{i=1}^3 x_i",
        "60",
        "16",
    ),
    "ages": (
        "We recorded the counts at ages 20, 30 and 40: they were 3, 1 and 4.",
        "\\sum_{i=1}^3 x_i",
        "90",
        "8",
    ),
    "deviations": (
        "The raw scores are $X = (2, 4, 4, 5, 7)$ and $x_i = X_i - \\bar X$ are their deviations.",
        "\\sum_{i=1}^5 x_i",
        "22",
        "0",
    ),
    "comment": (
        "<!-- draft data: x = (1, 2, 3, 4, 5) -->\n"
        "The five observations are two, four, four, five and seven.",
        "\\sum_{i=1}^5 x_i",
        "15",
        "22",
    ),
    "eight in all": (
        "We draw $n$ values, eight in all: the first five are $x = (2, 4, 4, 5, 7)$ and the "
        "other three are zero.",
        "\\frac{1}{n}\\sum_{i=1}^n x_i",
        "4.4",
        "2.75",
    ),
}


def _post(prose, row):
    return f"---\ntitle: t\n---\n{prose}\n\n$${row}$$\n"


@pytest.mark.parametrize("case", sorted(DOUBTFUL))
def test_a_row_agreeing_with_a_doubtful_list_is_not_proved(tmp_path, case):
    prose, lhs, listed, _ = DOUBTFUL[case]
    row = _planted(tmp_path, _post(prose, f"{lhs} = {listed}"))
    assert row.verdict != "proved", (row.verdict, row.reason, row.how)


@pytest.mark.parametrize("case", sorted(DOUBTFUL))
def test_a_row_agreeing_with_the_data_is_not_refuted(tmp_path, case):
    prose, lhs, _, data = DOUBTFUL[case]
    row = _planted(tmp_path, _post(prose, f"{lhs} = {data}"))
    assert row.verdict != "refuted", (row.verdict, row.reason, row.counterexample)


def test_a_later_example_lists_no_data_for_an_earlier_row(tmp_path):
    text = (
        "---\ntitle: t\n---\n## Example 1\n\nThe three values are two, five and nine.\n\n"
        "$$\\sum_{i=1}^3 x_i = SUM$$\n\n## Example 2\n\nNow take $x = (1, 1, 1)$ instead.\n"
    )
    assert _planted(tmp_path, text.replace("SUM", "3")).verdict != "proved"
    assert _planted(tmp_path, text.replace("SUM", "16")).verdict != "refuted"


#: Lists nothing speaks against: still used, both ways.
PLAIN = [
    "We observe $x = (2, 4, 4, 5, 7)$.",
    "We observe $\\mathbf{x} = (2, 4, 4, 5, 7)$.",
    "The sample is $\\boldsymbol x = (2, 4, 4, 5, 7)$, five observations.",
    "Let $x_1, \\dots, x_5$ be the data, $x = (2, 4, 4, 5, 7)$, and $x_3 = 4$ the median.",
    "The counts were 2, 4, 4, 5 and 7.",
    "We observe $X = (2, 4, 4, 5, 7)$.",
]


@pytest.mark.parametrize("prose", PLAIN)
def test_a_plain_list_still_decides(tmp_path, prose):
    right = _planted(tmp_path, _post(prose, "\\sum_{i=1}^5 x_i = 22"))
    assert right.verdict == "proved", (right.verdict, right.reason)
    wrong = _planted(tmp_path, _post(prose, "\\sum_{i=1}^5 x_i = 21"))
    words = "$" not in prose
    assert wrong.verdict == ("unchecked" if words else "refuted"), (wrong.verdict, wrong.reason)
