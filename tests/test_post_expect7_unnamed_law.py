"""Samples the prose calls i.i.d. with no family (``derivations/post/_unnamed_law.py``).

"Let $X_1, \\ldots, X_n$ be i.i.d. random variables" names no law, so ``E[\\sum_i X_i^2]``
was a moment of its own, not ``n E[X_1^2]``. Identically distributed samples share their
moments (symbols, no values); independent ones split the moments of products of distinct
samples. Samples only identically distributed do not; words that deny it give no law.
"""

from __future__ import annotations

from derivations.post import check_post


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_IID = "Let $X_1, \\ldots, X_n$ be i.i.d. random variables with finite variance. Then\n\n"
_IDENTICAL = (
    "Let $X_1, \\ldots, X_n$ be identically distributed random variables with finite "
    "variance. Then\n\n"
)
_SQUARES = "$$ \\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right] = {c} \\mathbb{E}[X_1^2] $$\n"
_SQUARE_OF_SUM = (
    "$$ \\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] = "
    "n \\mathbb{E}[X_1^2] + {c} \\mathbb{E}[X_1]^2 $$\n"
)


def _last(tmp_path, head: str, row: str):
    rows = _verdicts(tmp_path, head + row)
    return rows[max(rows)][0]


def test_identical_samples_share_their_second_moment(tmp_path):
    assert _last(tmp_path, _IID, _SQUARES.replace("{c}", "n")) == "proved"
    assert _last(tmp_path, _IDENTICAL, _SQUARES.replace("{c}", "n")) == "proved"


def test_n_minus_one_for_n_is_not_proved(tmp_path):
    verdict = _last(tmp_path, _IID, _SQUARES.replace("{c}", "(n-1)"))
    assert verdict not in ("proved", "given", "plausible")
    assert verdict != "refuted"  # E[X_1^2] has no value: it could be 0


def test_independent_samples_split_the_cross_terms(tmp_path):
    assert _last(tmp_path, _IID, _SQUARE_OF_SUM.replace("{c}", "n(n-1)")) == "proved"


def test_a_wrong_count_of_cross_terms_is_not_proved(tmp_path):
    verdict = _last(tmp_path, _IID, _SQUARE_OF_SUM.replace("{c}", "n^2"))
    assert verdict not in ("proved", "given", "plausible")


def test_samples_only_identically_distributed_are_not_split(tmp_path):
    # E[X_i X_j] = E[X_i] E[X_j] needs independence, which the post does not state
    verdict = _last(tmp_path, _IDENTICAL, _SQUARE_OF_SUM.replace("{c}", "n(n-1)"))
    assert verdict not in ("proved", "given", "plausible")
    assert verdict != "refuted"


def test_samples_said_to_be_correlated_get_no_law(tmp_path):
    head = _IID + "Note that the $X_i$ are correlated with one another.\n\n"
    verdict = _last(tmp_path, head, _SQUARE_OF_SUM.replace("{c}", "n(n-1)"))
    assert verdict not in ("proved", "given", "plausible")
    head = _IDENTICAL.replace("identically distributed", "not identically distributed")
    verdict = _last(tmp_path, head, _SQUARES.replace("{c}", "n"))
    assert verdict not in ("proved", "given", "plausible")
