"""The Fisher information of the count the words name (adversarial39, 79).

On 4ae2e340, "The Fisher information of the whole sample is $$I(\\lambda) = \\frac{1}{\\lambda}$$"
under "$X_1, \\dots, X_n$ iid Poisson($\\lambda$)" was proved: laws28 weighs a written
information against the law's per observation and for n observations alike, whatever the
prose says it is.

Properties: where the sentence before the row (or the name, ``I_n``, ``I_1``) says which count
is meant, a value equal only to the other count's information is not proved (and not
refuted: the words may be loose); the count named proves as before; a value equal to none is
refuted as before; without such words both counts prove.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._law_fisher import count_named

_LAW = r"Let $X_1, \dots, X_n$ be iid $\mathrm{Poisson}(\lambda)$. "


@pytest.mark.parametrize(
    ("words", "count"),
    [
        ("The Fisher information of the whole sample is", "n"),
        ("The Fisher information of the sample is", "n"),
        ("The Fisher information in all $n$ observations is", "n"),
        ("The Fisher information of one observation is", "one"),
        ("The Fisher information of a single observation is", "one"),
        ("The Fisher information per observation is", "one"),
        ("The per-observation Fisher information is", "one"),
        # probes 93-96
        ("The Fisher information contained in the sample $X_1, \\dots, X_n$ is", "n"),
        ("The Fisher information in $n$ i.i.d. observations is", "n"),
        ("The total Fisher information is", "n"),
        ("The Fisher information of $X_1$ alone is", "one"),
        # words of both counts: neither proves
        (r"The Fisher information of one observation is $1/\lambda$; of the sample,", "both"),
        ("The Fisher information of the whole sample is $n$ times one observation's:", "both"),
        ("The Fisher information is", None),
    ],
)
def test_the_count_named(tmp_path, words, count):
    assert count_named(words) == count

    def row(value: str) -> str:
        body = f"\n{_LAW}{words}\n\n$$I(\\lambda) = {value}$$\n"
        return verdict_of_row(tmp_path, body, "I(")

    one, many = row(r"\frac{1}{\lambda}"), row(r"\frac{n}{\lambda}")
    wrong = row(r"\frac{1}{\lambda^2}")
    assert wrong == "refuted"
    assert (one == "proved") == (count in ("one", None))
    assert (many == "proved") == (count in ("n", None))
    assert "refuted" not in (one, many)


def test_the_name_says_the_count(tmp_path):
    body = f"\n{_LAW}The Fisher information is\n\n$$I_n(\\lambda) = \\frac{{1}}{{\\lambda}}$$\n"
    assert verdict_of_row(tmp_path, body, "I_n") != "proved"
