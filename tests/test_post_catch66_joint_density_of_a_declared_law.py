"""A joint density of the sample, written after the law of one draw was declared (catch66).

``X_1, \\dots, X_n \\sim \\mathrm{Bernoulli}(p)`` iid, then ``f(x_1, \\dots, x_n | p) =
\\prod p^{x_i} (1-p)^{x_i}`` (wrong: the second power is ``1 - x_i``). The reader proved the
right joint pmf against the declared law but took the wrong one as given, and the right
restatement after it was refuted "restates f as last written" (catch64's probe with a law
declared). The joint density is now weighed against the declared law as a likelihood is:
refuted only where its ratio to the law's product changes with the parameters (no
convention of the law, no factor of the data left out explains it), so the wrong first row
is refuted and a restatement after it is not compared with it.

With no law declared the first row stays the measure of a restatement, as before (older
tests want a wrong restatement of a density taken as given refuted against it).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_LAWS = {
    "bernoulli": (
        r"Let $X_1, \dots, X_n \sim \mathrm{Bernoulli}(p)$ be iid.",
        {
            "right": r"$$f(x_1, \dots, x_n | p) = \prod_{i=1}^n p^{x_i} (1-p)^{1-x_i}$$",
            "wrong": r"$$f(x_1, \dots, x_n | p) = \prod_{i=1}^n p^{x_i} (1-p)^{x_i}$$",
        },
        {
            "right": r"$$f(x_1, \dots, x_n | p) = p^{\sum_{i=1}^n x_i} "
            r"(1-p)^{n - \sum_{i=1}^n x_i}$$",
            "wrong": r"$$f(x_1, \dots, x_n | p) = p^{\sum_{i=1}^n x_i} "
            r"(1-p)^{\sum_{i=1}^n x_i}$$",
        },
    ),
    # the rate or the scale: a joint density fitting either convention is right
    "exponential": (
        r"Let $X_1, \dots, X_n \sim \mathrm{Exp}(\lambda)$ be iid.",
        {
            "right": r"$$f(x_1, \dots, x_n | \lambda) = \prod_{i=1}^n \lambda e^{-\lambda x_i}$$",
            "wrong": r"$$f(x_1, \dots, x_n | \lambda) = \prod_{i=1}^n \lambda^2 e^{-\lambda x_i}$$",
        },
        {
            "right": r"$$f(x_1, \dots, x_n | \lambda) = \lambda^n e^{-\lambda \sum_{i=1}^n x_i}$$",
            "wrong": r"$$f(x_1, \dots, x_n | \lambda) = \lambda^n e^{\lambda \sum_{i=1}^n x_i}$$",
        },
    ),
}

#: The exponential's scale convention written out: right, never refuted.
_SCALE = r"""---
title: a joint density in the scale convention
---

Let $X_1, \dots, X_n \sim \mathrm{Exp}(\theta)$ be iid.

$$f(x_1, \dots, x_n | \theta) = \prod_{i=1}^n \frac{1}{\theta} e^{-x_i / \theta}$$
"""

#: A joint pmf that leaves out a factor of the data (the x_i! of a Poisson) is wrong as a
#: pmf but right as a likelihood: the reader cannot tell which the author means.
_DATA_FACTOR = r"""---
title: a joint pmf without its factorials
---

Let $X_1, \dots, X_n \sim \mathrm{Poisson}(\lambda)$ be iid.

$$f(x_1, \dots, x_n | \lambda) = \prod_{i=1}^n \lambda^{x_i} e^{-\lambda}$$
"""

#: No law declared: the first row is the post's own definition, the measure of the next.
_NO_LAW = r"""---
title: a joint pmf with no law
---

Let $X_1, \dots, X_n$ be iid with pmf $f(x|p)$ on $\{0, 1\}$.

$$f(x_1, \dots, x_n | p) = \prod_{i=1}^n p^{x_i} (1-p)^{1-x_i}$$

$$f(x_1, \dots, x_n | p) = p^{\sum_{i=1}^n x_i} (1-p)^{\sum_{i=1}^n x_i}$$
"""


def _rows(tmp_path_factory, name: str, text: str) -> dict:
    path = tmp_path_factory.mktemp("catch66") / f"{name}.md"
    path.write_text(text)
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    out = {}
    for law, (head, firsts, seconds) in _LAWS.items():
        for first in ("right", "wrong"):
            for second in ("right", "wrong"):
                text = f"---\ntitle: {law}\n---\n\n{head}\n\n{firsts[first]}\n\n{seconds[second]}\n"
                out[law, first, second] = _rows(tmp_path_factory, f"{law}-{first}-{second}", text)
    for name, text in (("scale", _SCALE), ("factor", _DATA_FACTOR), ("nolaw", _NO_LAW)):
        out[name] = _rows(tmp_path_factory, name, text)
    return out


_CASES = [(law, a, b) for law in _LAWS for a in ("right", "wrong") for b in ("right", "wrong")]


@pytest.mark.parametrize("case", _CASES, ids=["-".join(c) for c in _CASES])
def test_a_correct_row_is_never_refuted_and_a_wrong_one_never_proved(posts, case):
    rows = posts[case]
    for line, judged in ((7, case[1]), (9, case[2])):
        if judged == "right":
            assert rows[line].verdict != "refuted", (line, rows[line].reason)
        else:
            assert rows[line].verdict != "proved", (line, rows[line].reason)


@pytest.mark.parametrize("law", list(_LAWS))
def test_a_wrong_joint_density_is_refuted_against_the_declared_law(posts, law):
    for second in ("right", "wrong"):
        row = posts[law, "wrong", second][7]
        assert row.verdict == "refuted", row.reason
        assert "joint density" in row.reason


@pytest.mark.parametrize("law", list(_LAWS))
def test_a_right_joint_density_is_proved_and_measures_the_restatement(posts, law):
    assert posts[law, "right", "right"][7].verdict == "proved"
    assert posts[law, "right", "right"][9].verdict == "proved"
    assert posts[law, "right", "wrong"][9].verdict == "refuted"


@pytest.mark.parametrize("law", list(_LAWS))
def test_a_restatement_after_the_refuted_density_is_not_measured_by_it(posts, law):
    row = posts[law, "wrong", "right"][9]
    assert row.verdict == "unchecked", row.reason
    assert "refuted on line 7" in row.reason


def test_either_convention_of_the_law_is_right(posts):
    assert posts["scale"][7].verdict == "proved", posts["scale"][7].reason


def test_a_factor_of_the_data_left_out_is_no_refutation(posts):
    assert posts["factor"][7].verdict != "refuted", posts["factor"][7].reason


def test_with_no_law_the_first_row_stays_the_measure(posts):
    assert posts["nolaw"][7].verdict == "given"
    assert posts["nolaw"][9].verdict == "refuted"
