"""Post-level cases: small Markdown posts checked with ``derivations.post.check_post``.

The row under test is the display row containing ``marker``. A result row
such as ``\\hat{\\mu} = \\frac{1}{N-1} \\sum x_n`` after a derivation that ends
in ``\\mu = \\frac{1}{N} \\sum x_n`` states the result of the rows above; it
must be checked against them, not taken as a definition. The twin states the
derived result.
"""

from __future__ import annotations

from ._support import PostCase


def post_pair(stem: str, why: str, false: tuple[str, str], true: tuple[str, str]) -> list[PostCase]:
    fid, tid = f"posts.{stem}.false", f"posts.{stem}.true"
    return [
        PostCase(fid, "false", tid, false[0], false[1], why=why),
        PostCase(tid, "true", fid, true[0], true[1], why=why),
    ]


CASES = [
    *post_pair(
        "mean-estimator",
        "the rows above derive mu = (1/N) sum x_n; a final 1/(N - 1) row contradicts them",
        ("mean-hat-n-minus-1.md", r"\hat{\mu} = \frac{1}{N-1}"),
        ("mean-hat-n.md", r"\hat{\mu} = \frac{1}{N}"),
    ),
    *post_pair(
        "variance-estimator",
        "the rows above derive sigma^2 = (1/N) sum (x_n - mu)^2, not 1/(N - 1)",
        ("variance-hat-n-minus-1.md", r"\hat{\sigma}^{2} = \frac{1}{N-1}"),
        ("variance-hat-n.md", r"\hat{\sigma}^{2} = \frac{1}{N}"),
    ),
    *post_pair(
        "exponential-rate-estimator",
        "the rows above derive lambda = N / sum x_n, not (N - 1) / sum x_n",
        ("exponential-hat-n-minus-1.md", r"\hat{\lambda} = \frac{N - 1}"),
        ("exponential-hat-n.md", r"\hat{\lambda} = \frac{N}"),
    ),
    *post_pair(
        "cancelling-a-factor",
        "mu sum x_n / mu is undefined at mu = 0 (mu is real); sigma^2 > 0 cancels",
        ("cancel-mu.md", r"\frac{\mu \sum"),
        ("cancel-sigma2.md", r"\frac{\sigma^{2} \sum"),
    ),
    *post_pair(
        "pole-at-N-4",
        "(N - 4)/(N - 4) is undefined at N = 4; N + 4 never vanishes",
        ("pole-at-n-4.md", r"\frac{(N - 4)"),
        ("pole-at-n-plus-4.md", r"\frac{(N + 4)"),
    ),
]
