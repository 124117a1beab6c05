"""Hostile input against the mechanisms of the afternoon of 2026-12-06: the shape rule of a
capital letter, log densities weighed, statements that claim nothing (hypotheses, signatures,
lists), \\rightarrow, sums with one limit, f_{X|Y} names, pattern matrices, prove-only
readings (a restated quantity, a fresh symbol), condition words and reasons, \\choose in a
fraction, the Riemann zeta function named in words; and matrices declared by membership
(``A \\in \\mathbb{R}^{n \\times n}``).

Measured blind at 8788d40 (attack38), see tests/posts/incoming/adversarial30/README.md: the
last case, 40 capitals declared by membership and their product commuted, was proved there.
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile


def _list_row(n: int) -> str:
    """One row listing n equations, the last one false."""
    items = [f"a_{{{k}}} = {k}" for k in range(n)] + [f"a_{{{n}}} = a_{{0}} + {n + 1}"]
    return "$$" + r", \quad ".join(items) + "$$"


def _pattern_matrix(n: int) -> str:
    """An n x n matrix written by its pattern, every row with dots, compared with another."""
    row = " & ".join([f"a_{{{k}}}" for k in range(n)] + [r"\cdots"])
    body = r" \\ ".join([row] * n + [r"\vdots"])
    return f"$$A = \\begin{{bmatrix}} {body} \\end{{bmatrix}}$$\n\n$$2A = A + A + 1$$"


def _reasons(n: int) -> str:
    """n rows, each stated under a reason, the last one false."""
    rows = [
        f"$$y_{{{k}}} = {k + 1} \\quad \\text{{since }} y_{{{k}}} - 1 = {k}$$" for k in range(n)
    ]
    rows.append(r"$$y_0 = 2 \quad \text{since } y_0 - 1 = 0$$")
    return "\n\n".join(rows)


def _log_densities(n: int) -> str:
    """n log densities on x > 0, each weighed by its integral, the last one wrong."""
    rows = [
        f"$$\\log p_{{{k}}}(x | \\lambda) = \\log({k + 1}\\lambda) - {k + 1}\\lambda x$$"
        for k in range(n)
    ]
    rows.append(r"$$\log q(x | \lambda) = \log \lambda - \lambda x + 1$$")
    return "\n\n".join(rows)


def _nested_one_limit_sums(depth: int) -> str:
    """A sum with one limit, nested ``depth`` deep, compared with a wrong count."""
    sums = "".join(f"\\sum_{{i_{{{k}}}=1}} " for k in range(depth))
    return f"$${sums} x = x$$"


def _restatements(n: int) -> str:
    """A probability, then n restatements of it under one heading, the last one wrong."""
    rows = ["$$P(A) = 0.5$$"]
    rows += [f"$$P(A) = \\frac{{{k + 1}}}{{{2 * (k + 1)}}}$$" for k in range(n)]
    rows.append("$$P(A) = 0.5^2$$")
    return "\n\n".join(rows)


def _membership(n: int) -> str:
    """n capitals declared matrices by membership, a product of all commuted."""
    names = [f"A_{{{k}}}" for k in range(n)]
    decl = "Let $" + ", ".join(names) + r" \in \mathbb{R}^{d \times d}$."
    return decl, "$$" + " ".join(names) + " = " + " ".join(reversed(names)) + "$$"


HOSTILE = {
    "a list of 60 equations in one row": ("Values.", _list_row(60)),
    "a pattern matrix of 60 rows of 60 entries": ("A matrix.", _pattern_matrix(60)),
    "80 rows under a reason": ("Numbers.", _reasons(80)),
    "120 log densities weighed": ("Densities on $x > 0$ with $\\lambda > 0$.", _log_densities(120)),
    "a log density of 60 powers": (
        "A density on $x > 0$.",
        r"$$\log p(x) = -" + " - ".join(f"x^{{{k}}}" for k in range(1, 61)) + " + 1$$",
    ),
    "one-limit sums nested 40 deep": ("Numbers.", _nested_one_limit_sums(40)),
    "300 restatements of one probability": ("An event.", _restatements(300)),
    "the zeta function of a tower and of many numbers": (
        "Here $\\zeta$ is the Riemann zeta function.",
        "$$"
        + " + ".join(f"\\zeta({k + 2})" for k in range(100))
        + r" + \zeta(10^{10^{10}}) = \zeta(-10^{9})$$",
    ),
    "300 arrows in one row": (
        "Limits.",
        "$$" + r" \rightarrow ".join(f"x_{{{k}}}" for k in range(300)) + " = 1$$",
    ),
    "a conditional name with 100 bars": (
        "Densities.",
        "$$f_{" + "|".join(f"X_{{{k}}}" for k in range(100)) + "}(x) = 2 f_{X|Y}(x)$$",
    ),
    "100 hypotheses and signatures": (
        "Tests.",
        "\n\n".join(
            f"$$H_{{{k}}}: \\mu_{{{k}}} = {k}$$\n\n"
            f"$$f_{{{k}}}: \\mathbb{{R}}^{{{k + 1}}} \\to \\mathbb{{R}}$$"
            for k in range(100)
        )
        + "\n\n$$\\mu_3 = 4$$",
    ),
    "choose nested 40 deep in fractions": (
        "Counting.",
        "$$" + r"\frac{{n \choose k}}{" * 40 + "2" + "}" * 40 + " = 1$$",
    ),
    "40 matrices declared by membership commuted": _membership(40),
    # crashed at 8788d40 (TypeError: Invalid comparison of non-real x[i]): the elements of a
    # transposed vector compared in a sum's condition, a Cox model's risk set
    "a transposed vector's elements compared under a sum": (
        "A Cox model.",
        r"$$l(\beta) = \sum_{i=1}^{n} -s_i x_i^T \beta + s_i \log(\sum_{x_j \geq x_i} "
        r"e^{x_j^T \beta}) + 1$$",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=True)


def test_the_post_budget_holds_the_slowest_hostile_post(tmp_path):
    """The post's time budget (--post-seconds) bounds the slowest post built here: one row
    listing 400 equations, each entry a step checked against the others' values (47 s alone
    at 8788d40, 5.1 s under a 5 s budget)."""
    took, _ = check_hostile(
        tmp_path,
        "a list of 400 equations",
        "Values.",
        _list_row(400),
        never_proved=True,
        post_seconds=5,
    )
    assert took < 5 + 30, took
