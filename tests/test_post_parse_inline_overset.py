"""A formula whose only relation sign is written over a label (``w \\overset{\\text{def}}{=}
w - \\alpha g``, ``\\stackrel{!}{=}``, ``\\overset{\\underset{\\mathrm{def}}{}}{=}``) is a claim
or a definition like one with a plain ``=``: alone on a bulleted line it is a row (held-out
"no row" lines of a README listing gradient-descent updates)."""

from __future__ import annotations

import pytest

from derivations.post._extract import extract, split_front_matter


def _row_lines(body: str) -> set[int]:
    text = "---\ntitle: t\n---\n" + body
    rows, _ = extract(split_front_matter(text)[1])
    return {r.line for r in rows if r.role == "row"}


@pytest.mark.parametrize(
    "sign",
    [
        r"\overset{\underset{\mathrm{def}}{}}{=}",
        r"\overset{\text{def}}{=}",
        r"\stackrel{\mathrm{def}}{=}",
        r"\overset{!}{=}",
    ],
)
def test_a_labelled_equals_sign_alone_on_a_bullet_is_a_row(sign):
    body = (
        "The cost is\n\n$$J(w) = \\frac{1}{2}w^2$$\n\n"
        f"- $$w{sign} w-\\alpha\\frac{{\\partial J(w)}}{{\\partial w}}$$\n"
    )
    assert 8 in _row_lines(body)


def test_a_label_over_another_sign_is_no_claim():
    body = "The cost is\n\n$$J(w) = \\frac{1}{2}w^2$$\n\n- $$w \\overset{\\text{def}}{x} v$$\n"
    assert 8 not in _row_lines(body)
