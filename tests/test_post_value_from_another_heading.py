"""A function a sentence gives a value under one heading, used in a row under another.

Notes on several families give each its own ``A(\\eta)`` and ``B(y)`` in words ("the
log-partition is $A(\\eta) = e^\\eta$ and $B(y) = -\\log(y!)$"), and a later section writes
``B(y)`` for its own family's term. Put in with the other section's value, the later row was
refuted (held-out external16 felixclark line 264, at the evening merge of 2026-12-06). Such a
row may be proved through that value, never refuted by it.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

POST = r"""---
title: t
---
## Poisson

The log-partition is $A(\eta) = e^\eta$ and $B(y) = -\log(y!)$.

## Inverse Gaussian

$$\log f(y) = -\frac{y}{2} - \frac{1}{2} \log y^3$$

$$\log f(y) = -\frac{y}{2} + B(y)$$
"""


def test_a_value_given_in_words_under_another_heading_does_not_refute(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(POST, encoding="utf-8")
    got = first_verdicts(path)
    assert got[12] != "refuted", got


def test_under_the_same_heading_the_value_still_refutes(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("## Inverse Gaussian\n", ""), encoding="utf-8")
    got = first_verdicts(path)
    assert got[11] == "refuted", got
