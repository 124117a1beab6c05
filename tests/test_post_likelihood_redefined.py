"""A likelihood ``L`` given another value under another heading (or a second value the words
set apart) ends the old likelihood for the log-likelihood rows after it too: the lead's
probe of the 2026-12-07 merge had ``L`` of an exponential model under one heading, ``L``
of a Poisson model under the next, and ``\\log L = n \\log\\theta - \\theta\\sum x_i`` (the
exponential's log, false for the Poisson ``L`` the post now means) **proved** as "the log of
the likelihood of line 5". The row after the new ``L`` is neither proved from the old value
nor refuted (the new ``L`` is not compared, so it gives no value either)."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_EXP = "L(\\theta) = \\prod_{i=1}^n \\theta e^{-\\theta x_i}"
_POIS = "L(\\theta) = \\prod_{i=1}^n \\frac{\\theta^{x_i} e^{-\\theta}}{x_i!}"
_LOG_EXP = "\\log L(\\theta) = n\\log\\theta - \\theta\\sum_{i=1}^n x_i"
_LOG_POIS = "\\log L(\\theta) = \\log\\theta\\sum_{i=1}^n x_i - n\\theta - \\sum_{i=1}^n \\log x_i!"


def _two_headings(second: str, log_row: str) -> str:
    return (
        "# Model\n\nThe likelihood of the first model is\n\n$$" + _EXP + "$$\n\n"
        "# Second model\n\nNow the data are Poisson, and\n\n$$" + second + "$$\n\n"
        "$$" + log_row + "$$\n"
    )


def _one_heading(log_row: str) -> str:
    return (
        "# Models\n\nThe likelihood of the first model is\n\n$$" + _EXP + "$$\n\n"
        "In the second model the data are Poisson:\n\n$$" + _POIS + "$$\n\n"
        "$$" + log_row + "$$\n"
    )


@pytest.mark.parametrize("build", [_two_headings, lambda second, row: _one_heading(row)])
def test_the_old_likelihoods_log_is_not_proved_after_a_new_likelihood(tmp_path, build):
    body = build(_POIS, _LOG_EXP)
    assert verdict_of_row(tmp_path, body, _LOG_EXP) not in ("proved", "plausible")


@pytest.mark.parametrize("build", [_two_headings, lambda second, row: _one_heading(row)])
def test_the_new_likelihoods_log_is_not_refuted(tmp_path, build):
    body = build(_POIS, _LOG_POIS)
    assert verdict_of_row(tmp_path, body, _LOG_POIS) != "refuted"


def test_with_one_likelihood_its_log_is_still_proved(tmp_path):
    body = "# Model\n\nThe likelihood is\n\n$$" + _EXP + "$$\n\n$$" + _LOG_EXP + "$$\n"
    assert verdict_of_row(tmp_path, body, _LOG_EXP) == "proved"


_ONE_HEADING_NEW_L_ROW = 12  # the Poisson L of _one_heading, after the front matter


@pytest.mark.parametrize("error", ["timeout", "reading"])
def test_a_row_not_related_in_time_ends_the_values_it_may_give(tmp_path, monkeypatch, error):
    """The same probe under load: relating the Poisson ``L`` row ran out of its time, the row
    was listed unchecked, and the next row was compared with the exponential ``L`` of the
    first row, **proved**. A row the reader could not relate may have given its names new
    values: they end there, as after a row that could not be read."""
    from derivations import _budget
    from derivations.post import _build

    original = _build._Builder._statement

    def slow(self, pr, st):
        if pr.row.line == _ONE_HEADING_NEW_L_ROW:
            if error == "timeout":
                raise _budget.StepTimeout("timed out")
            raise ValueError("could not relate")
        return original(self, pr, st)

    monkeypatch.setattr(_build._Builder, "_statement", slow)
    body = _one_heading(_LOG_EXP)
    assert (
        "L(\\theta) = \\prod"
        in ("---\ntitle: t\n---\n" + body).splitlines()[_ONE_HEADING_NEW_L_ROW - 1]
    )
    assert verdict_of_row(tmp_path, body, _LOG_EXP) not in ("proved", "plausible", "refuted")
