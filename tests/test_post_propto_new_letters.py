"""A proportional row that brings in letters the post has not used before
(``p(y) \\propto \\exp(-0.5 A y^2 + B y)``, "where $A = \\tau$ and $B = \\tau\\mu$" after it) holds
for suitable values of them only: drawn freely they refuted a correct row (held-out batch 27,
fiveMinuteStats' normal mean, line 37; ``tests/posts/incoming/repro29/``), as the '=' rows
already knew (``_fresh_reason``). A false row is never proved, and a slip with no new letter is
still refuted. Variants of our own."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

# (the density, a proportional form in the post's letters, the same with new letters, a false
# form with new letters no value of which makes it hold, a slip with no new letter)
_CASES = [
    (
        "p(y) = (\\tau/2\\pi)^{0.5} \\exp(-0.5\\tau (y-\\mu)^2)",
        "\\exp(-0.5 \\tau y^2 + \\tau \\mu y)",
        "\\exp(-0.5 A y^2 + B y)",
        "\\exp(-0.5 A y^3 + B y)",
        "\\exp(-\\tau y^2 + \\tau \\mu y)",
    ),
    (
        "p(y) = \\lambda e^{-\\lambda y}",
        "e^{-\\lambda y}",
        "e^{-c y}",
        "e^{-c y^2}",
        "e^{-2\\lambda y}",
    ),
    (
        "p(y) = \\frac{\\beta^\\alpha}{\\Gamma(\\alpha)} y^{\\alpha - 1} e^{-\\beta y}",
        "y^{\\alpha - 1} e^{-\\beta y}",
        "y^{k} e^{-r y}",
        "y^{k} e^{-r y^2}",
        "y^{\\alpha} e^{-\\beta y}",
    ),
]


def _post(density: str, first: str, second: str) -> str:
    return (
        "\nThe precision is $\\tau = 1/\\sigma^2$, and $\\lambda > 0$, $\\alpha > 0$, "
        "$\\beta > 0$.\n\n"
        f"The density is\n$${density}$$\n\nWe can rewrite this:\n$$p(y) \\propto {first}$$\n"
        f"Or, equivalently:\n$$p(y) \\propto {second}$$\nfor suitable constants.\n"
    )


@pytest.mark.parametrize(("density", "known", "new", "false", "slip"), _CASES)
def test_new_letters_in_a_proportional_row_are_no_counterexample(
    tmp_path, density, known, new, false, slip
):
    body = _post(density, known, new)
    assert verdict_of_row(tmp_path, body, f"\\propto {new}$$") != "refuted"


@pytest.mark.parametrize(("density", "known", "new", "false", "slip"), _CASES)
def test_a_false_proportional_row_with_new_letters_is_never_proved(
    tmp_path, density, known, new, false, slip
):
    body = _post(density, known, false)
    assert verdict_of_row(tmp_path, body, f"\\propto {false}$$") != "proved"


@pytest.mark.parametrize(("density", "known", "new", "false", "slip"), _CASES)
def test_a_slip_with_no_new_letter_is_still_refuted(tmp_path, density, known, new, false, slip):
    body = _post(density, slip, new)
    assert verdict_of_row(tmp_path, body, f"\\propto {slip}$$") == "refuted"


@pytest.mark.parametrize(("density", "known", "new", "false", "slip"), _CASES)
def test_the_known_form_is_still_proved(tmp_path, density, known, new, false, slip):
    body = _post(density, known, new)
    assert verdict_of_row(tmp_path, body, f"\\propto {known}$$") == "proved"
