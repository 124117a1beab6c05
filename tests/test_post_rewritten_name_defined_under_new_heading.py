"""A name a post rewrote under one heading and defines for another model under the next.

Held-out batch 35 (a quiz page, three parts "### Step 1/2/3: MLE for f(x; theta) = ...",
each writing its own L(theta) and l(theta)): a definition under a new heading was compared
with the old name's value when that value came from a row restating the old definition
(``L = prod ...`` then ``L = theta^{-2n} ...``), and refuted, although the same definition
straight after the old definition was left unchecked ("another value under another
heading"). The restatement is the old part's value as much as its definition is: the new
heading's own definition is not compared with either. Under one heading the comparison
stays, and so does the part's own chain after it.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: Part 1 defines L and restates it (REWRITE_1), part 2 defines its own L (NEW).
_POST = r"""## Part 1: the exponential density

$$L(\lambda) = \prod_{i=1}^n \lambda e^{-\lambda x_i}$$

REWRITE_1

## Part 2: the density $\lambda^2 x e^{-\lambda x}$

$$L(\lambda) = NEW$$
"""

_REWRITES = [
    r"$$L(\lambda) = \lambda^n e^{-\lambda \sum_{i=1}^n x_i}$$",
    r"$$L(\lambda) = \lambda^n \exp\left(-\lambda \sum_{i=1}^n x_i\right)$$",
    # two restatements, the second of the first
    r"$$L(\lambda) = \lambda^n e^{-\lambda \sum_{i=1}^n x_i}$$"
    "\n\n"
    r"$$L(\lambda) = \lambda^{n} e^{-n \lambda \bar{x}}$$",
]

_NEW = [
    r"\prod_{i=1}^n \lambda^2 x_i e^{-\lambda x_i}",
    r"\lambda^{2n} \left(\prod_{i=1}^n x_i\right) e^{-\lambda \sum_{i=1}^n x_i}",
    r"\prod_{i=1}^n \frac{\lambda^2}{2} x_i^2 e^{-\lambda x_i}",
    # a chain: the part's definition and its first rewrite on one row (quiz line 119)
    r"\prod_{i=1}^n \lambda^2 x_i e^{-\lambda x_i} = \lambda^{2n} \left(\prod_{i=1}^n x_i\right)"
    r" e^{-\lambda \sum_{i=1}^n x_i}",
]


@pytest.mark.parametrize("rewrite", _REWRITES)
@pytest.mark.parametrize("new", _NEW)
def test_a_new_headings_definition_is_not_compared_with_a_restated_value(tmp_path, rewrite, new):
    body = _POST.replace("REWRITE_1", rewrite).replace("NEW", new)
    if r"\bar{x}" in body:
        body = body.replace(
            "## Part 1", r"Let $\bar{x} = \frac{1}{n}\sum_{i=1}^n x_i$." "\n\n## Part 1"
        )
    verdict = verdict_of_row(tmp_path, body, new)
    assert verdict != "refuted", verdict
    assert verdict != "proved", verdict


@pytest.mark.parametrize("new", _NEW)
def test_without_the_restatement_the_definition_was_already_left_open(tmp_path, new):
    # the behaviour the restated case now shares
    body = _POST.replace("REWRITE_1", "").replace("NEW", new)
    assert verdict_of_row(tmp_path, body, new) not in ("refuted", "proved")


@pytest.mark.parametrize("new", _NEW)
def test_under_one_heading_a_different_value_is_still_refuted(tmp_path, new):
    # no new heading: the row restates part 1's L wrongly, and is refuted as before
    body = _POST.replace("REWRITE_1", _REWRITES[0]).replace("NEW", new)
    body = body.replace(r"## Part 2: the density $\lambda^2 x e^{-\lambda x}$", "Then")
    assert verdict_of_row(tmp_path, body, new) == "refuted"


def test_a_restatement_under_the_same_heading_is_still_proved(tmp_path):
    body = _POST.replace("REWRITE_1", _REWRITES[0]).replace("NEW", _NEW[0])
    # the row of part 1 itself, checked against part 1's definition
    assert verdict_of_row(tmp_path, body, r"\lambda^n e^{-\lambda \sum") == "proved"


def test_the_new_parts_wrong_restatement_is_not_proved(tmp_path):
    # after the new heading's L, a restatement of it with the wrong power is never proved
    body = _POST.replace("REWRITE_1", _REWRITES[0]).replace("NEW", _NEW[0])
    body += "\n" + r"$$L(\lambda) = \lambda^{3n} e^{-\lambda \sum_{i=1}^n x_i}$$" + "\n"
    assert verdict_of_row(tmp_path, body, r"\lambda^{3n}") != "proved"


#: Each part defines l as ln L by a chain and differentiates it (quiz lines 23-31, 73-83).
_LOG_POST = r"""## Part 1: the exponential density

$$L(\lambda) = \prod_{i=1}^n \lambda e^{-\lambda x_i}$$

$$\ell(\lambda) = \ln L(\lambda) = n \ln \lambda - \lambda \sum_{i=1}^n x_i$$

$$\frac{d\ell(\lambda)}{d\lambda} = \frac{n}{\lambda} - \sum_{i=1}^n x_i$$

## Part 2: the density $\lambda^2 x e^{-\lambda x}$

$$L(\lambda) = \prod_{i=1}^n \lambda^2 x_i e^{-\lambda x_i}$$

$$\ell(\lambda) = \ln L(\lambda) = 2n \ln\lambda + \sum_{i=1}^n \ln x_i - \lambda\sum_{i=1}^n x_i$$

$$\frac{d\ell(\lambda)}{d\lambda} = DERIVATIVE$$
"""


def test_the_new_parts_log_and_its_derivative_are_not_refuted_by_the_old_parts(tmp_path):
    body = _LOG_POST.replace("DERIVATIVE", r"\frac{2n}{\lambda} - \sum_{i=1}^n x_i")
    assert verdict_of_row(tmp_path, body, r"2n \ln\lambda") != "refuted"
    assert verdict_of_row(tmp_path, body, r"\frac{2n}{\lambda} -") != "refuted"


def test_the_old_parts_derivative_is_not_proved_under_the_new_heading(tmp_path):
    # part 1's derivative written again under part 2 is part 2's slip: never proved
    body = _LOG_POST.replace("DERIVATIVE", r"\frac{n}{\lambda} - \sum_{i=1}^n x_i")
    line = r"$$\frac{d\ell(\lambda)}{d\lambda} = \frac{n}{\lambda} - \sum_{i=1}^n x_i$$"
    assert body.count(line) == 2
    assert verdict_of_row(tmp_path, body, line) != "proved"
