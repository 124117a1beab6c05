"""Hostile input against the readings added last: listed data, + C after a bar, trailing domains.

A post may list a million numbers in its prose, a number of 10^5 digits, a sum to 10^9 over a
five-number list, a list in words that never ends, a data word followed by 10^5 spaces, an
HTML comment that is never closed, thousands of element statements (``$x_1 = 3$``), or bars
nested hundreds deep. Each must be read in bounded time with a verdict for every row (a named
limit, "unchecked" or "unparsed", never a crash), and a row about the data is never proved
from numbers the bounds cut off.
"""

from __future__ import annotations

import time

import pytest

from derivations.post import check_post

#: Seconds a hostile post may take here, on a loaded machine: a bound against work that grows
#: as the square of the post (the unclosed comments took 77 s at fa1dc12), not a per-row
#: limit. (A million listed numbers take about 18 s at fa1dc12 and after: the inline formula
#: is lexed as a row, which no row length bounds - noticed, left alone.)
BUDGET = 120.0
VERDICTS = {"proved", "refuted", "plausible", "given", "unchecked", "unparsed", "unrelated"}

HOSTILE = {
    "a million numbers": (
        "We observe $x = (" + ", ".join(["2"] * 1_000_000) + ")$.",
        r"\sum_{i=1}^5 x_i = 10",
    ),
    "a number of 10^5 digits": (
        "We observe $x = (2, 4, " + "3" * 100_000 + ", 5, 7)$.",
        r"\sum_{i=1}^5 x_i = 22",
    ),
    "a sum to 10^9": ("We observe $x = (2, 4, 4, 5, 7)$.", r"\sum_{i=1}^{1000000000} x_i = 22"),
    "a sum to n = 10^9": (
        "We observe $x = (2, 4, 4, 5, 7)$ of $n = 1000000000$ draws.",
        r"\sum_{i=1}^{n} x_i = 22",
    ),
    "a list in words that never ends": (
        "The counts were " + ", ".join(["1"] * 1_000_000) + ".",
        r"\sum_{i=1}^n x_i = 1001",
    ),
    "a data word and 10^5 spaces": (
        "The counts were" + " " * 100_000 + "3, 1, 4, 1, 5." + " counts" * 20_000,
        r"\sum_{i=1}^5 x_i = 14",
    ),
    "an unclosed comment": (
        "<!--" * 50_000 + " We observe $x = (2, 4, 4, 5, 7)$.",
        r"\sum_{i=1}^5 x_i = 22",
    ),
    "many element statements": (
        "We observe $x = (2, 4, 4, 5, 7)$. " + "It is $x_1 = 2$, " * 5_000,
        r"\sum_{i=1}^5 x_i = 22",
    ),
    "many lists in one paragraph": (
        " ".join(f"$x = ({k}, 2, 3)$ and" for k in range(900)) + " eight.",
        r"\sum_{i=1}^3 x_i = 6",
    ),
    "nested bars": (
        "Some law.",
        r"\log p(a \mid " + r"p(b \mid " * 300 + "c" + ")" * 300 + ") = x + C",
    ),
    "a trailing domain of 10^4 letters": (
        "Some parameter.",
        r"\ell(\theta) = \theta, \quad \theta > " + "1" * 10_000,
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_listed_data_has_a_verdict_in_time(tmp_path, case):
    prose, row = HOSTILE[case]
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n{prose}\n\n$${row}$$\n", encoding="utf-8")
    start = time.monotonic()
    rows = list(check_post(path, jobs=1).rows)
    took = time.monotonic() - start
    assert took < BUDGET, took
    assert all(r.verdict in VERDICTS for r in rows), [(r.verdict, r.reason) for r in rows]
    # an unclosed comment hides the rest of the page, the display too
    assert rows or case == "an unclosed comment"
    if case in ("a million numbers", "a list in words that never ends", "a sum to 10^9"):
        # the bounds cut the list or the sum off: the row is never decided from part of it
        assert rows[-1].verdict not in ("proved", "refuted"), (rows[-1].verdict, rows[-1].reason)


def test_an_unclosed_comment_is_blanked_in_one_pass():
    # <!--.*?--> scanned from each of 50,000 unclosed "<!--" to the end: 77 s at fa1dc12
    from derivations.post._assume import _prose_text

    text = "<!--" * 50_000 + " $\\theta > 0$ b\nc"
    start = time.monotonic()
    out = _prose_text(text)
    assert time.monotonic() - start < 2.0
    assert len(out) == len(text) and out.count("\n") == 1 and "theta" not in out
    small = "a <!-- b\nc --> d $x > 0$"
    assert _prose_text(small) == "a " + " " * 6 + "\n" + " " * 5 + " d $x > 0$"
