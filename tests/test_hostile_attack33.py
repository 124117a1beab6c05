"""Hostile input against the mechanisms of the late evening of 2026-12-05: chains that bound
their last name (``0 < a < b``), conditions on an integral's ends, Gaussian tails with letters,
``argmin``/``max_\\theta``/``Ln(``/``Log(`` without backslashes, Unicode styled letters, braced
sum signs, ``\\Pi_{n=1}^N``, bare ``exp{...}``, ``: =``, linear constraints put in for a dropped
letter, names defined anew under many headings.

Each post must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is never
proved. Measured blind at 00fa771 (attack33), see tests/posts/incoming/adversarial25/README.md.
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile


def _headings(n: int) -> str:
    """n headings, each defining L anew and differentiating it (names redefined per heading)."""
    rows = []
    for k in range(1, n + 1):
        rows.append(f"## Step {k}\n\n$$L = p^{{{k}}} (1 - p)$$\n\n")
        rows.append(rf"$$\frac{{dL}}{{dp}} = {k} p^{{{k - 1}}} (1 - p) - p^{{{k}}}$$")
    return "\n\n".join(rows)


def _constraints(n: int) -> str:
    """n linear constraints, each followed by a row that drops its letter."""
    rows = []
    for k in range(n):
        rows.append(rf"$$u_{{{k}}} + v_{{{k}}} = 1$$")
        rows.append(rf"$$g_{{{k}}} = (u_{{{k}}} + v_{{{k}}})^2 + w$$")
        rows.append(rf"$$g_{{{k}}} = 1 + w$$")
    return "\n\n".join(rows)


def _tails(n: int) -> str:
    """n Gaussian tails with letters in the exponent (each a convergence question)."""
    return "\n\n".join(
        rf"$$\int_{{-\infty}}^{{\infty}} x^{{{k}}} e^{{-a x^2 + b_{{{k}}} x}} \, dx = {k}$$"
        for k in range(1, n + 1)
    )


HOSTILE = {
    "2000 chains to a name in prose": (
        " ".join(rf"Let $0 < a_{{{k}}} < b_{{{k}}}$." for k in range(2_000)),
        r"$$\int_{a_1}^{b_1} \frac{dx}{x} = \ln b_1 - \ln a_1$$",
    ),
    "an integrand with 300 poles": (
        "Poles.",
        r"$$\int_{0}^{1} "
        + " ".join(rf"\frac{{1}}{{x - {k}}}" for k in range(2, 302))
        + r" \, dx = 1$$",
    ),
    # 10, not 20: each row meets the per-row limit (about 3 s), and 20 took 61 s at load 1 and
    # 120 s at load 8 (linear; no budget per post, noticed and left alone)
    "10 Gaussian tails with letters": ("Let $a > 0$ and $b_k$ be real.", _tails(10)),
    "argmin nested 300 deep": (
        "Minimisers.",
        "$$" + r"argmin_\theta " * 300 + r"(\theta - 1)^2 = 1$$",
    ),
    "Ln nested 500 deep": ("Logs.", "$$" + "Ln(" * 500 + "x" + ")" * 500 + " = x$$"),
    "bare exp with braces nested 300 deep": (
        "Exponentials.",
        "$$" + "exp{(" * 300 + "x" + ")}" * 300 + " = 1$$",
    ),
    "10^4 Unicode styled letters": ("Letters.", "$$" + "𝜃" * 10_000 + " = 𝜃$$"),
    "braced sum signs nested 200 deep": (
        "Sums.",
        "$$" + r"{\sum_{i=1}^n}(" * 200 + "x_i" + ")" * 200 + " = 0$$",
    ),
    "capital Pi with limits 500 times": (
        "Products.",
        "$$" + " ".join(r"\Pi_{n=1}^N" for _ in range(500)) + r" \theta = \theta$$",
    ),
    "100 headings each redefining L": ("Likelihoods.", _headings(100)),
    "150 constraints put in for dropped letters": ("Constraints.", _constraints(150)),
}

#: posts whose last row is false or unsettled: never proved
NEVER_PROVED = {
    "an integrand with 300 poles",
    "10 Gaussian tails with letters",
    "argmin nested 300 deep",
    "Ln nested 500 deep",
    "bare exp with braces nested 300 deep",
    "braced sum signs nested 200 deep",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=case in NEVER_PROVED)
