"""A law declared at the end of the sentence right before a formula in its letter,
"For $X\\sim \\operatorname{Gamma}(\\alpha,\\lambda)$," then ``f(x) = \\frac{\\lambda^\\alpha}
{\\Gamma(\\alpha)} x^{\\alpha-1} e^{-\\lambda x}``: the formula is ``X``'s density, and says
which convention (rate or scale) the declaration uses (moments65).

Held-out external54 (lalyuns, lines 21-48): the sentence names no density, so ``f(x)`` was
any function of the post, the gamma's convention stayed open and ``E(X)``, ``E(X^2)`` and ``Var(X)``
had no value ("a moment the reader cannot work out"). Failed at 4926d99e. (The post's own
rows, ``E(1/X) = \\lambda/(\\alpha - 1)`` "for $\\alpha > 1$", stay open: the bound is said
only in a sentence, and the reader does not use it to show the moment finite.)

Properties: the convention the formula writes decides (rate: ``E[X] = \\alpha/\\lambda``;
scale: ``E[X] = \\alpha\\lambda``), wrong moments are refuted and never proved; a formula in
another letter, or a declaration that does not end the sentence before the formula, decides
nothing (the moments stay open); the formula row itself is not checked as a density
because of this reading (a function ``f`` that is no density is not refuted).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

RATE = "f(x)=\\frac{\\lambda^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha-1}e^{-\\lambda x}"
SCALE = "f(x)=\\frac{1}{\\Gamma(\\alpha)\\lambda^\\alpha}x^{\\alpha-1}e^{-x/\\lambda}"
DECLARED = "For $X\\sim \\operatorname{Gamma}(\\alpha,\\lambda)$,"


def _verdicts(tmp_path, sentence: str, density: str, rows: list[str]) -> list[str]:
    post = tmp_path / "post.md"
    body = "\n\n".join(f"$${r}$$" for r in rows)
    text = f"---\ntitle: t\n---\n\n{sentence}\n\n$${density}$$\n\nThen\n\n{body}\n"
    post.write_text(text, encoding="utf-8")
    lines = [i + 1 for i, ln in enumerate(text.splitlines()) if ln.startswith("$$")][1:]
    out: dict[int, str] = {}
    for r in check_post(post, jobs=1).rows:
        out.setdefault(r.line, r.verdict)
    return [out.get(line, "missing") for line in lines]


# (density, row, true?)
CASES = [
    (RATE, "E(X)=\\frac{\\alpha}{\\lambda}", True),
    (RATE, "E(X)=\\alpha\\lambda", False),
    (RATE, "E(X^2)=\\frac{\\alpha(\\alpha+1)}{\\lambda^2}", True),
    (RATE, "E(X^2)=\\frac{\\alpha^2}{\\lambda^2}", False),
    (RATE, "\\operatorname{Var}(X)=\\frac{\\alpha}{\\lambda^2}", True),
    (RATE, "\\operatorname{Var}(X)=\\alpha\\lambda^2", False),
    (SCALE, "E(X)=\\alpha\\lambda", True),
    (SCALE, "E(X)=\\frac{\\alpha}{\\lambda}", False),
]


@pytest.mark.parametrize(("density", "row", "true"), CASES)
def test_the_formula_after_the_declaration_decides_the_convention(tmp_path, density, row, true):
    (got,) = _verdicts(tmp_path, DECLARED, density, [row])
    assert got == ("proved" if true else "refuted"), (row, got)


@pytest.mark.parametrize(
    "sentence",
    [
        # the formula is in x, the declared variable is Y
        "For $Y\\sim \\operatorname{Gamma}(\\alpha,\\lambda)$,",
        # the declaration does not end the sentence: the formula may be anything
        "For $X\\sim \\operatorname{Gamma}(\\alpha,\\lambda)$, consider the function",
    ],
)
def test_a_formula_the_declaration_does_not_lead_to_decides_nothing(tmp_path, sentence):
    for row in ("E(X)=\\frac{\\alpha}{\\lambda}", "E(X)=\\alpha\\lambda"):
        (got,) = _verdicts(tmp_path, sentence, RATE, [row])
        assert got not in ("proved", "refuted"), (sentence, row, got)


def test_a_formula_that_is_no_density_is_not_refuted_as_one(tmp_path):
    # twice the density: no convention of the gamma, and no claim that it is a density
    twice = "f(x)=\\frac{2\\lambda^\\alpha}{\\Gamma(\\alpha)}x^{\\alpha-1}e^{-\\lambda x}"
    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{DECLARED}\n\n$${twice}$$\n", encoding="utf-8")
    assert all(r.verdict != "refuted" for r in check_post(post, jobs=1).rows)
    for row in ("E(X)=\\frac{\\alpha}{\\lambda}", "E(X)=\\alpha\\lambda"):
        (got,) = _verdicts(tmp_path, DECLARED, twice, [row])
        assert got not in ("proved", "refuted"), (row, got)
