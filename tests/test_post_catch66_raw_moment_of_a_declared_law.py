"""A primed mu naming a raw moment is compared with the law the post gives (catch66).

Held-out external19 (johndellarosa): the gamma density is written, its words name the
shape and the scale, and then ``\\mu'_1 = \\alpha\\beta`` (right) and ``\\mu'_2 =
\\alpha(\\alpha-1)\\beta^2`` (wrong: ``\\alpha(\\alpha+1)\\beta^2``). The reader left both
"a claim about the model, which the reader does not check", although it proves and refutes
the same rows written ``E[X] = ...``, ``E[X^2] = ...``. A fresh ``\\mu'_k`` in a post that
gives the law of one variable ``X`` is now compared as ``E[X^k]`` is: under every convention
the law leaves open (a declared ``Gamma(\\alpha, \\beta)``: the rate or the scale), refuted
only when each differs.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_DENSITY = r"""---
title: gamma moments, the density written
---

Given a set of data $X_1, X_2, \dots, X_n$, the k-th sample moment is defined as:
$$m'_{k}=\frac{1}{n}\sum_{i=1}^{n}X_{i}^k$$

The probability density of the gamma distribution is given by:
$$f(x;\alpha,\beta)=\frac{x^{\alpha-1}e^{-x/\beta}}{\beta^\alpha\Gamma(\alpha)}\quad\text{for }x>0$$
where $\alpha$ is the shape parameter and $\beta$ is the scale parameter. The population
moments of the gamma distribution are:
$$\mu'_1={FIRST}$$
$$\mu'_2={SECOND}$$
"""

_DECLARED = r"""---
title: gamma moments, the law declared
---

Let $X \sim \mathrm{Gamma}(\alpha, \beta)$. Its first two raw moments are
$$\mu'_1={FIRST}$$
$$\mu'_2={SECOND}$$
"""

#: (first, second) moments: right under some convention, or under none.
_RIGHT = {
    "scale": (r"\alpha\beta", r"\alpha(\alpha+1)\beta^2"),
    "rate": (r"\frac{\alpha}{\beta}", r"\frac{\alpha(\alpha+1)}{\beta^2}"),
}
_WRONG = (r"\alpha\beta^2", r"\alpha(\alpha-1)\beta^2")

#: Two variables with laws: which one mu'_2 is of is not said, so it is never weighed.
_TWO = r"""---
title: two laws
---

Let $X \sim \mathrm{Gamma}(\alpha, \beta)$ and $Y \sim \mathrm{Exp}(\lambda)$. The moments:
$$\mu'_2=\alpha(\alpha-1)\beta^2$$
"""


def _post(tmp_path_factory, name: str, template: str, first: str, second: str) -> dict:
    path = tmp_path_factory.mktemp("catch66m") / f"{name}.md"
    path.write_text(template.replace("{FIRST}", first).replace("{SECOND}", second))
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    out = {}
    for kind, template in (("density", _DENSITY), ("declared", _DECLARED)):
        out[kind, "scale"] = _post(tmp_path_factory, f"{kind}-scale", template, *_RIGHT["scale"])
        out[kind, "wrong"] = _post(tmp_path_factory, f"{kind}-wrong", template, *_WRONG)
    out["declared", "rate"] = _post(tmp_path_factory, "declared-rate", _DECLARED, *_RIGHT["rate"])
    path = tmp_path_factory.mktemp("catch66m") / "two.md"
    path.write_text(_TWO)
    out["two"] = {r.line: r for r in check_post(path, jobs=1).rows}
    return out


def _moment_rows(rows: dict) -> list:
    return [rows[k] for k in sorted(rows) if "\\mu'_" in rows[k].text]


@pytest.mark.parametrize(
    "key", [("density", "scale"), ("declared", "scale"), ("declared", "rate")], ids=str
)
def test_right_moments_are_proved_and_never_refuted(posts, key):
    for row in _moment_rows(posts[key]):
        assert row.verdict != "refuted", row.reason
        assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("kind", ["density", "declared"])
def test_wrong_moments_are_refuted_and_never_proved(posts, kind):
    rows = _moment_rows(posts[kind, "wrong"])
    assert rows, "no moment rows"
    for row in rows:
        assert row.verdict != "proved", row.reason
    assert rows[-1].verdict == "refuted", rows[-1].reason


def test_a_moment_of_one_of_two_laws_is_not_weighed(posts):
    (row,) = _moment_rows(posts["two"])
    assert row.verdict not in ("proved", "refuted"), row.reason
