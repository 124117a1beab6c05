"""A sentence that gives a squared name its value defines the name (issue 12; adversarial10
pair 23).

"The pooled variance is $s^2_{\\text{pooled}} = \\frac{(n_1 - 1)s_1^2 + (n_2 - 1)s_2^2}{n_1 +
n_2 - 2}$, with $n_1, n_2 \\ge 2$" gives ``s_pooled^2`` a value, as the display row
``s_N^2 = R`` does: a later row that uses it is read with that value. Read as no definition,
the correct row after it was refuted (the name was any number).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import verdict_of_row

from derivations.post import check_post

POOLED = (
    "The pooled variance of two samples is $s^2_{\\text{pooled}} = \\frac{(n_1 - 1)s_1^2 + "
    "(n_2 - 1)s_2^2}{n_1 + n_2 - 2}$, with $n_1, n_2 \\ge 2$. Hence\n\n"
    "$$s^2_{\\text{pooled}}(n_1 + n_2 - 2) = (n_1 - 1)s_1^2 + (n_2 - 1)s_2^2$$\n"
)
PLAIN = (
    "Let $v^2 = \\frac{a + b}{2}$ be the mean of the two. Then\n\n$$2 v^2 - a = b$$\n\n"
    "and its root is\n\n$$v = \\sqrt{\\frac{a + b}{2}}$$\n"
)


@pytest.mark.parametrize("body, row", [(POOLED, "s^2_{\\text{pooled}}(n_1"), (PLAIN, "2 v^2 - a")])
def test_a_row_using_a_squared_name_defined_in_a_sentence_is_proved(tmp_path, body, row):
    assert verdict_of_row(tmp_path, body, row) == "proved"


def test_the_name_itself_is_its_square_root(tmp_path: Path):
    assert verdict_of_row(tmp_path, PLAIN, "v = \\sqrt") == "proved"


@pytest.mark.parametrize(
    "body, old, new, verdicts",
    [
        (POOLED, "= (n_1 - 1)s_1^2 + (n_2 - 1)s_2^2$$", "= n_1 s_1^2 + n_2 s_2^2$$", {"refuted"}),
        (PLAIN, "2 v^2 - a = b", "2 v^2 - a = 2b", {"refuted", "unchecked"}),
        (PLAIN, "v = \\sqrt{\\frac{a + b}{2}}", "v = \\sqrt{a + b}", {"refuted"}),
    ],
)
def test_the_wrong_twin_is_never_proved(tmp_path: Path, body, old, new, verdicts):
    wrong = body.replace(old, new)
    assert wrong != body
    assert verdict_of_row(tmp_path, wrong, new.rstrip("$")) in verdicts


def test_a_squared_parameter_of_the_model_is_no_definition(tmp_path: Path):
    """``\\sigma^2 = ...`` in a sentence after the model names sigma^2 is an estimate or an
    equation in the parameter, never its definition: the derivative by sigma^2 stays one."""
    body = (
        "Let $x_i \\sim N(\\mu, \\sigma^2)$. The log-likelihood is\n\n"
        "$$\\ell = -\\frac{n}{2}\\log \\sigma^2 - \\frac{S}{2\\sigma^2}$$\n\n"
        "and my professor wrote $\\sigma^2 = \\frac{S}{n}$. Then\n\n"
        "$$\\frac{\\partial \\ell}{\\partial \\sigma^2} = -\\frac{n}{2\\sigma^2} + "
        "\\frac{S}{2\\sigma^4}$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    verdicts = {r.line: r.verdict for r in check_post(path, jobs=1).rows}
    assert "refuted" not in verdicts.values()
