"""A proportionality to a quantity the post stated proportional to something before.

Bayes posts write the posterior kernel row after row, each a row of its own with the same
head: ``\\pi(\\theta, \\sigma^2 | y) \\propto (\\sigma^2)^{-n/2} \\frac{1}{\\sigma^2} e^{...}``
then ``\\pi(\\theta, \\sigma^2 | y) \\propto (\\sigma^2)^{-(n+2)/2} e^{...}`` (held-out
rpubs-normal-flat-prior-joint-posterior lines 27-29, techqa-normal-gamma-posterior line
27: "'\\propto' holds up to a factor; it is not checked (pi(...) is not defined in the
post)"). The head has no value, but both rows claim proportionality to it, so the second
claims its right side proportional to the first's: the ratio of the two kernels must be
free of the head's arguments. Only a proof (the earlier kernel is not established).
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

_EXP = r"\exp\left[-\frac{1}{2\sigma^2}\sum_{i=1}^n (y_i - \theta)^2\right]"
_HEAD = r"\pi(\theta, \sigma^2 \mid y) \propto"
_POST = (
    "---\ntitle: t\n---\n"
    "Data $y_1, \\dots, y_n$ are i.i.d. $N(\\theta, \\sigma^2)$ and the prior is flat.\n\n"
    f"$${_HEAD} (\\sigma^2)^{{-n/2}} \\cdot \\frac{{1}}{{\\sigma^2}} \\cdot {_EXP}$$\n\n"
    "Collecting the powers:\n\n"
    f"$${_HEAD} (\\sigma^2)^{{-(n+2)/2}} {_EXP}$$\n"
)

_SECOND = 10  # file line of the second kernel
_POWER = r"(\sigma^2)^{-(n+2)/2} \exp"


def _second(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return rows_of(p)[_SECOND]


def test_the_kernel_restated_is_compared_with_the_one_before(tmp_path):
    row = _second(tmp_path, _POST)
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_a_factor_free_of_the_arguments_may_be_dropped_or_added(tmp_path):
    row = _second(tmp_path, _POST.replace(_POWER, r"3 n (\sigma^2)^{-(n+2)/2} \exp"))
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_a_wrong_power_is_not_proved(tmp_path):
    row = _second(tmp_path, _POST.replace(_POWER, r"(\sigma^2)^{-(n+1)/2} \exp"))
    assert row.verdict not in ("proved", "refuted"), (row.verdict, row.reason)


def test_a_factor_in_an_argument_is_not_proved(tmp_path):
    # theta is an argument of the head: a factor in theta is no constant of proportionality
    row = _second(tmp_path, _POST.replace(_POWER, r"\theta^2 (\sigma^2)^{-(n+2)/2} \exp"))
    assert row.verdict not in ("proved", "refuted"), (row.verdict, row.reason)


def test_another_head_is_not_compared(tmp_path):
    # pi(theta | sigma^2, y) is another function: proportional in theta alone
    text = _POST.replace(
        r"$$\pi(\theta, \sigma^2 \mid y) \propto (\sigma^2)^{-(n+2)/2}",
        r"$$\pi(\theta \mid \sigma^2, y) \propto (\sigma^2)^{-(n+2)/2}",
    )
    row = _second(tmp_path, text)
    assert row.verdict != "proved", (row.verdict, row.reason)
