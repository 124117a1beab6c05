"""A result (an estimate alone on the left) with no equation just above it.

Posts state the estimate in a sentence after the first-order condition ("Solving
for theta, we get $\\hat\\theta = R$"), or straight after the derivative row, the
setting to zero said in prose ("set to 0, solve for theta") or not said at all.
The reader left such rows "unchecked: states a result before the rows that derive
it" (held-out: imathworks-bernoulli-posterior-mode 33, mse-pareto-known-scale 37,
mse-beta-theta-one 29). The estimate is compared with the post's own latest
first-order condition in its parameter, or the latest first derivative by it set
to zero: proved when it is the root. When it is not, it is refuted only where the
post says it solves that condition (the condition is a row of its own, or the
prose says so); otherwise the row is not refuted (a maximum on the boundary, or
another estimator, is no root of the derivative).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import edited_copy, rows_of

INCOMING = Path(__file__).resolve().parent / "posts" / "incoming"
FOC_ROW = INCOMING / "repro4b" / "estimate-after-first-order-condition-row-unchecked.md"
PROSE_ZERO = INCOMING / "repro4" / "estimate-after-prose-set-to-zero-unchecked.md"


def _post(tmp_path: Path, body: str, name: str = "post.md") -> dict:
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return rows_of(p)


def test_estimate_in_a_sentence_after_the_first_order_condition_row_is_proved():
    rows = rows_of(FOC_ROW)
    assert rows[8].verdict == "proved"
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)


@pytest.mark.parametrize(
    "wrong",
    [
        r"\frac{n\bar{X}+a}{n+a}",  # b dropped
        r"\frac{n\bar{X}+b}{n+a+b}",  # a for b
        r"\frac{n\bar{X}-a}{n+a+b}",
    ],
)
def test_a_wrong_estimate_after_the_first_order_condition_row_is_refuted(tmp_path, wrong):
    p = edited_copy(
        tmp_path, FOC_ROW, r"\hat{\theta}=\frac{n\bar{X}+a}{n+a+b}", rf"\hat{{\theta}}={wrong}"
    )
    row = rows_of(p)[10]
    assert row.verdict == "refuted", (row.verdict, row.reason)


def test_estimate_after_the_derivative_row_with_prose_set_to_zero_is_proved():
    rows = rows_of(PROSE_ZERO)
    assert rows[8].verdict == "proved"
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


def test_a_wrong_estimate_after_prose_set_to_zero_is_refuted(tmp_path):
    p = edited_copy(
        tmp_path,
        PROSE_ZERO,
        r"\dfrac {n}{\sum \ln {x_i}- n \ln{x_0}}",
        r"\dfrac {n}{\sum \ln {x_i}+ n \ln{x_0}}",
    )
    row = rows_of(p)[12]
    assert row.verdict == "refuted", (row.verdict, row.reason)


BETA = (
    "Let $X_1,\\ldots,X_n$ be i.i.d. with density $f(x\\mid\\theta)=\\theta x^{\\theta-1}$.\n"  # 1
    "\n"
    "$$l=n\\ln(\\theta)+\\sum_{i=1}^n(\\theta-1)\\ln(x_i)$$\n"  # 3
    "\n"
    "$$\\frac{dl}{d\\theta}=\\frac{n}{\\theta}+\\sum_{i=1}^n\\ln(x_i)$$\n"  # 5
    "\n"
    "$$\\hat \\theta=RESULT$$\n"  # 7
)


def test_estimate_right_after_the_derivative_row_is_proved_when_it_is_its_root(tmp_path):
    rows = _post(tmp_path, BETA.replace("RESULT", r"\frac{-n}{\sum_{i=1}^n\ln(x_i)}"))
    assert rows[5].verdict == "proved"
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)


def test_a_wrong_estimate_right_after_the_derivative_row_is_never_proved(tmp_path):
    # Nothing in the post says the estimate solves d l / d theta = 0 (a maximum may sit
    # on the boundary): not refuted on that ground, but never proved.
    rows = _post(tmp_path, BETA.replace("RESULT", r"\frac{n}{\sum_{i=1}^n\ln(x_i)}"))
    assert rows[7].verdict not in ("proved", "given")


def test_a_boundary_maximum_after_a_derivative_without_a_root_is_not_refuted(tmp_path):
    body = (
        "Let $X_1,\\ldots,X_n$ be i.i.d. uniform on $(0, \\theta)$.\n"  # 1
        "\n"
        "$$l=-n\\ln(\\theta)$$\n"  # 3
        "\n"
        "$$\\frac{dl}{d\\theta}=-\\frac{n}{\\theta}$$\n"  # 5
        "\n"
        "The derivative is negative, so the likelihood decreases in theta:\n"
        "\n"
        "$$\\hat \\theta=\\max_i x_i$$\n"  # 9
    )
    rows = _post(tmp_path, body)
    assert rows[9].verdict not in ("refuted", "proved")


def test_the_result_is_compared_with_the_latest_condition_not_an_earlier_method(tmp_path):
    # A method-of-moments estimate first, then the likelihood's derivative: the second
    # estimate is the likelihood's root (proved), not a solution of the moment equation.
    body = (
        "Method of moments: $E[X] = \\frac{\\theta}{\\theta+1}$, so we solve\n"
        "\n"
        "$$\\bar{x} = \\frac{\\theta}{\\theta+1}$$\n"  # 3
        "\n"
        "$$\\tilde\\theta = \\frac{\\bar{x}}{1-\\bar{x}}$$\n"  # 5
        "\n"
        "Maximum likelihood:\n"
        "\n"
        "$$l=n\\ln(\\theta)+\\sum_{i=1}^n(\\theta-1)\\ln(x_i)$$\n"  # 9
        "\n"
        "$$\\frac{dl}{d\\theta}=\\frac{n}{\\theta}+\\sum_{i=1}^n\\ln(x_i)$$\n"  # 11
        "\n"
        "Setting it to zero and solving:\n"
        "\n"
        "$$\\hat\\theta=\\frac{-n}{\\sum_{i=1}^n\\ln(x_i)}$$\n"  # 15
    )
    rows = _post(tmp_path, body)
    assert rows[15].verdict == "proved", (rows[15].verdict, rows[15].reason)


# --------------------------------------------------------------------------- \implies


IMPLIES = INCOMING / "repro4b" / "implies-at-row-start-hides-log-factorial-slip-unrelated.md"
SLIP = r"\sum_{i=1}^{x}i$"


def test_a_slip_after_a_leading_implies_is_refuted():
    row = rows_of(IMPLIES)[10]
    assert row.verdict == "refuted", (row.verdict, row.reason)


@pytest.mark.parametrize(
    "last",
    [r"\ln(x!)$", r"\sum_{i=1}^{x}i$", r"\ln{\mu}$"],
)
@pytest.mark.parametrize("arrow", [r"\implies", r"\Rightarrow"])
def test_a_leading_implication_after_a_definition_changes_no_verdict(tmp_path, last, arrow):
    """Property: ``\\implies`` in front of a chain that follows a definition (not an
    equation) claims what the chain claims, no more and no less."""
    with_arrow = edited_copy(tmp_path, IMPLIES, SLIP, last)
    text = with_arrow.read_text(encoding="utf-8").replace(r"$\implies", f"${arrow}")
    with_arrow.write_text(text, encoding="utf-8")
    plain = tmp_path / "plain.md"
    plain.write_text(text.replace(f"${arrow} ", "$"), encoding="utf-8")
    a, b = rows_of(with_arrow)[10], rows_of(plain)[10]
    assert a.verdict == b.verdict, (a.verdict, a.reason, b.verdict, b.reason)


def test_the_correct_row_after_implies_is_proved(tmp_path):
    p = edited_copy(tmp_path, IMPLIES, SLIP, r"\ln(x!)$")
    row = rows_of(p)[10]
    assert row.verdict == "proved", (row.verdict, row.reason)
