"""A post with a section per law: an integral without limits runs over its section's range.

``## Exponential`` declares ``X \\sim \\mathrm{Exp}(\\lambda)``, ``## Normal`` declares
``X \\sim \\mathcal{N}(0, 1)``: the post gives x two ranges, and every integral without
limits over x went unread ("the post gives x two different ranges"; held-out posts that
work a list of laws one per section). The section a row sits in says which range it
means; a section that names no law of its own stays unread, as does the whole post's
conflict when the sections do not settle it. A wrong value is not proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_POST = r"""---
title: t
---

# Two laws

## Exponential

Let $X \sim \mathrm{Exp}(\lambda)$ with $\lambda > 0$.

$$\int \lambda e^{-\lambda x} \, dx = {exp}$$

## Normal

Let $X \sim \mathcal{N}(\mu, 1)$.

## Neither

$$\int x^2 e^{-x} \, dx = 2$$
"""


def _rows(tmp_path, value: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text(_POST.replace("{exp}", value), encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize(("value", "proved"), [("1", True), ("2", False)])
def test_the_integral_runs_over_its_sections_range(tmp_path, value, proved):
    row = _rows(tmp_path, value)[11]
    assert row.verdict != "unparsed", row.reason
    assert (row.verdict == "proved") is proved, row.reason


def test_a_section_without_a_law_stays_unread(tmp_path):
    row = _rows(tmp_path, "1")[19]
    assert row.verdict == "unparsed"
    assert "two different ranges" in row.reason
