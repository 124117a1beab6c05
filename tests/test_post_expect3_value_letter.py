"""Inside ``E[...]`` the lower-case letter of a declared variable is that variable, even
when the post applies a function to it.

"$X \\sim \\mathcal{N}(\\mu, \\sigma^2)$", then ``h(X) = -E[\\ln p(x)]`` and the density put in
for ``p``, then the expectation split by linearity (The Book of Statistical Proofs, the
differential entropy of the normal): ``p(x)`` made ``x`` one of the post's parameters (an
argument of a function), and a parameter was never read as the variable, so every row
was "unrelated" (E has no value). ``x`` is the value of the declared ``X`` wherever the
expectation holds ``x`` and not ``X``; a slip in a coefficient must then not be proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""---
title: t
---

Let $X$ be a random variable with $X \sim {law}$.

\[ \mathrm{{h}}(X) = - \mathrm{{E}}\left[ \ln p(x) \right] \]

With the density of $X$:

\[ \begin{{split}} \mathrm{{h}}(X) &= - \mathrm{{E}}\left[ \ln \left( {density} \right) \right] \\
&= {split} \\
&= {value} \end{{split}} \]
"""
NORMAL = {
    "law": r"\mathcal{N}(\mu, \sigma^2)",
    "density": r"\frac{1}{\sqrt{2 \pi} \sigma} \exp \left[ -\frac{(x-\mu)^2}{2 \sigma^2} \right]",
    "split": (
        r"\frac{1}{2} \ln(2 \pi \sigma^2) + \frac{1}{2 \sigma^2} \mathrm{E}\left[ (x-\mu)^2 \right]"
    ),
    "value": r"\frac{1}{2} \ln(2 \pi \sigma^2) + \frac{1}{2}",
}
EXPONENTIAL = {
    "law": r"\mathrm{Exp}(1)",
    "density": r"e^{-x}",
    "split": r"\mathrm{E}\left[ x \right]",
    "value": "1",
}


def _rows(tmp_path, case):
    post = tmp_path / "post.md"
    post.write_text(POST.format(**case), encoding="utf-8")
    return {r.line: r for r in check_post(str(post), jobs=1).rows}


@pytest.mark.parametrize("case", [NORMAL, EXPONENTIAL])
def test_each_step_is_proved(tmp_path, case):
    rows = _rows(tmp_path, case)
    for line in (11, 12, 13):
        assert rows[line].verdict == "proved", (line, rows[line].reason)


@pytest.mark.parametrize(
    ("case", "key", "wrong"),
    [
        (NORMAL, "split", NORMAL["split"].replace(r"\frac{1}{2 \sigma^2}", r"\frac{1}{\sigma^2}")),
        (NORMAL, "value", r"\frac{1}{2} \ln(2 \pi \sigma^2) + 1"),
        (EXPONENTIAL, "value", "2"),
    ],
)
def test_a_slip_is_not_proved(tmp_path, case, key, wrong):
    rows = _rows(tmp_path, {**case, key: wrong})
    line = 12 if key == "split" else 13
    assert rows[line].verdict == "refuted", rows[line].reason


def test_a_letter_the_post_writes_no_density_at_stays_a_constant(tmp_path):
    """``g(x) = E[x^2] = x^2`` for a fixed ``x`` beside a declared ``X``: ``x`` is an argument
    of ``g`` only, not a value the post writes a density at, so it is not read as ``X``
    (``E[X^2] = 1`` would refute the row)."""
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\nLet $X \\sim \\mathrm{Exp}(1)$ and fix $x > 0$.\n\n"
        "$$g(x) = \\mathrm{E}\\left[ x^2 \\right] = x^2$$\n",
        encoding="utf-8",
    )
    row = [r for r in check_post(str(post), jobs=1).rows if r.line == 7][-1]
    assert row.verdict != "refuted", row.reason
