"""EXPECT53: an expectation of functions the post never gives a value (``E_{z \\sim q}[\\log
\\frac{q(z)}{p(z)}]``) is compared by linearity like any other.

The ELBO and KL rows of real posts split ``E[\\log (a / b)]`` into ``E[\\log a] - E[\\log b]``
and pull constants out (``E[3 a(Z)] = 3 E[a(Z)]``), with ``a``, ``q``, ``p`` functions the
post names but never writes out. Such a row was "unrelated" ("E(...) has no value the engine
can compare"): a line holding a name was taken for the head of a definition (EXPECT5: a name
the post gives a value is compared through that value) even when no name in it has one.
``E[a(Z)]`` is then a moment of its own: whatever function ``a`` is, two lines equal as sums
of such moments are equal, and a line that differs is never refuted (its moments have no
values).
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_MODEL = "Let $Z$ be a random variable and $a$, $b$ two functions.\n\n"


def _verdict(tmp_path, row: str, model: str = _MODEL) -> str:
    return verdict_of_row(tmp_path, model + f"$$ {row} $$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        "E\\left[3 a(Z)\\right] = 3 E[a(Z)]",
        "E[a(Z) + 2 b(Z)] = E[a(Z)] + 2 E[b(Z)]",
        "E\\left[\\frac{a(Z) - b(Z)}{2}\\right] = \\frac{1}{2} E[a(Z)] - \\frac{1}{2} E[b(Z)]",
    ],
)
def test_linearity_over_functions_without_values_is_proved(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "E[a(Z) b(Z)] = E[a(Z)] E[b(Z)]",  # needs independence, which nothing gives
        "E[a(Z)^2] = E[a(Z)]^2",  # a square's mean is not the mean's square
        "E[3 a(Z)] = 2 E[a(Z)]",  # a factor changed
        "E[a(Z) + b(Z)] = E[a(Z)]",  # a term dropped
    ],
)
def test_rows_that_do_not_follow_by_linearity_are_neither_proved_nor_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "refuted", "given", "plausible")


def test_a_name_the_post_gives_a_value_is_still_compared_through_it(tmp_path):
    # a(Z) = Z^2 given: E[a(Z)] is E[Z^2], and a factor changed is no proof
    model = _MODEL + "$$ a(z) = z^2 $$\n\n"
    assert _verdict(tmp_path, "E[3 a(Z)] = 3 E[Z^2]", model) == "proved"
    assert _verdict(tmp_path, "E[3 a(Z)] = 2 E[Z^2]", model) not in ("proved", "given")


_DENSITIES = "Let $q(z)$ and $p(z)$ be two densities of $z$.\n\n"


@pytest.mark.parametrize(
    "row",
    [
        "E_{z \\sim q}\\left[\\log \\frac{q(z)}{p(z)}\\right] = "
        "E_{z \\sim q}[\\log q(z)] - E_{z \\sim q}[\\log p(z)]",
        "E_{z \\sim q}\\left[\\log q(z) - \\log p(z)\\right] = "
        "-E_{z \\sim q}\\left[\\log \\frac{p(z)}{q(z)}\\right]",
    ],
)
def test_the_log_of_a_ratio_under_one_measure_is_split(tmp_path, row):
    assert _verdict(tmp_path, row, _DENSITIES) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "E_{z \\sim q}\\left[\\log \\frac{q(z)}{p(z)}\\right] = "
        "E_{z \\sim q}[\\log q(z)] + E_{z \\sim q}[\\log p(z)]",  # a sign lost
        "E_{z \\sim q}\\left[\\frac{q(z)}{p(z)}\\right] = "
        "E_{z \\sim q}[\\log q(z)] - E_{z \\sim q}[\\log p(z)]",  # the log missing
        "E_{z \\sim q}\\left[\\log \\frac{q(z)}{p(z)}\\right] = "
        "\\log E_{z \\sim q}[q(z)] - \\log E_{z \\sim q}[p(z)]",  # the log taken out
    ],
)
def test_a_wrong_split_is_never_proved(tmp_path, row):
    assert _verdict(tmp_path, row, _DENSITIES) not in ("proved", "given", "plausible")
