"""A row continuing a row that compared nothing, whose last side holds functions the post
never gives a value (issue 12, RELATE16, ``_arbitrary_anchor``).

``Q(theta) \\propto Pr(theta) Pr(y | theta)`` compares nothing (the relation is not
checked), and ``&= Pr(theta) exp(log Pr(y | theta))`` below it claims that the side above
equals its own. The reader left every such row "unrelated" ("continues a row that could not
be checked", held-out p16i lines 44-46, jethrogit line 27, pml1 line 20 ...): the side
above was refused as a line to continue because ``Pr`` has no value. Read with its
functions as arbitrary functions, the claim is proved when it holds for every function; a
failure says nothing (the function the author means may make the rows equal), so a row
that does not follow keeps the verdict it had, never refuted, never given.

The tests failed before the change (lines 9 and 10 of the post, and the second link of the
one-row chain, were unrelated).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of

_BEFORE = "continues a row that could not be checked"

_POST = r"""---
title: t
---
The posterior, up to a factor:

$$
\begin{aligned}
Q(\theta) &\propto \Pr(\theta) \Pr(y \mid \theta) \\
&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\
&= \exp(\log \Pr(\theta) + \log \Pr(y \mid \theta))
\end{aligned}
$$

And on one row:

$$R(\theta) \propto h(\theta) h(y) = h(y) \left(h(\theta) + 1\right) - h(y)$$
"""


def _rows(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return rows_of(p)


def test_rewrites_of_a_side_with_undefined_functions_are_proved(tmp_path):
    rows = _rows(tmp_path, _POST)
    assert rows[8].verdict != "proved", (rows[8].verdict, rows[8].reason)  # the \propto
    for line in (9, 10):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)
    one_row = rows[16]
    assert one_row.links[-1]["verdict"] == "proved", one_row.links


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # a factor 2 in the exponent: exp(2 log Pr) = Pr^2, not Pr
        (
            r"&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\",
            r"&= \Pr(\theta) \exp(2\log \Pr(y \mid \theta)) \\",
            9,
        ),
        # the argument changed: Pr(theta) is not Pr(y)
        (
            r"&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\",
            r"&= \Pr(y) \exp(\log \Pr(y \mid \theta)) \\",
            9,
        ),
        # a value for the line above that is no rewrite of it (neither given nor proved)
        (
            r"&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\",
            r"&= \theta^2 e^{-\theta} \\",
            9,
        ),
    ],
)
def test_a_wrong_row_in_the_same_place_keeps_its_verdict(tmp_path, old, new, line):
    assert old in _POST
    row = _rows(tmp_path, _POST.replace(old, new))[line]
    assert row.verdict == "unrelated", (row.verdict, row.reason)
    assert _BEFORE in row.reason, row.reason


def test_a_wrong_row_after_the_proved_one_is_not_proved_nor_refuted(tmp_path):
    """A sign: exp(log a - log b) = a/b, not a b. The row continues a proved row, so it is
    compared with it as any rewrite (unchecked: the functions are arbitrary)."""
    old, new = r"\exp(\log \Pr(\theta) + \log", r"\exp(\log \Pr(\theta) - \log"
    assert old in _POST
    rows = _rows(tmp_path, _POST.replace(old, new))
    assert rows[9].verdict == "proved", (rows[9].verdict, rows[9].reason)
    assert rows[10].verdict not in ("proved", "refuted", "given"), (
        rows[10].verdict,
        rows[10].reason,
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (r"\left(h(\theta) + 1\right) - h(y)$$", r"\left(h(y) + 1\right) - h(y)$$"),
        (r"\left(h(\theta) + 1\right) - h(y)$$", r"\left(h(\theta) + 1\right) + h(y)$$"),
    ],
)
def test_a_wrong_link_on_one_row_is_not_proved_nor_refuted(tmp_path, old, new):
    assert old in _POST
    row = _rows(tmp_path, _POST.replace(old, new))[16]
    assert row.links[-1]["verdict"] not in ("proved", "refuted", "given"), row.links


def test_a_true_row_that_needs_the_meaning_of_the_function_is_not_refuted(tmp_path):
    """``Pr(theta) Pr(y | theta) = Pr(y, theta)`` holds for probabilities, not for every
    function: no counterexample made of an arbitrary function refutes it. (Unproved when
    this was written; since CONGR29 a probability written with a bar is read as one law's
    conditionals, ``Pr(y | theta) = Pr(y, theta) / Pr(theta)``, and the product rule is
    proved - ``_opaque.OpaqueNames.as_joints``.) The wrong marginal is still not proved."""
    old = r"&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\"
    new = r"&= \Pr(y, \theta) \\"
    row = _rows(tmp_path, _POST.replace(old, new))[9]
    assert row.verdict == "proved", (row.verdict, row.reason)
    old = r"Q(\theta) &\propto \Pr(\theta) \Pr(y \mid \theta)"
    new = r"Q(\theta) &\propto \Pr(y) \Pr(y \mid \theta)"
    wrong = _POST.replace(old, new).replace(
        r"&= \Pr(\theta) \exp(\log \Pr(y \mid \theta)) \\", r"&= \Pr(y, \theta) \\"
    )
    row = _rows(tmp_path, wrong)[9]
    assert row.verdict not in ("refuted", "proved"), (row.verdict, row.reason)


def test_zero_after_the_compared_row_is_no_condition_taken_as_given(tmp_path):
    """``&= 0`` after a row compared prove-only is a claim (the side is 0), as it was before
    the change: never a first-order condition taken as given, never proved here."""
    old = r"&= \exp(\log \Pr(\theta) + \log \Pr(y \mid \theta))"
    rows = _rows(tmp_path, _POST.replace(old, r"&= 0"))
    assert rows[9].verdict == "proved", (rows[9].verdict, rows[9].reason)
    assert rows[10].verdict not in ("proved", "refuted", "given"), (
        rows[10].verdict,
        rows[10].reason,
    )
