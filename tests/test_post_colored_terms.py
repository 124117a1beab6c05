"""``\\color{c}{...}`` shows its body in colour and changes nothing the text says (batch 52).

Nicolas Shu's posterior of a normal mean (external52, line 82) colours the terms of one
sum: ``\\color{green}{\\mu^2} \\color{magenta}{-2\\mu_N \\mu} \\color{cyan}{+\\mu_N^2}``. The
reader dropped the colour and kept each body as a braced factor, so the sum was read as
the product ``\\mu^2 (-2\\mu_N\\mu)(\\mu_N^2)`` and the next, correct link ``= (\\mu -
\\mu_N)^2`` was refuted. A coloured body that starts with a sign after an operand is the
terms it shows (as ``\\cancel`` and ``\\underbrace`` already were); any other is one group.

Properties: the coloured sum reads as the plain sum; a coloured factor stays a factor;
``\\textcolor`` reads as ``\\color`` does; the post's correct link is not refuted and a wrong
twin still is.
"""

from __future__ import annotations

import sympy as sp

from derivations.post._parse import parse_expression
from tests._post_rows import rows_of


def _same(a: str, b: str) -> bool:
    return sp.simplify(parse_expression(a)[0] - parse_expression(b)[0]) == 0


def test_a_coloured_sum_reads_as_the_sum():
    coloured = r"\color{green}{\mu^2} \color{magenta}{-2\mu_N \mu} \color{cyan}{+\mu_N^2}"
    assert _same(coloured, r"\mu^2 - 2\mu_N\mu + \mu_N^2")


def test_textcolor_reads_as_color():
    assert _same(r"a \textcolor{red}{- b} + c", r"a - b + c")


def test_a_coloured_factor_stays_a_factor():
    assert _same(r"2 \color{red}{x + 1}", r"2 (x + 1)")


_POST = r"""# Posterior

$$ \begin{align} p(\mu | X) &\propto \exp \left[ - \frac{\mu^2}{2} \left( \frac{N}{\sigma^2} + \frac{1}{\sigma_0^2} \right) \right] \\
&\triangleq \exp \left[ -\frac{1}{2\sigma_N^2} \left( \color{green}{\mu^2} \color{magenta}{-2\mu_N \mu} \color{cyan}{+\mu_N^2} \right)\right]
&= \exp \left[ -\frac{1}{2\sigma_N^2} (%s)^2 \right] \\
\end{align}$$
"""


def _row(tmp_path, square):
    path = tmp_path / "post.md"
    path.write_text(_POST % square)
    return rows_of(path)[4]


def test_the_coloured_link_is_not_refuted(tmp_path):
    assert _row(tmp_path, r"\mu - \mu_N").verdict == "proved"


def test_a_wrong_twin_is_refuted(tmp_path):
    assert _row(tmp_path, r"\mu + \mu_N").verdict == "refuted"
