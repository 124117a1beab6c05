"""Hostile input against the mechanisms of the late night of 2026-12-05: both readings of a
doubted row (a post full of doubted rows is read twice), arg min read as the arg max of the
negation, a number in a display row as a letter's definition (``$$\\pi = 3$$``), ``\\ne`` signs
asked of the difference as written and expanded, ``\\approx`` within half a unit, control spaces
between statements.

Each post must be read in bounded time with a verdict for every row (a named limit,
"unchecked" or "unparsed", never a crash), and a row whose value is false or unsettled is never
proved. Measured blind at 0cfc1da (attack34), see tests/posts/incoming/adversarial26/README.md.
"""

from __future__ import annotations

import pytest

from tests._hostile import check_hostile


def _doubted_rows(n: int) -> str:
    """n rows, each true in both readings of a slash before a letter: every proof rests on a
    doubt, so the post is read a second time."""
    return "\n\n".join(rf"$$x_{{{k}}}/2b + x_{{{k}}}/2b = 2 \cdot x_{{{k}}}/2b$$" for k in range(n))


def _usual_values(n: int) -> str:
    """n headings, each giving pi and e a display value, then a row using both."""
    rows = []
    for k in range(n):
        rows.append(f"## Part {k}\n\n$$\\pi = 3.14$$\n\n$$e = 2.718$$")
        rows.append(r"$$\cos \pi + \ln e = 0$$")
    return "\n\n".join(rows)


HOSTILE = {
    "300 rows resting on a doubted slash": ("Let $b > 0$.", _doubted_rows(300)),
    "one row with 200 doubted slashes": (
        "Let $b > 0$.",
        "$$" + " + ".join(rf"a_{{{k}}}/2b" for k in range(200)) + " = 0$$",
    ),
    "one row with 150 juxtaposed logs": (
        "Logs.",
        "$$" + " + ".join(rf"\log a_{{{k}}} b_{{{k}}}" for k in range(150)) + " = 0$$",
    ),
    "ne of a power with 46 million terms when expanded": (
        "Let $a, b, c, d, f, g$ be real numbers.",
        r"$$(a + b + c + d + f + g)^{40} - (a + b + c + d + f + g)^{40} \ne 0$$",
    ),
    "ne of a power of a sum, 9 million terms expanded": (
        "Let $a, b, c, d, f, g$ be real numbers.",
        "\n\n".join(r"$$(a + b + c + d + f + g)^{40} \ne -1$$" for _ in range(10)),
    ),
    "approx of a tower of powers": ("Rounding.", r"$$10^{10^{10}} \approx 1$$"),
    "approx of a decimal with 20000 digits": (
        "Rounding.",
        "$$0." + "3" * 20_000 + r" \approx 0.33$$",
    ),
    "200 headings giving pi and e display values": ("Values.", _usual_values(200)),
    "arg min of reciprocals nested 200 deep": (
        "Minimisers.",
        r"$$\arg\min_\theta "
        + r"\frac{1}{" * 200
        + r"(\theta - 1)^2"
        + "}" * 200
        + r" = \arg\max_\theta (\theta - 1)^2$$",
    ),
    "arg min of minus signs nested 300 deep": (
        "Minimisers.",
        r"$$\arg\min_\theta " + r"-(" * 300 + r"\theta^2" + ")" * 300 + r" = 0$$",
    ),
    # 250, not 500: linear, about 65 ms a statement at load 2 (500 took 33 s there and 65 s
    # at load 9, of the 150 s budget)
    "control spaces between 250 statements": (
        "Values.",
        "$$" + r"\ \ ".join(rf"m_{{{k}}} = {k}" for k in range(250)) + "$$\n\n$$m_{249} = 249$$",
    ),
}

#: posts whose last row is false or unsettled: never proved
NEVER_PROVED = {
    "one row with 200 doubted slashes",
    "one row with 150 juxtaposed logs",
    "ne of a power with 46 million terms when expanded",
    "approx of a tower of powers",
    "arg min of reciprocals nested 200 deep",
    "arg min of minus signs nested 300 deep",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_has_a_verdict_in_time(tmp_path, case):
    prose, rows_text = HOSTILE[case]
    check_hostile(tmp_path, case, prose, rows_text, never_proved=case in NEVER_PROVED)
