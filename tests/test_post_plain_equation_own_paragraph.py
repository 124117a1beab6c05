"""A plain-text equation written as a paragraph of its own, in a post with no TeX.

Held-out batch 30 (quesba.com's answer on an exponential mean with one censored value, whose
displays the stored copy lost): ``μ = (120 + y)/21`` and ``μ = (120 + 16)/21 = 6`` stand on
lines of their own, blank lines around them, in a post with no TeX at all. The plain-text
reader (``._plain_math``) read such an equation only as a list item or an indented line; as a
paragraph it was an unparsed row ('an equation in plain text that the reader does not read
one way only'), so the author's 136/21 = 6 was not caught.

Properties: in a post with no TeX, a line that is a paragraph of its own and entirely a plain
equation is read exactly as the same line written as a list item (proved, refuted, given,
or unparsed with the same reason); a plain equation inside a paragraph (text on the line
before or after it) and one in a post with TeX math stay as they were (never checked); an
equation the plain reader finds ambiguous is never proved or refuted."""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post


def _verdict(tmp_path: Path, body: str, needle: str) -> tuple[str, str]:
    text = "---\ntitle: t\n---\n" + body
    line = max(k for k, t in enumerate(text.splitlines(), 1) if needle in t)
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if r.line == line]
    return (rows[0].verdict, rows[0].reason) if rows else ("missing", "")


_EQUATIONS = [
    ("μ = (120 + 16)/21 = 136/21", "proved"),
    ("μ = (120 + 16)/21 = 6", "refuted"),
    ("p = 3/10 = 0.3", "proved"),
    ("p = 3/10 = 0.4", "refuted"),
    ("x̄ = (5 + 3 + 20)/3 = 28/3", "proved"),
    ("(a + b)^2 = a^2 + 2*a*b + b^2", "proved"),
    ("(a + b)^2 = a^2 + a*b + b^2", "refuted"),
]


@pytest.mark.parametrize(("eq", "expected"), _EQUATIONS)
def test_an_equation_alone_is_read_as_a_list_item_is(tmp_path, eq, expected):
    alone = f"We found the value.\n\n{eq}\n\nThat is all.\n"
    listed = f"We found the value.\n\n- {eq}\n\nThat is all.\n"
    got = _verdict(tmp_path, alone, eq)
    assert got == _verdict(tmp_path, listed, eq)
    assert got[0] == expected


@pytest.mark.parametrize(("eq", "expected"), _EQUATIONS)
def test_an_equation_inside_a_paragraph_is_not_checked(tmp_path, eq, expected):
    body = f"We found the value\n{eq}\nand that is all.\n"
    assert _verdict(tmp_path, body, eq)[0] not in ("proved", "refuted")


@pytest.mark.parametrize(("eq", "expected"), _EQUATIONS)
def test_beside_tex_math_an_equation_alone_is_not_checked(tmp_path, eq, expected):
    body = f"The model is\n\n$$f(x) = a e^{{-a x}}$$\n\n{eq}\n\nThat is all.\n"
    assert _verdict(tmp_path, body, eq)[0] not in ("proved", "refuted")


@pytest.mark.parametrize(
    "eq",
    ["y = 1/2x", "z = a/bc", "w = 6/2(1 + 2)", "f(x;t)=t*exp(-t*x), E(X)=1/t ,", "lnL = n lna"],
)
def test_an_ambiguous_equation_alone_is_never_checked(tmp_path, eq):
    body = f"So\n\n{eq}\n\nThat is all.\n"
    assert _verdict(tmp_path, body, eq)[0] not in ("proved", "refuted")


def test_a_sentence_alone_is_no_row(tmp_path):
    body = "So\n\nThe estimate is the sample mean = average of the data\n\nThat is all.\n"
    assert _verdict(tmp_path, body, "The estimate")[0] == "missing"
