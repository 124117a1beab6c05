"""A name defined as a tuple is no free number for a later step to refute (batch 47).

jaketae's exponential-family post (external47, line 264) names its data ``D = (x_1, x_2,
\\dots, x_n)`` and writes ``\\mathbb{E}_\\theta[s(X)] = \\frac{s(D)}{n} = \\frac{1}{n}\\sum
s(x_i)``, ``s(D)`` its shorthand for the sum of the statistic over the data. The tuple row is
taken as given and no value taken from it, so ``D`` was then sampled as any free letter, ``s(D)``
read as ``s`` (``s(x) = -x``) at that number, and the correct row refuted. A name the post
defines by a tuple is as a name defined by ``:=`` the reader takes no value from: a difference
through it is no refutation. Without the tuple row (``D`` a free letter), nothing changes.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

_STATISTIC = r"\eta(\theta) = \theta, \ s(x) = -x, \ h(x) = I(x), \ z(\theta) = \frac{1}{\theta}"
_LOGLIK = (
    r"\log(p(D \vert \theta)) = -n\log(z(\theta)) + \theta^T s(D)"
    r" + \sum_{i = 1}^n \log(h(x_i))"
)
_MEAN = r"\mathbb{E}_\theta \left[s(X)\right] = \frac{s(D)}{n} = \frac{1}{n}\sum_{i = 1}^n s(x_i)"


def _verdicts(tmp_path, *displays: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text("\n\n".join(f"$${d}$$" for d in displays) + "\n", "utf-8")
    return first_verdicts(path)


def test_a_step_through_a_data_set_named_by_a_tuple_is_not_refuted(tmp_path):
    got = _verdicts(tmp_path, r"D = (x_1, x_2, \dots, x_n)", _STATISTIC, _LOGLIK, _MEAN)
    assert got[7] != "refuted", got


def test_a_wrong_step_elsewhere_in_the_post_is_still_refuted(tmp_path):
    # the tuple shields the rows holding D only: a wrong row without D is refuted
    got = _verdicts(
        tmp_path,
        r"D = (x_1, x_2, \dots, x_n)",
        _STATISTIC,
        r"q = \sum_{i = 1}^n s(x_i) = \sum_{i = 1}^n x_i",
    )
    assert got[5] == "refuted", got


def test_the_tuple_row_itself_is_still_given(tmp_path):
    got = _verdicts(tmp_path, r"D = (x_1, x_2, \dots, x_n)", _STATISTIC)
    assert got[1] == "given", got
