r"""``\sup``: the supremum, read as ``\max`` is, an operator with no value (PARSE58).

Likelihood-ratio posts write ``\Lambda = L(\theta) / \sup L(\theta)``; ``\sup`` was an
unsupported command and the row unparsed (held-out imathworks exponential likelihood ratios).
Read as ``\max`` is (``max(...)``, a quantity the engine does not evaluate), the row is read and
its links are compared only where the supremum is not involved. ``\inf`` is not read the same
way: posts write it for infinity (``I_{(0,\inf)}(x)``).
"""

from __future__ import annotations

import sympy as sp
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


def _read(text: str):
    return parse_expression(text)[0]


def test_the_supremum_is_an_operator_like_the_maximum():
    s, m = _read(r"\sup L(\theta)"), _read(r"\max L(\theta)")
    assert str(s.func) == "sup" and s.args == m.args
    assert _read(r"\sup_{\theta} L(\theta)").args == _read(r"\max_{\theta} L(\theta)").args


def test_it_is_not_evaluated():
    assert _read(r"\sup L(\theta) - L(\theta)") != 0
    assert not isinstance(_read(r"\sup(1, 2)"), sp.Integer)


def test_a_ratio_with_it_is_read_and_not_proved(tmp_path):
    r = _rows(tmp_path, r"\Lambda = \frac{L(\theta)}{\sup L(\theta)} = 1")[5]
    assert r.verdict not in ("unparsed", "proved", "refuted"), (r.verdict, r.reason)
