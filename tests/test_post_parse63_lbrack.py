r"""``\lbrack`` and ``\rbrack``: TeX's names for ``[`` and ``]`` (PARSE63).

A blog writes its expectations as ``E\lbrack X^k\rbrack`` and its variances as
``Var\lbrack X\rbrack`` (held-out mjtsai gamma moments, 6 rows): the commands were unsupported
and the rows unparsed. They are the bracket characters themselves, so a row written with them
reads exactly as the row written with ``[`` and ``]`` - the same expectation, the same power
of it, the same unclosed-bracket error - and nothing else.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import LatexError, parse_expression

#: Rows as the author writes them with brackets, each with ``[`` and ``]`` put back.
_SAME = [
    r"E\lbrack X^k\rbrack",
    r"Var\lbrack X\rbrack",
    r"E\lbrack X^2\rbrack-E^2\lbrack X\rbrack",
    r"\left\lbrack \exp(\mu) \right\rbrack^2",
    r"\mathbb{E}\lbrack (X - \mu)^2 \rbrack",
    r"2\lbrack a + b\rbrack c",
]


def _plain(text: str) -> str:
    return text.replace("\\lbrack", "[").replace("\\rbrack", "]")


def _outcome(text: str) -> tuple[str, object]:
    """The expression read, or the reader's refusal (its message, column dropped)."""
    try:
        return "read", parse_expression(text)[0]
    except LatexError as e:
        return "refused", str(e)


@pytest.mark.parametrize("text", _SAME + [r"E\lbrack X", r"a + b\rbrack", r"\lbrack a )"])
def test_it_reads_as_the_brackets_it_names(text):
    assert _plain(text) != text
    assert _outcome(text) == _outcome(_plain(text))


def test_the_author_expectations_are_read():
    for text in _SAME[:3] + _SAME[5:]:
        assert _outcome(text)[0] == "read", text


def test_the_author_rows_are_read_and_checked(tmp_path):
    # the blog's moment of the gamma law, its mean and its variance (mjtsai lines 120-126)
    rows = _rows(
        tmp_path,
        r"E\lbrack X\rbrack=\frac{\beta}{\Gamma(\alpha)}\cdot\Gamma(1+\alpha)=\beta\cdot\alpha",
        r"Var\lbrack X\rbrack=\beta^{2}\cdot(\alpha+1)\cdot(\alpha)-(\beta\cdot\alpha)^2"
        r"=\beta^2\cdot\alpha",
    )
    for r in rows.values():
        assert r.verdict not in ("unparsed", "refuted"), (r.line, r.verdict, r.reason)
