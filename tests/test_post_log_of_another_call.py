"""The log of a call of a density letter at another number of arguments than its value has
(``\\ln p(y, z)`` after ``p(x; \\mu, \\Sigma) = ...`` and ``\\log p(x; \\mu, \\Sigma) = ...``): the
letter used for another density (a joint, a marginal), which the reader cannot tell from a
slip. Held-out batch 51, Huy Nguyen's linear-Gaussian post line 56: ``\\ln p(y, z) = \\ln p(y
\\lvert z) + \\ln p(z)`` was compared with the log of the normal density of line 27 (every call
of p read as that one value) and refuted. A call itself at another number of arguments was
already left unchecked (``_rewrites._another_call``); its log is now too. The log of a call at
the arguments of the value is compared as before. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_DEFS = (
    "$$p(x; \\mu, \\sigma) = \\frac{1}{\\sqrt{2 \\pi} \\sigma} "
    "\\exp{\\Big(-\\frac{(x - \\mu)^2}{2 \\sigma^2} \\Big)}$$\n\n"
    "$$\\log p(x; \\mu, \\sigma) = -\\frac{1}{2} \\log(2 \\pi) - \\log \\sigma "
    "- \\frac{(x - \\mu)^2}{2 \\sigma^2}$$\n\n"
)

_OTHER_CALLS = [
    "\\ln p(y, z) = \\ln p(y \\lvert z) + \\ln p(z)",
    "\\log p(z) = \\log p(y, z) - \\log p(y \\mid z)",
    "\\ln p(y \\mid z) = \\ln p(y, z) - \\ln p(z)",
]


def _post(row: str) -> str:
    return "---\ntitle: t\n---\n\n" + _DEFS + "The joint:\n\n$$" + row + "$$\n"


@pytest.mark.parametrize("row", _OTHER_CALLS)
def test_the_log_of_another_call_is_neither_refuted_nor_proved(tmp_path, row):
    # the value at (x; mu, sigma) says nothing of p(y, z), p(z) or p(y | z)
    rows = rows_of_text(tmp_path, _post(row))
    assert rows[11].verdict not in ("refuted", "proved")


def test_the_log_at_the_values_arguments_is_still_compared(tmp_path):
    wrong = "\\log p(x; \\mu, \\sigma) = -\\log \\sigma - \\frac{(x - \\mu)^2}{\\sigma^2}"
    rows = rows_of_text(tmp_path, _post(wrong))
    assert rows[11].verdict == "refuted"
