"""A named quantity restated by an expectation: ``I_X(p) = E_p[...]`` (hook in ``_build``).

``I_X(p)`` defined by expectations, then restated with the density put in
(``E_p[(\\partial_p \\log(p^X (1-p)^{1-X}))^2]``): the row is compared with the definition
by linearity, the declared law giving the moments. The value last written may be a wrong
result of the post (the asker's ``1/(p(p-1))``), and the letter may name another quantity,
so a difference leaves the row open; it is never refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

POSTS = Path(__file__).parent / "posts" / "incoming"

POST = """Let $X \\sim \\operatorname{Be}(p)$.

$$ I_X(p) = E_p\\left[\\frac{X^2}{p^2}\\right] - 2E_p\\left[\\frac{X - X^2}{p(1-p)}\\right]
+ E_p\\left[\\frac{X^2 - 2X + 1}{(1-p)^2}\\right] $$

$$ I_X(p) = \\frac{p}{p^2} - 0 + \\frac{1 - p}{(1-p)^2} = \\frac{1}{p(p-1)} $$

Actually

$$ I_X(p) = E_p\\left[\\left(\\frac{d}{dp}\\log\\left(p^X(1-p)^{1-X}\\right)\\right)^2\\right] $$
"""


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return check_post(path, jobs=1).rows


def test_a_restatement_by_expectation_is_compared_with_the_definition(tmp_path):
    rows = _rows(tmp_path, POST)
    assert rows[-1].verdict == "proved", rows[-1].reason
    assert any(r.verdict == "refuted" for r in rows[:-1])  # the asker's 1/(p(p-1))


@pytest.mark.parametrize(
    "wrong",
    [
        "I_X(p) = E_p\\left[\\frac{X}{p^2}\\right]",
        "I_X(p) = E_p\\left[\\left(\\frac{d}{dp}\\log\\left(p^X\\right)\\right)^2\\right]",
    ],
)
def test_a_wrong_restatement_is_not_proved_nor_refuted(tmp_path, wrong):
    text = POST.rsplit("$$ I_X", 1)[0] + f"$$ {wrong} $$\n"
    rows = _rows(tmp_path, text)
    assert rows[-1].verdict not in ("proved", "refuted"), rows[-1].reason


def test_a_quantity_named_like_an_index_breaks_nothing():
    # i(theta), the information, and i, the index of the sum in j(theta): the definition
    # of i resolved for the restatement i_y(theta) = -E[...] had a value put in for the
    # index; the row must stay without a verdict, not fail to be read
    post = POSTS / "external6" / "techqa-exponential-scale-observed-information.md"
    (row,) = [r for r in check_post(post, jobs=1).rows if r.line == 45 and "E" in r.text]
    assert "could not relate" not in row.reason, row.reason
    assert row.verdict != "refuted", row.reason
