"""Hostile input against the mechanisms of the late afternoon of 2026-12-06: the family reading
of subscripted calls (f_i under a sum), matrices and vectors declared by membership, the
infinite-mass density rule and joints of the samples, the system solved for a parameter,
\\vect, angle brackets, x_i^*, \\sup, sums from a later index, powers of a 0/1 letter.

Measured blind at bf263d2 (attack59), see tests/posts/incoming/adversarial31/README.md: a
density whose exponent is a power 10^6 took 140 s alone and 226 s under a 5 s post budget
(the family identification of a density evaluated e^{1.3^{1000000}} with mpmath).
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile

#: index letters (none of i, n, x, y, l, o, t, which the rows use otherwise)
INDEX_LETTERS = "abcdefghjkmpqrsuvw"


def _nested_family(depth: int) -> tuple[str, str]:
    """A product of family members under ``depth`` nested sums, against n^depth f^depth."""
    sums = "".join(f"\\sum_{{{c}=1}}^{{n}} " for c in INDEX_LETTERS[:depth])
    prod = " ".join(f"f_{{{c}}}(x)" for c in INDEX_LETTERS[:depth])
    return "Functions.", f"$${sums}{prod} = n^{{{depth}}} f(x)^{{{depth}}}$$"


def _family_rows(n: int) -> tuple[str, str]:
    """n rows renaming a family's sum, then the family against n f(x)."""
    rows = [
        f"$$\\sum_{{i=1}}^n f_i(x_{{{k}}}) = \\sum_{{j=1}}^n f_j(x_{{{k}}})$$" for k in range(n)
    ]
    rows.append("$$\\sum_{i=1}^n f_i(x) = n f(x)$$")
    return "Functions $f_1, \\dots, f_n$.", "\n\n".join(rows)


HOSTILE = {
    "family sums nested 18 deep": _nested_family(18),
    "150 rows of a family renamed": _family_rows(150),
    "a density whose exponent has a coefficient 10^400": (
        "A density for $x > 0$.",
        "$$f(x | \\mu) = e^{10^{400} (x - \\mu)^2}$$",
    ),
    "a joint density of a power 10^5 per sample": (
        "The joint density.",
        "$$f(x | \\mu) = e^{\\sum_{j=1}^n (x_j - \\mu)^{100000}}$$",
    ),
    "a sum from the millionth index": (
        "Numbers.",
        "$$\\sum_{i=1000000}^{n} x_i = \\sum_{i=1}^{n} x_i + 1$$",
    ),
    "a sum from a tower index": (
        "Numbers.",
        "$$\\sum_{i=10^{10^{10}}}^{n} x_i = \\sum_{i=1}^{n} x_i + 1$$",
    ),
    "a 0/1 letter to a tower power": (
        "Let $y \\in \\{0, 1\\}$.",
        "$$y^{10^{10^{10}}} + \\sum_{k=1}^{10^{9}} y^k = 2y$$",
    ),
    "a double sum renamed 60 times": (
        "Numbers.",
        "$$"
        + " + ".join(f"\\sum_{{i=1}}^n \\sum_{{j=1}}^{{i}} x_j^{{{k}}}" for k in range(1, 61))
        + " = "
        + " + ".join(f"\\sum_{{j=1}}^n \\sum_{{i=j}}^{{n}} x_j^{{{k}}}" for k in range(1, 61))
        + " + 1$$",
    ),
    "angle brackets nested 100 deep": (
        "Means.",
        "$$" + "\\left< " * 100 + "x" + " \\right>" * 100 + " = 2 \\left< x \\right>$$",
    ),
    "sup nested 60 deep": (
        "A bound.",
        "$$" + "".join(f"\\sup_{{t_{{{k}}}}} " for k in range(60)) + "f(x) = 2$$",
    ),
    "200 vectors declared by membership": (
        "Let $"
        + ", ".join(f"v_{{{k}}}" for k in range(200))
        + " \\in \\mathbb{R}^{d}$ and $A \\in \\mathbb{R}^{d \\times d}$.",
        "$$"
        + " + ".join(f"v_{{{k}}}^T A v_{{{k}}}" for k in range(200))
        + " = "
        + " + ".join(f"v_{{{k}}}^T A^T v_{{{k}}}" for k in range(200))
        + " + 1$$",
    ),
    "100 estimating equations": (
        "The method of moments.",
        "\n\n".join(
            f"$$\\frac{{1}}{{n}}\\sum_{{i=1}}^n x_i^{{{k}}} = \\mu^{{{k}}} + \\sigma_{{{k}}}$$"
            for k in range(1, 101)
        )
        + "\n\n$$\\mu = \\frac{1}{n}\\sum_{i=1}^n x_i + 1$$",
    ),
    "starred subscripts 300 times": (
        "Latent values.",
        "$$"
        + " + ".join(f"x_{{{k}}}^* y_{{{k}}}^*" for k in range(300))
        + " = 1 + "
        + " + ".join(f"y_{{{k}}}^* x_{{{k}}}^*" for k in range(300))
        + "$$",
    ),
    "vect 300 times": (
        "Vectors.",
        "$$"
        + " + ".join(f"\\vect{{v_{{{k}}}}}^T \\vect{{w}}" for k in range(300))
        + " = \\vect{w} \\vect{v_0}^T$$",
    ),
    "120 densities on negative half-lines": (
        "Densities for $x \\le 0$, $\\lambda > 0$.",
        "\n\n".join(
            f"$$f_{{{k}}}(x | \\lambda) = {k + 1}\\lambda e^{{{k + 1}\\lambda x}}$$"
            for k in range(120)
        )
        + "\n\n$$g(x | \\lambda) = \\lambda e^{-\\lambda x}$$",
    ),
}


#: log Gamma of a number of 10^5 bits: minutes per value before Gamma's argument was bounded
HOSTILE["log Gamma of e to a power 9"] = (
    "A density.",
    r"$$f(x | \mu) = \log\Gamma(e^{(x - \mu)^{9}})$$",
)

#: 140 s alone and 226 s under a 5 s post budget at bf263d2 (see the module's docstring)
POWER_DENSITY = ("A density.", "$$f(x | \\mu) = e^{(x - \\mu)^{1000000}}$$")


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=True)


def test_a_density_of_a_huge_power_is_read_in_time(tmp_path):
    """e^{(x - mu)^{10^6}}: every number put in for x and mu makes an exponent of thousands of
    digits, whose exp mpmath computes to that size; the post is read in seconds."""
    took, _ = check_hostile(
        tmp_path, "a density of a power 10^6", *POWER_DENSITY, never_proved=True
    )
    assert took < 30, took


def test_the_post_budget_holds_the_huge_power_density(tmp_path):
    """The post's time budget (--post-seconds) bounds the same post (226 s under 5 s before)."""
    took, _ = check_hostile(
        tmp_path, "a density of a power 10^6", *POWER_DENSITY, never_proved=True, post_seconds=5
    )
    assert took < 5 + 30, took
