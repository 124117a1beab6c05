"""A letter a row relates to others, where the reader could not check the relation
(held-out batch 45, BDA3 2.14 in external45).

``\\frac{1}{\\tau_1^2} = \\frac{\\sigma^2 + \\tau_0^2}{\\sigma^2\\tau_0^2}`` gives ``\\tau_1``
through the others; the reader could not check the row (its letters new in a link above)
and later drew ``\\tau_1`` apart from them, refuting a correct step that puts the relation
in. Likewise ``(n + 1)\\bar y_{n+1} := \\sum_1^{n+1} y_i`` gives every ``\\bar y_k`` through
the sample, and ``y_{n+1} + \\sum_1^n y_i = y_{n+1} + n\\bar y_n`` was refuted at a ``\\bar
y`` drawn apart from the y's. A relation the reader takes as given or could not check makes
its one subject letter an unknown of the post's equations: a row that fails only at values
breaking the relation is not refuted (it stays unchecked, the relation named).
"""

from __future__ import annotations

from tests._post_rows import first_verdicts


def test_a_step_through_a_relation_for_the_reciprocal_square(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "$$\n  \\frac{1}{\\tau_{n}^2} = \\frac{1}{\\tau_0^2} + \\frac{n}{\\sigma^2}\n  \\quad\n"
        "  \\text{and}\n  \\quad\n  \\mu_n = \\frac{\\frac{1}{\\tau_0^2}\\mu_0 + "
        "\\frac{n}{\\sigma^2}\\bar y_n}{\\frac{1}{\\tau_0^2} + \\frac{n}{\\sigma^2}}\n$$\n\n"
        "The case $n = 1$ can be reexpressed as\n\n"
        "$$\n\\begin{align}\n  \\frac{1}{\\tau_1^2} = \\frac{\\sigma^2 + \\tau_0^2}"
        "{\\sigma^2\\tau_0^2}\n  \\quad\n  \\text{and}\n  \\quad\n  \\mu_1 = "
        "\\frac{\\sigma^2\\mu_0 + \\tau_0^2y}{\\sigma^2 + \\tau_0^2}\n  .\n\\end{align}\n$$\n\n"
        "Then\n\n"
        "$$\\frac{\\theta^2 (\\tau_0^2 + \\sigma^2) - 2\\theta\\mu_1(\\sigma^2 + \\tau_0^2)}"
        "{\\sigma^2\\tau_0^2} = \\theta^2\\frac{1}{\\tau_1^2} - 2\\theta\\mu_1\\frac{1}{\\tau_1^2}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[24] != "refuted", got


def test_a_step_through_a_defined_multiple_of_an_indexed_letter(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "Observations $y_1, \\dots, y_{n+1}$.\n\n"
        "$$(n + 1) \\bar y_{n + 1} := \\sum_1^{n+1} y_i$$\n\n"
        "$$y_{n+1} + \\sum_1^n y_i = y_{n+1} + n\\bar y_n$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[5] != "refuted", got


def test_a_free_letter_is_still_drawn_freely(tmp_path):
    # no relation ties c: a wrong identity in it is refuted as before
    path = tmp_path / "post.md"
    path.write_text("$$f(c) = (c + 1)^2$$\n\n$$f(c) = c^2 + 1$$\n", "utf-8")
    got = first_verdicts(path)
    assert got[3] == "refuted", got
