"""A bar letter the post also writes with a subscript is no sample mean (batch 45).

BDA3 2.14 (stappit, external45) writes the posterior mean after n observations with
``\\bar y_n`` (the mean of the first n), then restates it in the induction hypothesis with
``\\bar y`` bare: the bare ``\\bar y`` was read by convention as the mean of the post's
sample ``y_i`` over the sums' range, ``\\bar y_n`` as a sequence of free values, and the
correct restatement refuted. A post that writes ``\\bar y`` with a subscript uses the bar
for means of several sizes, so the bare one is not taken to be the mean over the sums'
range: it is a letter as any other (never the convention's reading, which can prove).
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

_POST = (
    "Observations $y_1, \\dots, y_{n+1}$ with $\\sum_{i=1}^{n} y_i$.\n\n"
    "$$\\mu_n = \\frac{\\mu_0 + n\\bar y_n}{1 + n}$$\n\n"
    "The induction hypothesis is\n\n"
    "$$\\mu_n = \\frac{\\mu_0 + n\\bar y}{1 + n}$$\n"
)


def test_a_bare_bar_beside_a_subscripted_one_is_not_refuted(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(_POST, "utf-8")
    got = first_verdicts(path)
    assert got[7] != "refuted", got


def test_a_bare_bar_alone_is_still_the_sample_mean(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "Observations $y_1, \\dots, y_n$.\n\n$$n\\bar y = \\sum_{i=1}^{n} y_i$$\n", "utf-8"
    )
    got = first_verdicts(path)
    assert got[3] == "proved", got
