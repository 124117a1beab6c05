"""A law stated with "has": "Now if $X$ has the Beta distribution with parameters $\\alpha,
\\beta$" (``derivations/post/_prose_laws.py``).

Authors state a variable's law as often with "has a ... distribution" as with "from" or
"follows"; the sentence was not read, so the moments of the law the post names had no
value (``E[X^2]`` of the beta law "given" or "unrelated"). Read as the other leads are: the
family by its word, the parameters in the formulas after "with parameter(s)".
"""

from __future__ import annotations

import pytest

from derivations.post import check_post
from derivations.post._prose_laws import stated_laws


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now if $X$ has the Beta distribution with parameters $\\alpha, \\beta$, then",
            [("X", "Beta", "", ("alpha", "beta"), False)],
        ),
        (
            "Suppose $N$ has a Poisson distribution with parameter $\\lambda$.",
            [("N", "Poisson", "", ("lambda",), False)],
        ),
        (
            "Assume $Y$ has an exponential distribution $\\mathrm{Exp}(\\theta)$.",
            [("Y", "Exp", "\\mathrm{Exp}", ("theta",), False)],
        ),
        # a moment or a density said with "has": no family named
        ("Suppose $X$ has mean $\\mu$ and $Y$ has variance $\\sigma^2$.", []),
        ("Suppose $X$ has density $f(x)$.", []),
        ("Suppose $X$ has the same distribution as $Y$.", []),
        # an altered law stays unread
        ("Suppose $X$ has a zero-truncated Poisson distribution with parameter $\\lambda$.", []),
    ],
)
def test_has_sentences_read(text, expected):
    assert list(stated_laws(text)) == expected


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_BETA = "Now if $X$ has the Beta distribution with parameters $\\alpha, \\beta$,\n\n"


def test_the_moment_of_a_law_stated_with_has_is_proved(tmp_path):
    row = "$$ E[X^2] = \\frac{\\alpha(\\alpha+1)}{(\\alpha+\\beta)(\\alpha+\\beta+1)} $$\n"
    rows = _verdicts(tmp_path, _BETA + row)
    assert rows[7][0] == "proved", rows


def test_a_wrong_moment_of_a_law_stated_with_has_is_not_proved(tmp_path):
    row = "$$ E[X^2] = \\frac{\\alpha(\\alpha+2)}{(\\alpha+\\beta)(\\alpha+\\beta+1)} $$\n"
    rows = _verdicts(tmp_path, _BETA + row)
    assert rows[7][0] not in ("proved", "given", "plausible"), rows
