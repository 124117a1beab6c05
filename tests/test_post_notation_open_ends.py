"""A chain of equalities split over displays: a row that ends with '=' continued by a
row that starts with '=' (a Fisher-information answer writes ``I_X(p) = -E_p(...) =``,
then ``= -E_p(...) = ... =``, then ``= \\frac{1}{p(1-p)}``, each in its own ``$$``).

The trailing '=' only says the chain goes on; the next row's leading '=' continues it
(as ``&= ...`` does inside one ``align``). Both rows were unparsed ("a side of a
relation is empty").
"""

from __future__ import annotations

from pathlib import Path

from derivations.post._extract import extract_rows
from tests._post_rows import rows_of

REPRO4 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro4"

SPLIT = r"""$$a = (x+1)^2 =$$
$$= x^2 + 2x + 1 =$$

$$= x(x+2) + 1$$
"""


def test_a_trailing_equals_before_a_leading_one_is_dropped():
    texts = [r.text.strip() for r in extract_rows(SPLIT)]
    assert texts == ["a = (x+1)^2", "= x^2 + 2x + 1", "= x(x+2) + 1"], texts


def test_a_trailing_equals_with_nothing_after_it_is_kept():
    # no continuation follows: the row says something is missing, and stays unparsed
    texts = [r.text.strip() for r in extract_rows("$$a = (x+1)^2 =$$\n\nSo $b$ is.\n")]
    assert texts[0].endswith("="), texts


def test_the_split_chain_is_checked_link_by_link(tmp_path):
    post = tmp_path / "split.md"
    post.write_text(SPLIT, encoding="utf-8")
    rows = rows_of(post)
    assert [r.verdict for r in rows.values()][1:] == ["proved", "proved"], {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_the_split_chain_repro_is_read():
    rows = rows_of(REPRO4 / "chain-split-across-displays-unparsed.md")
    assert "unparsed" not in [r.verdict for r in rows.values()], {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }
    assert "refuted" not in [r.verdict for r in rows.values()]


# A notebook (held-out batch 37, the logistic notebook's line 39) ends a display with '='
# and writes the other side alone in the next display, with no sign of its own.
SPLIT_BARE = r"""$$a = (x+1)^2 =$$
$$x^2 + 2x + 1$$
"""


def test_a_trailing_equals_before_a_display_with_no_relation_is_dropped():
    texts = [r.text.strip() for r in extract_rows(SPLIT_BARE)]
    assert texts == ["a = (x+1)^2", "x^2 + 2x + 1"], texts


def test_the_display_after_it_continues_the_chain(tmp_path):
    post = tmp_path / "split.md"
    post.write_text(SPLIT_BARE, encoding="utf-8")
    rows = rows_of(post)
    assert [r.verdict for r in rows.values()] == ["given", "proved"], {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_a_wrong_continuation_after_a_trailing_equals_is_not_proved(tmp_path):
    post = tmp_path / "split.md"
    post.write_text(SPLIT_BARE.replace("2x + 1", "2x + 2"), encoding="utf-8")
    rows = rows_of(post)
    assert list(rows.values())[1].verdict != "proved", {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_a_trailing_equals_before_prose_or_a_row_with_its_own_relation_is_kept():
    for text in (
        "$$a = (x+1)^2 =$$\n\nSo we get\n\n$$x^2 + 2x + 1$$\n",
        "$$a = (x+1)^2 =$$\n$$b = x^2 + 2x + 1$$\n",
        "$$a = (x+1)^2 =$$\n$$x^2 + 2x + 1 \\le 2$$\n",
    ):
        texts = [r.text.strip() for r in extract_rows(text)]
        assert texts[0].endswith("="), (text, texts)


def test_signs_inside_scripts_and_brackets_are_not_the_rows_own():
    text = "$$J = \\log \\prod_{i=1}^n p_i =$$\n$$\\sum_{i=1}^n \\log P(X = x_i)$$\n"
    texts = [r.text.strip() for r in extract_rows(text)]
    assert not texts[0].endswith("="), texts
