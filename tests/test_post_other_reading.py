"""A row whose reading is in doubt is proved only if it holds read either way.

``a/bc`` is read ``(a/b) c`` and ``\\log a b`` is read ``b \\log a`` (``._reading_doubts``);
people write both for the other reading as often (``1/2\\sigma^2`` for ``1/(2\\sigma^2)``,
``\\log a b`` for ``\\log(ab)``). A link that fails under the reader's choice was already
"unchecked", never refuted; but one that holds under it was PROVED though the author may
have meant the other: ``a/bc = \\frac{ac}{b}`` and ``\\log a b = b \\log a`` were proved. Such a
row is now checked again with the other reading, and stays proved only if that holds too.

A slash before a function's value or a bracket (``n/2 \\log(2\\pi)``, ``1/2 (x - \\mu)^2``) is
read the usual way without a second reading: nobody writes ``n/2 \\log x`` for
``n/(2 \\log x)``.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

PROSE = "Let $a > 0$, $b > 0$, $c > 0$, $x > 0$, $y > 0$ and $n > 0$.\n\n"


def _rows(tmp_path, *rows: str):
    p = tmp_path / "p.md"
    p.write_text(PROSE + "\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    return check_post(p, jobs=1).rows


@pytest.mark.parametrize(
    "row",
    [
        r"a/bc = \frac{ac}{b}",
        r"1/2y = \frac{y}{2}",
        r"x/2\pi = \frac{\pi x}{2}",
        r"\log a b = b \log a",
        r"\ln x y = y \ln x",
    ],
)
def test_a_row_that_holds_only_as_the_reader_reads_it_is_not_proved(tmp_path, row):
    (result,) = _rows(tmp_path, row)
    assert result.verdict == "unchecked", result
    assert "read the other way" in result.reason, result.reason


@pytest.mark.parametrize(
    "row",
    [
        r"a/bc = \frac{a}{bc}",
        r"\log a b = \log a + \log b",
    ],
)
def test_a_row_that_holds_only_the_other_way_is_not_refuted(tmp_path, row):
    (result,) = _rows(tmp_path, row)
    assert result.verdict not in ("proved", "refuted"), result


@pytest.mark.parametrize(
    "rows",
    [
        (r"f = a/bc + x", r"f = x + a/bc"),
        (r"g = 2\log a b", r"g = \log a b + \log a b"),
        (r"h = \frac{n}{2}\log x", r"h = n/2 \log x"),
        (r"k = \frac{1}{2}(x - a)^2", r"k = 1/2 (x - a)^2"),
    ],
)
def test_a_row_that_holds_either_way_is_still_proved(tmp_path, rows):
    results = _rows(tmp_path, *rows)
    assert results[-1].verdict == "proved", results[-1]


def test_a_slash_carried_along_a_product_reads_without_a_crash(tmp_path):
    # -1/2 (x - mu)^T Sigma^{-1} (x - mu): the slash's doubt is carried to the later factors,
    # whose other reading is not rebuilt (it raised AttributeError: the row was unparsed)
    row = r"L = e^{-1/2(\vec{x}_{i}-\vec{\mu})^{T}\Sigma^{-1}(\vec{x}_{i}-\vec{\mu})}"
    (result,) = _rows(tmp_path, row)
    assert result.verdict != "unparsed", result.reason
