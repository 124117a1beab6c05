"""The prose of a post is scanned for its formulas once, whatever reads it.

Four readers take the formulas of a post's sentences: its domains (``read_prose``), its
case hypotheses, the cases stated in words and the orders between letters (the last two
through ``stated_conditions``). Each scanning the whole prose again, and asking of every
formula whether it is a case hypothesis, made a post of 100,000 empty displays take 8 s
instead of 6.4 s (test_hostile size-100000-empty-displays, limit 5 s on the CI machine).
"""

from __future__ import annotations

import sys
from collections import Counter

from derivations.post import _assume
from derivations.post._assume import read_prose
from derivations.post._conditions import stated_conditions

FRONT = "---\ntitle: t\n---\n\n"


def _counting(monkeypatch, counts: Counter, name: str) -> None:
    """Count the calls of ``_assume.<name>`` from every module of the post reader."""
    real = getattr(_assume, name)

    def counted(*args, **kwargs):
        counts[name] += 1
        return real(*args, **kwargs)

    for module in list(sys.modules.values()):
        if (module.__name__ or "").startswith("derivations.post") and (
            getattr(module, name, None) is real
        ):
            monkeypatch.setattr(module, name, counted)


def _read(body: str) -> tuple:
    domains = read_prose(body)
    return domains, stated_conditions(body, domains)


def test_every_reader_shares_one_scan_of_the_prose(monkeypatch):
    body = FRONT + "Let $a > b$ and $c > 0$.\n\n" + "$$ $$\n\n" * 200 + "If $x < 0$, then\n"
    counts: Counter = Counter()
    for name in ("_inline_formulas", "_case_hypothesis"):
        _counting(monkeypatch, counts, name)
    _read(body)
    formulas = 2 + 200 + 1
    assert counts["_inline_formulas"] == 1, counts
    assert counts["_case_hypothesis"] <= formulas, counts


def test_a_second_post_is_read_as_itself():
    first = FRONT + "Let $a > b$ where $\\lambda > 0$.\n"
    second = FRONT + "Let $u > v$ where $p > 0$. If $x < 0$, then\n\n$$x = x$$\n"
    _read(first)
    domains, conditions = _read(second)
    assert [d.name for d in domains] == ["u", "p"]
    assert {(c.text, c.case) for c in conditions} == {("u > v", False), ("x < 0", True)}
    domains, conditions = _read(first)
    assert [d.name for d in domains] == ["a", "lambda"]
    assert {(c.text, c.case) for c in conditions} == {("a > b", False)}
