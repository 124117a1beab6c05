"""``\\Bbb V[X]`` is the variance, as ``\\mathbb{V}[X]`` is (adversarial set 10, pairs 29, 169,
170): plain TeX's ``\\Bbb`` was read as the letter V times the bracket, so the false
``\\Bbb V[2X] = 2 \\Bbb V[X]`` was proved and the correct ``= 4 \\Bbb V[X]`` refuted."""

from __future__ import annotations

import pytest

from derivations.post import check_post


@pytest.mark.parametrize("v", [r"\Bbb V", r"\Bbb{V}", r"\mathbb{V}"])
@pytest.mark.parametrize(("factor", "good"), [("4", True), ("2", False)])
def test_blackboard_v_is_the_variance(tmp_path, v, factor, good):
    post = tmp_path / "post.md"
    post.write_text(
        f"For a random variable $X$ with a finite variance,\n\n$${v}[2X] = {factor}\\,{v}[X]$$\n",
        encoding="utf-8",
    )
    verdict = check_post(post, jobs=1).rows[-1].verdict
    # the false row is never proved (unchecked: Var(X) may be 0, where it holds)
    assert verdict == "proved" if good else verdict != "proved"
