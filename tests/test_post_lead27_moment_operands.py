"""``\\mathrm{Var}\\, 2X``: the variance of 2X, as ``\\cos 2x`` is cos(2x) - it was Var(2)
times X, so ``\\mathrm{Var}\\, 2X = 4\\sigma^2`` of a normal X was refuted. ``\\mathrm{Var} X Y``
(Var(X) Y or Var(XY)?) does not say what the variance takes: the row is left unread instead
of refuting ``\\mathrm{Var} X Y = \\mu^2 + \\sigma^2``, which holds for Var(XY)."""

from __future__ import annotations

import pytest
from _post_rows import rows_of

LAW = (
    "Let $X \\sim \\mathcal{N}(\\mu, \\sigma^2)$ and $Y \\sim \\mathcal{N}(0, 1)$, independent.\n\n"
)


def _row(tmp_path, display):
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{LAW}$${display}$$\n", encoding="utf-8")
    return rows_of(post)[7]


@pytest.mark.parametrize(
    ("display", "verdict"),
    [
        (r"\mathrm{Var}\, 2X = 4\sigma^2", "proved"),
        (r"\mathrm{Var}\, 2X = 2\sigma^2", "refuted"),
        (r"\operatorname{Var} 3X + 1 = 9\sigma^2 + 1", "proved"),
    ],
)
def test_a_number_then_a_letter_is_the_variances_operand(tmp_path, display, verdict):
    row = _row(tmp_path, display)
    assert row.verdict == verdict, row.reason


@pytest.mark.parametrize(
    "display", [r"\mathrm{Var} X Y = \mu^2 + \sigma^2", r"\operatorname{Var} X \bar{X} = 1"]
)
def test_a_product_after_the_variance_is_not_guessed(tmp_path, display):
    row = _row(tmp_path, display)
    assert row.verdict == "unparsed" and "Var" in row.reason, (row.verdict, row.reason)


def test_one_factor_is_read_as_before(tmp_path):
    row = _row(tmp_path, r"\mathrm{Var} X + \mu^2 = \sigma^2 + \mu^2")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "display",
    [
        r"\frac{\mathrm{Var} X}{2} = \frac{\sigma^2}{2}",
        r"\mathrm{Var} X_1^{2} + 1 = \mathrm{Var} X_1^2 + 1",
    ],
)
def test_a_factor_closed_by_a_brace_or_with_scripts_is_read(tmp_path, display):
    row = _row(tmp_path, display)
    assert row.verdict != "unparsed", row.reason
