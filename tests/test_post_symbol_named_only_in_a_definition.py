"""A symbol seen before only inside the definition of another name has no value yet.

Held-out batch 19 (imathworks normal likelihood-ratio test, lines 27 and 29; ``repro18/``):
the question defines ``t = (\\bar x - \\mu_0)/(s/\\sqrt n)``, and the answer later rewrites
``\\sum (x_i - \\bar x)^2`` as ``n s^2``, naming ``s`` the MLE of ``\\sigma`` only in the
sentence after the row. The reader had seen ``s`` (in t's definition), so it did not count it
as new, drew it freely and refuted a correct row (n = 1, s = 0.93). Defining ``t`` in
terms of ``s`` gives ``t`` a value, not ``s``: a chain that brings ``s`` in for the first
time outside that definition holds only for a suitable value of ``s``, exactly as for a
symbol never seen before.

The properties: the correct row is not refuted and says which symbol is open; once the post
gives ``s`` a value (``s^2 = \\frac1n \\sum (x_i - \\bar x)^2``) the same row is proved and
its wrong twin (``(n-1) s^2``) refuted; a symbol the chain already carries is not affected;
a name defined in terms of another is still a definition.
"""

from __future__ import annotations

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"
DEFINE_T = "where $$t={{\\bar x-\\mu_0}\\over{s/\\sqrt n}}.$$\n\n"
CHAIN = (
    "The likelihood function is\n"
    "$$ \\begin{align} L(\\mu,\\sigma) & = c\\sigma^{-n}\\exp\\left(\\frac{-1}{2\\sigma^2}"
    "\\left(n(\\bar x - \\mu)^2+\\sum_{i=1}^n(x_i-\\bar x)^2 \\right)\\right) \\\\\n"
    "& = c\\sigma^{-n}\\exp\\left(\\frac{-1}{2\\sigma^2}\\left(n(\\bar x - \\mu)^2+"
    "{coef}s^2 \\right)\\right). \\end{{align}} $$\n"
)


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1, cache=False).rows}


def _chain(coef):
    return CHAIN.replace("{coef}", coef).replace("{{align}}", "{align}")


def _last(rows):
    return rows[max(rows)]


def test_a_symbol_seen_only_in_a_definition_is_open_not_refuted(tmp_path):
    rows = _rows(tmp_path, "A statistic\n" + DEFINE_T + _chain("n"))
    row = _last(rows)
    assert row.verdict not in ("refuted", "proved"), row
    assert "s" in row.reason and "suitable value" in row.reason, row.reason


def test_its_wrong_twin_is_not_proved_either(tmp_path):
    rows = _rows(tmp_path, "A statistic\n" + DEFINE_T + _chain("(n-1)"))
    assert _last(rows).verdict != "proved"


def test_with_s_given_a_value_the_row_is_proved_and_its_twin_refuted(tmp_path):
    given = "Let $$s^2 = \\frac{1}{n}\\sum_{i=1}^n (x_i - \\bar x)^2 .$$\n\n"
    rows = _rows(tmp_path, given + DEFINE_T + _chain("n"))
    assert _last(rows).verdict == "proved", _last(rows)
    rows = _rows(tmp_path, given + DEFINE_T + _chain("(n-1)"))
    assert _last(rows).verdict == "refuted", _last(rows)


def test_the_definition_itself_is_still_a_definition(tmp_path):
    rows = _rows(tmp_path, "A statistic\n" + DEFINE_T + _chain("n"))
    first = rows[min(rows)]
    assert first.verdict == "given" and "defines t" in first.reason, first


def test_a_symbol_the_chain_carries_is_not_made_open(tmp_path):
    # mu_0 appears in t's definition and then in a chain that starts with it: the
    # rewrite that keeps it is checked as before.
    text = DEFINE_T + "Then $$ (\\bar x - \\mu_0)^2 = \\bar x^2 - 2\\bar x\\mu_0 + \\mu_0^2 $$\n"
    rows = _rows(tmp_path, text)
    assert _last(rows).verdict == "proved", _last(rows)
