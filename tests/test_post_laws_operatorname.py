"""``\\operatorname{Be}(p)`` names the Bernoulli law as ``\\mathrm{Be}(p)`` does.

It was "unknown operator \\operatorname{Be}" (held-out external4 newbedev Bernoulli Fisher
information), so the answer's ``Pr(X = 1)`` and ``E`` rows had no value. With the law
read, a comparison by linearity whose written side brings in a name without a value
(``p_X(0)``, read as a product) must not refute the correct row: it holds for a suitable
value of that name. A lower-case operator word the reader does not know stays unread.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\nLet $X \\sim \\operatorname{Be}(p)$.\n\n"


def _rows(tmp_path, *rows: str):
    post = tmp_path / "post.md"
    post.write_text(HEAD + "\n\n".join(f"$${r}$$" for r in rows) + "\n", encoding="utf-8")
    return check_post(post, jobs=1).rows


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("E(X) = p", "proved"),
        ("E(X) = 2p", "refuted"),
        ("E(X^2) = p", "proved"),
        ("E(X^2) = p^2", "refuted"),
    ],
)
def test_the_law_is_read(tmp_path, row, verdict):
    (got,) = _rows(tmp_path, row)
    assert got.verdict == verdict, got.reason


def test_a_name_without_a_value_on_the_written_side_is_no_refutation(tmp_path):
    (got,) = _rows(tmp_path, "E(X^2) = 0^2 \\cdot p_X(0) + 1^2 \\cdot p_X(1)")
    assert got.verdict not in ("refuted", "proved"), got.reason


def test_an_unknown_lower_case_operator_stays_unread(tmp_path):
    (got,) = _rows(tmp_path, "\\operatorname{softmax}(x) = 1")
    assert got.verdict == "unparsed", got.reason
