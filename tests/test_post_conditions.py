"""A refutation must hold where the post says the row holds.

A case hypothesis ("If $x < 0$, then") is not a domain of the whole post, and an order
between two letters ($a > b$) is a domain the numeric check does not draw inside. A
counterexample outside them shows nothing: the row is unchecked, naming the condition.
A counterexample inside them still refutes (adversarial set 8, pairs 22, 23, 74, 160, 167).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def verdict(tmp_path, text: str) -> tuple[str, str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n" + text, encoding="utf-8")
    rows = [r for r in check_post(post, jobs=1).rows if r.kind != "definition"]
    return rows[-1].verdict, rows[-1].reason


CASES = [
    ("If $x < 0$, then", "|x| = -x", "|x| = x"),
    ("Whenever $t < 0$, the root simplifies:", r"\sqrt{t^2} = -t", r"\sqrt{t^2} = t"),
    ("Case 2: if $u < 0$, then", r"\sqrt{u^2} = -u", r"\sqrt{u^2} = u"),
    ("In the case $s > 1$,", "|1 - s| = s - 1", "|1 - s| = 1 - s"),
    ("If $x \\le 0$ we get", "|x| = -x", "|x| = 2x"),
]


@pytest.mark.parametrize("lead, right, wrong", CASES)
def test_a_row_true_in_its_case_is_not_refuted(tmp_path, lead, right, wrong):
    got, why = verdict(tmp_path, f"{lead}\n\n$${right}$$\n")
    assert got != "refuted", why


@pytest.mark.parametrize("lead, right, wrong", CASES)
def test_a_row_false_in_its_case_is_not_proved(tmp_path, lead, right, wrong):
    got, why = verdict(tmp_path, f"{lead}\n\n$${wrong}$$\n")
    assert got != "proved", why


def test_a_row_false_in_its_case_is_refuted_inside_it(tmp_path):
    """|x| + x = 2x is false for every x < 0: the counterexample lies in the case and counts."""
    got, why = verdict(tmp_path, "If $x < 0$, then\n\n$$|x| + x = 2x$$\n")
    assert got == "refuted", why


def test_a_case_of_another_letter_leaves_the_refutation(tmp_path):
    got, why = verdict(tmp_path, "If $y < 0$, then\n\n$$|x| + x = 2x$$\n")
    assert got == "refuted", why


@pytest.mark.parametrize(
    "order, right",
    [
        ("$a > b$", "|a - b| = a - b"),
        ("$p < q$", "|p - q| = q - p"),
        ("$m \\ge k$", "|k - m| = m - k"),
    ],
)
def test_an_order_between_letters_is_respected(tmp_path, order, right):
    got, why = verdict(tmp_path, f"Let {order}.\n\n$${right}$$\n")
    assert got != "refuted", why


def test_a_row_that_fails_inside_the_order_is_still_refuted(tmp_path):
    """a > b: the engine draws b first and a above it, so a counterexample lies inside."""
    for row in ("|a - b| = 2a - 2b", r"\int_a^b 1 \, dx = a - b"):
        got, why = verdict(tmp_path, f"Let $a > b$.\n\n$${row}$$\n")
        assert got == "refuted", (row, why)
