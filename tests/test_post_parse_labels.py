"""A word above a subscripted name (``\\mu_k^{\\text{new}}``) labels the name - the updated
mu at k, another quantity than mu at k - and is never a power of it."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.post._parse import parse_expression

WORDS = ["new", "old", "MLE", "opt"]
SPELLINGS = [
    r"@N_@S^\text{@W}",
    r"@N_@S^{\text{@W}}",
    r"@N^{\text{@W}}_@S",
    r"@N_{@S}^{\mathrm{@W}}",
]


def _read(latex: str) -> sp.Basic:
    return parse_expression(latex)[0]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("name", [r"\mu", r"\pi", r"\Sigma", r"\hat\theta"])
@pytest.mark.parametrize("sub", ["k", "j", "1"])
def test_a_labelled_subscripted_name_is_one_quantity(word, name, sub):
    readings = {
        _read(s.replace("@N", name).replace("@S", sub).replace("@W", word)) for s in SPELLINGS
    }
    assert len(readings) == 1
    (e,) = readings
    assert not e.atoms(sp.Pow), e  # never a power
    assert e != _read(f"{name}_{sub}")  # another quantity than the unlabelled one
    assert word in str(e) and e.free_symbols


@pytest.mark.parametrize("word", WORDS)
def test_a_labelled_sample_is_an_element_of_the_labelled_name(word):
    e = _read(rf"\sum_{{i=1}}^{{n}} x_i^\text{{{word}}}")
    assert isinstance(e, sp.Sum)
    (element,) = e.function.atoms(sp.Indexed)
    assert element.indices == (e.limits[0][0],) and word in str(element.base)


def test_a_labelled_name_in_a_row_is_read(tmp_path):
    from _post_rows import verdict_of_row

    row = r"\pi_k^\text{new} = \frac{N_k}{N}"
    assert verdict_of_row(tmp_path, f"Update:\n\n$$ {row} $$\n", row) == "given"
