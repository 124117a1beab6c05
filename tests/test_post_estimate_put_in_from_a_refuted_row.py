"""A row that puts in an estimate's value from a row that is itself refuted (lead's probe p7,
2026-12-07). Censored exponential: ``\\hat\\lambda = n / \\sum t_i`` is refuted (the first-order
condition gives ``r / \\sum t_i``); the next result, ``J(\\hat\\lambda) = r / \\hat\\lambda^2 =
(\\sum t_i)^2 / r``, is right, but was compared with ``\\hat\\lambda`` at the refuted value and
refuted too. Which of the two rows is wrong is open: the link is unchecked, naming the line,
as a score equation compared at a refuted estimate already was (``after_refuted_estimates``).
A wrong result after the right estimate is still refuted."""

from __future__ import annotations

from _post_rows import rows_of_text

_POST = """# Censored exponential

Lifetimes $t_1, \\dots, t_n$ are exponential with rate $\\lambda > 0$; the first $r$ are observed \
failures and the other $n - r$ are censored at their times.

$$\\ell(\\lambda) = r \\log \\lambda - \\lambda \\sum_{{i=1}}^n t_i$$

$$\\frac{{d\\ell}}{{d\\lambda}} = \\frac{{r}}{{\\lambda}} - \\sum_{{i=1}}^n t_i = 0$$

$$\\hat\\lambda = \\frac{{{estimate}}}{{\\sum_{{i=1}}^n t_i}}$$

$$\\frac{{d^2\\ell}}{{d\\lambda^2}} = -\\frac{{r}}{{\\lambda^2}} < 0$$

so this is a maximum, and the observed information is

$$J(\\hat\\lambda) = \\frac{{r}}{{\\hat\\lambda^2}} = {information}$$
"""


def _rows(tmp_path, estimate: str, information: str):
    rows = rows_of_text(tmp_path, _POST.format(estimate=estimate, information=information))
    return [rows[k] for k in sorted(rows)]


def test_the_estimate_row_is_refuted_and_the_right_result_after_it_is_not(tmp_path):
    rows = _rows(tmp_path, "n", "\\frac{(\\sum_{i=1}^n t_i)^2}{r}")
    estimate, information = rows[-3], rows[-1]
    assert estimate.verdict == "refuted", (estimate.verdict, estimate.reason)
    assert information.verdict != "refuted", (information.verdict, information.reason)
    said = " ".join([information.reason, *(str(link["reason"]) for link in information.links)])
    assert f"the estimate line {estimate.line} states, which is refuted" in said, said


def test_with_the_right_estimate_a_wrong_result_is_refuted(tmp_path):
    rows = _rows(tmp_path, "r", "\\frac{(\\sum_{i=1}^n t_i)^2}{r^2}")
    assert rows[-3].verdict == "proved", (rows[-3].verdict, rows[-3].reason)
    assert rows[-1].verdict == "refuted", (rows[-1].verdict, rows[-1].reason)
