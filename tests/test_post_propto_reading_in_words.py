"""Which side of the bar a ``\\propto`` row is proportional in, as the post says it.

``f(y | \\lambda) \\propto K`` may be a density of ``y`` (proportional in what precedes the
bar) or a likelihood in ``\\lambda`` (in what follows it). Since batch 18 the reader checked
both readings and *proved* the row when either held; adversarial set 14 (pairs 01-22)
planted kernels right in the reading the post does not mean ("As a likelihood, a function
of $\\lambda$", then a kernel that drops ``e^{-\\lambda}``, right only in ``y``), and they
were proved.

The properties: when the paragraph says which argument the row is a function of ("a
function of $\\lambda$", "the density of $y$"), only that reading proves or refutes it;
when it does not, the row is proved only if both readings hold, refuted only if both fail,
else unchecked. A parameter read as its square (Rayleigh's ``\\sigma`` as ``\\sigma^2``)
still names its side of the bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SET14 = Path(__file__).resolve().parent / "posts" / "incoming" / "adversarial14"
PAIRS = ["01", "02", "03", "07", "10", "11", "13", "14", "16", "17", "19", "21", "22"]


def _planted(path: Path) -> str:
    rows = [r for r in check_post(path, jobs=1, cache=False).rows if r.line == 11]
    return rows[0].verdict if rows else "missing"


@pytest.mark.parametrize("pair", PAIRS)
def test_a_kernel_right_only_in_the_reading_the_post_does_not_mean_is_not_proved(pair):
    (false,) = SET14.glob(f"{pair}-*-false.md")
    assert _planted(false) != "proved"


@pytest.mark.parametrize("pair", PAIRS)
def test_the_kernel_right_in_the_reading_the_post_means_is_not_refuted(pair):
    (true,) = SET14.glob(f"{pair}-*-true.md")
    assert _planted(true) != "refuted"


def _row(tmp_path, prose, rhs):
    text = (
        "---\ntitle: t\n---\n\n"
        "Let $y$ be a count from a Poisson law with mean $\\lambda > 0$:\n\n"
        "$$f(y \\mid \\lambda) = \\frac{\\lambda^y e^{-\\lambda}}{y!}$$\n\n"
        f"{prose}\n\n$$f(y \\mid \\lambda) \\propto {rhs}$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return max(check_post(path, jobs=1, cache=False).rows, key=lambda r: r.line).verdict


def test_unsaid_the_row_must_hold_in_both_readings(tmp_path):
    # right in y only, in lambda only, in both
    assert _row(tmp_path, "We write", "\\frac{\\lambda^y}{y!}") != "proved"
    assert _row(tmp_path, "We write", "\\lambda^y e^{-\\lambda}") != "proved"
    assert _row(tmp_path, "We write", "\\frac{\\lambda^y e^{-\\lambda}}{y!}") == "proved"
    # wrong in both: refuted
    assert _row(tmp_path, "We write", "\\lambda^{2y}") == "refuted"


def test_said_the_row_is_checked_in_that_reading(tmp_path):
    said = "As a likelihood, a function of $\\lambda$ for the observed $y$, it is"
    assert _row(tmp_path, said, "\\lambda^y e^{-\\lambda}") == "proved"
    assert _row(tmp_path, said, "\\frac{\\lambda^y}{y!}") == "refuted"
    said = "As a probability mass function of $y$, for a fixed $\\lambda$, it is"
    assert _row(tmp_path, said, "\\frac{\\lambda^y}{y!}") == "proved"
    assert _row(tmp_path, said, "\\lambda^y e^{-\\lambda}") == "refuted"
