"""Adversarial set 5, causes 6-8 (tests/posts/incoming/adversarial5/README.md): a letter the
prose gives another meaning (e = 2, pi = 1/4, i = 3, log in base 10 or 2), matrices declared
only in prose, and the double factorial n!!.

The set's pairs are run as written, and each mechanism again on variants of other letters,
values and shapes: a false row is never proved, its correct twin never refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post import check_post

SET5 = Path(__file__).parent / "posts" / "incoming" / "adversarial5"

#: the pairs of causes 6-8 (their planted row is line 7)
PAIRS = ["25", "26", "27", "78", "81", "87", "95", "96", "99", "103", "115"]


def _planted(name: str) -> str:
    rows = [r for r in check_post(SET5 / name, jobs=1).rows if r.line == 7]
    assert rows, name
    return rows[0].verdict


@pytest.mark.parametrize("num", PAIRS)
def test_the_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    (false,) = SET5.glob(f"{num}-*-false.md")
    (true,) = SET5.glob(f"{num}-*-true.md")
    assert _planted(false.name) != "proved"
    assert _planted(true.name) != "refuted"


#: (what, post body with {row}, the correct row, the row read with the usual meaning)
VARIANTS = [
    (
        "e given a value in a display row",
        "Let\n\n$$e = 3$$\n\nbe the number of edges. Then\n\n$$ {row} $$\n",
        "e^2 = 9",
        "e^2 = 7.39",
    ),
    (
        "e given a value with 'where'",
        "We count with $e$, where $e = 5$ is the number of events:\n\n$$ {row} $$\n",
        "2 e = 10",
        "2 e = 5.44",
    ),
    (
        "pi set in a sentence with 'set'",
        "We set $\\pi = 0.3$ for the prior probability, so\n\n$$ {row} $$\n",
        "2 \\pi = 0.6",
        "2 \\pi = 6.28",
    ),
    (
        "i a count",
        "Let $i = 4$ be the number of trials. Then\n\n$$ {row} $$\n",
        "i^2 + 1 = 17",
        "i^2 + 1 = 0",
    ),
    (
        "log said to be base 10 in other words",
        "All logarithms in this post are base 10.\n\n$$ {row} $$\n",
        "\\log 100 = 2",
        "\\log 100 = 4.61",
    ),
    (
        "log said to be base 2",
        "We write $\\log$ for $\\log_2$ throughout.\n\n$$ {row} $$\n",
        "\\log 8 = 3",
        "\\log 8 = 2.08",
    ),
    (
        "matrices named in prose, product of three inverted",
        "Let $P$, $Q$ and $R$ be invertible matrices.\n\n$$ {row} $$\n",
        "(P Q R)^{-1} = R^{-1} Q^{-1} P^{-1}",
        "(P Q R)^{-1} = P^{-1} Q^{-1} R^{-1}",
    ),
    (
        "matrices declared with 'be ... matrices'",
        "Let $M$ and $N$ be $3 \\times 3$ matrices.\n\n$$ {row} $$\n",
        "(M - N)^2 = M^2 - M N - N M + N^2",
        "(M - N)^2 = M^2 - 2 M N + N^2",
    ),
    (
        "bold capitals with no word 'matrix'",
        "For $\\mathbf{X}$ and $\\mathbf{Y}$ of the same size,\n\n$$ {row} $$\n",
        "(\\mathbf{X} + \\mathbf{Y})\\mathbf{X} = \\mathbf{X}^2 + \\mathbf{Y}\\mathbf{X}",
        "(\\mathbf{X} + \\mathbf{Y})\\mathbf{X} = \\mathbf{X}^2 + \\mathbf{X}\\mathbf{Y}",
    ),
]


@pytest.mark.parametrize("what, body, good, bad", VARIANTS, ids=[v[0] for v in VARIANTS])
def test_a_meaning_the_prose_gives_is_never_overridden_by_the_usual_one(
    tmp_path, what, body, good, bad
):
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) != "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) != "refuted"


@pytest.mark.parametrize(
    "good, bad",
    [("7!! = 105", "7!! = 5040"), ("6!! = 48", "6!! = 720"), ("(3!)! = 720", "(3!)! = 3")],
)
def test_a_double_factorial_is_read_as_one(tmp_path, good, bad):
    body = "A count:\n\n$$ {row} $$\n"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


#: (post body with {row}, a row true with the usual meanings, the same row false)
USUAL = [
    ("Euler and the circle:\n\n$$ {row} $$\n", "e^{\\log 2} = 2", "e^{\\log 2} = 3"),
    ("Euler and the circle:\n\n$$ {row} $$\n", "\\pi^2 = 9.87", "\\pi^2 = 9.00"),
    ("Natural logs:\n\n$$ {row} $$\n", "\\log 100 = 4.61", "\\log 100 = 2"),
    ("Recall $e = 2.718$ to three places.\n\n$$ {row} $$\n", "e^{\\log 2} = 2", "e^{\\log 2} = 3"),
    ("Natural logs, $\\ln$ too:\n\n$$ {row} $$\n", "\\ln 8 = 2.08", "\\ln 8 = 3.00"),
]


@pytest.mark.parametrize("body, good, bad", USUAL)
def test_the_usual_meanings_stay_when_the_prose_gives_none(tmp_path, body, good, bad):
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


def test_an_index_said_to_start_at_one_keeps_its_range(tmp_path):
    body = "For $i = 1$ to $n$ we add $x_i$.\n\n$$ {row} $$\n"
    good, bad = "\\sum_{i=1}^n i = \\frac{n(n+1)}{2}", "\\sum_{i=1}^n i = \\frac{n(n+1)}{3}"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) != "proved"


def test_a_letter_given_two_values_is_read_with_neither(tmp_path):
    body = "Let $e = 2$ edges in one graph and $e = 3$ in the other.\n\n$$ {row} $$\n"
    for row in ("e^2 = 4", "e^2 = 9", "e^2 = 7.39"):
        assert verdict_of_row(tmp_path, body.replace("{row}", row), row) not in (
            "proved",
            "refuted",
        )


def test_a_sentence_that_names_a_base_to_deny_it_keeps_the_natural_log(tmp_path):
    body = "Here $\\log$ is the natural logarithm, not base 10.\n\n$$ {row} $$\n"
    good, bad = "\\log 100 = 4.61", "\\log 100 = 2"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


def test_a_letter_given_a_number_and_another_expression_is_read_with_neither(tmp_path):
    body = "Let $I = 2$ items.\n\n$$ I = a + b $$\n\nso\n\n$$ {row} $$\n"
    for row in ("I^2 = 4", "I^2 = -1"):
        assert verdict_of_row(tmp_path, body.replace("{row}", row), row) not in (
            "proved",
            "refuted",
        )


@pytest.mark.parametrize("row", ["\\lg 8 = 3", "\\lg 100 = 2", "\\lg 8 = 2.08"])
def test_lg_with_no_base_in_the_prose_is_judged_in_no_base(tmp_path, row):
    """``\\lg`` is log base 10 in some texts and base 2 in others; never the natural log."""
    body = "A logarithm:\n\n$$ {row} $$\n"
    assert verdict_of_row(tmp_path, body.replace("{row}", row), row) not in ("proved", "refuted")


def test_lg_in_the_base_the_prose_gives(tmp_path):
    body = "All logarithms in this post are base 2.\n\n$$ {row} $$\n"
    good, bad = "\\lg 8 = 3", "\\lg 8 = 2.08"
    assert verdict_of_row(tmp_path, body.replace("{row}", good), good) == "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", bad), bad) == "refuted"


def test_a_post_that_names_two_bases_for_log_is_judged_in_neither(tmp_path):
    body = (
        "Here $\\log$ denotes the base-10 logarithm. Later, all logarithms are base 2."
        "\n\n$$ {row} $$\n"
    )
    for row in ("\\log 8 = 3", "\\log 100 = 2", "\\log 8 = 2.08"):
        assert verdict_of_row(tmp_path, body.replace("{row}", row), row) not in (
            "proved",
            "refuted",
        )


def test_reading_the_prose_stays_cheap_on_hostile_text():
    """Every pattern is bounded: long runs of what they look for cost well under a second."""
    import time

    from derivations.post._prose_meanings import (
        declared_matrices,
        stated_constants,
        stated_log_base,
    )

    for text in ["logs are base 2 " * 12000, "$A$, " * 40000 + "matrices", "_ " * 100000]:
        start = time.process_time()
        declared_matrices(text), stated_constants(text), stated_log_base(text)
        assert time.process_time() - start < 10
