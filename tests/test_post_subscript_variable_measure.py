r"""``E_x[-1/\sigma^2] = \frac{1}{\sigma^2} E_x[1]``: under a measure whose subscript names
the variable (a lower-case Latin letter the post does not make a parameter), the Greek
letters inside are numbers of it (expect17).

A Fisher-information chain in physics notation (``-\mathbb{E}_x[\partial^2_\mu \log
\mathcal{N}(x|\mu, \sigma)]``) took the coefficient ``1/\sigma^2`` for a possibly random
one, so ``-E_x[-1/\sigma^2] = \frac{1}{\sigma^2} E_x[1]`` was "E(...) has no value". The
expectation over ``x`` holds every other letter fixed, whatever the post says of it
elsewhere: that is what the subscript says. ``E_p``, ``E_\theta`` (a parameter, the law's
index) keep the old reading, and so do letters that may be the variable itself (``X``,
``x_i``, another Latin letter).
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

CHAIN = r"""\begin{align}
I(\mu) &= -\mathbb{E}_x\left[\frac{\partial}{\partial \mu} \frac{x-\mu}{\sigma^2}\right] \\
&= -\mathbb{E}_x\left[ \frac{-1}{\sigma^2} \right] \\
&= {last}
\end{align}"""


def _last(tmp_path, last):
    rows = display_rows(tmp_path, CHAIN.replace("{last}", last))
    return [r for r in rows.values() if r.line == 8][0]


def test_a_greek_coefficient_comes_out_of_the_subscripted_mean(tmp_path):
    assert _last(tmp_path, r"\frac{1}{\sigma^2}  \mathbb{E}_x\left[ 1 \right]").verdict == "proved"


@pytest.mark.parametrize(
    "wrong",
    [
        r"\frac{1}{\sigma}  \mathbb{E}_x\left[ 1 \right]",
        r"-\frac{1}{\sigma^2}  \mathbb{E}_x\left[ 1 \right]",
        r"\frac{2}{\sigma^2}  \mathbb{E}_x\left[ 1 \right]",
    ],
)
def test_a_wrong_coefficient_is_not_proved(tmp_path, wrong):
    assert _last(tmp_path, wrong).verdict not in ("proved", "refuted")


@pytest.mark.parametrize("sub", ["p", r"\theta", "n"])
def test_a_subscript_that_may_be_a_parameter_keeps_the_old_reading(tmp_path, sub):
    """E_p[c/sigma^2] = (1/sigma^2) E_p[c]: under E_p (p the law's parameter) a Latin c
    may be random, and sigma too - not read (E_n: n is a size, no variable)."""
    mean = rf"\mathbb{{E}}_{{{sub}}}"
    row = rf"{mean}\left[\frac{{c}}{{\sigma^2}}\right] = \frac{{1}}{{\sigma^2}} {mean}[c]"
    assert display_rows(tmp_path, row)[5].verdict != "proved"


def test_a_latin_letter_beside_the_variable_stays_random(tmp_path):
    """E_x[y/sigma^2] = (y/sigma^2) E_x[1]: y may be another variable of the measure."""
    row = r"\mathbb{E}_x\left[\frac{y}{\sigma^2}\right] = \frac{y}{\sigma^2} \mathbb{E}_x[1]"
    assert display_rows(tmp_path, row)[5].verdict != "proved"
