"""``\\log(x)^2``, ``\\exp(-\\lambda)^n``: the power of the function's value, as ``\\sin(x)^2``
is (sin x)^2, or the function of the power, as ``\\log (1-p)^{n-x}`` is in a likelihood? The
reader took the second, so ``\\exp(-\\lambda)^n = e^{-n\\lambda}`` and ``\\log(x)^2 = \\log x
\\log x`` were refuted while ``\\log(x)^2 = \\log(x^2)`` was proved. Both readings are now
checked: proved only if both hold, never refuted. ``\\log x^2`` (no bracket) and
``\\sin(x)^2`` keep their one reading."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

CHAIN = r"\begin{aligned} g &= LEFT \\ &= RIGHT \end{aligned}"


def _link(tmp_path, left, right):
    return display_rows(tmp_path, CHAIN.replace("LEFT", left).replace("RIGHT", right))[5]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (r"\exp(x)^2", r"\exp(2x)"),
        (r"\log(x)^2", r"\log(x) \log(x)"),
        (r"\exp(-\lambda)^n", r"e^{-n\lambda}"),
    ],
)
def test_the_power_of_the_value_is_never_refuted(tmp_path, left, right):
    row = _link(tmp_path, left, right)
    assert row.verdict != "refuted", row.reason
    assert "both readings" in row.reason, row.reason


@pytest.mark.parametrize(
    ("left", "right"), [(r"\exp(x)^2", r"\exp(x^2)"), (r"\log(x)^2", r"\log(x^2)")]
)
def test_the_function_of_the_power_is_not_proved_alone(tmp_path, left, right):
    assert _link(tmp_path, left, right).verdict != "proved"


@pytest.mark.parametrize(
    ("left", "right"), [(r"\log x^2", r"\log(x^2)"), (r"\sin(x)^2", r"\sin^2 x")]
)
def test_without_the_bracket_or_for_a_sine_one_reading(tmp_path, left, right):
    row = _link(tmp_path, left, right)
    assert row.verdict == "proved", row.reason


def test_braces_around_the_power_make_it_the_argument(tmp_path):
    # \log{(2\pi)^k} (held-out external31, aleczo line 33): the braces hold the power, so
    # the log is of the power - one reading (the doubt cost that row its proof)
    row = _link(tmp_path, r"\log{(2\pi)^k}", r"k \log(2\pi)")
    assert row.verdict == "proved", row.reason


def test_a_log_of_a_bracket_to_a_letter_power_is_the_log_of_the_power(tmp_path):
    # log(1-x_i)^{beta-1} (own corpus, hannuri line 29): the likelihood's log of the power, as
    # log (1-p)^{n-x} always is in these posts; only a number's power is in doubt (log(x)^2)
    row = _link(tmp_path, r"\log(1-x)^{\beta-1}", r"(\beta-1)\log(1-x)")
    assert row.verdict == "proved", row.reason
