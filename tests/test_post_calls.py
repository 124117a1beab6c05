"""A letter applied to several arguments, ``B(\\alpha, \\beta)``, is a function call.

Found on new posts (tests/posts/incoming/repro2/two-argument-function-unparsed.md):
12 of the 18 rows of a beta-MLE homework, and rows of the inverse Gaussian and
multinomial posts, were "unparsed: unexpected ','".
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tosympy import NamedApplied

REPRO = Path(__file__).resolve().parent / "posts" / "incoming" / "repro2"


@pytest.mark.parametrize(
    ("text", "name", "nargs"),
    [
        (r"B(\alpha, \beta)", "B", 2),
        (r"\ell(\mu, \lambda)", "ell", 2),
        (r"F_{n}(a, b, c)", "F", 3),
    ],
)
def test_a_letter_before_a_bracket_with_commas_is_a_call(text, name, nargs):
    e, _ = parse_expression(text)
    calls = [f for f in e.atoms(NamedApplied)]
    assert len(calls) == 1, sp.srepr(e)
    assert name in str(calls[0].func) and len(calls[0].args) == nargs


@pytest.mark.parametrize("text", [r"a(b + c)", r"N(\mu - x)", r"(a, b)"])
def test_brackets_without_a_comma_after_a_letter_are_read_as_before(text):
    try:
        e, _ = parse_expression(text)
    except Exception:  # noqa: BLE001 - "(a, b)" alone is still not an expression
        assert "," in text
        return
    assert not e.atoms(NamedApplied)


def test_the_beta_density_rows_are_read():
    rows = check_post(REPRO / "two-argument-function-unparsed.md", jobs=1).rows
    got = {r.line: r for r in rows}
    # p(x) = x^(alpha-1) (1-x)^(beta-1) / B(alpha, beta): given, or proved since laws28 (a
    # density of a family the words name, checked against it)
    assert got[9].verdict in ("given", "proved")
    assert got[13].verdict != "unparsed"
    assert got[19].verdict == "given"  # ell(mu, lambda) = ...
    assert all(r.verdict != "refuted" for r in rows)
