"""A head whose value comes from a row the checker refuted says nothing about a later row.

The question writes dl/dsigma wrongly (refuted); the answer restates l and writes the right
derivative under the same head. The reader took the head's value from the question's row and
refuted the correct answer against it (held-out mse-normal-sigma-derivative-techqa line 36,
once its sums were read). As after a definition the reader refuted itself
(``_rewrites._refuted_definition``), a disagreement with the refuted value says nothing: the
row is compared with the value the refuted row was compared with (here the derivative of l).
A row that follows the refuted value follows the line it continues; a row wrong against
both values, or against a value that is not refuted, is still refuted.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

_POST = r"""---
title: t
---
The log-likelihood:

$$l(\mu, \sigma^2) = -n\ln\sigma - \frac{S}{2\sigma^2}$$

The question's derivative:

$$\frac{dl(\mu, \sigma^2)}{d\sigma} = QUESTION$$

The answer:

$$l(\mu, \sigma) = -n\ln\sigma - \frac{S}{2\sigma^2}$$

$$\frac{dl(\mu, \sigma)}{d\sigma} = ANSWER$$
"""
_RIGHT = r"-\frac{n}{\sigma} + \frac{S}{\sigma^3}"
_WRONG = r"-\frac{n}{\sigma} + \frac{S}{2\sigma^3}"
_OTHER_WRONG = r"-\frac{2n}{\sigma} + \frac{S}{\sigma^3}"


def _rows(tmp_path: Path, question: str, answer: str) -> tuple:
    p = tmp_path / "post.md"
    p.write_text(_POST.replace("QUESTION", question).replace("ANSWER", answer), encoding="utf-8")
    rows = rows_of(p)
    return rows[10], rows[16]


def test_a_correct_row_after_a_refuted_value_is_not_refuted(tmp_path):
    question, answer = _rows(tmp_path, _WRONG, _RIGHT)
    assert question.verdict == "refuted"
    assert answer.verdict == "proved", (answer.verdict, answer.reason)
    assert "line 10" in answer.reason and "refuted" in answer.reason


def test_a_row_following_a_refuted_value_is_not_refuted(tmp_path):
    # It follows the line it continues (the mistake is that line's, as the truth tables
    # of the corpus judge such rows).
    question, answer = _rows(tmp_path, _WRONG, _WRONG)
    assert question.verdict == "refuted"
    assert answer.verdict == "proved", (answer.verdict, answer.reason)


def test_a_row_wrong_against_both_values_is_refuted(tmp_path):
    question, answer = _rows(tmp_path, _WRONG, _OTHER_WRONG)
    assert question.verdict == "refuted"
    assert answer.verdict == "refuted", (answer.verdict, answer.reason)


def test_a_wrong_row_after_a_proved_value_is_still_refuted(tmp_path):
    question, answer = _rows(tmp_path, _RIGHT, _OTHER_WRONG)
    assert question.verdict == "proved"
    assert answer.verdict == "refuted", (answer.verdict, answer.reason)


def test_a_right_row_after_a_proved_value_is_proved(tmp_path):
    question, answer = _rows(tmp_path, _RIGHT, _RIGHT)
    assert question.verdict == "proved"
    assert answer.verdict == "proved", (answer.verdict, answer.reason)
