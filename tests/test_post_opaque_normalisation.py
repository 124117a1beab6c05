"""OPAQUE8: a density the post states a law for integrates to 1 over the line.

``\\int_{-\\infty}^{\\infty} P(x) dx = 1`` when the post writes ``P(x) \\sim ...`` (borispolonsky's
KL notebook). Wrong twins: the same integral over half the line, of ``P(x)^2``, of a prior
``\\pi`` (which may be improper), or of a ``P`` the post states no law for: none is proved,
none refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

LAW = r"Let $P(x) \sim \mathcal{N}(\mu, \sigma^2)$ be the density of the data."


def verdict(tmp_path: Path, prose: str, first: str, second: str) -> str:
    text = (
        f"---\ntitle: t\n---\n{prose}\n\n$$\n\\begin{{aligned}}\n"
        f"\\ell(\\theta) &= {first} \\\\\n&= {second}\n\\end{{aligned}}\n$$\n"
    )
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1].verdict


def test_a_stated_density_integrates_to_one(tmp_path: Path) -> None:
    first = r"a \int_{-\infty}^{\infty} P(x) \, dx + \log P(y)"
    assert verdict(tmp_path, LAW, first, r"a + \log P(y)") == "proved"


@pytest.mark.parametrize(
    ("prose", "first"),
    [
        (LAW, r"a \int_{0}^{\infty} P(x) \, dx + \log P(y)"),
        (LAW, r"a \int_{-\infty}^{\infty} P(x)^2 \, dx + \log P(y)"),
        (
            r"Let $\pi(x) \sim \mathcal{N}(\mu, \sigma^2)$ be the prior.",
            r"a \int_{-\infty}^{\infty} \pi(x) \, dx + \log \pi(y)",
        ),
        (
            "Let $P$ be the likelihood.",
            r"a \int_{-\infty}^{\infty} P(x) \, dx + \log P(y)",
        ),
    ],
)
def test_no_normalisation_without_a_stated_law_over_the_line(
    tmp_path: Path, prose: str, first: str
) -> None:
    second = r"a + \log \pi(y)" if r"\pi" in first else r"a + \log P(y)"
    assert verdict(tmp_path, prose, first, second) not in ("proved", "refuted")
