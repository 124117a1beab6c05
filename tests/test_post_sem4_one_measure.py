"""Expectations of one measure compared as the functions they are taken of.

A Fisher-information chain opens with a head that has no value (``I(\\lambda) =
-E_x[\\partial^2_\\lambda \\log f]``, the density written inside, no law declared) and goes
on ``= -E_x[\\partial_\\lambda (x/\\lambda - 1)] = E_x[x/\\lambda^2] = E_x[x]/\\lambda^2``
(held-out liamcpinchbeck-fisher-information-cauchy-crlb lines 131-137: "continues a row
that could not be checked"). Each link compares two readable sides: ``E[f] = E[g]``
holds when ``f = g`` as functions, and ``c E[f] + d = E[c f + d]`` for ``c, d`` free of
the variable. A difference of the functions is no refutation (two functions may have the
same mean), so these links only prove.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

_ROWS = [
    r"\mathcal{I}(\lambda) &= -\mathbb{E}_x\left[\frac{\partial^2}{\partial \lambda^2} "
    r"\log \frac{\lambda^x e^{-\lambda}}{x!} \right] \\",
    r"&= -\mathbb{E}_x\left[\frac{\partial}{\partial \lambda} "
    r"\left(\frac{x}{\lambda} - 1 \right) \right] \\",
    r"&= \mathbb{E}_x\left[\frac{x}{\lambda^2} \right] \\",
    r"&= \frac{1}{\lambda^2} \mathbb{E}_x\left[ x\right]",
]
_POST = "\n".join(
    [
        "---",
        "title: t",
        "---",
        "The Fisher information of the Poisson rate:",
        "",
        r"$$\begin{align}",
        *_ROWS,
        r"\end{align}$$",
        "",
    ]
)
_LAST = r"\frac{1}{\lambda^2} \mathbb{E}_x\left[ x\right]"

#: line of each row of _POST (front matter counted)
_SECOND, _THIRD, _FOURTH = 8, 9, 10


def _rows(tmp_path: Path, text: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(text, encoding="utf-8")
    return rows_of(p)


def _twin(old: str, new: str) -> str:
    assert old in _POST, old
    return _POST.replace(old, new)


def test_links_between_expectations_of_one_measure_are_proved(tmp_path):
    rows = _rows(tmp_path, _POST)
    for line in (_SECOND, _THIRD, _FOURTH):
        assert rows[line].verdict == "proved", (line, rows[line].verdict, rows[line].reason)


def test_a_wrong_function_under_the_expectation_is_not_proved(tmp_path):
    rows = _rows(tmp_path, _twin(r"\frac{x}{\lambda^2} \right]", r"\frac{x}{\lambda} \right]"))
    assert rows[_THIRD].verdict not in ("proved", "refuted"), rows[_THIRD].reason


def test_a_wrong_constant_pulled_out_is_not_proved(tmp_path):
    rows = _rows(tmp_path, _twin(_LAST, r"\frac{1}{\lambda} \mathbb{E}_x\left[ x\right]"))
    assert rows[_FOURTH].verdict not in ("proved", "refuted"), rows[_FOURTH].reason


def test_the_variable_itself_is_not_pulled_out(tmp_path):
    # E_x[x/lambda^2] = (x/lambda^2) E_x[1] would hold if x were a constant: it is the
    # variable the expectation is taken over
    text = _twin(_LAST, r"\frac{x}{\lambda^2} \mathbb{E}_x\left[ 1 \right]")
    rows = _rows(tmp_path, text)
    assert rows[_FOURTH].verdict not in ("proved", "refuted"), rows[_FOURTH].reason


def test_a_square_of_an_expectation_is_not_read_as_linear(tmp_path):
    # E[x]^2 / lambda^2 is not E[x^2/lambda^2] (a variance apart)
    text = _twin(_LAST, r"\frac{1}{\lambda^2} \mathbb{E}_x\left[ \sqrt{x} \right]^2")
    rows = _rows(tmp_path, text)
    assert rows[_FOURTH].verdict not in ("proved", "refuted"), rows[_FOURTH].reason


_CHAIN = "\n".join(
    [
        "---",
        "title: t",
        "---",
        "The information of one count:",
        "",
        r"$$-\mathbb{E}_x\left[\frac{\partial}{\partial \lambda}\left(\frac{x}{\lambda} - 1\right)"
        r"\right] = \mathbb{E}_x\left[\frac{x}{\lambda^2}\right] = "
        r"\frac{1}{\lambda^2}\mathbb{E}_x\left[x\right]$$",
        "",
    ]
)


def test_a_chain_that_opens_with_an_expectation_is_proved(tmp_path):
    row = _rows(tmp_path, _CHAIN)[6]
    assert row.verdict == "proved", (row.verdict, row.reason)


def test_its_wrong_twin_is_not_proved(tmp_path):
    wrong = _CHAIN.replace(r"\frac{x}{\lambda^2}\right]", r"\frac{x}{\lambda^3}\right]")
    assert wrong != _CHAIN
    row = _rows(tmp_path, wrong)[6]
    assert row.verdict not in ("proved", "refuted"), (row.verdict, row.reason)
