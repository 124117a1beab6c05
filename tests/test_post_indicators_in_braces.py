"""The indicator of an order event written in set braces: ``\\mathbf{1}\\{\\theta \\ge x_{(n)}\\}``.

The uniform likelihood ``\\theta^{-n}\\mathbf{1}\\{\\theta \\ge x_{(n)}\\}`` was unparsed ("relation
sign \\ge inside an expression"): an order event was read inside round or square brackets
only. It is the indicator of the event, an unknown function of it as before; an equation
``1\\{y = 0\\}`` was read already. A chain of two signs is the product of the indicators of
its two relations (parse62, ``test_post_chained_indicator_events``).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


@pytest.mark.parametrize(
    "right, verdict",
    [
        (r"\frac{\mathbf{1}\{\theta \ge m\}}{\theta^n}", "proved"),
        # (an indicator is an unknown function of its event: a wrong row is never proved,
        # and not refuted either, as with round brackets)
        (r"\theta^{n}\mathbf{1}\{\theta \ge m\}", "unchecked"),
        (r"\theta^{-n}\,1\{\theta \ge m\}", "proved"),
    ],
)
def test_an_indicator_in_braces_is_read(tmp_path, right, verdict):
    row = _rows(
        tmp_path, f"# U\n\n$$\\theta^{{-n}}\\mathbb{{1}}\\{{\\theta \\ge m\\}} = {right}$$\n"
    )[0]
    assert row.verdict == verdict, row.reason


def test_a_chain_of_two_signs_in_braces_reads_as_both_events(tmp_path):
    # parse62: the chain is both relations, the product of their indicators; a row that
    # writes that product is proved equal to it, one that drops a relation is not
    chain = "\\mathbf{1}\\{0 \\le x \\le \\theta\\}"
    both = "\\mathbb{1}(0 \\le x)\\,\\mathbb{1}(x \\le \\theta)"
    row = _rows(tmp_path, f"# U\n\n$${chain} = {both}$$\n")[0]
    assert row.verdict == "proved", row.reason
    row = _rows(tmp_path, f"# U\n\n$${chain} = \\mathbb{{1}}(x \\le \\theta)$$\n")[0]
    assert row.verdict not in ("proved", "unparsed"), row.reason
