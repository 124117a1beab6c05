"""A statistic the post defines is put in by its definition with no law declared.

"$\\bar{X_n} = \\frac1n \\sum_i X_i$" then ``E[\\sum_i (X_i - \\bar X_n)^2] = E[\\sum_i X_i^2]
- \\frac1n E[(\\sum_i X_i)^2]``: the statistics were put in only when some row declared a
law of the sample, so a post about moments in general (no family: "X_i iid with mean
mu") compared ``E[\\bar X_n^2]`` as a moment of its own. Putting in a definition the post
states is an identity; the moments keep their symbols (no law gives values), so a
difference is never a refutation.
"""

from __future__ import annotations

from derivations.post import check_post


def _verdicts(tmp_path, text: str) -> dict[int, tuple[str, str]]:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n\n" + text, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(path, jobs=1).rows}


_HEAD = (
    "Let $X_1, \\ldots, X_n$ be random variables with finite second moments, and\n\n"
    "$$ \\bar{X}_n = \\frac{1}{n} \\sum_{i=1}^n X_i $$\n\n"
    "their mean. Then\n\n"
)


def _last(tmp_path, row: str):
    rows = _verdicts(tmp_path, _HEAD + row + "\n")
    return rows[max(rows)]


def test_the_sample_mean_is_put_in(tmp_path):
    row = (
        "$$ \\mathbb{E}\\left[\\bar{X}_n \\sum_{i=1}^n X_i\\right] = "
        "\\frac{1}{n}\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] $$"
    )
    assert _last(tmp_path, row)[0] == "proved"


def test_a_lost_factor_is_not_proved(tmp_path):
    row = (
        "$$ \\mathbb{E}\\left[\\bar{X}_n \\sum_{i=1}^n X_i\\right] = "
        "\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] $$"
    )
    verdict = _last(tmp_path, row)[0]
    assert verdict not in ("proved", "given", "plausible")
    assert verdict != "refuted"  # moments with no values: no refutation


def test_the_centred_sum_of_squares(tmp_path):
    row = (
        "$$ \\mathbb{E}\\left[\\sum_{i=1}^n (X_i - \\bar{X}_n)^2\\right] = "
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right] - "
        "\\frac{1}{n}\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] $$"
    )
    assert _last(tmp_path, row)[0] == "proved"


def test_n_minus_one_for_n_is_not_proved(tmp_path):
    row = (
        "$$ \\mathbb{E}\\left[\\sum_{i=1}^n (X_i - \\bar{X}_n)^2\\right] = "
        "\\mathbb{E}\\left[\\sum_{i=1}^n X_i^2\\right] - "
        "\\frac{1}{n-1}\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] $$"
    )
    verdict = _last(tmp_path, row)[0]
    assert verdict not in ("proved", "given", "plausible")
    assert verdict != "refuted"


def test_a_name_defined_twice_is_not_put_in(tmp_path):
    text = _HEAD.replace(
        "their mean.", "their mean, and elsewhere\n\n$$ \\bar{X}_n = \\sum_{i=1}^n X_i $$\n\n"
    )
    row = (
        "$$ \\mathbb{E}\\left[\\bar{X}_n \\sum_{i=1}^n X_i\\right] = "
        "\\frac{1}{n}\\mathbb{E}\\left[\\left(\\sum_{i=1}^n X_i\\right)^2\\right] $$\n"
    )
    rows = _verdicts(tmp_path, text + row)
    assert rows[max(rows)][0] != "proved"
