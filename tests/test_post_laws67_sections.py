"""A law declared under a heading holds in that heading's scope (laws67).

Written before the fix, against 4ae2e340, where the tests marked so failed: an exercise
sheet that declares ``X`` Bernoulli under Part (a) and Poisson under Part (b) (held-out
muntazirabidi Oxford sheet 1, delta method, line 84: ``E[\\bar X] = \\lambda``) gave ``X``
no law anywhere (a letter declared with two laws gets none), so every moment of it was
"a statistic the reader cannot work out".

Properties: under each heading, a moment is proved only against the law declared in that
heading's scope (from the last heading that declares a law, rows without math included,
to it) and refuted where it is wrong for that law; the other part's law never proves a
row (its mean written where the other law holds is refuted or left unchecked, never
proved); a heading that declares another variable ends the scope of the first; a law said
in a sentence and one written on a row scope alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of_text

from derivations.post import check_post

HELD_OUT = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external45"
    / "muntazirabidi-oxford-sheet1-delta-method-odds-poisson-square-root.md"
)

#: how each part declares its law: on a row (inline ``\\sim``) or in words only
DECLARE = {
    "sim": {
        "a": "Let $X \\sim \\mathrm{Bernoulli}(p)$.",
        "b": "Let $X \\sim \\mathrm{Poisson}(\\lambda)$.",
    },
    "words": {
        "a": "Let $X$ be Bernoulli with success probability $p$.",
        "b": "Let $X$ be Poisson with mean $\\lambda$.",
    },
}


def _post(how: str, value_a: str, value_b: str, between: str = "") -> str:
    d = DECLARE[how]
    return (
        "---\ntitle: t\n---\n\n"
        f"## Part (a)\n\n{d['a']}\n\n$$\nE[X^2] = {value_a}\n$$\n\n"
        f"## Part (b)\n\n{d['b']}\n\n{between}"
        f"$$\nE[X^2] = {value_b}\n$$\n"
    )


def _verdicts(tmp_path, text):
    rows = rows_of_text(tmp_path, text)
    first, last = min(rows), max(rows)
    return (rows[first].verdict, rows[first].reason), (rows[last].verdict, rows[last].reason)


@pytest.mark.parametrize("how", sorted(DECLARE))
def test_each_part_has_its_own_law(tmp_path, how):
    """E[X^2] = p (Bernoulli) under (a), lambda + lambda^2 (Poisson) under (b): both
    proved (failed before the fix: both unchecked)."""
    a, b = _verdicts(tmp_path, _post(how, "p", "\\lambda + \\lambda^2"))
    assert a[0] == "proved", a
    assert b[0] == "proved", b


@pytest.mark.parametrize("how", sorted(DECLARE))
def test_a_wrong_moment_under_its_own_law_is_refuted(tmp_path, how):
    """Failed before the fix (unchecked)."""
    a, b = _verdicts(tmp_path, _post(how, "p^2", "\\lambda^2"))
    assert a[0] == "refuted", a
    assert b[0] == "refuted", b


@pytest.mark.parametrize("how", sorted(DECLARE))
def test_the_other_parts_law_never_proves(tmp_path, how):
    """Each part's row written with the other part's moment: never proved."""
    a, b = _verdicts(tmp_path, _post(how, "\\lambda + \\lambda^2", "p"))
    assert a[0] != "proved", a
    assert b[0] != "proved", b


@pytest.mark.parametrize("value", ["\\lambda + \\lambda^2", "p", "\\lambda^2"])
def test_a_problem_stated_under_a_heading_without_rows(tmp_path, value):
    """Part (b)'s law stated under its own heading, its solution under the next: the
    solution is in part (b)'s scope, never in part (a)'s."""
    text = (
        "---\ntitle: t\n---\n\n"
        "## Part (a)\n\nLet $X \\sim \\mathrm{Bernoulli}(p)$.\n\n$$\nE[X^2] = p\n$$\n\n"
        "## Part (b)\n\nNow let $X$ be Poisson with mean $\\lambda$.\n\n"
        f"### Solution\n\n$$\nE[X^2] = {value}\n$$\n"
    )
    _, b = _verdicts(tmp_path, text)
    want = "proved" if value == "\\lambda + \\lambda^2" else "refuted"
    assert b[0] == want, (value, b)


@pytest.mark.parametrize("value", ["p", "\\lambda + \\lambda^2"])
def test_a_heading_that_declares_another_variable_ends_the_scope(tmp_path, value):
    """Part (b) declares Y only; X's law from part (a) does not reach it, nor part (c)'s."""
    text = (
        "---\ntitle: t\n---\n\n"
        "## Part (a)\n\nLet $X \\sim \\mathrm{Bernoulli}(p)$.\n\n$$\nE[X^2] = p\n$$\n\n"
        "## Part (b)\n\nLet $Y \\sim \\mathrm{Exp}(\\theta)$ with rate $\\theta$.\n\n"
        f"$$\nE[X^2] = {value}\n$$\n\n"
        "## Part (c)\n\nLet $X \\sim \\mathrm{Poisson}(\\lambda)$.\n\n$$\nE[X] = \\lambda\n$$\n"
    )
    rows = rows_of_text(tmp_path, text)
    middle = sorted(rows.values(), key=lambda r: r.line)[1]
    assert middle.verdict not in ("proved", "refuted"), (value, middle.verdict, middle.reason)


def test_one_heading_declaring_twice_gives_no_law(tmp_path):
    """Two laws under one heading: none, as before."""
    text = (
        "---\ntitle: t\n---\n\n## Part (a)\n\nLet $X \\sim \\mathrm{Bernoulli}(p)$.\n\n"
        "## Part (b)\n\nLet $X \\sim \\mathrm{Poisson}(\\lambda)$. "
        "Let $X \\sim \\mathrm{Bernoulli}(q)$.\n\n$$\nE[X^2] = q\n$$\n"
    )
    rows = rows_of_text(tmp_path, text)
    last = rows[max(rows)]
    assert last.verdict not in ("proved", "refuted"), (last.verdict, last.reason)


def test_the_held_out_sheet():
    """Line 84, E[X-bar] = lambda under part (b)'s Poisson, is proved (failed before); no
    row of the post is refuted (every row is correct)."""
    rows = check_post(HELD_OUT, jobs=1).rows
    (mean,) = [r for r in rows if r.line == 84]
    assert mean.verdict == "proved", mean.reason
    assert all(r.verdict != "refuted" for r in rows)


@pytest.mark.parametrize("value", ["\\lambda + \\lambda^2", "p"])
def test_a_heading_inside_code_is_no_heading(tmp_path, value):
    """A ``## Part (b)`` line inside a code block under part (a) does not open part (b):
    the headings are found as the rows' are, code blanked."""
    text = (
        "---\ntitle: t\n---\n\n"
        "## Part (a)\n\nLet $X \\sim \\mathrm{Bernoulli}(p)$.\n\n$$\nE[X^2] = p\n$$\n\n"
        "```python\n## Part (b)\nx = 1\n```\n\n"
        "## Part (b)\n\nNow let $X$ be Poisson with mean $\\lambda$.\n\n"
        f"### Solution\n\n$$\nE[X^2] = {value}\n$$\n"
    )
    _, b = _verdicts(tmp_path, text)
    if value == "p":
        assert b[0] != "proved", (value, b)
    else:
        assert b[0] == "proved", (value, b)
