"""What each row of a post claims, and what it is compared with (``_build.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

FRONT = "---\nassume: \\lambda > 0; x_i > 0\n---\n\n"


def check(tmp_path: Path, body: str):
    p = tmp_path / "post.md"
    p.write_text(FRONT + body)
    return {r.line: r for r in check_post(p, jobs=1).rows}


EXPONENTIAL = (
    "$$L(\\lambda) = \\prod_{i=1}^{n} \\lambda e^{-\\lambda x_i}$$\n"  # 5
    "\n"
    "$$\\begin{align}\n"  # 7
    "\\ell(\\lambda) &= \\ln L(\\lambda) \\\\\n"  # 8
    "&= \\sum_{i=1}^{n} ( \\ln \\lambda - \\lambda x_i ) \\\\\n"  # 9
    "&= n \\ln \\lambda - \\lambda \\sum_{i=1}^{n} x_i\n"  # 10
    "\\end{align}$$\n"
    "\n"
    "$$\\frac{d\\ell}{d\\lambda} = \\frac{n}{\\lambda} - \\sum_{i=1}^{n} x_i$$\n"  # 13
    "\n"
    "$$\\begin{align}\n"
    "\\frac{n}{\\lambda} - \\sum_{i=1}^{n} x_i &= 0 \\\\\n"  # 16
    "\\hat{\\lambda} &= {RESULT}\n"  # 17
    "\\end{align}$$\n"
)


def test_functions_of_a_parameter_are_checked_against_their_definition(tmp_path):
    rows = check(tmp_path, EXPONENTIAL.replace("{RESULT}", r"\frac{n}{\sum_{i=1}^{n} x_i}"))
    assert rows[5].verdict == "given" and rows[8].verdict == "given"
    assert [rows[k].verdict for k in (9, 10, 13, 16, 17)] == ["proved"] * 5
    assert "differentiates" in rows[13].how
    assert "to zero" in rows[16].how


def test_a_false_final_result_is_refuted_not_taken_as_a_definition(tmp_path):
    rows = check(tmp_path, EXPONENTIAL.replace("{RESULT}", r"\frac{\sum_{i=1}^{n} x_i}{n}"))
    assert rows[17].verdict == "refuted"
    assert rows[16].verdict == "proved"


def test_each_link_of_a_chain_is_checked(tmp_path):
    body = "$$\\log(a b) = \\log a + \\log b = \\log a \\cdot \\log b$$\n"
    p = tmp_path / "post.md"
    p.write_text("---\nassume: a > 0; b > 0\n---\n\n" + body)
    (row,) = check_post(p, jobs=1).rows
    assert row.verdict == "refuted"
    assert [link["verdict"] for link in row.links] == ["proved", "refuted"]


def test_a_row_after_an_unreadable_row_is_never_compared_with_an_older_row(tmp_path):
    rows = check(
        tmp_path,
        "$$\\begin{align}\n"
        "a &= b + c \\\\\n"  # 6
        "&= \\unknowncommand{b} \\\\\n"  # 7
        "&= b + c + 1\n"  # 8: would be refuted against line 6
        "\\end{align}$$\n",
    )
    assert rows[7].verdict == "unparsed"
    assert rows[8].verdict == "unrelated" and "could not be read" in rows[8].reason


def test_setting_a_derivative_to_zero_written_as_the_derivative(tmp_path):
    body = EXPONENTIAL.split("$$\\begin{align}\n\\frac{n}")[0] + (
        "$$\\begin{align}\n"
        "\\frac{d\\ell}{d\\lambda} &= 0 \\\\\n"  # 16
        "\\frac{n}{\\lambda} &= \\sum_{i=1}^{n} x_i\n"  # 17
        "\\end{align}$$\n"
    )
    rows = check(tmp_path, body)
    assert rows[16].verdict == "given" and "first-order condition" in rows[16].reason
    assert rows[17].verdict == "proved"


def test_a_constant_that_appears_from_nowhere_is_unchecked_not_refuted(tmp_path):
    rows = check(
        tmp_path,
        "$$\\begin{align}\n"
        "f &= \\log(\\lambda) + \\lambda \\\\\n"  # 6
        "&= \\log(\\lambda) + C\n"  # 7
        "\\end{align}$$\n",
    )
    assert rows[7].verdict == "unchecked" and "first time" in rows[7].reason


def test_a_constant_is_checked_once_the_post_names_its_parameter(tmp_path):
    # As above, but f is a function of lambda: "+ C" claims the difference is free
    # of lambda, and log(lambda) + lambda - (log(lambda) + C) is not.
    rows = check(
        tmp_path,
        "$$\\begin{align}\n"
        "f(\\lambda) &= \\log(\\lambda) + \\lambda \\\\\n"  # 6
        "&= \\log(\\lambda) + C \\\\\n"  # 7
        "&= \\log(\\lambda) + \\lambda + \\text{const}\n"  # 8
        "\\end{align}$$\n",
    )
    assert rows[7].verdict == "refuted" and rows[7].counterexample is not None
    assert rows[8].verdict != "proved"  # it disagrees with line 7, which is wrong


def test_a_row_refuted_against_a_refuted_row_gets_a_second_look(tmp_path):
    rows = check(
        tmp_path,
        "$$\\begin{align}\n"
        "f &= \\lambda^2 + 2\\lambda + 1 \\\\\n"  # 6
        "&= \\lambda^2 + 3\\lambda + 1 \\\\\n"  # 7: the slip
        "&= (\\lambda + 1)^2\n"  # 8: follows from line 6, not from line 7
        "\\end{align}$$\n",
    )
    assert rows[7].verdict == "refuted"
    assert rows[8].verdict == "proved" and "line 7" in rows[8].reason


@pytest.mark.parametrize(
    ("written", "verdict"),
    [(r"\sqrt{8.7261} = 2.954", "proved"), (r"\sqrt{8.7261} = 2.96", "refuted")],
)
def test_rounded_numbers_are_compared_to_the_digits_written(tmp_path, written, verdict):
    (row,) = check(tmp_path, f"$${written}$$\n").values()
    assert row.verdict == verdict


def test_the_normal_constant_slip_is_noted_and_the_next_row_reads_what_is_meant(tmp_path):
    rows = check(
        tmp_path,
        "$$\\begin{align}\n"
        "g &= \\frac{1}{\\sqrt{2 \\pi \\sigma}} e^{-\\frac{(x_1 - \\mu)^2}{2\\sigma^2}} \\\\\n"  # 6
        "&= \\frac{1}{\\sqrt{2 \\pi \\sigma^2}} e^{-\\frac{(x_1 - \\mu)^2}{2\\sigma^2}}\n"  # 7
        "\\end{align}$$\n",
    )
    assert any("\\sqrt{2\\pi\\sigma}" in n for n in rows[6].notes)
    assert rows[7].verdict == "proved"


GAUSSIAN_SYSTEM = (
    "$$\\log L(\\mu, \\sigma^2) = -\\frac{n}{2}\\log \\sigma^2"
    " - \\frac{1}{2\\sigma^2} \\sum_{i=1}^n (x_i - \\mu)^2$$\n"  # 5
    "\n"
    "$$\\frac{\\partial}{\\partial \\mu} \\log L(\\mu, \\sigma^2)"
    " = \\frac{1}{\\sigma^2} \\sum_{i=1}^n (x_i - \\mu)$$\n"  # 7
    "\n"
    "$$\\frac{\\partial}{\\partial \\sigma^2} \\log L(\\mu, \\sigma^2)"
    " = \\frac{\\sum_{i=1}^n (x_i - \\mu)^2}{2\\sigma^4} - \\frac{n}{2\\sigma^2}$$\n"  # 9
    "\n"
    "$$\\sum_{i=1}^n (x_i - \\mu) = 0$$\n"  # 11
    "\n"
    "$$\\sum_{i=1}^n (x_i - \\mu)^2 = n \\sigma^2$$\n"  # 13
    "\n"
    "$$\\mu = \\bar{x}, \\quad \\sigma^2 = \\frac{1}{{N}} \\sum_{i=1}^n (x_i - \\bar{x})^2$$\n"  # 15
)


@pytest.mark.parametrize(("n", "verdict"), [("n", "proved"), ("n - 1", "refuted")])
def test_results_of_a_system_are_checked_against_the_equation_they_solve(tmp_path, n, verdict):
    p = tmp_path / "post.md"
    p.write_text(FRONT + GAUSSIAN_SYSTEM.replace("{N}", n))
    rows = check_post(p, jobs=1).rows
    assert [r.verdict for r in rows if r.line in (11, 13)] == ["proved", "proved"]
    (row,) = [r for r in rows if r.line == 15]
    mu, sigma2 = row.links
    assert mu["verdict"] == "proved" and "line 11" in mu["how"]
    assert sigma2["verdict"] == verdict and "line 13" in sigma2["how"]


def test_a_product_whose_terms_forget_the_index_is_noted(tmp_path):
    rows = check(
        tmp_path,
        "$$L(\\lambda) = \\prod_{i=1}^{n} \\lambda e^{-\\lambda x}$$\n"  # 5: x for x_i
        "\n"
        "$$\\ell(\\lambda) = \\sum_{i=1}^{n} (\\log \\lambda - \\lambda x_i)$$\n",
    )
    assert any("x_i is probably meant" in n for n in rows[5].notes)
    assert not rows[7].notes


POISSON_AT_ESTIMATE = (
    "$$\\mathrm{LL}(\\lambda) = -n \\lambda + \\log \\lambda \\sum_{i=1}^n x_i$$\n"  # 5
    "\n"
    "$$\\begin{split}\n"
    "\\frac{\\mathrm{d}\\mathrm{LL}(\\lambda)}{\\mathrm{d}\\lambda}"
    " &= \\frac{1}{\\lambda} \\sum_{i=1}^n x_i - n \\\\\n"  # 8
    "\\frac{\\mathrm{d}^2\\mathrm{LL}(\\lambda)}{\\mathrm{d}\\lambda^2}"
    " &= -\\frac{1}{\\lambda^2} \\sum_{i=1}^n x_i\n"  # 9
    "\\end{split}$$\n"
    "\n"
    "$$\\begin{split}\n"
    "0 &= \\frac{1}{\\hat{\\lambda}} \\sum_{i=1}^n x_i - n \\\\\n"  # 13
    "\\hat{\\lambda} &= \\frac{1}{n} \\sum_{i=1}^n x_i\n"  # 14
    "\\end{split}$$\n"
    "\n"
    "$$\\frac{\\mathrm{d}^2\\mathrm{LL}(\\hat{\\lambda})}{\\mathrm{d}\\lambda^2}"
    " = {RESULT}$$\n"  # 17
)


@pytest.mark.parametrize(
    "written, verdict",
    [
        (r"-\frac{n^2}{\sum_{i=1}^n x_i}", "proved"),
        (r"-\frac{n}{\sum_{i=1}^n x_i}", "refuted"),
    ],
)
def test_a_head_at_the_estimate_takes_the_value_the_post_solved_it_for(tmp_path, written, verdict):
    rows = check(tmp_path, POISSON_AT_ESTIMATE.replace("{RESULT}", written))
    assert [rows[k].verdict for k in (8, 9, 13, 14)] == ["proved"] * 4
    assert rows[17].verdict == verdict, rows[17]


@pytest.mark.parametrize(
    "written, verdict",
    [
        (r"\log x_i - \log \sigma^2 - \frac{x_i^2}{2\sigma^2}", "proved"),
        (r"\log x_i + \log \sigma^2 - \frac{x_i^2}{2\sigma^2}", "refuted"),
    ],
)
def test_a_factor_positive_by_its_flags_leaves_the_previous_lines_domain_to_the_other(
    tmp_path, written, verdict
):
    # log[x_i / sigma^2 exp(...)] is real only where x_i > 0 (sigma^2 > 0, exp > 0):
    # the rewrite is checked there, and a wrong one is still refuted.
    body = (
        "$$\\begin{align}\n"
        "\\ell(\\sigma^2) &= \\sum_{i=1}^{n} \\log \\left[ \\frac{x_i}{\\sigma^2}"
        " \\exp\\left( -\\frac{x_i^2}{2\\sigma^2} \\right) \\right] \\\\\n"  # 6
        f"&= \\sum_{{i=1}}^{{n}} \\left[ {written} \\right]\n"  # 7
        "\\end{align}$$\n"
    )
    p = tmp_path / "post.md"
    p.write_text("---\ntitle: t\n---\n\n" + body)
    rows = {r.line: r for r in check_post(p, jobs=1).rows}
    assert rows[7].verdict == verdict, rows[7]


SIGMA_POST = (
    Path(__file__).parent / "posts" / "semantics" / "sigma-estimate-in-prose.md"
).read_text()


def _sigma_rows(tmp_path, prose_mu=r"\bar x", last=r"\frac{1}{n}"):
    body = SIGMA_POST.replace(r"gives $\hat\mu = \bar x$", f"gives $\\hat\\mu = {prose_mu}$")
    body = body.replace(r"so $\hat\sigma = \sqrt{\frac{1}{n}", f"so $\\hat\\sigma = \\sqrt{{{last}")
    assert prose_mu in body and last in body
    return check(tmp_path, body)


def test_an_estimate_stated_in_the_prose_is_used_and_checked(tmp_path):
    # "Setting the first to zero gives $\hat\mu = \bar x$" (prose), then sigma's equation
    # with \hat\mu and its solution with \bar x: the estimate links the two rows.
    rows = _sigma_rows(tmp_path)
    assert not [r for r in rows.values() if r.verdict == "refuted"]
    last = rows[max(rows)]
    assert last.verdict in ("proved", "plausible")
    # A wrong last row is refuted: the prose's estimate is confirmed by the post's own
    # derivative by mu (a helper step), so the fault is the row's.
    rows = _sigma_rows(tmp_path, last=r"\frac{1}{n-1}")
    assert rows[max(rows)].verdict == "refuted"
    # A wrong estimate in the prose: the last row, right in itself, disagrees with it;
    # no row confirms the prose, so it is not called wrong.
    rows = _sigma_rows(tmp_path, prose_mu=r"\bar x + 1")
    last = rows[max(rows)]
    assert last.verdict == "unchecked" and "prose states on line" in last.reason


BERNOULLI_MOVED = (
    Path(__file__).parent / "posts" / "semantics" / "bernoulli-terms-moved.md"
).read_text()


def test_a_derivative_set_to_zero_with_terms_moved_across_is_an_equation_step(tmp_path):
    # "Setting l'(theta) = 0:" then sum x_i / theta = (n - sum x_i)/(1 - theta): the
    # derivative of line 10 set to zero, not an identity that fails.
    rows = check(tmp_path, BERNOULLI_MOVED)
    steps = [r for r in rows.values() if r.kind == "step"]
    assert steps and all(r.verdict == "proved" for r in steps)
    moved = min(line for line, r in rows.items() if "sets" in r.how)
    assert "to zero" in rows[moved].how
    # A slip two rows later is refuted at its line.
    slip = BERNOULLI_MOVED.replace(r"\sum x_i &= n\theta\\", r"\sum x_i &= n\theta + 1\\")
    assert slip != BERNOULLI_MOVED
    rows = check(tmp_path, slip)
    assert [line for line, r in rows.items() if r.verdict == "refuted"] == [moved + 2]
    # A wrong first equation is not a multiple of the derivative: it is not taken
    # for the derivative set to zero (and, being no identity, it is not proved).
    wrong = BERNOULLI_MOVED.replace(r"{n-\sum x_i}{1-\theta}\\", r"{n+\sum x_i}{1-\theta}\\", 1)
    assert wrong != BERNOULLI_MOVED
    rows = check(tmp_path, wrong)
    assert rows[moved].verdict not in ("proved", "plausible")


SCORES = (Path(__file__).parent / "posts" / "semantics" / "gaussian-score-equations.md").read_text()


def test_a_prose_estimate_is_confirmed_from_a_derivative_a_row_computed(tmp_path):
    # The derivative by mu is written \frac{\partial \ln L}{\partial \mu} = R = 0 (no
    # named derivative): the helper step still finds it, so a wrong result is refuted.
    rows = check(tmp_path, SCORES)
    assert [r.verdict for r in rows.values() if r.kind == "step"] == ["proved"] * 5
    wrong = SCORES.replace(r"\hat\sigma^2 = \frac{1}{n}", r"\hat\sigma^2 = \frac{1}{n-1}")
    assert wrong != SCORES
    rows = check(tmp_path, wrong)
    assert rows[max(rows)].verdict == "refuted"
    # ... and a wrong estimate in the prose leaves the (right) result unchecked.
    bad = SCORES.replace(r"$\hat\mu = \overline{X}$", r"$\hat\mu = \overline{X}^2$")
    assert bad != SCORES
    rows = check(tmp_path, bad)
    assert rows[max(rows)].verdict == "unchecked"
