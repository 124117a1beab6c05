"""A name whose subscript holds a conditioning bar (``f_{X|Y}(x|y)``, ``Q_{Y|X}(\\tau)``,
``f_{\\underline{X}\\mid T}(\\underline{x}\\mid t)``: the density, the quantile function of Y
given X) was unparsed: "a '|' without its partner", "unexpected '|'" (held-out: a quantile
regression note, a sufficiency proof). The subscript labels which conditional law the name
stands for: the whole is one name, ``f_{X|Y}``, another name than the joint ``f_{X,Y}`` and
than ``f_X`` or ``f`` (read as one of them it would prove ``f_{X|Y} = f_{X,Y}``). ``|`` and
``\\mid`` write the same name. A subscript with more than names in it is read as before."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "text",
    [r"f_{X|Y}(x|y)", r"Q_{Y|X}(\tau)", r"f_{\underline{X}\mid T}(\underline{x}\mid t)"],
)
def test_a_conditional_label_below_a_name_is_read(text):
    e, _ = parse_expression(text)
    assert e.free_symbols or e.atoms(), e


def test_the_conditional_name_is_neither_the_joint_nor_the_marginal():
    names = {
        str(parse_expression(t)[0].func)
        for t in (r"f_{X|Y}(x, y)", r"f_{X,Y}(x, y)", r"f_{X}(x, y)", r"f(x, y)")
    }
    assert len(names) == 4, names


def test_bar_and_mid_write_the_same_name():
    assert parse_expression(r"f_{X|Y}(x)")[0] == parse_expression(r"f_{X \mid Y}(x)")[0]


def test_a_conditional_against_the_joint_is_not_proved(tmp_path):
    row = display_rows(tmp_path, r"f_{X|Y}(x|y) = f_{X,Y}(x, y)")[5]
    assert row.verdict not in ("proved", "unparsed", "refuted"), row.reason


def test_a_step_through_a_conditional_name_is_proved(tmp_path):
    row = display_rows(tmp_path, r"Q_{Y|X}(\tau) + Q_{Y|X}(\tau) = 2 Q_{Y \mid X}(\tau)")[5]
    assert row.verdict == "proved", row.reason
