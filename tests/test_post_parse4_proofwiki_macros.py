"""ProofWiki's macros read as its MathJax defines them.

ProofWiki pages use macros of their own without a ``\\newcommand``: ``\\map f x`` is
f(x), ``\\paren {a + b}`` is (a + b), ``\\sqbrk`` a square bracket, ``\\ds`` is
``\\displaystyle`` and ``\\d`` the upright d of a derivative or a differential. Each was
an "unsupported command" and the row went unread (held-out batch 15, proofwiki geometric
mgf). A post that defines one of these names itself keeps its own meaning (its macros
are expanded first). A wrong step stays unproved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

_POST = r"""---
title: t
---

Let $0 < p < 1$ and $t < -\ln p$. The moment generating function is

$$\map {M_X} t = \dfrac {1 - p} {1 - p \, e^t}$$

and so

$$\map {\frac \d {\d t} } {\dfrac {1 - p} {1 - p e^t} } = {last}$$
"""


def _rows(tmp_path, last: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text(_POST.replace("{last}", last).replace("{{", "{").replace("}}", "}"))
    return {r.line: r for r in check_post(post, jobs=1).rows}


@pytest.mark.parametrize(
    ("last", "proved"),
    [
        (r"\dfrac {\paren {1 - p} p e^t} {\paren {1 - p e^t}^2}", True),
        (r"\dfrac {\paren {1 - p} e^t} {\paren {1 - p e^t}^2}", False),  # the p lost
        (r"\dfrac {\sqbrk {1 - p} p e^t} {\paren {1 - p e^t}^2}", True),
    ],
)
def test_the_derivative_is_read_and_only_the_right_one_proved(tmp_path, last, proved):
    rows = _rows(tmp_path, last)
    assert rows[11].verdict != "unparsed", rows[11].reason
    assert (rows[11].verdict == "proved") is proved, rows[11].reason


def test_a_post_that_defines_the_name_keeps_its_meaning(tmp_path):
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\n$$\\newcommand{\\paren}[1]{2 #1}$$\n\n$$\\paren{x} + x = 3 x$$\n",
        encoding="utf-8",
    )
    rows = {r.line: r for r in check_post(post, jobs=1).rows}
    assert rows[7].verdict == "proved", rows[7].reason
