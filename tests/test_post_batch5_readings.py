"""Readings that made correct rows refuted in the held-out batch 5 (tests/posts/incoming/
repro4b/, one minimal post each), with the guards that keep the old reading where it
is the only one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._parse import parse_expression
from derivations.post._tosympy import Context

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro4b"


def _read(text: str) -> sp.Basic:
    return parse_expression(text, Context())[0]


@pytest.mark.parametrize(
    "name",
    [
        "sum-body-over-plus-terms-with-its-index-refuted",
        "derivative-fraction-missing-d-in-denominator-refuted",
        "prime-of-conditional-function-differentiated-in-data-refuted",
        "prior-pi-of-theta-read-as-constant-pi-refuted",
        "product-to-N-sum-to-n-next-row-refuted",
    ],
)
def test_no_row_of_the_repro_is_refuted(name):
    rows = check_post(REPRO / f"{name}.md", jobs=1).rows
    assert not [r for r in rows if r.verdict == "refuted"], [
        (r.line, r.reason) for r in rows if r.verdict == "refuted"
    ]


def test_terms_after_a_sum_that_carry_its_index_are_its_body():
    e = _read(r"\sum_{i=1}^n -\lambda_i + y_i \log(\lambda_i)")
    assert isinstance(e, sp.Sum) and e.limits[0][0].name == "i"
    assert {str(a) for a in e.function.atoms(sp.Indexed)} == {"y[i]"}
    assert e.limits[0][0] not in e.free_symbols
    # a term without the index stays outside; so does another sum
    assert not isinstance(_read(r"\sum_{i=1}^n x_i + n"), sp.Sum)
    assert len(_read(r"\sum_{i=1}^n x_i + \sum_{j=1}^n y_j").atoms(sp.Sum)) == 2


def test_a_derivative_that_lost_its_d_only_where_nothing_else_is_possible():
    e = _read(r"\frac{d \ln L(\lambda)}{\lambda}")
    assert isinstance(e, sp.Derivative)
    # d times something free of the denominator: a quotient as written
    assert not _read(r"\frac{d s}{t}").atoms(sp.Derivative)


def test_numbered_functions_are_distinct():
    e = _read(r"f_1(x) + f_2(x)")
    assert len({str(f.func) for f in e.atoms(sp.Function)}) == 2
    assert str(_read(r"f_{(1)}(x)").func) != "f"


def test_primes_differentiate_by_the_parameter_after_the_bar_only():
    assert _read(r"l^{\prime}(x|\mu)").variables == (sp.Symbol("mu", real=True),)
    assert _read(r"f'(x)").variables == (sp.Symbol("x", real=True),)


def test_a_link_function_after_a_distribution_statement_defines_the_mean(tmp_path):
    # athowes line 12: y_i ~ Poisson(lambda_i), log(lambda_i) = beta^T x_i (one display,
    # two rows); the log-likelihood in beta two rows later was refuted with lambda_i free
    text = (
        "---\ntitle: t\n---\n\nThe model\n"
        "\\[ y_i \\sim \\text{Poisson}(\\lambda_i), \\\\ \\log(\\lambda_i) = \\beta x_i, \\]\n\n"
        "\\[ \\ell(\\beta) = \\sum_{i = 1}^n -\\lambda_i + y_i \\log(\\lambda_i)"
        " = \\sum_{i = 1}^n y_i \\beta x_i - \\exp(\\beta x_i) \\]\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    assert "by its log" in rows[1].how, rows[1]
    assert rows[-1].verdict == "proved", rows[-1]
    path.write_text(text.replace("- \\exp(\\beta x_i) \\]", "+ \\exp(\\beta x_i) \\]"))
    assert check_post(path, jobs=1).rows[-1].verdict == "refuted"
