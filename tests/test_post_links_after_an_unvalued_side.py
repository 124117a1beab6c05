"""The links of a chain after a side with no value are claims of their own.

``\\operatorname{Var}(\\hat\\lambda) \\ge \\frac{1}{n I(\\lambda)} = \\frac{\\lambda}{n}``: Var has
no value the engine can compare, and the whole row was "unrelated", so a wrong last link
(``= \\frac{1}{n\\lambda}``) was never looked at. Each link after it is now checked from the
side it starts at, as ``a = b = c`` checks ``b = c``; the row's verdict is still no better
than its first link's.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# Cramer-Rao

$$I(\lambda) = \frac{1}{\lambda}$$

$$\operatorname{Var}(\hat\lambda) \ge \frac{1}{n I(\lambda)} = LAST$$
"""


def _row(tmp_path, last):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("LAST", last), encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


def test_a_wrong_link_after_an_unvalued_side_is_refuted(tmp_path):
    row = _row(tmp_path, r"\frac{1}{n\lambda}")
    assert row.verdict == "refuted", row.reason


@pytest.mark.parametrize("last", [r"\frac{\lambda}{n}", r"\lambda / n"])
def test_a_right_link_after_an_unvalued_side_is_never_refuted(tmp_path, last):
    row = _row(tmp_path, last)
    assert row.verdict not in ("refuted", "proved"), row.reason
    assert any(link["verdict"] == "proved" for link in row.links), row.links
