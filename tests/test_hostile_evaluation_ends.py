"""Hostile evaluations between two ends: each row finishes within the per-step limits with a
verdict, never a crash and never a refutation of what cannot be evaluated.

An end at infinity is a limit (``_tosympy._between``), which the numeric check asks sympy for
at each point (``engine._evaluate._limit``); a limit gruntz cannot settle in time is
"unchecked: timed out", and one it cannot evaluate is no value. Nested brackets with ends are
bounded by the lexer's token and nesting limits.
"""

from __future__ import annotations

import time

from derivations.post import check_post


def test_a_limit_sympy_cannot_settle_in_time_is_unchecked(tmp_path):
    row = (
        r"$$\int_1^{\infty} a x \, dx = \left[\sin(x^{a}) e^{e^{x^{7}}} - "
        r"e^{e^{x^{7}} - e^{-x}}\right]_1^{\infty} = a$$"
    )
    post = tmp_path / "p.md"
    post.write_text("Let $a > 0$.\n\n" + row + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    rows = check_post(post, jobs=1).rows
    assert time.perf_counter() - t0 < 120
    assert [r.verdict for r in rows] in (["unchecked"], ["unparsed"])


def test_nested_brackets_with_ends_are_bounded(tmp_path):
    text = "[" * 3000 + "x" + "]_0^1" * 3000
    post = tmp_path / "p.md"
    post.write_text(f"$$\\int_0^1 x \\, dx = {text}$$\n", encoding="utf-8")
    t0 = time.perf_counter()
    rows = check_post(post, jobs=1).rows
    assert time.perf_counter() - t0 < 60
    assert [r.verdict for r in rows] == ["unparsed"]
    assert "limit" in rows[0].reason
