"""EXPECT11: a Greek letter that no declared law has for parameter (``\\epsilon``, ``\\xi``,
``\\epsilon_i``) is, inside ``E[...]``, a random variable with moments of its own.

``E[X + \\epsilon] = \\lambda + E[\\epsilon]`` after ``X \\sim \\mathrm{Poisson}(\\lambda)``
was unchecked ("the functions under the expectation differ"): a plain Greek letter that is
no parameter had no reading inside the brackets. A lower-case Latin letter already was a
variable of unknown law (``_unknown_letter``); a Greek one is now too. Sound whatever the
letter stands for: a constant is a random variable with one value, so an identity of
moments holds for it as well, and its moments keep their symbols, so no row that differs
is called refuted. A parameter of the law (``\\lambda``) is still a constant.
"""

from __future__ import annotations

import pytest

from tests._post_rows import verdict_of_row

_POISSON = "Let the count be\n\n$$ X \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, _POISSON + f"$$ {row} $$\n", row)


@pytest.mark.parametrize("letter", ["\\epsilon", "\\xi", "\\eta", "\\epsilon_i", "\\varepsilon"])
def test_its_mean_is_carried_by_linearity(tmp_path, letter):
    row = f"E[X + {letter}] = \\lambda + E[{letter}]"
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [
        "E[X + \\epsilon] = \\lambda + \\epsilon",  # its mean is not itself
        "E[X + \\epsilon] = \\lambda",  # dropped
        "E[\\xi^2] = E[\\xi]^2",  # a square's mean is not the mean's square
        "\\mathrm{Var}(X + \\epsilon) = \\lambda",  # its variance dropped
        "E[X \\epsilon] = \\lambda \\epsilon",  # folded as a constant
    ],
)
def test_rows_that_need_its_law_are_neither_proved_nor_refuted(tmp_path, row):
    # each holds for some law of the letter (a constant 0, say) and fails for another
    assert _verdict(tmp_path, row) not in ("proved", "refuted", "given", "plausible")


def test_a_parameter_of_the_law_stays_a_constant(tmp_path):
    assert _verdict(tmp_path, "E[\\lambda X] = \\lambda^2") == "proved"
