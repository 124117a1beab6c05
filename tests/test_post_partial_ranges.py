"""A sum written over part of a sample (``\\sum_{i=2}^{n} X_i``, the observations after the
first) does not say over which range a sum or product without limits (``\\prod X_i!``) or the
sample's mean (``\\bar X``) runs: read so, the correct rows ``f = e^{-n\\lambda}
\\lambda^{X_1 + \\sum_{i=2}^{n} X_i} / \\prod X_i!`` and ``\\sum_{k=1}^n X_k = n\\bar X`` were
refuted (held-out batch 25, techqa lines 17 and 19; ``tests/posts/incoming/repro25/``).
Variants of our own: other letters, first indices and counts."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_CASES = [("X", "i", "n", 2), ("x", "j", "N", 2), ("Y", "t", "n", 3)]


def _pmf(x: str, i: str, n: str, lo: int, exponent: str) -> str:
    return f"\\frac{{e^{{-{n}\\lambda}}\\lambda^{{{exponent}}}}}{{\\prod {x}_{i}!}}"


@pytest.mark.parametrize(("x", "i", "n", "lo"), _CASES)
def test_a_bare_product_beside_a_partial_sum_is_not_refuted(tmp_path, x, i, n, lo):
    head = "+".join(f"{x}_{k}" for k in range(1, lo))
    whole = _pmf(x, i, n, lo, f"\\sum_{{{i}=1}}^{{{n}}} {x}_{i}")
    split = _pmf(x, i, n, lo, f"{head}+\\sum_{{{i}={lo}}}^{{{n}}} {x}_{i}")
    body = f"The joint pmf is\n$$f(\\lambda) = {whole}$$\nand so\n$$f(\\lambda) = {split}$$\n"
    assert verdict_of_row(tmp_path, body, split) != "refuted"
    # the twin that loses the first observations is never proved
    lost = _pmf(x, i, n, lo, f"\\sum_{{{i}={lo}}}^{{{n}}} {x}_{i}")
    wrong = body.replace(f"$$f(\\lambda) = {split}$$", f"$$f(\\lambda) = {lost}$$")
    assert verdict_of_row(tmp_path, wrong, lost) != "proved"


@pytest.mark.parametrize(("x", "i", "n", "lo"), _CASES)
@pytest.mark.parametrize("listed", [True, False])
def test_the_mean_beside_a_partial_sum_is_the_whole_samples(tmp_path, x, i, n, lo, listed):
    sample = f"Let ${x}_1, \\ldots, {x}_{n}$ be a sample. " if listed else ""
    body = (
        f"{sample}Consider $({x}_1, \\sum_{{{i}={lo}}}^{{{n}}} {x}_{i})$ "
        f"and $({x}_1, \\bar{{{x}}})$."
        f"\n\n$$\\sum_{{k=1}}^{{{n}}} {x}_k = ROW$$\n"
    )
    right = f"{n}\\bar{{{x}}}"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    wrong = f"({n}-1)\\bar{{{x}}}"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


@pytest.mark.parametrize(("x", "n"), [("X", "n"), ("y", "N")])
def test_the_mean_of_a_sample_summed_over_one_range_is_still_read(tmp_path, x, n):
    # one range for the sample, no partial sum: n xbar is its sum, as before
    body = f"$$\\sum_{{i=1}}^{{{n}}} {x}_i = ROW$$\n"
    right = f"{n}\\bar{{{x}}}"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) == "proved"
