"""Hostile input against the mechanisms of the late morning of 2026-12-06: labels above a name
(x^{(2)}, a^{[l]}, theta^{MLE}), the blackboard E, Var, Cov, tr and det without a bracket,
a Greek function's inverse, readings in doubt (log(x)^2, d/dx x^2 cdot x: each doubles the
readings), names without a value, two indices under one sum, numbers as programs write them.

Each post must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is never
proved. Measured blind at b24a138 (attack37), see tests/posts/incoming/adversarial29/README.md.
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile


def _sum(terms: list[str]) -> str:
    return " + ".join(terms)


HOSTILE = {
    "120 labelled names summed, one too many": (
        "Iterates of an algorithm.",
        "$$"
        + _sum([f"\\theta^{{({k})}}" for k in range(120)])
        + " = "
        + _sum([f"\\theta^{{({k})}}" for k in reversed(range(120))])
        + " + 1$$",
    ),
    "60 layers and estimates above names": (
        "A network.",
        "$$" + _sum([f"W^{{[{k}]}} a^{{[{k}]}} + \\beta^{{MLE}}" for k in range(60)]) + " = 0$$",
    ),
    "a blackboard E 200 deep without brackets": (
        "Let $X \\sim N(0, 1)$.",
        "$$" + "\\mathbb{E} " * 200 + "X^2 = 2$$",
    ),
    "100 bracketless expectations added": (
        "Random variables.",
        "$$" + _sum([f"\\mathbb{{E}} X_{{{k}}}^2" for k in range(100)]) + " = 1$$",
    ),
    "20 log powers in doubt in one product": (
        "Let $x > 0$.",
        "$$" + " ".join(f"\\log(x + {k})^2" for k in range(20)) + " = 1$$",
    ),
    "20 log powers in doubt on both sides, one too many": (
        "Let $x_k > 0$ for all $k$.",
        "$$"
        + " + ".join(f"\\log(x_{{{k}}})^2" for k in range(20))
        + " = "
        + " + ".join(f"\\log(x_{{{k}}})^2" for k in reversed(range(20)))
        + " + 1$$",
    ),
    "60 rows, each a doubt and a label": (
        "Let $x > 0$.",
        "\n\n".join(
            f"$$\\theta^{{({k})}} = \\log(x + {k})^2 + \\frac{{d}}{{dx}} x^{{{k + 2}}} \\cdot x$$"
            for k in range(60)
        )
        + "\n\n$$\\theta^{(0)} + \\theta^{(1)} = \\log(x)^2 + 1$$",
    ),
    "20 exp powers in doubt on both sides": (
        "Numbers.",
        "$$"
        + " + ".join(f"\\exp(x_{{{k}}})^3" for k in range(20))
        + " = "
        + " + ".join(f"\\exp(x_{{{k}}})^3" for k in reversed(range(20)))
        + " + 1$$",
    ),
    "20 derivatives each before a cdot": (
        "Numbers.",
        "$$"
        + " + ".join(f"\\frac{{d}}{{dx}} x^{{{k + 2}}} \\cdot x" for k in range(20))
        + " = 0$$",
    ),
    "Var, tr and det 100 deep without brackets": (
        "Let $A$ be an $n \\times n$ matrix.",
        "$$" + "\\mathrm{Var}\\, " * 50 + "\\operatorname{tr} " * 50 + "\\det " * 50 + "2A = 1$$",
    ),
    "200 numbers as programs write them": (
        "Constants.",
        "$$" + _sum([f"{k}e-3" for k in range(1, 201)]) + " = 1$$",
    ),
    "a sum under 26 indices": (
        "A table.",
        "$$\\sum_{abcdfghijklmnopqrstuvwxyz} a_a b_b = 1$$",
    ),
}

#: posts whose last row is false or unsettled: never proved
NEVER_PROVED = set(HOSTILE)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=case in NEVER_PROVED)
