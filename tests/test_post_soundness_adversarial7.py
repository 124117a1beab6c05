"""Adversarial set 7 (tests/posts/incoming/adversarial7/README.md), the breaches of
``_verdicts.derived_later``, ``_prose_foc``, the power of a call in ``_lexer`` and parameter
spaces written through a named set or in words.

The set's pairs are run as written, and each mechanism again on variants (other letters,
laws, objectives, intervals): a false row is never proved, its correct twin never refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post import check_post

SET7 = Path(__file__).parent / "posts" / "incoming" / "adversarial7"

#: pair -> the line of its planted row (CASES.tsv)
PAIRS = {
    "105": 7,
    "118": 7,
    "119": 7,
    "123": 9,
    "139": 7,
    "140": 7,
    "155": 11,
    "156": 11,
}


def _planted(path: Path, line: int) -> str:
    rows = [r for r in check_post(path, jobs=1).rows if r.line == line]
    assert rows, path.name
    return rows[0].verdict


@pytest.mark.parametrize("num", sorted(PAIRS))
def test_the_pairs_false_row_is_not_proved_and_its_twin_not_refuted(num):
    (false,) = SET7.glob(f"{num}-*-false.md")
    (true,) = SET7.glob(f"{num}-*-true.md")
    assert _planted(false, PAIRS[num]) != "proved"
    assert _planted(true, PAIRS[num]) != "refuted"


# -- 1. a later derivation proves an early result only under the same heading -----------------

_OTHER_MODEL = r"""## Geometric model

For trials $x_i \sim \mathrm{Geometric}(p)$, the estimate is

$$\hat{p} = EARLY$$

## Bernoulli model

For outcomes $x_i \sim \mathrm{Bernoulli}(p)$, with $S = \sum_{i=1}^{n} x_i$,

$$\ell(p) = \sum_{i=1}^{n} x_i \log p + \left(n - \sum_{i=1}^{n} x_i\right) \log(1 - p)$$

$$\frac{d\ell}{dp} = \frac{S}{p} - \frac{n - S}{1 - p} = 0$$

$$\hat{p} = \frac{1}{n}\sum_{i=1}^{n} x_i$$
"""


def _first_row_verdict(tmp_path: Path, body: str) -> str:
    text = "---\ntitle: t\n---\n" + body
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    line = next(k for k, t in enumerate(text.splitlines(), 1) if t.startswith("$$"))
    return next(r.verdict for r in check_post(path, jobs=1).rows if r.line == line)


def test_an_early_estimate_under_another_heading_is_not_proved_nor_refuted(tmp_path):
    wrong = _OTHER_MODEL.replace("EARLY", r"\frac{1}{n}\sum_{i=1}^{n} x_i")
    right = _OTHER_MODEL.replace("EARLY", r"\frac{n}{\sum_{i=1}^{n} x_i}")
    assert _first_row_verdict(tmp_path, wrong) != "proved"
    assert _first_row_verdict(tmp_path, right) != "refuted"


# -- 2. a first-order condition of an objective the sentence names ----------------------------

_FOC = r"""With $k$ events in time $t$,

$$\frac{d}{d\mu} \left(k \log \mu - t \mu\right) = \frac{k}{\mu} - t$$

For the OBJ, setting its derivative to zero gives

$$ROW$$
"""

_OBJECTIVES = [
    # (the objective the sentence names, its condition, the plain likelihood's condition)
    (r"penalised objective $k \log \mu - t\mu - 2\mu$", r"\frac{k}{\mu} - t = 2"),
    (r"log-posterior $k \log \mu - t\mu - \mu^2$", r"\frac{k}{\mu} - t = 2\mu"),
]


@pytest.mark.parametrize("objective, right", _OBJECTIVES)
def test_a_condition_of_another_objective_is_not_tied_to_the_derivative_above(
    tmp_path, objective, right
):
    post = _FOC.replace("OBJ", objective)
    plain = r"\frac{k}{\mu} - t = 0"
    assert verdict_of_row(tmp_path, post.replace("ROW", plain), plain) != "proved"
    assert verdict_of_row(tmp_path, post.replace("ROW", right), right) != "refuted"


def test_a_condition_of_the_objective_differentiated_above_is_still_read(tmp_path):
    post = _FOC.replace("For the OBJ, setting", "Setting")
    plain = r"\frac{k}{\mu} - t = 0"
    assert verdict_of_row(tmp_path, post.replace("ROW", plain), plain) == "proved"
    assert (
        verdict_of_row(tmp_path, post.replace("ROW", r"\mu = t / k"), r"\mu = t / k") == "refuted"
    )


# -- 3. a power of a function the prose calls a composition -----------------------------------

_ITERATE = [
    (
        "Let $h(x) = 3x$, and let $h^2$ denote $h \\circ h$. Then\n\n$$ {row} $$\n",
        "h^2(x) = 9x",
        "h^2(x) = 9x^2",
    ),
    (
        "Let $f(x) = x + 2$ and write $f^2$ for the second iterate of $f$. Then\n\n$$ {row} $$\n",
        "f^2(x) = x + 4",
        "f^2(x) = (x + 2)^2",
    ),
    (
        "Let $q(t) = t - 1$; here $q^2 = q \\circ q$ is the composition. Then\n\n$$ {row} $$\n",
        "q^2(t) = t - 2",
        "q^2(t) = (t - 1)^2",
    ),
]


@pytest.mark.parametrize("body, right, square", _ITERATE)
def test_a_power_the_prose_calls_a_composition_is_never_a_square(tmp_path, body, right, square):
    assert verdict_of_row(tmp_path, body.replace("{row}", square), square) != "proved"
    assert verdict_of_row(tmp_path, body.replace("{row}", right), right) != "refuted"


def test_a_power_of_a_defined_function_is_still_a_square_without_such_prose(tmp_path):
    body = "Let $h(x) = 3x$. Then\n\n$$ {row} $$\n"
    assert (
        verdict_of_row(tmp_path, body.replace("{row}", "h^2(x) = 9x^2"), "h^2(x) = 9x^2")
        == "proved"
    )


# -- 4. a parameter space through a named set or in words -------------------------------------

_SPACES = [
    (
        "The parameter space is $\\Omega = (0, 2)$ and $a \\in \\Omega$. Then\n\n$$ {row} $$\n",
        "|a - 2| = 2 - a",
        "|a - 2| = a - 2",
    ),
    (
        "Let $\\Theta = (1, 3)$ be the parameter space and $\\theta \\in \\Theta$. Then\n\n"
        "$$ {row} $$\n",
        "\\sqrt{(3 - \\theta)^2} = 3 - \\theta",
        "\\sqrt{(3 - \\theta)^2} = \\theta - 3",
    ),
    (
        "The parameter $q$ lies in the parameter space $[0, \\frac{1}{3}]$. Then\n\n$$ {row} $$\n",
        "|3q - 1| = 1 - 3q",
        "|3q - 1| = 3q - 1",
    ),
]


@pytest.mark.parametrize("body, right, wrong", _SPACES)
def test_a_stated_parameter_space_bounds_the_counterexamples(tmp_path, body, right, wrong):
    assert verdict_of_row(tmp_path, body.replace("{row}", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("{row}", wrong), wrong) != "proved"
