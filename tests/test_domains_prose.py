"""Domains as authors state them (issue 11): ranges and supports in words, the
natural domain of a binomial coefficient, ``P(X = x)`` on the left of a model
statement, and conditions on the data that only the author's result line needs.

Each prose phrasing is checked two ways: the statement read is one of the
assumption language (it parses), and the domain it gives contains the values the
sentence allows and excludes those it rules out.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
import sympy as sp

from derivations.assumptions import Domain, parse
from derivations.post import check_post
from derivations.post._assume import prose_statements, read_prose
from derivations.post._parse import parse_expression

POSTS = Path(__file__).parent / "posts" / "domains"


# --------------------------------------------------------------------------- prose


def _domain(body: str, name: str, sample: bool = True) -> Domain:
    found = {d.key: d for d in read_prose(body)}
    assert (name, sample) in found, (body, sorted(found))
    return found[(name, sample)]


def _allows(d: Domain, v: int, bounds: dict[str, int] | None = None) -> bool:
    """Does ``v`` satisfy ``d`` (symbolic bounds looked up in ``bounds``)?"""
    bounds = bounds or {}
    val = lambda b: Fraction(bounds[b]) if isinstance(b, str) else b  # noqa: E731
    if d.members is not None and Fraction(v) not in d.members:
        return False
    if d.lower is not None:
        lo = val(d.lower)
        if v < lo or (v == lo and d.lower_strict):
            return False
    if d.upper is not None:
        hi = val(d.upper)
        if v > hi or (v == hi and d.upper_strict):
            return False
    return Fraction(v) not in d.excluded


@pytest.mark.parametrize(
    ("sentence", "allowed", "refused"),
    [
        ("so each $x_i$ is an integer between $0$ and $m$.", [0, 3, 7], [-1, 8]),
        ("each $x_i$ is an integer from $0$ to $m$", [0, 7], [-1, 8]),
        ("The counts $x_i$ are integers between $0$ and $m$.", [0, 7], [-1, 8]),
        ("and $x_i$ takes the values $1, 2, 3, \\dots$, so", [1, 2, 50], [0, -1]),
        ("and $x_i$ takes values $0, 1, 2, \\ldots$", [0, 1, 50], [-1]),
        ("then $x_i$ follows a geometric distribution on $1, 2, 3, \\dots$:", [1, 9], [0]),
        ("where $x_i \\in \\{1, 2, \\dots\\}$.", [1, 9], [0]),
        ("where $x_i \\in \\{0, 1, 2, \\ldots\\}$.", [0, 9], [-1]),
        ("Here $x_i$ is a non-negative integer.", [0, 9], [-1]),
        ("The $x_i$ are counts of calls per hour.", [0, 9], [-1]),
        ("where $x_i$ counts the failures before the first success", [0, 9], [-1]),
        ("with $x_i \\in \\{0, 1, \\ldots, m\\}$", [0, 7], [-1, 8]),
    ],
)
def test_prose_ranges_give_integer_domains(sentence, allowed, refused):
    d = _domain(sentence, "x")
    assert d.integer or d.members is not None, d
    for v in allowed:
        assert _allows(d, v, {"m": 7}), (sentence, v, d)
    for v in refused:
        assert not _allows(d, v, {"m": 7}), (sentence, v, d)


def test_a_range_written_as_a_formula_bounds_the_samples():
    # The integers come from the binomial coefficient (its natural domain), not from here.
    d = _domain("with $0 \\le x_i \\le m$ for every batch", "x")
    assert (d.lower, d.upper, d.lower_strict, d.upper_strict) == (0, "m", False, False)


def test_every_statement_read_from_prose_is_in_the_assumption_language():
    body = (
        "Line one.\n"
        "so each $x_i$ is an integer between $0$ and $m$, and $k_j$ takes the values "
        "$1, 2, 3, \\dots$.\nThe $y_i$ are counts.\n"
    )
    found = prose_statements(body)
    assert found
    for text, where in found:
        assert parse(text, where)  # raises when the statement is not in the language
    lines = {text: where for text, where in found}
    assert any(w == "line 2" for w in lines.values())
    assert any(w == "line 3" for w in lines.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "we try $1, 2, 3, \\dots$ values of $m$ in turn",  # a list that is not a support
        "The sum $x_1 + x_2$ is an integer between $0$ and $2m$ in total.",  # not a name
        "where $\\theta$ lies between $0$ and $1$",  # between for a real: not an integer
        "Let $x_i$ be the data for each trial in $1, \\ldots, n$.",  # an index range
        "and $x_i$ summed over all rounds in $1, 2, 3, \\dots$",  # an index range
    ],
)
def test_sentences_that_are_not_integer_ranges_give_no_integer_domain(sentence):
    for d in read_prose(sentence):
        assert not d.integer, (sentence, d)


def test_a_range_in_prose_keeps_its_line_number():
    body = "Intro.\n\nAgain.\nEach $x_i$ is an integer between $0$ and $m$.\n"
    (text, where), *_ = [s for s in prose_statements(body) if "x_i" in s[0]]
    assert where == "line 4"


# --------------------------------------------------------------------------- P(X = x)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("P(X = x)", "P"),
        ("P(X = x_i \\mid p)", "P"),
        ("P(X_i = x_i)", "P"),
        ("\\Pr(X = k)", "\\mathrm{Pr}"),
        ("\\Pr(X = k \\mid \\lambda)", "\\mathrm{Pr}"),
        ("\\mathbb{P}(X = x)", "P"),
        ("p(x \\mid \\theta)", "p"),
        ("P(X = x | p)", "P"),
    ],
)
def test_probability_of_an_event_reads_as_a_function(text, name):
    e, _ = parse_expression(text)
    assert isinstance(e, sp.core.function.AppliedUndef), (text, e)
    assert str(e.func) == name


@pytest.mark.parametrize("text", ["x(a = b)", "(X = x)", "2 (a = b)"])
def test_an_equation_in_brackets_after_a_non_function_is_still_not_read(text):
    with pytest.raises(ValueError):
        parse_expression(text)


# --------------------------------------------------------------------------- posts


def _verdicts(name: str) -> dict[int, str]:
    return {r.line: r.verdict for r in check_post(POSTS / name).rows}


CORRECT = [
    "binomial.md",
    "geometric.md",
    "geometric-failures.md",
    "binomial-bounds.md",
]


@pytest.mark.parametrize("name", CORRECT)
def test_correct_posts_with_domains_in_prose_are_proved_without_assume(name):
    post = check_post(POSTS / name)
    bad = [(r.line, r.verdict, r.reason) for r in post.rows if r.verdict not in ("proved", "given")]
    assert not bad, bad


def _truth(name: str) -> dict[int, str]:
    out = {}
    for raw in (POSTS / name).with_suffix(".truth").read_text().splitlines():
        if raw.strip() and not raw.startswith("#"):
            line, judgement, *_ = raw.split("\t")
            out[int(line)] = judgement
    return out


@pytest.mark.parametrize("name", [c.replace(".md", "-slip.md") for c in CORRECT])
def test_slips_are_refuted_at_their_line_with_a_counterexample_in_the_domain(name):
    post = check_post(POSTS / name)
    wrong = [line for line, j in _truth(name).items() if j == "wrong"]
    assert len(wrong) == 1
    rows = {r.line: r for r in post.rows}
    row = rows[wrong[0]]
    assert row.verdict == "refuted", (row.line, row.verdict, row.reason)
    ce = row.counterexample
    assert ce is not None
    # In the domain: counts are whole numbers inside the stated range, 0 < p < 1.
    for key in ("x", "k"):
        values = ce.get(key)
        if isinstance(values, list):
            assert all(float(v).is_integer() and v >= 0 for v in values), ce
            if "m" in ce:
                assert all(v <= ce["m"] for v in values), ce
    if "m" in ce:
        # m = 0 (no trials) is inside the binomial's natural domain: C(0, 0) = 1.
        assert float(ce["m"]).is_integer() and ce["m"] >= 0, ce
    for key in ("p", "theta"):
        if key in ce:
            assert 0 < ce[key] < 1, ce


def test_probabilities_of_single_outcomes_are_not_one_function_defined_twice(tmp_path):
    # P(X = 1) = p and P(X = 0) = 1 - p are values at two points: neither row may be
    # read as restating the other (which the numbers would refute).
    post = tmp_path / "points.md"
    post.write_text("- $P(X=1) = p$\n- $P(X=0) = 1 - p$\n\n$$\nL(p) = p^{x} (1 - p)^{1 - x}\n$$\n")
    rows = check_post(post).rows
    assert all(r.verdict != "unparsed" for r in rows), [(r.line, r.reason) for r in rows]
    assert all(r.verdict != "refuted" for r in rows), [(r.line, r.reason) for r in rows]
