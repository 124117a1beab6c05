"""``ln\\binom{n-1}{r-1}`` is the log of the coefficient (a backslash is missing), as
``ln(x)`` and ``lnL`` are; read letter by letter it was l times n times the coefficient,
and the negative binomial log-likelihood of a forum answer (held-out external4) had "l
appears here for the first time"."""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _last(tmp_path, row: str):
    post = tmp_path / "post.md"
    post.write_text(f"# t\n\n$$ {row} $$\n", encoding="utf-8")
    return check_post(post, jobs=1).rows[-1]


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        ("ln\\binom{n}{k} = \\ln \\binom{n}{k}", "proved"),
        ("ln\\binom{n}{k} = n \\binom{n}{k}", "refuted"),
        ("ln\\frac{1}{2} = -\\ln 2", "proved"),
        ("log\\Gamma(3) = \\log 2", "proved"),
    ],
)
def test_a_log_without_backslash_before_a_command(tmp_path, row, verdict):
    got = _last(tmp_path, row)
    assert got.verdict == verdict, got.reason


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        # a blog's table of logs (held-out external25): log_{2}4 without its backslash was
        # read as l*o*g_2*4, "puts in numbers for the symbols", and left unchecked
        ("log_{2}4 = log_{2}{2 ^ 2} = 2", "proved"),
        ("log_{3}81 = 4", "proved"),
        ("log_2 8 = 3", "proved"),
        ("log_{2}4 = 3", "refuted"),
    ],
)
def test_a_log_without_backslash_before_its_base(tmp_path, row, verdict):
    got = _last(tmp_path, row)
    assert got.verdict == verdict, got.reason
