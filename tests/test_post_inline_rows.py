"""Inline formulas a sentence asserts are rows (``._stated_rows``), never proved nor refuted.

A post with display math also states results in its sentences: "The variance function is
\\\\(V(\\mu) = 1\\\\).", "we find the estimate is $p = \\frac{r}{n}$". A name on the left and one
``=`` (or a claim standing where the chain of display rows goes on) was prose only: read for the
name it defines, with no row, so the truth line had nothing to point at. Such a claim is now a
*stated* row: reported (given when it names something new, unchecked when the name had a use or a
value before), read for its names exactly as the prose was, so no other row's verdict changes.
Questions, hypotheses, quotes, settings, "let"/"where"/"define" sentences stay prose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import _extract, check_post
from derivations.post._extract import extract, split_front_matter


@pytest.fixture(autouse=True)
def _stated_rows_on(monkeypatch):
    """Stated rows are off by default (``_extract.STATED_ROWS``); these tests are about them."""
    from derivations.post import _extract

    monkeypatch.setattr(_extract, "STATED_ROWS", True)


FELIX = (
    Path(__file__).parent
    / "posts/incoming/external16/felixclark-glm-case-studies-gamma-negbin-invgauss-kramdown.md"
)

# A kramdown post (no single dollars): \\( ... \\) is inline math, \\[ ... \\] display math.
KRAMDOWN = (
    "The log-likelihood of the Poisson law is\n"
    "\\\\[ \\ell = y \\log \\lambda - \\lambda - \\log y! \\\\]\n"
    "so the natural parameter is \\\\(\\eta = \\log \\lambda\\\\), and the variance\n"
    "function is \\\\(V(\\mu) =\n\\mu\\\\).\n"
)
# The same in the MathJax dialect.
MATHJAX = (
    "The log-likelihood of the Poisson law is\n\n"
    "$$\\ell = y \\log \\lambda - \\lambda - \\log y!$$\n\n"
    "so the natural parameter is $\\eta = \\log \\lambda$, and the variance\n"
    "function is $V(\\mu) =\n\\mu$.\n"
)


def _rows(body: str) -> list:
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    return [r for r in rows if r.role == "row"]


def _report(tmp_path: Path, body: str, name: str = "post.md") -> dict:
    path = tmp_path / name
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


@pytest.mark.parametrize("body", [KRAMDOWN, MATHJAX], ids=["kramdown", "mathjax"])
def test_a_value_stated_in_a_sentence_is_a_row_across_a_line_break(body):
    rows = _rows(body)
    stated = [r for r in rows if r.stated]
    assert any("\\eta" in r.text and "\\log" in r.text for r in stated)
    assert any("V" in r.text and "\\mu" in r.text for r in stated)
    # the row starts on the line of the formula's opening, and reads its second line too
    v = next(r for r in stated if "V" in r.text)
    assert v.line == body.count("\n", 0, body.index("V(")) + 4
    # The display row is an ordinary row.
    assert [r.stated for r in rows if "\\ell" in r.text] == [False]


@pytest.mark.parametrize("body", [KRAMDOWN, MATHJAX], ids=["kramdown", "mathjax"])
def test_the_two_dialects_read_alike(body):
    assert [(r.text.split(), r.stated) for r in _rows(body)] == [
        (r.text.split(), r.stated) for r in _rows(MATHJAX)
    ]


PROSE = [
    # questions, hypotheses, quotes, settings, definitions announced as such
    "Is the variance function \\\\(V(\\mu) = \\mu\\\\) here?",
    "If \\\\(V(\\mu) = \\mu\\\\) then the law is Poisson.",
    "My professor wrote \\\\(V(\\mu) = \\mu^2\\\\), which I doubt.",
    "Let \\\\(V(\\mu) = \\mu\\\\) be the variance function.",
    "The rate is \\\\(\\lambda\\\\), where \\\\(W = \\lambda^2\\\\) is its square.",
    "We define \\\\(V(\\mu) = \\mu\\\\) for later use.",
    "Take \\\\(\\phi = 1\\\\) from now on.",
    "The rate is positive, \\\\(\\lambda > 0\\\\), as usual.",
    "The terms run over \\\\(i = 1, \\ldots, n\\\\) only.",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_prose_twins_stay_prose(sentence):
    body = KRAMDOWN.split("so the natural")[0] + sentence + "\n"
    assert not [r for r in _rows(body) if r.stated or r.line > 5], sentence


def _verdicts(tmp_path: Path, body: str, name: str = "post.md") -> dict:
    return {line: r.verdict for line, r in _report(tmp_path, body, name).items()}


@pytest.mark.parametrize(
    "body, old, new",
    [
        (KRAMDOWN, "\\mu\\\\)", "\\mu\\\\)"),
        (MATHJAX, "\\mu$", "\\mu$"),
        (KRAMDOWN, "\\mu\\\\)", "2\\mu\\\\)"),
        (MATHJAX, "\\mu$", "2\\mu$"),
        (MATHJAX, "\\log \\lambda$", "\\lambda$"),
    ],
    ids=["kramdown", "mathjax", "kramdown-wrong", "mathjax-wrong", "mathjax-wrong-eta"],
)
def test_a_stated_row_is_never_proved_nor_refuted(tmp_path: Path, body: str, old: str, new: str):
    """Correct twin (V = mu) and wrong twins (V = 2 mu, eta = lambda): none proved or refuted."""
    assert old in body
    edited = body.replace(old, new)
    stated = [r.line for r in _rows(edited) if r.stated]
    verdicts = _verdicts(tmp_path, edited)
    assert stated
    for line in stated:
        assert verdicts[line] in ("given", "unchecked", "unparsed"), verdicts


BETWEEN = (
    "The log-likelihood is\n\n"
    "$$\\ell(p) = r \\log p + (n - r) \\log(1 - p)$$\n\n"
    "and its derivative is $\\ell'(p) = \\frac{r}{p} - \\frac{n - r}{1 - p}$, so we get\n\n"
    "$$\\frac{r}{p} = \\frac{n - r}{1 - p}$$\n\n"
    "Now, solving for p we find the estimate is $\\hat p = \\frac{r}{n}$.\n"
)
WRONG_BETWEEN = BETWEEN.replace("\\frac{n - r}{1 - p}$$", "\\frac{n + r}{1 - p}$$")


@pytest.mark.parametrize("body", [BETWEEN, WRONG_BETWEEN], ids=["correct", "wrong"])
def test_no_other_row_changes_its_verdict(tmp_path: Path, body: str, monkeypatch):
    """Property: the rows around a stated row keep the verdicts they had when it was prose."""
    now = _verdicts(tmp_path, body, "a.md")
    stated = {r.line for r in _rows(body) if r.stated}
    assert stated, "the sentences' results are rows"
    monkeypatch.setattr(_extract, "STATED_ROWS", False)
    before = _verdicts(tmp_path, body, "b.md")
    assert not set(before) & stated
    assert {k: v for k, v in now.items() if k not in stated} == before
    assert all(now[k] in ("given", "unchecked", "unparsed") for k in stated)


def test_the_wrong_step_is_still_the_one_refuted(tmp_path: Path):
    verdicts = _verdicts(tmp_path, WRONG_BETWEEN)
    assert "proved" not in [verdicts[k] for k in verdicts if k >= 10]


def test_the_kramdown_glm_post_gets_its_stated_results(tmp_path: Path):
    rows = {r.line: r for r in check_post(FELIX, jobs=1).rows}
    # "The variance function is \\(V(\mu) = 1\\).", "\\(V(\mu) = \mu^2\\)", "\\(p = \mu\\)"
    # (lines 120 and 205, "with the simple choice of ... \\(\phi = 1\\) the variance function
    # is", "the second choice, with ... \\(V(\mu) = \mu^2\\)", are asides: "with" announces
    # what the sentence uses, so they stay prose)
    for line in (31, 78):
        assert line in rows, line
        assert rows[line].verdict not in ("proved", "refuted"), (line, rows[line].verdict)
    # "since \\(\sigma^2 > 0\\) so \\(\eta_2 < 0\\)": an inequality is no stated row
    assert 56 not in rows
