"""A row that disagrees with a density the reader only took as given is no refutation (catch65).

catch64's probe: ``f(x_1, ..., x_n | p) = \\prod p^{x_i} (1-p)^{x_i}`` (wrong: the second
power is ``1 - x_i``) is taken as given - the post names the pmf and gives it no law - and the
right restatement after it, ``p^{\\sum x_i} (1-p)^{n - \\sum x_i}``, was refuted "restates f
as last written". The disagreement cannot say which of the two rows is wrong: the density of
the sample is fixed by the model, not by the row that writes it first. The row is unchecked,
naming the given row. A name the post defines itself (``\\ell(p) = ...``) is what the row says
it is, so a restatement that disagrees with it is still wrong (REFUTE20, ``._after_given``).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_HEAD = r"""---
title: a joint pmf taken as given
---

Let $X_1, \dots, X_n$ be iid with pmf $f(x|p)$ on $\{0, 1\}$.

"""

_FIRST = {
    "wrong": r"$$f(x_1, \dots, x_n | p) = \prod_{i=1}^n p^{x_i} (1-p)^{x_i}$$",
    "right": r"$$f(x_1, \dots, x_n | p) = \prod_{i=1}^n p^{x_i} (1-p)^{1-x_i}$$",
}
_SECOND = {
    "wrong": r"$$f(x_1, \dots, x_n | p) = p^{\sum_{i=1}^n x_i} (1-p)^{\sum_{i=1}^n x_i}$$",
    "right": r"$$f(x_1, \dots, x_n | p) = p^{\sum_{i=1}^n x_i} (1-p)^{n - \sum_{i=1}^n x_i}$$",
}

#: A name the post defines (not a density of the model): a disagreement with it is the row's.
_DEFINED = r"""---
title: a log-likelihood defined
---

Let $x_1, \dots, x_n \in \{0, 1\}$ and define

$$\ell(p) = \sum_{i=1}^n x_i \log p + \left(n - \sum_{i=1}^n x_i\right) \log(1-p)$$

$$\ell(p) = \sum_{i=1}^n x_i \log p + \left(\sum_{i=1}^n x_i\right) \log(1-p)$$
"""


def _check(tmp_path_factory, name: str, text: str) -> dict:
    path = tmp_path_factory.mktemp("catch65") / f"{name}.md"
    path.write_text(text)
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    out = {}
    for first in ("wrong", "right"):
        for second in ("wrong", "right"):
            text = _HEAD + _FIRST[first] + "\n\n" + _SECOND[second] + "\n"
            out[first, second] = _check(tmp_path_factory, f"{first}-{second}", text)
    return out


@pytest.mark.parametrize("first", ["wrong", "right"])
@pytest.mark.parametrize("second", ["wrong", "right"])
def test_a_correct_row_is_never_refuted_and_a_wrong_one_never_proved(posts, first, second):
    rows = posts[first, second]
    for line, verdict in ((7, first), (9, second)):
        if verdict == "right":
            assert rows[line].verdict != "refuted", rows[line].reason
        elif (first, line) != ("wrong", 9):
            # (a wrong restatement of a wrong given row follows from it: proved given it)
            assert rows[line].verdict != "proved", rows[line].reason


def test_the_right_restatement_after_a_wrong_given_density_names_it(posts):
    row = posts["wrong", "right"][9]
    assert row.verdict == "unchecked"
    assert "line 7" in row.reason and "given" in row.reason


def test_a_restatement_that_agrees_is_still_checked(posts):
    # the same pmf written two ways: the restatement follows the given row
    assert posts["right", "right"][9].verdict in ("proved", "plausible")


def test_a_disagreement_with_a_definition_of_the_post_is_still_refuted(tmp_path_factory):
    rows = _check(tmp_path_factory, "defined", _DEFINED)
    assert rows[7].verdict == "given"
    assert rows[9].verdict == "refuted"
