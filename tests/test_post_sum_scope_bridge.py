"""A sum written without brackets over several terms, one of them without the index.

``\\sum_{i=1}^n \\ln\\alpha + \\ln\\beta + (\\beta-1)\\ln x_i - \\alpha x_i^\\beta``
(held-out batch 28, math.se's Weibull MLE; ``tests/posts/incoming/repro30/``): a term after a
sum that carries its index was read into the sum only when it came right after it, so a term
without the index in between left ``x_i`` outside the sum with ``i`` free, and the free-index
check refuted a row the author writes as one sum. The properties: such a row is never refuted
(the scope of the sum is not written, whichever reading fails proves nothing); a false one is
never proved; the reading of a sum whose scope is written (brackets, or the indexed term right
after it) is unchanged.
Variants of our own."""

from __future__ import annotations

import pytest

# (the line above, with the sum's body in brackets; the same sum without them, true; false)
_CASES = [
    (
        r"\sum_{i=1}^n \left(\ln a + \ln b + c\,x_i\right)",
        r"\sum_{i=1}^n \ln a + \ln b + c x_i",
        r"\sum_{i=1}^n \ln a + \ln b + 2 c x_i",
    ),
    (
        r"\sum_{i=1}^n \left(\ln a + \ln b + (b-1)\ln x_i - a x_i^{b}\right)",
        r"\sum_{i=1}^n\ln\left(a \right)+\ln(b)+(b-1)\ln\left(x_i \right)-a x_i^{b}",
        r"\sum_{i=1}^n\ln\left(a \right)+\ln(b)+(b-1)\ln\left(x_i \right)+a x_i^{b}",
    ),
    (
        r"\sum_{i=1}^n \left(x_i - \mu + y_i\right)",
        r"\sum_{i=1}^n x_i - \mu + y_i",
        r"\sum_{i=1}^n x_i - \mu - y_i",
    ),
    (
        r"\sum_{i=1}^n \left(\log p + \log q + 3 + x_i\right)",
        r"\sum_{i=1}^n \log p + \log q + 3 + x_i",
        r"\sum_{i=1}^n \log p + \log q + 4 + x_i",
    ),
]


def _verdicts(tmp_path, above: str, row: str) -> set[str]:
    """The verdicts of every row on line 7 (the second display) of a two-display post."""
    body = f"---\ntitle: t\n---\n\n$$\\ell = {above}$$\n\n$$\\ell = {row}$$\n"
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    return {r.verdict for k, r in check_all(post) if k == 7}


def check_all(post):
    from derivations.post import check_post

    return [(r.line, r) for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize(("above", "true", "false"), _CASES)
def test_a_sum_over_terms_past_an_unindexed_one_is_never_refuted(tmp_path, above, true, false):
    assert "refuted" not in _verdicts(tmp_path, above, true)


@pytest.mark.parametrize(("above", "true", "false"), _CASES)
def test_a_false_sum_so_written_is_never_proved(tmp_path, above, true, false):
    assert "proved" not in _verdicts(tmp_path, above, false)


@pytest.mark.parametrize(("above", "true", "false"), _CASES)
def test_the_sum_read_over_every_term_proves_the_true_row(tmp_path, above, true, false):
    # the author's reading: the sum runs over every term up to the last one with its index
    assert _verdicts(tmp_path, above, true) == {"proved"}


def test_the_parse_reads_the_sum_over_the_terms_between(tmp_path):
    from derivations.post._parse import parse_expression

    e, _ = parse_expression(r"\sum_{i=1}^n \ln a + \ln b + c x_i")
    import sympy as sp

    (s,) = e.atoms(sp.Sum)
    assert s == e or sp.simplify(e - s) == 0
    assert sp.Symbol("i") not in e.free_symbols - s.free_symbols


def test_a_written_scope_is_read_as_before():
    import sympy as sp

    from derivations.post._parse import parse_expression

    # the indexed term right after the sum (read into it before), and brackets
    e, _ = parse_expression(r"\sum_{i=1}^n x_i + y_i")
    assert isinstance(e, sp.Sum)
    e, _ = parse_expression(r"\left(\sum_{i=1}^n x_i + a\right) + b")
    assert not isinstance(e, sp.Sum)
    # a term without the index after the sum and nothing indexed after it: outside
    e, _ = parse_expression(r"\sum_{i=1}^n x_i + a + b")
    (s,) = e.atoms(sp.Sum)
    assert s != e and not {sp.Symbol("a"), sp.Symbol("b")} & s.function.free_symbols


def test_a_bracket_is_not_crossed():
    import sympy as sp

    from derivations.post._parse import parse_expression

    # (a + \sum x_i) + y_i: the bracket closes the sum; y_i is not read into it
    e, _ = parse_expression(r"\left(a + \sum_{i=1}^n x_i\right) + b + y_i")
    for s in e.atoms(sp.Sum):
        assert sp.Symbol("b") not in s.function.free_symbols


def test_a_wrong_row_with_a_free_index_and_no_sum_is_still_refuted(tmp_path):
    # \prod x_i^{g-1} = x_i^{n(g-1)}: no sum in the row, the free-index check still catches it
    body = "---\ntitle: t\n---\n\n$$P = \\prod_{i=1}^n x_i^{g-1}$$\n\n$$P = x_i^{n(g-1)}$$\n"
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    assert {v for k, r in check_all(post) if k == 7 for v in [r.verdict]} == {"refuted"}
