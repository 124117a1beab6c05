"""Held-out batch 16, finding 2: an align row continued on the next line after spacing,
`& \\qquad + c`, is one row with its continuation (as `&+ c` already was): checked without
it, the correct row was refuted for the terms the next line adds."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = (
    "For real $a, b$,\n\n$$\n\\begin{align*}\n(a + b)^2 + (a - b)^2 &= a^2 + 2ab + b^2 \\\\\n"
    "& SPACE+ a^2 - 2ab + b^2 \\\\\n&= LAST\n\\end{align*}\n$$\n"
)


@pytest.mark.parametrize("space", ["\\qquad", "\\quad", "\\quad\\quad", "\\;"])
def test_a_row_continued_after_spacing_is_proved_whole(tmp_path, space):
    body = _POST.replace("SPACE", space).replace("LAST", "2a^2 + 2b^2")
    assert verdict_of_row(tmp_path, body, "(a + b)^2 + (a - b)^2") == "proved"


@pytest.mark.parametrize("space", ["\\qquad", "\\quad"])
def test_a_wrong_row_continued_after_spacing_is_not_proved(tmp_path, space):
    body = _POST.replace("SPACE", space).replace("2ab + b^2 \\\\\n&= ", "3ab + b^2 \\\\\n&= ")
    body = body.replace("LAST", "2a^2 + 2b^2")
    assert verdict_of_row(tmp_path, body, "(a + b)^2 + (a - b)^2") != "proved"
