"""A new name written squared: ``\\sigma_N^2 = R`` defines sigma_N (its square is R).

A blog's posterior variance ``\\sigma_N^2 = \\sigma^2\\sigma_0^2/(N\\sigma_0^2 + \\sigma^2)``
was compared as an identity with sigma_N a free symbol and refuted, while the next row,
``\\mu_N = ...``, was a definition (held-out external4 linlinzhao line 51).
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro4"
POST = (REPRO / "sigma-squared-name-result-refuted-as-identity.md").read_text(encoding="utf-8")
NEXT = "\n$$\n\\frac{1}{\\sigma_N^2}=\\frac{N}{\\sigma^2}+\\frac{1}{\\sigma_0^2}\n$$\n"


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def test_a_squared_new_name_is_defined_not_refuted(tmp_path):
    rows = _rows(tmp_path, POST)
    assert rows[15].verdict == "given", rows[15]
    assert "sigma_N" in rows[15].how


def test_rows_after_it_are_checked_against_the_definition(tmp_path):
    rows = _rows(tmp_path, POST + NEXT)
    assert rows[max(rows)].verdict == "proved", rows[max(rows)]
    wrong = NEXT.replace("+\\frac{1}{\\sigma_0^2}", "-\\frac{1}{\\sigma_0^2}")
    rows = _rows(tmp_path, POST + wrong)
    assert rows[max(rows)].verdict == "refuted", rows[max(rows)]


def test_a_name_seen_in_an_assumed_form_is_defined_by_its_square():
    # sigma_N first appears in "p(mu | x) ~ N(mu_N, sigma_N^2)", then "comparing the two
    # expressions, we have sigma_N^2 = ..." (the same post, line 51): a definition too.
    post = Path(__file__).parent / "posts" / "incoming" / "external4"
    rows = {
        r.line: r
        for r in check_post(post / "linlinzhao-gaussian-mean-posterior-blog.md", jobs=1).rows
    }
    assert rows[51].verdict == "given", rows[51]
