"""Adversarial set 5, causes 4 and 5 (tests/posts/incoming/adversarial5/README.md).

Cause 5: math the rendered page does not show (an HTML comment, a ``<pre>`` block, an
indented code block, a fence inside a longer fence) was read as rows, so a hidden
``f(x) = x^3`` became the post's latest definition: the false ``f'(x) = 3x^2`` was
proved and the correct ``2x`` refuted. A reader of the page never sees that text.

Cause 4: a joint density ``p(x, y)`` was weighed as a density of ``x`` alone, with
``y`` a parameter, and the correct ``4xy`` on the unit square was refuted.

Each planted pair is run, and variants of my own (other letters, other hiding
places, other joint densities) test the mechanism rather than the instance; the
visible math next to hidden regions (display math indented in a list item, a
comment on the line of a formula) must still be read.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._extract import _blank_code_and_comments

ROOT = Path(__file__).parent / "posts" / "incoming" / "adversarial5"
FRONT = "---\ntitle: t\n---\n"


def _verdict(path: Path, line: int) -> str:
    rows = [r.verdict for r in check_post(path, jobs=1).rows if r.line == line]
    return rows[0] if rows else "missing"


def _rows(tmp_path: Path, body: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text(FRONT + body, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


# ------------------------------------------------------------------ the planted pairs

#: pair -> (planted line, lines of hidden math that must give no row)
HIDDEN_PAIRS = {
    "15-html-comment-definition": (17, [11]),
    "17-indented-code-definition": (15, [11]),
    "90-html-comment-inline": (13, [9]),
    "92-html-pre-definition": (15, [10]),
    "106-nested-fence-definition": (19, [13]),
}


@pytest.mark.parametrize("pair", sorted(HIDDEN_PAIRS))
def test_hidden_math_is_not_a_row_and_does_not_redefine(pair):
    line, hidden = HIDDEN_PAIRS[pair]
    false, true = ROOT / f"{pair}-false.md", ROOT / f"{pair}-true.md"
    assert _verdict(false, line) != "proved"
    assert _verdict(true, line) != "refuted"
    assert _verdict(true, line) == "proved"
    for path in (false, true):
        lines = {r.line for r in check_post(path, jobs=1).rows}
        assert not lines & set(hidden), (path.name, lines)


@pytest.mark.parametrize(
    ("post", "line"),
    [
        ("105-joint-density-mass-true.md", 7),
        ("97-marginal-other-density-true.md", 7),
        ("97-marginal-other-density-false.md", 7),
    ],
)
def test_a_correct_joint_density_is_not_refuted(post, line):
    assert _verdict(ROOT / post, line) != "refuted"


# ------------------------------------------------------------------ variants


def _definition_hidden(hiding: str) -> str:
    """h(t) = 3t is shown; ``hiding`` holds h(t) = 9t; the step h'(t) = 3 follows."""
    return f"Let\n\n$$h(t) = 3t$$\n\n{hiding}\n\nSo\n\n$$h'(t) = 3$$\n"


HIDINGS = {
    "comment-multiline": "<!--\ndraft:\n\n$$h(t) = 9t$$\n\n-->",
    "comment-after-text": "Some text. <!-- old: $$h(t) = 9t$$ -->",
    "pre-with-attributes": '<pre class="math">\n$$h(t) = 9t$$\n</pre>',
    "indented-tab": "A listing:\n\n\t$$h(t) = 9t$$",
    "five-backtick-fence": "`````md\n````\n$$h(t) = 9t$$\n````\n`````",
    "tilde-around-backticks": "~~~~\n```\n$$h(t) = 9t$$\n```\n~~~~",
    "unclosed-inner-tilde": "```\n~~~\n$$h(t) = 9t$$\n```",
}


@pytest.mark.parametrize("hiding", sorted(HIDINGS))
def test_a_hidden_redefinition_leaves_the_shown_one(tmp_path, hiding):
    body = _definition_hidden(HIDINGS[hiding])
    rows = _rows(tmp_path, body)
    step = FRONT.count("\n") + body.splitlines().index("$$h'(t) = 3$$") + 1
    assert rows[step] == "proved", rows
    assert len(rows) == 2, rows  # the definition and the step: nothing hidden is a row


def test_blanking_keeps_line_numbers_and_lengths():
    text = "a\n<!-- x\ny -->\n````\n```\nz\n```\n````\n\n    code\nb"
    out = _blank_code_and_comments(text, tex=False)
    assert [len(s) for s in out.split("\n")] == [len(s) for s in text.split("\n")]
    assert out.split("\n")[0] == "a" and out.split("\n")[-1] == "b"
    assert not out.replace("a", "").replace("b", "").strip()


@pytest.mark.parametrize(
    "hostile",
    ["a <!-- x\n" * 20000, "<pre> x\n" * 20000, "<pre " * 40000, "`a``b" * 20000],
)
def test_blanking_hostile_text_is_linear(hostile):
    # openers that never close: each closer is looked for once, not once per opener
    start = time.process_time()  # CPU: load does not stretch it
    _blank_code_and_comments(hostile, tex=False)
    assert time.process_time() - start < 2.0


VISIBLE = {
    # display math indented under a list item is a list continuation, not code
    "list-item-display": "1. First,\n\n    $$h(t) = 3t$$\n\n2. So\n\n    $$h'(t) = 3$$\n",
    # inside display math, indented lines are the formula's
    "indented-inside-display": "Let\n\n$$\n    h(t) = 3t\n$$\n\nSo\n\n$$\n    h'(t) = 3\n$$\n",
    # a comment after a formula on its line hides only itself
    "comment-after-formula": "Let\n\n$$h(t) = 3t$$ <!-- c -->\n\nSo\n\n$$h'(t) = 3$$\n",
    # indented text right after a paragraph line is a lazy continuation, not code
    "paragraph-continuation": "Let\n    $$h(t) = 3t$$\n\nSo\n\n$$h'(t) = 3$$\n",
}


@pytest.mark.parametrize("case", sorted(VISIBLE))
def test_visible_math_beside_hiding_places_is_still_read(tmp_path, case):
    rows = _rows(tmp_path, VISIBLE[case])
    assert "proved" in rows.values(), rows


JOINTS = {
    "product-unit-square": ("on $0 < u < 1$ and $0 < v < 1$", "q(u, v) = 6 u v^2"),
    "exponentials": ("for $s > 0$ and $t > 0$", "f(s, t) = e^{-s - t}"),
    # two variables before the bar: joint in s and t, whatever theta's range
    "conditional-on-a-parameter": (
        "for $s > 0$, $t > 0$, $\\theta > 0$",
        "f(s, t \\mid \\theta) = \\theta^2 e^{-\\theta (s + t)}",
    ),
}


@pytest.mark.parametrize("case", sorted(JOINTS))
def test_a_correct_joint_density_of_other_letters_is_not_refuted(tmp_path, case):
    where, row = JOINTS[case]
    body = f"The joint density {where} is\n\n$${row}$$\n"
    rows = _rows(tmp_path, body)
    assert rows and "refuted" not in rows.values(), rows


@pytest.mark.parametrize(
    ("where", "head"),
    [
        # lambda has no range of its own: a parameter
        ("for $x > 0$", "f(x, \\lambda)"),
        # one name before the bar or semicolon: a density of x, however lambda is stated
        ("for $x > 0$ and $\\lambda > 0$", "f(x \\mid \\lambda)"),
        ("for $x > 0$ and $\\lambda > 0$", "f(x; \\lambda)"),
    ],
)
def test_a_density_with_a_parameter_argument_is_still_weighed(tmp_path, where, head):
    # lambda^2 e^{-lambda x} over x > 0 has mass lambda.
    body = f"The density, {where}, is\n\n$${head} = \\lambda^2 e^{{-\\lambda x}}$$\n"
    rows = _rows(tmp_path, body)
    assert list(rows.values()) == ["refuted"], rows


# ------------------------------------------------------------------ the marginal after it


def test_the_marginal_under_the_same_letter_is_not_the_joint_density():
    # Once p(x, y) = 4xy is no longer refuted, p(x) on line 11 must not be read as p(x, y)
    # restated: the correct marginal 2x would be refuted and the false 4xy proved.
    assert _verdict(ROOT / "97-marginal-other-density-true.md", 11) != "refuted"
    assert _verdict(ROOT / "97-marginal-other-density-false.md", 11) != "proved"


@pytest.mark.parametrize(("marginal", "bad"), [("2u", "refuted"), ("6 u v^2", "proved")])
def test_a_marginal_of_other_letters_is_not_compared_with_the_joint(tmp_path, marginal, bad):
    body = (
        "The joint density on $0 < u < 1$ and $0 < v < 1$ is\n\n$$q(u, v) = 6 u v^2$$\n\n"
        f"Integrating out $v$,\n\n$$q(u) = {marginal}$$\n"
    )
    rows = _rows(tmp_path, body)
    step = FRONT.count("\n") + body.splitlines().index(f"$$q(u) = {marginal}$$") + 1
    assert rows[step] != bad, rows
