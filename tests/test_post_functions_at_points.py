"""A letter the post defines as a function, applied at a point (held-out batch 15).

Found on a textbook's proof of the normal MGF (travis, external15): after
``M(t) = e^{t\\mu + \\frac12 t^2\\sigma^2}`` the correct ``M(0) = e^{0\\mu + ...} = 1``
was REFUTED. ``M`` is not one of the letters always read as functions, so ``M(0)`` was
the product ``M * 0``, and the bare ``M`` stood for ``M(t)`` at a free ``t``.

- A bracket holding only a number (``M(0)``, ``M(-1)``, ``M(\\frac{1}{2})``) after a
  letter the post defines as a function is that function at the number.
- A prime before such a bracket (``M'(0)``) is the derivative at that number; it was
  the product ``M' * 0``.
- A bracket holding an expression (``M(2s)``, ``J(1 - \\theta)``) after such a letter is
  the function at that point or the letter times it: the row is not read rather than
  guessed (it was read as a product, and the correct ``M(2s) = 4s^2 + 2as`` refuted).

Each reading is checked on a correct twin (never refuted) and a wrong twin (never proved).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

DEFINES_M = "Let\n\n$$M(t) = t^2 + a t$$\n\nso\n\n"


def verdict(tmp_path: Path, body: str) -> str:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1].verdict


@pytest.mark.parametrize(
    ("row", "expect"),
    [
        ("M(2) = 4 + 2a", "proved"),
        ("M(2) = 4 + 3a", "refuted"),
        ("M(1) = 1 + a", "proved"),
        ("M(1) = 2 + a", "refuted"),
        ("M(-1) = 1 - a", "proved"),
        ("M(-1) = 1 + a", "refuted"),
        (r"M(\frac{1}{2}) = \frac{1}{4} + \frac{a}{2}", "proved"),
        (r"M(\frac{1}{2}) = \frac{1}{2} + \frac{a}{2}", "refuted"),
        ("M(0.5) = 0.25 + 0.5 a", "proved"),
        # the derivative at a number: d/dt M(t) at t = 0 (it was M' times 0)
        ("M'(0) = a", "proved"),
        ("M'(0) = 2a", "refuted"),
        ("M''(0) = 2", "proved"),
        ("M''(0) = 3", "refuted"),
        ("M'(1) = 2 + a", "proved"),
    ],
)
def test_a_defined_letter_at_a_number_is_the_function_there(tmp_path, row, expect):
    assert verdict(tmp_path, DEFINES_M + f"$${row}$$\n") == expect


@pytest.mark.parametrize(("row", "expect"), [("M(0) = 1", "proved"), ("M(0) = 2", "refuted")])
def test_a_value_at_zero_that_is_a_number(tmp_path, row, expect):
    body = "Let\n\n$$M(t) = e^{t a}$$\n\nso\n\n" + f"$${row}$$\n"
    assert verdict(tmp_path, body) == expect


@pytest.mark.parametrize(
    "row",
    [
        "M(2s) = 4s^2 + 2as",  # correct as a call
        "M(2s) = 4s^2 + 3as",  # wrong either way
        "M(1 - s) = (1 - s)^2 + a(1 - s)",
    ],
)
def test_a_defined_letter_at_an_expression_is_not_guessed(tmp_path, row):
    assert verdict(tmp_path, DEFINES_M + f"$${row}$$\n") == "unparsed"


@pytest.mark.parametrize("row", ["G(x + 1) = x^2 + 2x + 1", "G(x + 1) = x^3 + x^2"])
def test_a_function_letter_the_post_defines_is_not_guessed_either(tmp_path, row):
    # G is read as a function before names (G(x)) whether or not the post defines it; at
    # an expression the product G * (x + 1) proved the false row (adversarial set 10, 177)
    body = "Let\n\n$$G(x) = x^2$$\n\nThen\n\n" + f"$${row}$$\n"
    assert verdict(tmp_path, body) == "unparsed"


@pytest.mark.parametrize(
    ("tail", "good"),
    [("= e^0 = 1.", True), ("= e^0 = 2.", False)],
)
def test_the_normal_mgf_at_zero(tmp_path, tail, good):
    """The textbook's row: the correct chain is proved (its first link, M at 0 written
    out, was "the row puts in numbers": e^{0 mu} held mu until evaluated), the wrong one
    is refuted."""
    body = (
        "Presuming \\(t \\gt 0\\) and\n\n$$M(t) = e^{t \\mu+\\frac{1}{2}t^2\\sigma^2}$$\n\n"
        "Proof.\n\n$$M(0) = e^{0 \\mu+\\frac{1}{2}0^2\\sigma^2} " + tail + "$$\n"
    )
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    verdicts = [r.verdict for r in check_post(p, jobs=1).rows if r.line == 7]
    if good:
        assert verdicts[-1] == "proved", verdicts
    else:
        assert verdicts[-1] == "refuted", verdicts


def test_a_subscript_letter_before_a_bracket_is_no_application(tmp_path):
    # I_p (a + b) after p(y) = ...: the subscript p names I_p, which multiplies the
    # bracket (statproofbook's MVN post, rows 101-102, were unparsed as "p(...)")
    body = "Let\n\n$$p(y) = y^2$$\n\nso\n\n$$I_p (a + b) = I_p a + I_p b$$\n"
    assert verdict(tmp_path, body) == "proved"
