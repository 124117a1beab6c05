"""An element written with an index no sum binds: ``\\mu_j`` beside ``\\sum_i \\mu_i``,
``\\alpha_1`` beside ``\\sum_k \\alpha_k``.

Read as names of their own, ``\\mu_j`` and ``\\alpha_1`` are constants to the sum, so the
derivative ``\\partial/\\partial \\mu_j \\sum_i (x_i - \\mu_i)^2`` was 0 (a false row
proved) and ``\\partial/\\partial \\alpha_1 \\log\\Gamma(\\sum_k \\alpha_k) = \\psi(...)``
was refuted. They are elements of the name the post sums over; a derivative by a name
of its own of an expression in the elements of that name is not read; and a Greek
element equated with a number in a condition ("when $\\pi_i = 0$") is no name given a
value (adversarial set 8, pairs 61, 65, 170, 172).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts
from _post_rows import verdict_of_row

from derivations.post._indices import defined_by_two_indices

SET8 = Path(__file__).parent / "posts" / "incoming" / "adversarial8"


@pytest.mark.parametrize("num", ["61", "65", "170", "172"])
def test_the_set8_pairs_false_row_is_not_proved_and_its_twin_is(num):
    false, true = pair_verdicts(SET8, num)
    assert false != "proved"
    assert true == "proved"


_MEANS = "Each $y_I$ has its own mean $G_I$, and $1 \\le J \\le M$.\n\n$$ROW$$\n"


@pytest.mark.parametrize("greek", [r"\mu", r"\eta", r"\lambda"])
@pytest.mark.parametrize(("i", "j", "m"), [("i", "j", "n"), ("k", "l", "K")])
def test_a_derivative_by_an_element_with_a_free_index(tmp_path, greek, i, j, m):
    body = _MEANS.replace("G", greek).replace("I", i).replace("J", j).replace("M", m)
    lhs = (
        rf"\frac{{\partial}}{{\partial {greek}_{j}}} \sum_{{{i}=1}}^{{{m}}} (y_{i} - {greek}_{i})^2"
    )
    wrong, right = f"{lhs} = 0", rf"{lhs} = -2 (y_{j} - {greek}_{j})"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"


@pytest.mark.parametrize("greek", [r"\beta", r"\theta"])
def test_a_derivative_by_a_numbered_greek_element(tmp_path, greek):
    lhs = rf"\frac{{\partial}}{{\partial {greek}_2}} \sum_{{k=1}}^{{4}} {greek}_k^3"
    wrong, right = f"{lhs} = 0", rf"{lhs} = 3 {greek}_2^2"
    assert verdict_of_row(tmp_path, f"$${wrong}$$\n", wrong) != "proved"
    assert verdict_of_row(tmp_path, f"$${right}$$\n", right) == "proved"


@pytest.mark.parametrize("label", ["t", "s"])
def test_a_derivative_by_a_name_beside_elements_of_its_letter_is_not_proved(tmp_path, label):
    """``\\theta_t`` (an iterate? an element?) beside ``\\sum_k \\theta_k``: not read as 0."""
    row = rf"\frac{{\partial}}{{\partial \theta_{label}}} \sum_{{k=1}}^{{K}} \theta_k^2 = 0"
    assert verdict_of_row(tmp_path, f"$${row}$$\n", row) != "proved"


@pytest.mark.parametrize("word", ["when", "if"])
def test_an_element_equated_with_a_number_in_a_condition_is_no_name(tmp_path, word):
    body = f"The rates may vanish: {word} $\\lambda_i = 0$ the term drops.\n\n$$ROW$$\n"
    lhs = r"\frac{\partial}{\partial \lambda_2} \sum_{i=1}^{3} \lambda_i^2"
    wrong, right = f"{lhs} = 0", rf"{lhs} = 2 \lambda_2"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"


def test_a_name_at_the_end_of_a_left_side_is_no_count():
    """``... a_{ij} x_i x_j = \\sum_j (a_{kj} + a_{jk}) x_j``: ``x_j`` ends a left side; it
    is not defined by the sum after it (as ``N_j = \\sum_i \\gamma_{ij}`` is), and read as
    a name it was a constant inside the sum over ``j``."""
    row = r"\sum_{i=1}^{n} \sum_{j=1}^{n} a_{ij} x_i x_j = \sum_{j=1}^{n} (a_{kj} + a_{jk}) x_j"
    assert defined_by_two_indices([row]) == frozenset()
    assert defined_by_two_indices([r"N_j = \sum_{i=1}^n \gamma_{ij}"]) == frozenset({"N_j"})


@pytest.mark.parametrize("a", ["a", "r"])
def test_a_letter_the_post_differentiates_by_indexes_the_other_names_too(tmp_path, a):
    """``\\partial/\\partial \\beta_a`` beside ``\\sum_j \\beta_j x_{ij}``: ``a`` indexes, so
    ``x_{ia}`` is ``x[i, a]`` (it was refused: which letters index was not clear)."""
    lhs = (
        rf"\frac{{\partial}}{{\partial \beta_{a}}} "
        rf"\sum_{{i=1}}^{{n}} y_i \sum_{{j=1}}^{{n}} \beta_j x_{{ij}}"
    )
    right = rf"{lhs} = \sum_{{i=1}}^{{n}} y_i x_{{i{a}}}"
    wrong = rf"{lhs} = \sum_{{i=1}}^{{n}} x_{{i{a}}}"
    assert verdict_of_row(tmp_path, f"$${wrong}$$\n", wrong) != "proved"
    assert verdict_of_row(tmp_path, f"$${right}$$\n", right) == "proved"


def test_a_latin_name_the_post_differentiates_by_stays_a_name(tmp_path):
    """``\\partial x_m`` beside the sample ``x_i`` (the Pareto scale): ``m`` does not index."""
    ell = r"\ell = N \log \alpha + N \alpha \log x_m - (\alpha + 1) \sum_{i=1}^{N} \log x_i"
    row = r"\frac{\partial \ell}{\partial x_m} = \frac{N \alpha}{x_m}"
    assert verdict_of_row(tmp_path, f"$${ell}$$\n\n$${row}$$\n", row) == "proved"
