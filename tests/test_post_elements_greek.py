"""Elements written with a Greek letter or with a digit beside the index: ``\\pi_i``, ``x_{i1}``.

Read as names of their own, ``\\pi_i`` and ``x_{i1}`` are constants to a sum over ``i``,
so ``\\sum_i \\pi_i \\log \\pi_i = n \\pi_i \\log \\pi_i`` (a false row) was proved as the
sum of a constant. They are elements (``pi[i]``, ``x[i, 1]``) of an indexed name, like
``x_i``; a name the post gives a value (``\\log \\lambda_i = \\beta x_i``) stays a name,
whose value is put in where rows write it, and one whose other elements the post
relates to other names (``\\epsilon_1 = y_1 - \\theta y_0``) is not read at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import rows_of

GREEK = [r"\pi", r"\mu", r"\alpha", r"\theta", r"\lambda"]
BOUNDS = [("i", "n"), ("k", "K"), ("j", "N")]


def _post(tmp_path: Path, *rows: str) -> dict:
    """The verdicts of a post with one display row per entry (lines 1, 3, 5, ...)."""
    path = tmp_path / "post.md"
    path.write_text("\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    return rows_of(path)


def _last(rows: dict):
    return rows[max(rows)]


@pytest.mark.parametrize("greek", GREEK)
@pytest.mark.parametrize(("i", "n"), BOUNDS)
def test_a_greek_element_is_no_constant_of_its_sum(tmp_path, greek, i, n):
    e = f"{greek}_{i}"
    row = rf"\sum_{{{i}=1}}^{{{n}}} {e} \log {e} = {n} {e} \log {e}"
    assert _last(_post(tmp_path, row)).verdict != "proved"


@pytest.mark.parametrize("greek", GREEK)
@pytest.mark.parametrize(("i", "n"), BOUNDS)
def test_its_correct_twin_is_proved(tmp_path, greek, i, n):
    row = (
        rf"\sum_{{{i}=1}}^{{{n}}} 2 {greek}_{i} ({greek}_{i} - y_{i}) "
        rf"= 2 \sum_{{q=1}}^{{{n}}} {greek}_q^2 - 2 \sum_{{{i}=1}}^{{{n}}} {greek}_{i} y_{i}"
    )
    rows = _post(tmp_path, row)
    assert _last(rows).verdict == "proved", _last(rows).reason


@pytest.mark.parametrize("greek", GREEK)
def test_a_sum_of_greek_elements_split_by_linearity(tmp_path, greek):
    row = (
        rf"\sum_{{k=1}}^{{K}} ({greek}_k + 3 y_k) "
        rf"= \sum_{{k=1}}^{{K}} {greek}_k + 3 \sum_{{k=1}}^{{K}} y_k"
    )
    rows = _post(tmp_path, row)
    assert _last(rows).verdict == "proved", _last(rows).reason


@pytest.mark.parametrize("digit", ["1", "2", "0"])
@pytest.mark.parametrize("letter", ["x", "z"])
def test_an_element_with_a_digit_beside_its_index_is_no_constant(tmp_path, digit, letter):
    e = f"{letter}_{{i{digit}}}"
    assert _last(_post(tmp_path, rf"\sum_{{i=1}}^{{n}} {e} = n {e}")).verdict != "proved"
    twin = rf"\sum_{{i=1}}^{{n}} 3 {e} = 3 \sum_{{m=1}}^{{n}} {letter}_{{m{digit}}}"
    rows = _post(tmp_path, twin)
    assert _last(rows).verdict == "proved", _last(rows).reason


@pytest.mark.parametrize("greek", [r"\lambda", r"\mu"])
def test_an_element_defined_by_its_log_is_put_in(tmp_path, greek):
    definition = rf"\log {greek}_i = \beta x_i"
    right = rf"\sum_{{i=1}}^{{n}} {greek}_i = \sum_{{i=1}}^{{n}} e^{{\beta x_i}}"
    rows = _post(tmp_path, definition, right)
    assert rows[3].verdict == "proved", rows[3].reason
    wrong = rf"\sum_{{i=1}}^{{n}} {greek}_i = n e^{{\beta x_i}}"
    assert _post(tmp_path, definition, wrong)[3].verdict != "proved"


@pytest.mark.parametrize("greek", [r"\epsilon", r"\eta"])
def test_an_element_related_only_at_other_indices_is_not_a_constant(tmp_path, greek):
    related = rf"{greek}_1 = y_1 - \theta y_0"
    wrong = rf"\sum_{{i=1}}^{{n}} {greek}_i^2 = n {greek}_i^2"
    rows = _post(tmp_path, related, wrong)
    assert rows[3].verdict not in ("proved", "refuted")
