r"""A sentence that says constants are dropped makes the rows after it claims up to a constant.

"Taking logs and dropping constants, $$\ln L(\theta) = 2\log\theta - \theta$$" after
``L(\theta) = 5\theta^2 e^{-\theta}`` was REFUTED (the row leaves out ``\log 5``, as its
sentence says): a correct row called wrong (reported by helper posts38, 2026-12-06). The
sentence's words now make the row's ``=`` hold up to an additive constant, checked as
``+ \text{const}`` is (the sides' derivatives by the parameters compared): the row is proved
up to that constant, and a row wrong in a term that depends on the parameter is never proved.
Without such words, or with them negated, the row is compared as written.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

ROW = r"\ln L(\theta) = 2\log\theta - \theta"


def _post(sentence: str, row: str = ROW) -> str:
    return (
        "\nFor $\\theta > 0$ the likelihood is\n\n$$L(\\theta) = 5\\theta^2 e^{-\\theta}$$\n\n"
        f"{sentence}\n\n$${row}$$\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking logs and dropping constants,",
        "Taking logs, up to an additive constant,",
        "Ignoring the constant term, the log-likelihood is",
        "Taking logs (we omit constants that do not depend on $\\theta$):",
    ],
)
def test_a_row_after_words_that_drop_constants_is_proved_up_to_one(tmp_path, sentence):
    assert verdict_of_row(tmp_path, _post(sentence), ROW) == "proved"


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking logs and dropping constants,",
        "Taking logs, up to an additive constant,",
    ],
)
def test_a_row_wrong_in_the_parameter_is_never_proved(tmp_path, sentence):
    """Compared up to a constant with the definition above it, a disagreement leaves the row
    unchecked (the rule of every comparison up to a constant with a definition: the post
    never checks the definition, so it cannot say which of the two is wrong)."""
    wrong = r"\ln L(\theta) = 3\log\theta - \theta"
    assert verdict_of_row(tmp_path, _post(sentence, wrong), wrong) == "unchecked"


@pytest.mark.parametrize(
    "sentence",
    [
        "Taking logs,",
        "Taking logs, without dropping any constant,",
        "Taking logs; we do not drop constants here:",
    ],
)
def test_without_such_words_the_row_is_compared_as_written(tmp_path, sentence):
    assert verdict_of_row(tmp_path, _post(sentence), ROW) == "refuted"
