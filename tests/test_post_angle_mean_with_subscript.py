"""``\\left\\langle X \\right\\rangle_{p(x)}``: the physicists' mean with the distribution it is
taken under, read as ``\\mathbb{E}_{p(x)}[X]`` (batch 47).

StatProofBook writes its KL divergences with angle brackets subscripted by the density
(external47, the multivariate normal KL, lines 38-66: ``\\left\\langle \\ln \\frac{...}{...}
\\right\\rangle_{p(x)}``). ``\\langle X \\rangle`` alone was read as the expectation; with the
subscript every row stopped at "unexpected '_'". The subscript says under which law the mean is
taken, as the subscript of ``\\mathbb{E}_{p(x)}`` does: the two notations read alike.
"""

from __future__ import annotations

import pytest

from tests._post_rows import first_verdicts

_LAW = "Let $X \\sim \\mathcal{N}(\\mu, \\sigma^2)$.\n\n"


def _verdict(tmp_path, row: str) -> str:
    path = tmp_path / "post.md"
    path.write_text(_LAW + f"$${row}$$\n", "utf-8")
    return first_verdicts(path)[3]


@pytest.mark.parametrize(
    "inner, value",
    [
        ("X", r"\mu"),
        ("X", r"2\mu"),  # wrong: refuted both ways
        ("2 X + 1", r"2\mu + 1"),
        ("X^2", r"\mu^2 + \sigma^2"),
        ("X^2", r"\mu^2"),  # wrong
    ],
)
def test_angle_brackets_with_a_subscript_read_as_the_subscripted_expectation(
    tmp_path, inner, value
):
    angle = _verdict(tmp_path, rf"m = \left\langle {inner} \right\rangle_{{p(x)}} = {value}")
    mean = _verdict(tmp_path, rf"m = \mathbb{{E}}_{{p(x)}}\left[ {inner} \right] = {value}")
    assert angle == mean, (angle, mean)
    assert angle != "unparsed"


def test_a_right_value_is_proved_and_a_wrong_one_refuted(tmp_path):
    assert _verdict(tmp_path, r"m = \langle X \rangle_{p(x)} = \mu") == "proved"
    assert _verdict(tmp_path, r"m = \langle X \rangle_{p(x)} = 3\mu") == "refuted"


def test_an_inner_product_with_a_subscript_is_still_not_read_as_a_mean(tmp_path):
    # <a, b>_W (an inner product weighted by W): never an expectation
    assert _verdict(tmp_path, r"m = \langle X, X \rangle_{W} = \mu") != "proved"
