"""A new constant in front of a density's formula must be free of the density's variable.

A blog writes p(mu | x) = N(mu_N, sigma_N^2) = alpha exp(-(1/2)(mu^2/sigma_N^2 - 2 mu_N/
sigma_N^2)), dropping the mu of the cross term -2 mu mu_N. With alpha new, the row was
"unchecked: holds for a suitable alpha" - but no alpha free of mu makes it hold
(held-out external4 linlinzhao line 43). With the cross term right, alpha exists (the
row stays unchecked: its value is not given).
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

REPRO = Path(__file__).parent / "posts" / "incoming" / "repro4"
POST = (REPRO / "proportionality-constant-hides-dropped-factor-unchecked.md").read_text("utf-8")


def _last(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return max(check_post(path, jobs=1).rows, key=lambda r: r.line)


def test_no_constant_absorbs_a_factor_that_depends_on_the_variable(tmp_path):
    row = _last(tmp_path, POST)
    assert row.verdict == "refuted", row


def test_with_the_cross_term_right_a_constant_exists(tmp_path):
    right = POST.replace("-\\frac{2\\mu_N}{\\sigma_N^2}", "-\\frac{2\\mu\\mu_N}{\\sigma_N^2}")
    assert right != POST
    row = _last(tmp_path, right)
    assert row.verdict == "unchecked", row
    assert "suitable value" in row.reason
