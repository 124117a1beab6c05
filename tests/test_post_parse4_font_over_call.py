"""``\\mathcal{I(\\theta)}``: a calligraphic font written over a call.

Authors put the argument inside the font's braces (``\\frac{1}{\\mathcal{I(\\theta)}}``);
it shows the same as ``\\mathcal{I}(\\theta)``, the calligraphic I at theta. The reader
refused it ("\\mathcal{I(\\theta)} is not a name", held-out liamcpinchbeck Fisher
information, line 297). Read as the call, the two spellings are one expression; a font
over anything but one letter and its bracket is still refused.
"""

from __future__ import annotations

import pytest

from derivations.post._lexer import LatexError
from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


def test_the_font_over_the_call_is_the_call():
    assert _read(r"\frac{1}{\mathcal{I(\theta)}}") == _read(r"\frac{1}{\mathcal{I}(\theta)}")
    assert _read(r"\mathcal{L(\theta)} + 1") == _read(r"\mathcal{L}(\theta) + 1")


def test_it_is_not_another_name():
    assert _read(r"\mathcal{I(\theta)}") != _read(r"\mathcal{J}(\theta)")


@pytest.mark.parametrize("text", [r"\mathcal{I(\theta) + 1}", r"\mathcal{IJ(\theta)}"])
def test_more_than_a_call_stays_refused(text):
    with pytest.raises(LatexError):
        _read(text)
