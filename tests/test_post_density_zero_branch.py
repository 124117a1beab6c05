"""A density written over two rows, its zero branch in the second (held-out batch 15,
rpubs inverse transform, line 15; reproducer repro14/density-without-rate-...).

``f(x) = e^{-\\lambda x}, x \\geq 0`` then ``f(x) = 0, x < 0``: the second row says where the
density vanishes. Read as a second support of x, it contradicted the first, and the density
went unweighed: the missing rate lambda (mass 1/lambda) was "given". The zero branch is no
support statement now; the correct density is still never refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = (
    "We know the density of our target distribution:\n\n"
    "\\[ f(x) = {value}, x \\geq 0 \\]\n\nand\n\n\\[ f(x) = 0, x < 0 \\]\n"
)


@pytest.mark.parametrize(
    ("value", "expect"), [(r"e^{-\lambda x}", "refuted"), (r"\lambda e^{-\lambda x}", "given")]
)
def test_the_density_row_is_weighed(tmp_path, value, expect):
    post = tmp_path / "post.md"
    post.write_text(POST.replace("{value}", value), encoding="utf-8")
    first = check_post(post, jobs=1).rows[0]
    assert first.verdict == expect, (first.verdict, first.reason)
