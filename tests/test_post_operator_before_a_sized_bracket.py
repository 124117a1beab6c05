"""An upright operator name before a sized bracket is the operator (held-out batch 46).

Jimmy Hickey's 7.20 (external46, line 96) writes ``Var \\Big( \\frac{\\sum Y_i}{x_i} \\Big) =
\\frac{1}{(\\sum x_i)^2} \\sum V(Y_i)``: ``Var(`` is read as the variance, and so is
``Var \\left(``, but a ``\\Big`` between the name and its bracket was not looked through (the
size names are kept without their backslash and the lexer compared the command with it), so
the row was read as the product ``V a r (...)`` and refuted. A size command changes only how
big the bracket is drawn: every reading must be the same with and without it.
"""

from __future__ import annotations

import pytest

from derivations.post._parse import parse_expression

_SIZES = ("\\big", "\\Big", "\\bigg", "\\Bigg", "\\left")
_CASES = (
    ("Var", "2X"),
    ("Var", "\\frac{\\sum_{i=1}^n Y_i}{n}"),
    ("Cov", "X, Y"),
    ("Ln", "a b"),
)


@pytest.mark.parametrize("name, inner", _CASES)
@pytest.mark.parametrize("size", _SIZES)
def test_a_size_command_does_not_change_the_reading(name, inner, size):
    close = "\\right" if size == "\\left" else size
    plain = parse_expression(f"{name}({inner})")[0]
    sized = parse_expression(f"{name} {size}( {inner} {close})")[0]
    assert sized == plain, (sized, plain)


def test_letters_before_a_sized_bracket_that_spell_no_operator_stay_letters():
    # a product of letters is still a product: only the operator names are read as such
    got = parse_expression("ab \\Big( x \\Big)")[0]
    assert got == parse_expression("ab(x)")[0]
