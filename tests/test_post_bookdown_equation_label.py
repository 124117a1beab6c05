"""A bookdown equation label ``(\\#eq:name)`` is no math (held-out batch 48).

R Markdown with bookdown numbers a display by a label written inside the math,
``l(\\theta) = -n\\log\\pi - ... (\\#eq:likelicauchy)``, often on a line of its own before ``\\\\``.
Surya Teja Eada's homework (external48) labels eleven rows so; each was unparsed ("unsupported
command \\#"). The label is dropped as ``\\label{...}`` is.

Properties: a post and its copy with labels added give the same verdicts, row by row (a wrong
row is refuted in both); the labelled rows are parsed.
"""

from __future__ import annotations

import pytest

from tests._post_rows import rows_of_text

_ROWS = [
    "L(\\theta) &= \\prod_{i = 1}^{n} \\frac{1}{\\pi(1 + (x_i - \\theta)^2)} \\\\",
    "l(\\theta) &= \\log(L(\\theta)) \\\\",
    "l(\\theta) &= -n\\log\\pi - \\sum_{i=1}^{n}\\log(1 + (x_i - \\theta)^2){label} \\\\",
    "l'(\\theta) &= -2 \\sum_{i=1}^{n} \\frac{\\theta - x_i}{1 + (x_i - \\theta)^2}{label}",
]
_WRONG = "l'(\\theta) &= -2 \\sum_{i=1}^{n} \\frac{\\theta - x_i}{1 + (x_i - \\theta)}{label}"


def _post(rows: list[str], label: str) -> str:
    out = []
    for k, r in enumerate(rows):
        here = label.replace("{k}", str(k)) if "{label}" in r else ""
        out.append(r.replace("{label}", here))
    return "---\ntitle: t\n---\n\n\\begin{align}\n" + "\n".join(out) + "\n\\end{align}\n"


def _verdicts(tmp_path, rows, label):
    got = rows_of_text(tmp_path, _post(rows, label))
    return [(r.verdict, r.reason) for _, r in sorted(got.items())]


@pytest.mark.parametrize(
    "label", [" (\\#eq:row{k})", "\n    (\\#eq:row{k})", " (\\#eq:like-cauchy.{k})"]
)
@pytest.mark.parametrize("rows", [_ROWS, [*_ROWS[:3], _WRONG]])
def test_a_label_changes_no_verdict(tmp_path, rows, label):
    plain = _verdicts(tmp_path, rows, "")
    labelled = _verdicts(tmp_path, rows, label)
    assert [v for v, _ in labelled] == [v for v, _ in plain]
    assert "unparsed" not in [v for v, _ in labelled]


def test_the_wrong_derivative_is_refuted_with_its_label(tmp_path):
    got = rows_of_text(tmp_path, _post([*_ROWS[:3], _WRONG], " (\\#eq:score)"))
    assert [r.verdict for _, r in sorted(got.items())][-1] == "refuted"
