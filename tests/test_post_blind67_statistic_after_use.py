"""A name given a sample's value only after rows that already used it (held-out batch 57).

A course page (external57, jufinance) derives the mean and variance of a geometric X
(failures before the first success) and, further down, starts a negative binomial section
with "the total failures before the r-th success is X = sum_{i=1}^r G_i". The reader took
that sentence as the value of a statistic X for the whole post (``._samples.statistics``)
and worked out the geometric section's ``E[X] = q/p`` and ``Var(X) = q/p^2`` as moments
of a sum of r geometric variables: seven correct rows refuted on first contact.

A statistic is the value of a name from the row that defines it on. A name used in rows of
earlier blocks meant something there that the later definition need not describe (another
variable of the same letter), so, as a name defined twice, it gets no statistic at all.

Properties: no row is refuted; the rows before the late definition read the same with and
without the section that defines it; a statistic defined before the rows that use it, or in
the same block as its first use, still puts its value in (the older tests of ._samples).
"""

from __future__ import annotations

from derivations.post import check_post

FIRST = (
    "Let \\(X\\) count the failures before the first success, with success probability "
    "\\(p\\) on each trial. Let \\(q=1-p\\).\n\n"
    "\\(\\displaystyle E[X]= p\\cdot \\frac{q}{(1-q)^2}= p\\cdot \\frac{q}{p^2}=\\frac{q}{p}.\\)\n"
    "\\(Var(X)=\\dfrac{q(1+q)}{p^{2}} - \\left(\\dfrac{q}{p}\\right)^{2} = \\dfrac{q}{p^{2}}.\\)\n\n"
)
LATER = (
    "Sums of geometric variables.\n"
    "Let \\(G_i\\stackrel{iid}{\\sim}\\text{Geometric}(p)\\), so \\(E[G_i]=\\frac{1-p}{p}\\).\n"
    "The failures before the \\(r\\)-th success are \\(X=\\sum_{i=1}^r G_i\\).\n"
)


def _verdicts(tmp_path, text: str, name: str) -> dict[int, str]:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(p, jobs=1).rows}


def test_a_later_statistic_does_not_refute_the_rows_before_it(tmp_path):
    both = _verdicts(tmp_path, FIRST + LATER, "both.md")
    assert "refuted" not in both.values(), both


def test_the_rows_before_read_as_without_the_later_section(tmp_path):
    both = _verdicts(tmp_path, FIRST + LATER, "both.md")
    alone = _verdicts(tmp_path, FIRST, "alone.md")
    assert {k: v for k, v in both.items() if k in alone} == alone


def test_a_statistic_defined_first_is_still_put_in(tmp_path):
    text = (
        "Let \\(X_1,\\ldots,X_n\\) be i.i.d. with \\(X_i \\sim N(\\mu, \\sigma^2)\\), and let "
        "\\(\\bar X = \\frac{1}{n}\\sum_{i=1}^n X_i\\).\n\n"
        "$$E[\\bar X] = \\frac{1}{n}\\sum_{i=1}^n E[X_i] = \\mu$$\n"
    )
    got = _verdicts(tmp_path, text, "first.md")
    assert got.get(3) == "proved", got
