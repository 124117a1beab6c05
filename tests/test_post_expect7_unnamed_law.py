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


_MEAN = (
    "Let $X_1, \\ldots, X_n$ be i.i.d. random variables with common mean\n\n"
    "$$ \\mathbb{E}[X_i] = \\mu $$\n\n"
    "Then\n\n"
)


def test_a_stated_mean_is_a_premise_and_stays_given(tmp_path):
    rows = _verdicts(
        tmp_path, _MEAN + "$$ \\mathbb{E}\\left[\\sum_{i=1}^n X_i\\right] = n\\mu $$\n"
    )
    lines = sorted(rows)
    assert rows[lines[0]][0] in ("given", "unchecked"), rows  # the premise is not proved
    assert rows[lines[-1]][0] == "proved", rows


def test_a_wrong_multiple_of_the_stated_mean_is_not_proved(tmp_path):
    row = "$$ \\mathbb{E}\\left[\\sum_{i=1}^n X_i\\right] = (n-1)\\mu $$\n"
    verdict = _last(tmp_path, _MEAN, row)
    assert verdict not in ("proved", "given", "plausible")


def test_the_variance_of_the_mean_by_the_stated_moments(tmp_path):
    row = (
        "$$ \\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] = "
        "n \\mathbb{E}[X_1^2] + n(n-1)\\mu^2 $$\n"
    )
    assert _last(tmp_path, _MEAN, row) == "proved"
    wrong = row.replace("n(n-1)", "n^2")
    assert _last(tmp_path, _MEAN, wrong) not in ("proved", "given", "plausible")


def test_a_name_stated_for_two_moments_is_no_premise(tmp_path):
    head = _MEAN.replace("Then", "and\n\n$$ \\mathbb{E}[X_i^2] = \\mu $$\n\nThen")
    row = "$$ \\mathbb{E}\\left[\\sum_{i=1}^n X_i\\right] = n\\mu $$\n"
    assert _last(tmp_path, head, row) != "proved"
