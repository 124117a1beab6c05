"""A post that states a domain of sigma allowing a negative value (adversarial36, 24).

The reader takes ``\\sigma`` for a standard deviation: the root of the positive variance
symbol. A stated domain of ``\\sigma`` was turned into ``\\sigma^2 > 0`` whatever its sign, so
after "Let $\\sigma < 0$" the false row ``\\sqrt{\\sigma^2} = \\sigma`` was proved on 752e8f3,
and after "For $\\sigma \\neq 0$" so was ``\\frac{d}{d\\sigma}\\log(\\sigma^2) = 2/|\\sigma|``.
A post that states a domain of ``\\sigma`` allowing a negative value does not write a standard
deviation: ``\\sigma`` is a real letter with that domain, ``\\sigma^2`` its square. The same
holds where words state it ("Let $\\sigma$ be any real number", adversarial37; attack65).

Properties: under each such statement no row that holds only for a positive sigma is proved
and no row that holds on the whole stated domain is refuted; a statement that excludes every
negative value (none, ``\\sigma > 0``, ``\\sigma \\geq 0``, ``0 < \\sigma < 1``) keeps the
standard deviation as before.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_BOTH_SIGNS = [
    r"Let $\sigma < 0$.",
    r"Let $\sigma \neq 0$.",
    r"For $-1 < \sigma < 1$,",
    r"Let $\sigma \in \mathbb{R}$.",
    # the same domain said in words (adversarial37, 28, 41, 44; attack65)
    r"Let $\sigma$ be any real number, positive or negative.",
    r"Let $\sigma$ be an arbitrary real number.",
    r"Let $a, \sigma$ be real numbers.",
    r"Here $\sigma$ can be positive or negative.",
    r"Here $\sigma$ is positive or negative.",
    r"Let $\sigma$ be a real number.",
]
_NO_NEGATIVE = [
    "Let $x$ be real.",
    r"Let $\sigma > 0$.",
    r"Let $0 < \sigma < 1$.",
    r"Let $\sigma > 0$ be a real number.",
    r"Let $\sigma$ be a real number with $\sigma > 0$.",
    r"Let $\sigma$ be a positive real number.",
    r"Let $x$ be any real number.",
]

#: rows that hold for a positive sigma only (false where sigma < 0)
_POSITIVE_ONLY = [
    r"\sqrt{\sigma^2} = \sigma",
    r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{|\sigma|}",
    r"\log(\sigma^2) = 2\log\sigma",
]
#: rows that hold for every real sigma (but 0)
_EVERY_SIGN = [
    r"\sqrt{\sigma^2} = |\sigma|",
    r"\frac{d}{d\sigma}\log(\sigma^2) = \frac{2}{\sigma}",
    r"(\sigma^2)^2 = \sigma^4",
]


def _verdict(tmp_path, statement: str, row: str) -> str:
    return verdict_of_row(tmp_path, f"\n{statement}\n\n$${row}$$\n", row)


@pytest.mark.parametrize("statement", _BOTH_SIGNS)
@pytest.mark.parametrize("row", _POSITIVE_ONLY)
def test_a_row_true_for_positive_sigma_only_is_not_proved(tmp_path, statement, row):
    assert _verdict(tmp_path, statement, row) != "proved"


@pytest.mark.parametrize("statement", _BOTH_SIGNS)
@pytest.mark.parametrize("row", _EVERY_SIGN)
def test_a_row_true_for_every_sign_is_not_refuted(tmp_path, statement, row):
    assert _verdict(tmp_path, statement, row) != "refuted"


def test_a_negative_sigma_is_used(tmp_path):
    """Where the post says sigma < 0, a row false at every negative sigma is refuted."""
    negative = r"Let $\sigma < 0$."
    assert _verdict(tmp_path, negative, r"\log(\sigma^2) = 2\log\sigma") == "refuted"
    assert _verdict(tmp_path, negative, r"\sqrt{\sigma^2} = -\sigma") != "refuted"


@pytest.mark.parametrize("statement", _NO_NEGATIVE)
def test_without_a_negative_value_sigma_is_the_standard_deviation(tmp_path, statement):
    assert _verdict(tmp_path, statement, r"\sqrt{\sigma^2} = \sigma") == "proved"
    assert _verdict(tmp_path, statement, r"\log(\sigma^2) = 2\log\sigma") == "proved"
