"""A section that writes no matrix notation reads its lower-case letters as numbers.

The matrix names of a post are gathered from its whole text: a bold ``\\mathbf{x}`` in a
"Multivariate" section made the plain ``x`` of the "Univariate" section above it a vector,
and ``d log p / dx = -(x - mu)/sigma^2`` there was left unchecked ("matrix algebra: it holds
for 1x1 matrices"). A run of rows under one heading whose text (rows and prose) writes no
bold letter, no transpose, no inverse of a matrix name and no other matrix notation is about
numbers: its lower-case letters are read so. A section that writes any matrix notation keeps
the post's reading, and capital letters keep theirs everywhere.
"""

from __future__ import annotations

from derivations.post import check_post

_UNIVARIATE = r"""# Normal

## Univariate

$$
\log p(x \mid \mu, \sigma) = -\frac{1}{2} \log 2\pi - \log \sigma - \frac{1}{2\sigma^2} (x-\mu)^2
$$

### Derivative in x

$$
\frac{\partial \log p(x \mid \mu, \sigma)}{\partial x} = {WRITTEN}
$$

## Multivariate

$$
\log p(\mathbf{x} \mid \boldsymbol{\mu}, \Sigma) = -\frac{1}{2} n \log 2\pi
- \frac{1}{2} \log |\Sigma|
- \frac{1}{2} (\mathbf{x} - \boldsymbol{\mu})^T \Sigma^{-1} (\mathbf{x} - \boldsymbol{\mu})
$$
"""


def _verdict(tmp_path, text: str, line: int) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(text, "utf-8")
    rows = {r.line: r for r in check_post(path, jobs=1).rows}
    return rows[line].verdict, rows[line].reason


def test_a_plain_section_is_read_with_numbers(tmp_path):
    text = _UNIVARIATE.replace("{WRITTEN}", r"-\frac{1}{\sigma^2} (x-\mu)")
    verdict, why = _verdict(tmp_path, text, 12)
    assert verdict == "proved", why


def test_a_slip_in_a_plain_section_is_refuted(tmp_path):
    text = _UNIVARIATE.replace("{WRITTEN}", r"\frac{1}{\sigma^2} (x-\mu)")
    verdict, why = _verdict(tmp_path, text, 12)
    assert verdict == "refuted", why


def test_a_section_with_matrix_notation_keeps_the_matrix_reading(tmp_path):
    # the same rows under headings whose prose writes the bold vector: x stays a vector
    bold = "\n\nBy $\\mathbf{x}$ we mean the point.\n"
    text = (
        _UNIVARIATE.replace("## Univariate\n", "## Univariate" + bold)
        .replace("### Derivative in x\n", "### Derivative in x" + bold)
        .replace("{WRITTEN}", r"-\frac{1}{\sigma^2} (x-\mu)")
    )
    verdict, why = _verdict(tmp_path, text, 16)
    assert verdict != "proved", why
    assert "matrix" in why, why
