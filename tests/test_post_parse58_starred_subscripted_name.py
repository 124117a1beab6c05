r"""``\alpha_i^*``: a star written after a name's subscript (PARSE58).

TeX sets ``x_i^*`` and ``x^*_i`` alike (the scripts stacked after the letter), and the reader
reads ``x^*_i`` as the starred name's element ``x^*[i]`` (PARSE15, READ8: a starred name is a
name of its own). ``x_i^*`` was refused ("a starred name (x^*) is not read": held-out jackknife
pseudo-values ``\alpha_i^*``, a Tobit latent ``y_{i}^{\ast}``). ``x_i*`` is ``x_i^*`` (PARSE11),
so it is read the same way.
Read as ``x^*_i``, the two spellings are one expression, never the plain ``x_i``; a star after
anything else (a bracket, a power, a subscript of more than one script, a label of several
letters ``\mu_{MLE}^*``, which is joined into one word only after the star) stays refused.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("after", "before"),
    [
        (r"x_i^* + 1", r"x^*_i + 1"),
        (r"\alpha_i^{*} - \alpha", r"\alpha^{*}_i - \alpha"),
        (r"y_{i}^{\ast }", r"y^{\ast}_{i}"),
        (r"x_i* + 1", r"x^*_i + 1"),
        (r"\frac{1}{N}\sum_{i=1}^N \alpha_i^*", r"\frac{1}{N}\sum_{i=1}^N \alpha^*_i"),
    ],
)
def test_the_star_after_the_subscript_is_the_starred_element(after, before):
    assert _read(after) == _read(before)


def test_it_is_not_the_plain_element():
    assert _read(r"x_i^* - x_i") != 0


@pytest.mark.parametrize("text", [r"(a+b)^*", r"\alpha^{*2}", r"x_{i_j}^*", r"\mu_{MLE}^{*}"])
def test_other_stars_stay_refused(text):
    with pytest.raises(Exception, match="starred|unexpected|not read"):
        _read(text)


def test_a_mean_of_starred_elements_is_a_definition_not_a_refutation(tmp_path):
    rows = display_rows(
        tmp_path,
        r"\bar{\alpha}^* = \frac{1}{N}\sum_{i=1}^N \alpha_i^*",
        r"\bar{\alpha}^* = \frac{1}{N}\sum_{i=1}^N \alpha^*_i",
    )
    assert rows[5].verdict != "unparsed", rows[5]
    assert not [r for r in rows.values() if r.verdict == "refuted"], rows
