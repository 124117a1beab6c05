"""A result solved in the sentence that computes the derivative.

"Taking logs, $\\ell(p) = ...$, and differentiating, $\\ell'(p) = \\frac{k}{p} - \\frac{n-k}{1-p}$.
Setting this to zero gives $\\hat p = k/n$." is one paragraph on one file line: the
derivative was not "above" the result (only earlier lines counted), so the result was
"states a result before the rows that derive it". An earlier row of the same line is
above it. A wrong root is still refuted; after a refuted derivative the result is
unchecked, and its reason is said in words, not in the engine's error message.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

TEXT = (
    "# Inline\n\nSuppose $k$ successes in $n$ Bernoulli trials, with $0 < p < 1$. "
    "Taking logs, $\\ell(p) = k\\log p + (n-k)\\log(1-p)$, and differentiating, "
    "$\\ell'(p) = DERIVATIVE$. Setting this to zero gives $\\hat p = RESULT$.\n"
)
RIGHT = r"\frac{k}{p} - \frac{n-k}{1-p}"
WRONG = r"\frac{k}{p} + \frac{n-k}{1-p}"


def _last(tmp_path, derivative, result):
    path = tmp_path / "post.md"
    path.write_text(TEXT.replace("DERIVATIVE", derivative).replace("RESULT", result), "utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


@pytest.mark.parametrize("result", ["k/n", r"\frac{k}{n}"])
def test_the_root_solved_in_the_same_sentence_is_proved(tmp_path, result):
    row = _last(tmp_path, RIGHT, result)
    assert row.verdict == "proved", row.reason


def test_a_wrong_root_in_the_same_sentence_is_refuted(tmp_path):
    row = _last(tmp_path, RIGHT, "n/k")
    assert row.verdict == "refuted", row.reason


def test_after_a_refuted_derivative_the_reason_is_in_words(tmp_path):
    row = _last(tmp_path, WRONG, "k/n")
    assert row.verdict == "unchecked"
    assert "Derivation" not in row.reason and "second-look" not in row.reason, row.reason
