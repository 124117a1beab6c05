"""Held-out batch 13's refuted correct rows, reduced in repro12 (tests/posts/incoming/repro12/
README.md): each cause again on a variant of our own (other letters, other numbers).

That no correct row of a reproducer is refuted is checked with every held-out post in
tests/test_corpus.py (check_held_out_shard)."""

from __future__ import annotations

from _post_rows import verdict_of_row

_TWO_PARTS = r"""(a)

$$\frac{\partial \ln L(\theta)}{\partial \theta}=\frac{5}{\theta}-3$$

(b)

$$\ln L(\theta)=-2\theta+4 \ln (1-e^{-\theta})$$

$$\frac{\partial \ln L(\theta)}{\partial \theta}=RHS$$
"""


def test_a_derivative_written_before_its_quantity_had_a_value_is_not_kept(tmp_path):
    right = r"-2 + \frac{4 e^{-\theta}}{1-e^{-\theta}}"
    wrong = r"\frac{5}{\theta}-3"
    assert verdict_of_row(tmp_path, _TWO_PARTS.replace("RHS", right), "=" + right) != "refuted"
    assert verdict_of_row(tmp_path, _TWO_PARTS.replace("RHS", wrong), "=" + wrong) != "proved"


_PRIOR = (
    "$$\\tau \\sim N(a, s^2/K)$$\n\n"
    "$$\\pi(\\tau) \\propto \\exp\\{-\\frac{K}{2 s^2}(\\tau - a)^2\\} "
    "\\propto \\exp\\{-\\frac{RHS}{2 s^2}\\}$$\n"
)


def test_a_proportional_row_drops_factors_free_of_its_heads_argument_only(tmp_path):
    right, wrong = r"K \tau^2 - 2 K a \tau", r"K \tau^2 - K a \tau"
    assert verdict_of_row(tmp_path, _PRIOR.replace("RHS", right), right) != "refuted"
    assert verdict_of_row(tmp_path, _PRIOR.replace("RHS", wrong), wrong) != "proved"


_HEAD = r"""$$\ln L(\theta)=-9\theta+3 \ln (1-e^{-\theta})$$

$$\frac{\partial \ln L(\theta)}{\partial \theta}=-9 +\frac{3 e^{-\theta}}{1-e^{-\theta}}$$

$$9=\frac{3e^{-\hat{\theta}}}{1-e^{-\hat{\theta}}}=RHS$$
"""


def test_links_after_an_equation_that_fixes_the_estimate_are_not_identities(tmp_path):
    right, wrong = r"12e^{-\hat{\theta}}", r"10e^{-\hat{\theta}}"
    assert verdict_of_row(tmp_path, _HEAD.replace("RHS", right), right) != "refuted"
    assert verdict_of_row(tmp_path, _HEAD.replace("RHS", wrong), wrong) != "proved"


def test_a_count_the_post_writes_as_a_formula_is_not_the_sample_size():
    from derivations.post._counts import sample_count

    rows = r"\frac{N!}{\prod_j y_j!} \prod_j p_j^{y_j}"
    assert sample_count(rows, {"y": "j"}, {}) == ("j", "N")
    assert sample_count(rows, {"y": "j"}, {}, said=r"with $N=\sum_j y_j$ the total") is None
