"""``\\pi`` the prose calls a probability is no 3.14159 (misread61).

A post that differentiates by ``\\pi`` reads it as a parameter (``_parse._pi_is_a_parameter``);
one that only says so in words ("Let $\\pi$ be the probability of success") read it as the
circle constant, and the correct ``\\pi^2 \\le \\pi`` and ``1 - \\pi \\ge 0`` were refuted
("the value is 6.728"). A sentence that makes ``\\pi`` a probability, a proportion or a
weight makes it a parameter, unless the post also writes the constant (``\\sqrt{2\\pi}``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._parse import _pi_is_a_parameter

SAID = [
    "Let $\\pi$ be the probability of success.",
    "Here $\\pi$ denotes the proportion of defective items.",
    "where $\\pi$ is the mixing weight of the first component.",
    "The success probability $\\pi$ is unknown.",
]
TRUE = ["\\pi^2 \\le \\pi", "1 - \\pi \\ge 0", "\\pi (1 - \\pi) \\le \\frac{1}{4}"]


def _last(tmp_path: Path, text: str):
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1]


@pytest.mark.parametrize("said", SAID)
@pytest.mark.parametrize("row", TRUE)
def test_property_a_probability_pi_is_not_refuted_as_the_constant(tmp_path, said, row):
    last = _last(tmp_path, f"{said}\n\n$$\n{row}\n$$\n")
    assert last.verdict != "refuted", last.reason


@pytest.mark.parametrize("said", SAID)
def test_the_constant_reading_proves_nothing_of_a_probability(tmp_path, said):
    last = _last(tmp_path, f"{said}\n\n$$\n\\pi > 3\n$$\n")
    assert last.verdict != "proved", last.reason


@pytest.mark.parametrize("said", SAID)
def test_the_circle_constant_stays_one(said):
    """A post that also writes the constant (sqrt(2 pi), log(2 pi)) keeps it, whatever it says."""
    assert _pi_is_a_parameter("\\pi^2 \\le \\pi", set(), said)
    for circle in ("\\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}", "\\log(2\\pi\\sigma^2)"):
        assert not _pi_is_a_parameter(circle + "\n\\pi^2 \\le \\pi", set(), said)
    assert not _pi_is_a_parameter("\\pi^2 \\le \\pi", set(), "The area is $\\pi r^2$.")
