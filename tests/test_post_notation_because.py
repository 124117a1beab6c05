"""``\\because`` and ``\\therefore`` in a row.

- After a statement, ``\\because ...`` is the justification of the statement before it
  (``&= x_{i1} \\quad \\because z_i = w_1 x_{i1} + b``): the row is that statement; the
  reason is not a claim of the row and is not checked.
- ``\\therefore`` is "hence": read as ``\\implies``.
- A row that opens with ``\\because`` states a premise inside a chain; the rows after it
  continue the row before it, which the row builder does not know, so it stays
  unparsed, with that reason (read as an equation, the next ``&= ...`` row would be
  compared with the premise's right side) - unless it is a rule worked out (``\\ln(1) = 0``),
  which is checked by itself while the chain goes on past it (read8, ._because_rules).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._post_rows import rows_of


def _post(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return rows_of(path)


@pytest.mark.parametrize(
    "reason",
    [
        r"\quad \because \frac{d}{dg}\ln(u) = \frac{1}{u} \cdot \frac{du}{dg}",
        r"\because z = w x + b",
        r"\qquad \because \ln(1) = 0, \sigma(z) = \frac{1}{1 + e^{-z}}",
    ],
)
@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"\frac{d}{dx}\ln(1 + x^2) = \frac{2x}{1 + x^2}", "proved"),
        # the same row with a slip: the reason after it does not rescue it
        (r"\frac{d}{dx}\ln(1 + x^2) = \frac{x}{1 + x^2}", "refuted"),
    ],
)
def test_a_reason_after_the_statement_is_left_out(tmp_path, row, verdict, reason):
    rows = _post(tmp_path, f"$${row} {reason}$$\n")
    assert rows[1].verdict == verdict, rows[1].reason


@pytest.mark.parametrize(("result", "verdict"), [("n/2", "proved"), ("n/3", "refuted")])
@pytest.mark.parametrize("word", [r"\therefore", r"\implies"])
def test_therefore_is_hence(tmp_path, result, verdict, word):
    model = r"$$\ell(\theta) = n\ln\theta - 2\theta$$"
    score = r"\frac{d\ell}{d\theta} = \frac{n}{\theta} - 2 = 0"
    row = rf"$${score} {word} \hat\theta = {result}$$"
    rows = _post(tmp_path, f"{model}\n\n{row}\n")
    assert rows[3].verdict == verdict, rows[3].reason


def test_a_row_opened_by_because_is_a_premise_not_read(tmp_path):
    text = (
        "$$\n\\begin{align*}\nJ &= \\sum_{i=1}^{n} \\ln(1) + a \\\\\n"
        "\\because \\ln(1) &= 0 \\\\\n&= a\n\\end{align*}\n$$\n"
    )
    rows = _post(tmp_path, text)
    # read8: a rule worked out is read by itself (\ln(1) = 0 reads as 0 = 0), never refuted
    assert rows[4].verdict not in ("unparsed", "refuted"), rows[4].reason
    assert rows[5].verdict != "refuted", rows[5].reason
    premise = text.replace("\\because \\ln(1) &= 0", "\\because \\sigma(z) &= 0")
    rows = _post(tmp_path, premise)
    assert rows[4].verdict == "unparsed" and "premise" in rows[4].reason


JACKEY = (
    Path(__file__).parent
    / "posts"
    / "incoming"
    / "external6"
    / "jackey-logistic-regression-gradient-blog.md"
)


def test_a_function_defined_after_because_is_a_function():
    # sigma(z) = 1/(1 + e^{-z}) is stated only after \because (lines 18, 62): sigma(-z)
    # and sigma(z_i) are that function applied, not sigma times -z (which refuted the
    # correct lines 67 and 70 once line 62 was read)
    rows = rows_of(JACKEY)
    refuted = [line for line, r in rows.items() if r.verdict == "refuted"]
    assert refuted == [], [(line, rows[line].reason) for line in refuted]


@pytest.mark.parametrize(
    "row",
    [
        # left out, the reason would take with it that z depends on w: dz/dw read as 0
        r"\frac{dz}{dw} = x \quad \because z = wx + b",
        r"\sigma(-z) = 1 - \sigma(z) \quad \because \sigma(z) = \frac{1}{1 + e^{-z}}",
    ],
)
def test_a_reason_that_gives_a_used_name_a_value_keeps_the_row_unread(tmp_path, row):
    rows = _post(tmp_path, f"$${row}$$\n")
    assert rows[1].verdict == "unparsed"
    assert "gives" in rows[1].reason
