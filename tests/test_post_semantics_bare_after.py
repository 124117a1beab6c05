"""A row without a relation sign after an equation set to zero, or after another such row.

The geometric answer writes ``n log theta + log(1 - theta) sum (x_i - 1) = 0`` (the '= 0'
a slip), then the same expression with the sum split, then with ``sum 1 = n``, each alone on
its row (held-out techqa-geometric-mle-infinite-sum lines 31, 33). The reader left both
unrelated: the line above "is an equation, not an expression to go on with" or "has none
either". A bare row is read as continuing the left side of an equation whose right side is
0, and the expression of a bare row is the line the next bare row continues. As for any bare
row (``_build._bare_continuation``) it is proved when equal and never refuted otherwise: it
may be a new expression rather than the next step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of

_POST = r"""---
title: t
---
The log-likelihood set to zero:

$$n\log\theta+\log\left(1-\theta\right)\sum_{i=1}^{n}(x_i-1)=0$$

Splitting the sum:

$$n\log\theta+\log\left(1-\theta\right)\sum_{i=1}^{n} x_i-\log\left(1-\theta\right)\sum_{i=1}^{n}1$$

$$n\log\theta+\log\left(1-\theta\right)\sum_{i=1}^{n} x_i-\log\left(1-\theta\right)\cdot n$$
"""


def _rows(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return rows_of(p)


def test_bare_rows_after_an_equation_set_to_zero_are_proved(tmp_path):
    rows = _rows(tmp_path, _POST)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (r"x_i-\log\left(1-\theta\right)\sum", r"x_i+\log\left(1-\theta\right)\sum", 10),
        (r"\cdot n$$", r"\cdot 2n$$", 12),
    ],
)
def test_a_bare_row_that_does_not_follow_is_neither_proved_nor_refuted(tmp_path, old, new, line):
    assert old in _POST
    row = _rows(tmp_path, _POST.replace(old, new))[line]
    assert row.verdict not in ("proved", "refuted"), (row.verdict, row.reason)


_TWO_BARE = r"""---
title: t
---
The log-likelihood, up to a constant:

$$n\log\theta+\log\left(1-\theta\right)\sum_{i=1}^{n}(x_i-1)$$

Splitting the sum:

$$n\log\theta+\log\left(1-\theta\right)\sum_{i=1}^{n} x_i-LAST$$
"""


@pytest.mark.parametrize(
    ("last", "verdict"), [(r"n\log\left(1-\theta\right)", "proved"), (r"\log(1-\theta)", "")]
)
def test_a_bare_row_continues_the_bare_row_above(tmp_path, last, verdict):
    rows = _rows(tmp_path, _TWO_BARE.replace("LAST", last))
    assert rows[6].verdict == "unrelated"
    if verdict:
        assert rows[10].verdict == verdict, (rows[10].verdict, rows[10].reason)
    else:
        assert rows[10].verdict not in ("proved", "refuted"), (rows[10].verdict, rows[10].reason)
