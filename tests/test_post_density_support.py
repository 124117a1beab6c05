"""The total-mass test of a pmf or density weighs it only on a support the post states,
or on every plausible one (``derivations/post/_density.py``).

A zero-truncated Poisson pmf ``theta^x e^{-theta} / (x! (1 - e^{-theta}))`` sums to 1
over ``x = 1, 2, ...`` and to ``1 / (1 - e^{-theta})`` over ``0, 1, 2, ...``: the ``x!``
of a pmf says its observation is a whole number, not where its support starts. The
reader must never call such a row (or the likelihood built from it) refuted, and must
still refute a pmf that sums to a parameter-dependent number other than 1 on the
support the post states, or on every support it could have.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import sympy as sp

from derivations.post import _density as D
from derivations.post import check_post

FRONT = "---\ntitle: t\n---\n\n"
ROOT = Path(__file__).resolve().parent

ZTP = "P(X = x) = \\frac{\\theta^x e^{-\\theta}}{x! (1 - e^{-\\theta})}"
ZTP_WRONG = "P(X = x) = \\frac{\\theta^x e^{-\\theta}}{x! (1 + e^{-\\theta})}"
ZTP_LIKELIHOOD = (
    "\\mathcal L(\\theta) = \\prod_{i=1}^n \\frac{e^{-\\theta}}{1-e^{-\\theta}} "
    "\\frac{\\theta^{x_i}}{x_i!}"
)

#: Ways a post states that x runs over 1, 2, 3, ... (the text after the display).
FROM_ONE = {
    "range": "for $x = 1, 2, \\ldots$ and $\\theta > 0$.",
    "inequality": "for $x \\ge 1$ and $\\theta > 0$.",
    "set": "for $x \\in \\{1, 2, 3, \\dots\\}$.",
    "words": "where $x$ is a positive integer.",
}


def _post(tmp_path, body: str, name: str = "post.md") -> dict[int, object]:
    path = tmp_path / name
    path.write_text(FRONT + body, encoding="utf-8")
    out: dict[int, object] = {}
    for r in check_post(path, jobs=1).rows:
        out.setdefault(r.line, r)
    return out


def _line(body: str, needle: str) -> int:
    for k, text in enumerate(body.splitlines(), FRONT.count("\n") + 1):
        if needle in text:
            return k
    raise AssertionError(needle)


def _refuted_by_mass(row) -> dict:
    assert row.verdict == "refuted", (row.verdict, row.reason)
    assert "does not integrate to 1" in row.reason, row.reason
    assert row.counterexample is not None and "mass" in row.counterexample
    return row.counterexample


def _not_refuted(row) -> None:
    assert row.verdict in ("given", "proved"), (row.verdict, row.reason)


# ------------------------------------------------------------------ stated supports


@pytest.mark.parametrize("case", sorted(FROM_ONE))
def test_a_zero_truncated_pmf_on_its_stated_support_is_not_refuted(tmp_path, case):
    body = f"The pmf is\n\n$$ {ZTP} $$\n\n{FROM_ONE[case]}\n\n$$ {ZTP_LIKELIHOOD} $$\n"
    rows = _post(tmp_path, body)
    _not_refuted(rows[_line(body, "P(X")])
    _not_refuted(rows[_line(body, "mathcal L")])


def test_a_support_written_after_the_pmf_in_its_own_row_is_read(tmp_path):
    # "..., x = 1, 2, \cdots, 0 < theta < oo" (the full post's row) states the support.
    tail = ",\\ x=1,2,\\cdots,\\ 0<\\theta<\\infty"
    body = f"The pmf is\n\n$$ {ZTP}{tail} $$\n\nso\n\n$$ {ZTP_LIKELIHOOD} $$\n"
    rows = _post(tmp_path, body)
    assert rows[_line(body, "P(X")].verdict != "refuted"
    _not_refuted(rows[_line(body, "mathcal L")])
    # The same tail under a wrong normaliser: the pmf (or the likelihood) is weighed on it.
    wrong = body.replace("1 - e^{-\\theta})}", "1 + e^{-\\theta})}", 1)
    wrong = wrong.replace("{1-e^{-\\theta}}", "{1+e^{-\\theta}}")
    rows = _post(tmp_path, wrong, "w.md")
    assert rows[_line(wrong, "mathcal L")].verdict == "refuted"


@pytest.mark.parametrize("case", sorted(FROM_ONE))
def test_a_wrong_normaliser_is_refuted_on_the_stated_support(tmp_path, case):
    # (1 + e^{-theta}) for (1 - e^{-theta}): over 1, 2, ... the mass is
    # (1 - e^{-theta}) / (1 + e^{-theta}), which depends on theta.
    body = f"The pmf is\n\n$$ {ZTP_WRONG} $$\n\n{FROM_ONE[case]}\n"
    ce = _refuted_by_mass(_post(tmp_path, body)[_line(body, "P(X")])
    t = ce["theta"]
    assert math.isclose(ce["mass"], (1 - math.exp(-t)) / (1 + math.exp(-t)), rel_tol=1e-8), ce
    assert "0, 1" not in ce["support"] and "from 0" not in ce["support"], ce


def test_a_support_stated_from_zero_is_the_one_weighed(tmp_path):
    # The post says x starts at 0: the zero-truncated pmf has mass 1/(1 - e^{-theta}) there.
    body = f"The pmf is\n\n$$ {ZTP} $$\n\nfor $x = 0, 1, 2, \\ldots$.\n"
    ce = _refuted_by_mass(_post(tmp_path, body)[_line(body, "P(X")])
    assert math.isclose(ce["mass"], 1 / (1 - math.exp(-ce["theta"])), rel_tol=1e-8), ce


# ------------------------------------------------------------------ no support stated


def test_a_zero_truncated_pmf_or_likelihood_without_a_support_is_not_refuted(tmp_path):
    # x! says x is a whole number; whether 0 is one of its values the post does not say.
    body = f"The pmf is\n\n$$ {ZTP} $$\n"
    _not_refuted(_post(tmp_path, body)[_line(body, "P(X")])
    body = f"The likelihood is\n\n$$ {ZTP_LIKELIHOOD} $$\n"
    _not_refuted(_post(tmp_path, body, "l.md")[_line(body, "mathcal L")])


def test_a_wrong_normaliser_is_refuted_when_every_plausible_support_fails(tmp_path):
    # (1 + e^{-theta}): the mass depends on theta over 0, 1, ... and over 1, 2, ... alike.
    body = f"The pmf is\n\n$$ {ZTP_WRONG} $$\n"
    ce = _refuted_by_mass(_post(tmp_path, body)[_line(body, "P(X")])
    row = _post(tmp_path, body, "again.md")[_line(body, "P(X")]
    assert "not stated" in row.reason, row.reason
    t = ce["theta"]
    expected = {
        "{0, 1, 2, ...}": 1 / (1 + math.exp(-t)),
        "{1, 2, 3, ...}": (1 - math.exp(-t)) / (1 + math.exp(-t)),
    }
    assert math.isclose(ce["mass"], expected[ce["support"]], rel_tol=1e-8), ce


def test_the_repro_of_the_assumed_support_refutes_nothing():
    path = ROOT / "posts" / "incoming" / "repro3" / "pmf-support-assumed-from-zero-refuted.md"
    rows = check_post(path, jobs=1).rows
    refuted = [(r.line, r.reason) for r in rows if r.verdict == "refuted"]
    assert not refuted, refuted
    for line in (6, 10):
        assert any(r.line == line and r.verdict in ("given", "proved") for r in rows), line


# ------------------------------------------------------------------ the normaliser is still weighed


def test_a_poisson_pmf_without_its_factorial_is_refuted_on_its_stated_support(tmp_path):
    # lambda^x e^{-lambda} over 0, 1, 2, ...: e^{-lambda} / (1 - lambda) below 1, else infinite.
    body = (
        "The pmf is\n\n$$ P(X = x) = \\lambda^x e^{-\\lambda} $$\n\nfor $x = 0, 1, 2, \\ldots$.\n"
    )
    ce = _refuted_by_mass(_post(tmp_path, body)[_line(body, "P(X")])
    lam = ce["lambda"]
    assert lam < 1 and math.isclose(ce["mass"], math.exp(-lam) / (1 - lam), rel_tol=1e-8), ce


def test_a_poisson_pmf_with_a_wrong_power_is_still_refuted_without_a_support(tmp_path):
    body = "The pmf is\n\n$$ P(X = x) = \\frac{\\lambda^{x+1} e^{-\\lambda}}{x!} $$\n"
    _refuted_by_mass(_post(tmp_path, body)[_line(body, "P(X")])


def test_a_geometric_pmf_is_weighed_on_the_support_the_post_states(tmp_path):
    one = "for $x = 1, 2, \\ldots$."
    right = f"The pmf is\n\n$$ P(X = x) = p (1 - p)^{{x - 1}} $$\n\n{one}\n"
    _not_refuted(_post(tmp_path, right)[_line(right, "P(X")])
    # p (1 - p)^x sums to 1 - p over 1, 2, ...: wrong on the support stated ...
    wrong = f"The pmf is\n\n$$ P(X = x) = p (1 - p)^{{x}} $$\n\n{one}\n"
    ce = _refuted_by_mass(_post(tmp_path, wrong, "w.md")[_line(wrong, "P(X")])
    assert math.isclose(ce["mass"], 1 - ce["p"], rel_tol=1e-8), ce
    # ... and right (the number of failures) when the post states no support.
    bare = "The pmf is\n\n$$ P(X = x) = p (1 - p)^{x} $$\n"
    _not_refuted(_post(tmp_path, bare, "b.md")[_line(bare, "P(X")])


def test_a_continuous_density_is_weighed_on_its_stated_interval(tmp_path):
    # 2x / theta^2 on 0 < x < theta has mass 1; 3x^2 / theta^2 has mass theta.
    body = (
        "The density is\n\n$$ f(x \\mid \\theta) = \\frac{2 x}{\\theta^2} $$\n\n"
        "for $0 < x < \\theta$.\n"
    )
    _not_refuted(_post(tmp_path, body)[_line(body, "f(x")])
    wrong = body.replace("\\frac{2 x}", "\\frac{3 x^2}")
    ce = _refuted_by_mass(_post(tmp_path, wrong, "w.md")[_line(wrong, "f(x")])
    assert math.isclose(ce["mass"], ce["theta"], rel_tol=1e-8), ce


# ------------------------------------------------------------------ the supports weighed


def test_a_factorial_says_whole_numbers_not_where_they_start():
    x = sp.Symbol("x", real=True)
    t = sp.Symbol("theta", positive=True)
    claim = D.Claim("density", t**x * sp.exp(-t) / sp.factorial(x), x)
    supports, known = D.support_of(claim, None, {})
    assert not known
    assert {s.text for s in supports} == {D.COUNTS.text, D.POSITIVE_COUNTS.text}
    # A stated support is the one weighed, and known.
    supports, known = D.support_of(claim, D.POSITIVE_COUNTS, {})
    assert known and [s.lower for s in supports] == [1]


def test_pieces_of_a_support_stated_apart_are_put_together():
    from derivations.assumptions import parse

    domains = parse("x integer", "a") + parse("x >= 1", "b")
    s = D.stated_support(domains, "x")
    assert s and s.discrete and s.lower == 1 and s.upper == sp.oo
    # Two different lower bounds: what is stated cannot be used.
    assert D.stated_support(parse("x >= 1", "a") + parse("x >= 0", "b"), "x") is False


# ------------------------------------------------------------------ declared distributions


def test_a_declared_continuous_family_states_its_support(tmp_path):
    # X ~ Exp(lambda): x > 0, where lambda^2 e^{-lambda x} has mass lambda (on the reals
    # its mass is infinite, so without the declaration nothing is shown wrong).
    model = "The model is\n\n$$ X \\sim \\text{Exp}(\\lambda) $$\n\nwith density\n\n"
    wrong = model + "$$ f(x \\mid \\lambda) = \\lambda^2 e^{-\\lambda x} $$\n"
    ce = _refuted_by_mass(_post(tmp_path, wrong)[_line(wrong, "f(x")])
    assert math.isclose(ce["mass"], ce["lambda"], rel_tol=1e-8), ce
    right = model + "$$ f(x \\mid \\lambda) = \\lambda e^{-\\lambda x} $$\n"
    _not_refuted(_post(tmp_path, right, "r.md")[_line(right, "f(x")])
    # Beta(a, 1): 0 < x < 1, where a^2 x^{a - 1} has mass a (over (0, oo), which
    # x^{a - 1} implies, its mass is infinite).
    model = "The model is\n\n$$ X \\sim \\text{Beta}(a, 1) $$\n\nwith density\n\n"
    wrong = model + "$$ f(x \\mid a) = a^2 x^{a - 1} $$\n"
    ce = _refuted_by_mass(_post(tmp_path, wrong, "b.md")[_line(wrong, "f(x")])
    assert math.isclose(ce["mass"], ce["a"], rel_tol=1e-8), ce
    right = model + "$$ f(x \\mid a) = a x^{a - 1} $$\n"
    _not_refuted(_post(tmp_path, right, "br.md")[_line(right, "f(x")])


def test_a_declared_bernoulli_variable_is_weighed_on_zero_and_one(tmp_path):
    model = "The model is\n\n$$ x_i \\sim \\mathrm{Bern}(p) $$\n\nwith pmf\n\n"
    right = model + "$$ p(x \\mid p) = p^x (1 - p)^{1 - x} $$\n"
    _not_refuted(_post(tmp_path, right)[_line(right, "p(x")])
    # p^x (1 - p)^x: mass 1 + p (1 - p) over {0, 1}.
    wrong = model + "$$ p(x \\mid p) = p^x (1 - p)^{x} $$\n"
    ce = _refuted_by_mass(_post(tmp_path, wrong, "w.md")[_line(wrong, "p(x")])
    assert math.isclose(ce["mass"], 1 + ce["p"] * (1 - ce["p"]), rel_tol=1e-8), ce


def test_a_declared_poisson_variable_does_not_fix_where_a_pmf_starts(tmp_path):
    # A post that declares X ~ Poisson may go on to the zero-truncated pmf of X.
    body = (
        "The model is\n\n$$ X \\sim \\text{Poisson}(\\theta) $$\n\n"
        f"and the pmf of the counts we observe is\n\n$$ {ZTP} $$\n"
    )
    _not_refuted(_post(tmp_path, body)[_line(body, "P(X = x)")])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("x = 1, 2, \\ldots", ("x", False, 1, None)),
        ("P(X = x) = c,\\ x=1,2,\\cdots,\\ 0<\\theta<\\infty", ("x", False, 1, None)),
        ("x_{i} = 0,1,2,...", ("x", True, 0, None)),
        ("k = 0, 1, \\ldots, m, \\quad p > 0", ("k", False, 0, "m")),
        ("x = 0, 1, 2, \\ldots, \\quad 0 \\le p \\le 1", ("x", False, 0, None)),
        # Not consecutive, not a plain name, or a last value this reading cannot end.
        ("x = 1, 3, 5, \\dots", None),
        ("\\theta = 1, 2, \\dots", None),
        ("x = 0, 1, \\ldots, m-1", None),
        ("x = 0, 1, \\ldots, 2m", None),
    ],
)
def test_a_list_of_whole_numbers_in_a_row_is_a_support(text, expected):
    found = D.listed_supports(text)
    if expected is None:
        assert found == []
        return
    (d,) = found
    assert d.integer and (d.name, d.sample, d.lower, d.upper) == expected


def test_a_slow_geometric_series_has_its_mass():
    # mpmath.fp.nsum is 1.3e-9 off here; the direct sum is exact (hypothesis found it).
    x = sp.Symbol("x", real=True)
    r = 0.8726175032646779
    m = D.mass(sp.Float(r) ** x, x, D.COUNTS, {})
    assert m is not None and math.isclose(m, 1 / (1 - r), rel_tol=1e-9)


def test_a_truncation_is_read_only_where_the_words_allow_it(tmp_path):
    """laws28 refuted the zero-truncated pmf above against the declared Poisson (the two
    differ under every convention). A multiple of the law's density by a factor of its
    parameters never below 1 is the law over part of its support when the words may say so
    ("the counts we observe"); without such words it is still refuted."""
    body = (
        "The model is\n\n$$ X \\sim \\text{Poisson}(\\theta) $$\n\n"
        f"and its pmf is\n\n$$ {ZTP} $$\n"
    )
    row = _post(tmp_path, body)[_line(body, "P(X = x)")]
    assert row.verdict == "refuted", row.reason
