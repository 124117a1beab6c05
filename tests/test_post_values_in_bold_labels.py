"""Letters given values inside a bold label belong to that label's case.

Held-out batch 31 (``tests/posts/incoming/repro33/``, CWKSC's MAP answer with two beta priors):
"**Case 1: Prior $p_1$ ($\\alpha=2, \\beta=1$)**" then "**Case 2: Prior $p_0$ ($\\alpha=1,
\\beta=2$)**", and later "**For $p_1$ (...):**", "**For $p_0$ (...):**". Each label gives the
letters the values of its own case; the second label's values were compared with the first's
and refuted. Two readings were wrong: a row that defines several letters (``\\alpha=1,
\\beta=2``) was taken to define only its first, so the second letter was "restated" even where
the row opens a part of its own ("Case 2"); and a value stated inside a bold label ("**For
$p_0$ (...):**", no "Case n") was not taken to open a part, as "**Example 2.**" and "Case 2"
do.

Properties: the second label's row is never refuted, whatever the label's words, the letters'
order or the bold's markup; a chain false inside itself is never proved; a letter restated
wrongly outside any label, in a sentence of the same part, is still refuted (nothing else
changes)."""

from __future__ import annotations

import pytest

_LABELS = [
    ("Case 1: Prior $p_1$", "Case 2: Prior $p_0$"),
    ("For $p_1$", "For $p_0$"),
    ("Prior A", "Prior B"),
    ("With the first prior", "With the second prior"),
]


def _post(tmp_path, body: str):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n\n{body}\n", encoding="utf-8")
    return check_post(post, jobs=1).rows


def _label(words: str, values: str, colon: str, bold: str) -> str:
    inner = f"{words} (${values}$)"
    if colon == "out":
        return f"{bold}{inner}{bold}:"
    return f"{bold}{inner}:{bold}" if colon else f"{bold}{inner}{bold}"


@pytest.mark.parametrize("bold", ["**", "__"])
@pytest.mark.parametrize("colon", ["", "in", "out"])
@pytest.mark.parametrize("swap", [False, True])
@pytest.mark.parametrize("labels", _LABELS)
def test_the_second_label_is_never_refuted(tmp_path, labels, swap, colon, bold):
    first, second = (r"\alpha=2, \beta=1", r"\alpha=1, \beta=2")
    if swap:
        first, second = (r"\beta=1, \alpha=2", r"\beta=2, \alpha=1")
    body = "\n".join(
        [
            "## Estimates",
            "",
            _label(labels[0], first, colon, bold),
            r"* MAP Estimate: $\frac{s+1}{n+1}$.",
            "",
            _label(labels[1], second, colon, bold),
            r"* MAP Estimate: $\frac{s}{n+1}$.",
        ]
    )
    rows = _post(tmp_path, body)
    second_rows = [r for r in rows if r.line == 10]
    assert second_rows and "refuted" not in {r.verdict for r in second_rows}


@pytest.mark.parametrize("labels", _LABELS)
def test_a_chain_false_inside_itself_in_a_label_is_never_proved(tmp_path, labels):
    body = "\n".join(
        [
            f"**{labels[0]} ($\\alpha=2, \\beta=1$)**",
            "",
            f"**{labels[1]} ($\\alpha=1 = 2$)**",
        ]
    )
    rows = [r for r in _post(tmp_path, body) if r.line == 7]
    assert "proved" not in {r.verdict for r in rows}


@pytest.mark.parametrize("labels", _LABELS)
def test_a_wrong_restatement_outside_a_label_is_still_refuted(tmp_path, labels):
    body = "\n".join(
        [
            f"**{labels[0]} ($\\alpha=2, \\beta=1$)**",
            r"* MAP Estimate: $\frac{s+1}{n+1}$.",
            "",
            "So for this prior we had $\\beta = 3$.",
        ]
    )
    rows = [r for r in _post(tmp_path, body) if r.line == 8]
    assert rows and "refuted" in {r.verdict for r in rows}


@pytest.mark.parametrize(
    "order", [(r"\alpha = 2, \beta = 1", r"\beta"), (r"\beta = 1, \alpha = 2", r"\beta")]
)
def test_the_second_letter_of_a_sentence_row_is_still_compared_in_its_part(tmp_path, order):
    values, letter = order
    body = f"Here ${values}$ for the prior.\n\nSo we had ${letter} = 3$."
    rows = [r for r in _post(tmp_path, body) if r.line == 7]
    assert rows and "refuted" in {r.verdict for r in rows}
