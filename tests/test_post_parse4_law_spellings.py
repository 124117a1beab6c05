"""One law written in two spellings is one range, not two.

A post declares ``X \\sim \\mathcal{L}(x|\\theta)`` in a row the reader reads and writes
``\\mathbb{E}_{x \\sim \\mathcal{L}(x|\\theta)}`` in a row it cannot read; the first names
the law ``\\mathcal{L}``, the second (read from the text) ``L``. Counted as two laws,
they gave x "two different ranges" and every integral without limits over x went unread
(held-out liamcpinchbeck Fisher information, lines 67-70). The same law in two fonts is
one statement: the integrals are read (over a range of x the post never states, so a step
that depends on the range is never refuted), and a wrong step is still not proved.
"""

from __future__ import annotations

from derivations.post import check_post

_D = r"\frac{\partial}{\partial \theta}"
_L = r"\mathcal{L}(x|\theta)"
_ROWS = [
    rf"&\mathbb{{E}}_{{x\sim {_L}}}\left[{_D} \log {_L}\right]",
    rf"&= \int_x {_L} {_D} \log {_L} dx",
    rf"&= \int_x {_L} \frac{{1}}{{{_L}}} {_D} {_L} dx",
    "&= {step}",
    rf"&= {_D} \int_x {_L} dx",
]
_POST = (
    "---\ntitle: t\n---\n\nThe mean score is zero:\n\n$$\\begin{align}\n"
    + " \\\\\n".join(_ROWS)
    + " \\\\\n\\end{align}$$\n\nwhere $X \\sim \\mathcal{L}(x|\\theta)$.\n"
)
_RIGHT = rf"\int_x {_D} {_L} dx"
_WRONG = rf"\int_x 2 {_D} {_L} dx"


def _rows(tmp_path, step: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text(_POST.replace("{step}", step), encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def test_the_integrals_over_x_are_read_and_never_refuted(tmp_path):
    rows = _rows(tmp_path, _RIGHT)
    for line in (9, 10, 11, 12):
        assert rows[line].verdict != "unparsed", rows[line].reason
        assert rows[line].verdict != "refuted", rows[line].reason


def test_a_wrong_step_is_not_proved(tmp_path):
    rows = _rows(tmp_path, _WRONG)
    assert rows[11].verdict != "unparsed", rows[11].reason
    assert rows[11].verdict != "proved", rows[11].reason
    assert rows[12].verdict != "proved", rows[12].reason
