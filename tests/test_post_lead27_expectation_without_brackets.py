"""``\\mathbb{E} X^2``: the blackboard E is the expectation, with or without a bracket. Without
one it was read as a letter E times ``X^2``, so ``\\mathrm{Var} X + \\mu^2 = \\mathbb{E} X^2``
of a normal X was refuted once an earlier row had used E and X as letters, and
``\\mathbb{E}_q \\log p`` was the name ``E_q`` times a log.

Now the expectation takes one factor written after it (``X^2``, ``\\bar X_n``, a fraction)
when a sign, a relation or the end follows; before anything longer (``\\mathbb{E} X Y``,
``\\mathbb{E}_q \\log p(x)``, ``\\mathbb{E} X \\cdot Y``) what it takes is not written and the
row is left unread, saying so."""

from __future__ import annotations

import pytest
from _post_rows import display_rows

NORMAL = "Let $X \\sim \\mathcal{N}(\\mu, \\sigma^2)$.\n\n"


def _rows(tmp_path, *displays):
    from _post_rows import rows_of

    body = "---\ntitle: t\n---\n\n" + NORMAL + "\n\n".join(f"$${d}$$" for d in displays) + "\n"
    post = tmp_path / "post.md"
    post.write_text(body, encoding="utf-8")
    return rows_of(post)


@pytest.mark.parametrize("e", [r"\mathbb{E}", r"\mathrm{E}", r"\operatorname{E}"])
def test_a_lone_factor_after_the_expectation_is_its_operand(tmp_path, e):
    rows = _rows(tmp_path, "a = 2", rf"\mathrm{{Var}}(X) + \mu^2 = {e} X^2", rf"{e} X^2 = \mu^2")
    assert rows[9].verdict == "proved", rows[9].reason
    assert rows[11].verdict == "refuted", rows[11].reason


def test_the_letters_used_before_do_not_refute_the_moment(tmp_path):
    rows = _rows(tmp_path, r"E X + 1 = \mu + 1", r"\mathrm{Var} X + \mu^2 = \mathbb{E} X^2")
    assert rows[9].verdict != "refuted", rows[9].reason


@pytest.mark.parametrize(
    "side",
    # (\mathbb{E}_q \log X is read as E_q[log X] since parse64: test_post_parse64_readings)
    [r"\mathbb{E} X Y", r"\mathbb{E} X \cdot X", r"\mathbb{E} X \sin X"],
)
def test_a_longer_operand_is_not_guessed(tmp_path, side):
    row = display_rows(tmp_path, f"{side} = 1")[5]
    assert row.verdict == "unparsed" and "expectation" in row.reason, (row.verdict, row.reason)


def test_braces_are_the_expectations_bracket(tmp_path):
    rows = _rows(tmp_path, r"\mathbb{E}\{X^2\} = \mu^2 + \sigma^2", r"\mathbb{E}\{X\} = 2\mu")
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[9].verdict == "refuted", rows[9].reason


def test_a_called_derivative_is_one_factor(tmp_path):
    row = _rows(tmp_path, r"\mathbb{E} f''(X) = \mathbb{E}[f''(X)]")[7]
    assert row.verdict != "unparsed", row.reason


def test_an_accented_E_alone_is_read_as_before(tmp_path):
    row = display_rows(tmp_path, r"\hat{\operatorname{E}}[Y] = 2")[5]
    assert row.verdict != "unparsed", row.reason


def test_a_power_on_the_expectation_before_its_bracket(tmp_path):
    rows = _rows(tmp_path, r"\mathbb{E}^{2}(X) = \mu^2", r"\mathbb{E}^2[X] = \mu")
    assert rows[7].verdict == "proved", rows[7].reason
    assert rows[9].verdict == "refuted", rows[9].reason
