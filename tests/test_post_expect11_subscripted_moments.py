"""EXPECT11: a subscript on the moment operator names the law; a power after its bracket
is the power of its value.

``E[X]^2`` was read as the square of the mean, but ``E_\\theta[X]^2`` as the mean of the
square: the grammar gives ``E_s`` the factor after it, and ``[X]^2`` is one. So the
correct ``E_\\lambda[X]^2 = \\lambda^2`` (Poisson) was refuted and the wrong
``E_\\lambda[X]^2 = \\lambda + \\lambda^2`` proved. ``\\mathrm{Var}_\\lambda(X)`` (a
variance with its law's parameter as subscript) was "unrelated": only a variance of one
argument had a value. Now both read as their unsubscripted spellings do, and a subscript
that is no parameter of the declared law (``E_{\\lambda_0}[X]``) still gives no value.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression
from tests._post_rows import verdict_of_row

_POISSON = "Let the count be\n\n$$ X \\sim \\mathrm{Poisson}(\\lambda) $$\n\n"


def _read(text: str) -> sp.Basic:
    return parse_expression(text)[0]


@pytest.mark.parametrize("name", ["E", "\\mathbb{E}", "\\mathrm{Var}", "\\operatorname{Var}"])
@pytest.mark.parametrize("sub", ["\\theta", "{\\theta}"])
@pytest.mark.parametrize(("left", "right"), [("[", "]"), ("(", ")"), ("\\left[", "\\right]")])
@pytest.mark.parametrize("power", ["2", "{3}"])
def test_the_power_after_the_bracket_is_of_the_value(name, sub, left, right, power):
    # property: with or without a subscript, the power lands in the same place
    plain = _read(f"{name}{left}T{right}^{power}")
    scripted = _read(f"{name}_{sub}{left}T{right}^{power}")
    assert isinstance(plain, sp.Pow) and isinstance(scripted, sp.Pow)
    assert plain.exp == scripted.exp
    assert scripted.base.args[0] == plain.base.args[0] == sp.Symbol("T", real=True)
    assert scripted.base.func == plain.base.func


@pytest.mark.parametrize("name", ["E", "\\mathbb{E}", "\\mathrm{Var}"])
def test_a_power_inside_the_bracket_stays_inside(name):
    e = _read(f"{name}_\\theta[T^2]")
    assert not isinstance(e, sp.Pow)
    assert e.args[0] == sp.Symbol("T", real=True) ** 2


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("E_\\lambda[X]^2 = \\lambda^2", "proved"),
        ("\\mathbb{E}_{\\lambda}\\left[X\\right]^2 = \\lambda^2", "proved"),
        ("\\mathrm{Var}_\\lambda(X) = \\lambda", "proved"),
        ("\\operatorname{Var}_{\\lambda}\\left[X\\right] = \\lambda", "proved"),
        ("\\mathrm{Var}_\\lambda(X) = E_\\lambda[X^2] - E_\\lambda[X]^2", "proved"),
    ],
)
def test_correct_rows_are_proved(tmp_path, row, expected):
    assert verdict_of_row(tmp_path, _POISSON + f"$$ {row} $$\n", row) == expected


@pytest.mark.parametrize(
    "row",
    [
        "E_\\lambda[X]^2 = \\lambda + \\lambda^2",  # the mean of the square, not the square
        "\\mathbb{E}_{\\lambda}\\left[X\\right]^2 = \\lambda",
        "\\mathrm{Var}_\\lambda(X) = \\lambda^2",
        "\\mathrm{Var}_\\lambda(X) = E_\\lambda[X^2]",
    ],
)
def test_wrong_rows_are_not_proved(tmp_path, row):
    assert verdict_of_row(tmp_path, _POISSON + f"$$ {row} $$\n", row) not in (
        "proved",
        "given",
        "plausible",
    )


@pytest.mark.parametrize(
    "row",
    [
        "\\mathrm{Var}_{\\lambda_0}(X) = \\lambda",  # under another law: not this one's
        "\\mathrm{Var}_{\\lambda_0}(X) = \\lambda_0",
        "\\mathrm{Var}(X \\mid Y) = \\lambda",  # conditioned on a random variable
    ],
)
def test_a_subscript_that_is_no_parameter_gives_no_value(tmp_path, row):
    assert verdict_of_row(tmp_path, _POISSON + f"$$ {row} $$\n", row) not in (
        "proved",
        "refuted",
        "given",
        "plausible",
    )
