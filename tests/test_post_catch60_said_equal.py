"""catch60: a bare row the sentence before it says is the line above, rewritten.

"Simplifies to:" then a bare expression (held-out external11 techqa-gamma line 27, a
``\\Gamma(\\alpha_0 + \\alpha)`` for ``\\Gamma(\\alpha_0)\\Gamma(\\alpha)``), "This yields"
(learnbayes line 27, ``- \\mu^2`` in the expanded square): a row with no relation sign was
compared with the line above and, failing, left "unchecked: it may be a new expression rather
than the next step". The words say it is the next step: the line above simplified, expanded,
rewritten. Refuted then, unless the sentence says more than that: a derivative, a log, a part,
a dropped constant or any other operation ("taking the derivative yields", "taking the
exponential parts only, and then expand to get") makes the row a new expression, as before.
Such a row continues the row above as ``= R`` does, so the honesty rules apply to it: after a
row that is not established (learnbayes 21, a bare kernel that claims nothing) it is not
refuted, and after a refuted row it is compared with the line that row was compared with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import first_verdicts, refuted_with_correct_twin, verdict_of_row

HELD = Path(__file__).parent / "posts" / "incoming"

#: (post, line, the row's mistake as written, its correct twin)
REAL = [
    (
        HELD / "external11" / "techqa-gamma-rate-gamma-prior-posterior.md",
        27,
        r"{Γ(\alpha_0 + \alpha)}",
        r"{Γ(\alpha_0) Γ(\alpha)}",
    ),
]


LEARNBAYES = HELD / "external13" / "learnbayes-normal-mean-posterior-completing-square-expansion.md"


def test_after_a_row_that_is_not_established_nothing_is_refuted() -> None:
    # "This yields" (line 27, wrong) continues line 21, a bare kernel that claims nothing: the
    # disagreement cannot say which is wrong. "We now distribute the sum, yielding" (line 31,
    # correct: the true expansion) disagrees with 27 and was refuted before the row was made to
    # continue the row above (the second look after a refuted row); neither is refuted now.
    verdicts = first_verdicts(LEARNBAYES)
    assert verdicts[27] != "proved"
    assert verdicts[31] != "refuted"


@pytest.mark.parametrize(("post", "line", "wrong", "right"), REAL, ids=lambda x: str(x)[-24:])
def test_the_real_rows_are_refuted_and_their_correct_twins_are_not(
    tmp_path: Path, post: Path, line: int, wrong: str, right: str
) -> None:
    refuted_with_correct_twin(tmp_path, post, line, wrong, right)


ABOVE = r"f(x) = (x + 1)^2 + 3x"


@pytest.mark.parametrize("said", ["Simplifies to:", "It is equal to", "This reduces to"])
def test_a_row_said_equal_is_refuted_when_it_differs(tmp_path: Path, said: str) -> None:
    body = f"\n$${ABOVE}$$\n\n{said}\n\n$$x^2 + 5x + 2$$\n"
    assert verdict_of_row(tmp_path, body, "x^2 + 5x + 2") == "refuted"
    body = f"\n$${ABOVE}$$\n\n{said}\n\n$$x^2 + 5x + 1$$\n"
    assert verdict_of_row(tmp_path, body, "x^2 + 5x + 1") == "proved"


@pytest.mark.parametrize("said", ["This yields", "we get", "We obtain:"])
def test_a_row_after_words_that_may_introduce_a_result_is_only_proved(
    tmp_path: Path, said: str
) -> None:
    """'This yields' also introduces a root after 'Setting this to zero.' (the lead's probes,
    test_post_merge_probes60.py): a difference is left unchecked, an equal row proved."""
    body = f"\n$${ABOVE}$$\n\n{said}\n\n$$x^2 + 5x + 2$$\n"
    assert verdict_of_row(tmp_path, body, "x^2 + 5x + 2") != "refuted"
    body = f"\n$${ABOVE}$$\n\n{said}\n\n$$x^2 + 5x + 1$$\n"
    assert verdict_of_row(tmp_path, body, "x^2 + 5x + 1") == "proved"


@pytest.mark.parametrize(
    "said",
    [
        "Taking the derivative yields",
        "Differentiating, we get",
        "Keeping only the terms in $x$, we get",
        "Taking the log, this yields",
        "Up to a constant, this simplifies to:",
        "The second term is equal to",
        "Simplifies to something like:",
    ],
)
def test_a_sentence_that_says_more_keeps_the_row_a_new_expression(
    tmp_path: Path, said: str
) -> None:
    body = f"\n$${ABOVE}$$\n\n{said}\n\n$$2x + 5$$\n"
    assert verdict_of_row(tmp_path, body, "2x + 5") != "refuted"
