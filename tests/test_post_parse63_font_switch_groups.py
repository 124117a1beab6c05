r"""``{\rm E}[X]``, ``{\rm Var}(X)``: TeX's font switch in braces is the font command (PARSE63).

``{\rm E}`` is plain TeX for ``\mathrm{E}`` (the switch sets the rest of its group upright), and
the held-out Cauchy homework (external48, yuqianliu) writes its expectations so:
``{\rm E}_\theta[...]``, ``{\rm E}(X|\theta)``. Only ``{\rm d}`` was read as ``\mathrm{d}``; any
other upright group stayed a group, so ``{\rm E}(z)`` was the product ``E z``, ``{\rm Var}(z)``
the product of the letters ``V a r z`` - misreadings a comparison could refute - and
``{\rm E}_\theta[z]`` was unparsed. A group of the switch ``\rm`` and letters, or of
``\mathrm`` and one letter (``\mathrm`` takes one), reads as ``\mathrm{...}`` does.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression

#: (as the author writes it, as \mathrm writes it)
_SAME = [
    (r"{\rm E}[X]", r"\mathrm{E}[X]"),
    (r"{\rm E}(X | \theta)", r"\mathrm{E}(X | \theta)"),
    (r"{\rm E}_\theta [X^2]", r"\mathrm{E}_\theta [X^2]"),
    (r"{ \rm E } [X]", r"\mathrm{E}[X]"),
    (r"{\mathrm E}[X]", r"\mathrm{E}[X]"),
    (r"{\rm Var}(X)", r"\mathrm{Var}(X)"),
    (r"{\rm var}(X)", r"\mathrm{var}(X)"),
    (r"2 {\rm E}[X] - {\rm E}[X]^2", r"2 \mathrm{E}[X] - \mathrm{E}[X]^2"),
    (r"\int_0^1 x \, {\rm d}x", r"\int_0^1 x \, \mathrm{d}x"),
    (r"{\rm e}^{x}", r"\mathrm{e}^{x}"),
]


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(("written", "upright"), _SAME)
def test_the_switch_in_braces_reads_as_the_font_command(written, upright):
    assert _read(written) == _read(upright)


@pytest.mark.parametrize("written", [r"{\rm E}(z)", r"{\mathrm E}[z]", r"{\rm Var}(z)"])
def test_it_is_not_a_product_of_letters(written):
    assert not _read(written).is_Mul


def test_a_group_holding_more_than_the_word_is_left_as_it_was():
    # the switch before an operator or a number is no word: the group is read as before
    assert _read(r"{\rm E + 1}") == _read(r"{E + 1}")


def test_the_author_rows_are_read(tmp_path):
    rows = _rows(
        tmp_path,
        r"{\rm E}_\theta [X^2] = {\rm Var}_\theta(X) + ({\rm E}_\theta [X])^2",
        r"{\rm E}(X|\theta ) = \int_0^{2\pi} x \, f(x) \, {\rm d}x",
    )
    for r in rows.values():
        assert r.verdict not in ("unparsed", "refuted"), (r.line, r.verdict, r.reason)
