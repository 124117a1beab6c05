"""Optimisations typed with ``\\underset`` and the word without its backslash (held-out
batch 26's knowledge notes, four rows): ``\\underset{\\theta}{max}``,
``arg \\space \\underset{\\theta \\in \\Theta}{max}``. The word was read as the letters m, a, x
(``\\underset{\\theta}{max} L(\\theta)`` as the product ``m a x_\\theta L(\\theta)``), and a
region below (``\\theta \\in \\Theta``) left the row unparsed. Now the word is the operator,
``arg`` before it makes it an arg max or arg min, and a region below gives its variable, as
``\\arg\\max_{\\theta \\in \\Theta}`` does.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression
from derivations.post._tosympy import ArgMax


@pytest.mark.parametrize(
    "written, plain",
    [
        (
            r"arg \space \underset{\theta \in \Theta}{max} \space L(\theta)",
            r"\arg\max_\theta L(\theta)",
        ),
        (
            r"arg\space \underset{\theta \in \Theta}{min}\space L(\theta)",
            r"\arg\min_\theta L(\theta)",
        ),
        (r"\underset{\theta \in \Theta}{\arg\max} L(\theta)", r"\arg\max_\theta L(\theta)"),
        (r"\underset{\theta}{\operatorname{argmin}} L(\theta)", r"\arg\min_\theta L(\theta)"),
    ],
)
def test_an_optimisation_under_a_region_is_the_operator(written, plain):
    e = parse_expression(written)[0]
    assert isinstance(e, ArgMax) and e == parse_expression(plain)[0]


def test_a_maximum_without_arg_is_not_read_as_letters():
    e = parse_expression(r"\underset{\theta}{max} L(\theta)")[0]
    assert not {s.name for s in e.free_symbols} & {"m", "a", "x_theta", "x"}, e
