"""Expectations of sums with the sample mean inside (issue 12, LAWS).

The bias of the variance MLE (``E[\\hat\\sigma^2] = (n-1)/n \\sigma^2``) is the usual
derivation: expand ``(y_i - \\bar y)^2`` inside ``E[...]``, split the sum, take the
constants out, and use ``E[y_i^2]`` and ``E[\\bar y^2] = Var/n + \\mu^2``. What must hold:

- two rows that differ only by rewriting inside ``E[...]`` (or by moving a non-random
  constant in or out) are equal by linearity, whatever the moments are;
- ``E[\\bar y^2]`` has a value only when the post states independence (``i.i.d.``);
- a slip in such a row is refuted when every moment has a value, and never proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"

DECLARED = r"""Let the observations be a sample:

$$
y_i {sim} \mathcal{{N}}(\mu, \sigma^2), \quad i = 1,\ldots,n \; .
$$

"""

DEFINED = r"""The estimator is

$$
\hat{\sigma}^2 = \frac{1}{n} \sum_{i=1}^{n} \left( y_i - \bar{y} \right)^2
$$

where

$$
\bar{y} = \frac{1}{n} \sum_{i=1}^{n} y_i
$$

Its expectation:

"""

#: The chain of the Book of Statistical Proofs' proof (resvar-bias), one row a line.
CHAIN = [
    r"\mathrm{E}\left[ \hat{\sigma}^2 \right] &= \mathrm{E}\left[ \frac{1}{n} \sum_{i=1}^{n} \left( y_i - \bar{y} \right)^2 \right]",  # noqa: E501
    r"&= \frac{1}{n} \mathrm{E}\left[ \sum_{i=1}^{n} \left( y_i - \bar{y} \right)^2 \right]",
    r"&= \frac{1}{n} \mathrm{E}\left[ \sum_{i=1}^{n} \left( y_i^2 - 2 y_i \bar{y} + \bar{y}^2 \right) \right]",  # noqa: E501
    r"&= \frac{1}{n} \mathrm{E}\left[ \sum_{i=1}^{n} y_i^2 - 2 \sum_{i=1}^{n} y_i \bar{y} + \sum_{i=1}^{n} \bar{y}^2 \right]",  # noqa: E501
    r"&= \frac{1}{n} \mathrm{E}\left[ \sum_{i=1}^{n} y_i^2 - 2 n \bar{y}^2 + n \bar{y}^2 \right]",
    r"&= \frac{1}{n} \mathrm{E}\left[ \sum_{i=1}^{n} y_i^2 - n \bar{y}^2 \right]",
    r"&= \frac{1}{n} \left( \sum_{i=1}^{n} \mathrm{E} \left[ y_i^2 \right] - n \mathrm{E}\left[ \bar{y}^2 \right] \right)",  # noqa: E501
    r"&= \frac{1}{n} \sum_{i=1}^{n} \mathrm{E} \left[ y_i^2 \right] - \mathrm{E}\left[ \bar{y}^2 \right]",  # noqa: E501
    r"&= \frac{n-1}{n} \sigma^2",
]

IID = r"\overset{\text{i.i.d.}}{\sim}"


def _post(tmp_path, text: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    return {r.line: r.verdict for r in check_post(path, jobs=1).rows}


def _chain_post(sim: str, rows: list[str]) -> tuple[str, list[int]]:
    head = HEAD + DECLARED.format(sim=sim) + DEFINED + "$$\n\\begin{split}\n"
    first = head.count("\n") + 1
    body = " \\\\\n".join(rows) + "\n\\end{split}\n$$\n"
    return (head + body)[len(HEAD) :], list(range(first, first + len(rows)))


def test_the_bias_of_the_variance_mle_is_proved_row_by_row(tmp_path):
    text, lines = _chain_post(IID, CHAIN)
    verdicts = _post(tmp_path, text)
    assert [verdicts.get(k) for k in lines] == ["proved"] * len(CHAIN)


@pytest.mark.parametrize(
    ("row", "slip"),
    [
        (4, ("- 2 n \\bar{y}^2 + n", "- 2 n \\bar{y}^2 + 2 n")),  # sum y_i ybar = n ybar^2 slipped
        (5, ("- n \\bar{y}^2", "- \\bar{y}^2")),
        (7, ("- \\mathrm{E}\\left[ \\bar{y}^2", "- n \\mathrm{E}\\left[ \\bar{y}^2")),
        (8, ("\\frac{n-1}{n}", "\\frac{n+1}{n}")),
    ],
)
def test_a_slip_in_the_chain_is_refuted_at_its_row(tmp_path, row, slip):
    rows = list(CHAIN)
    old, new = slip
    assert old in rows[row]
    rows[row] = rows[row].replace(old, new)
    text, lines = _chain_post(IID, rows)
    verdicts = _post(tmp_path, text)
    assert verdicts[lines[row]] == "refuted"
    assert all(verdicts[k] == "proved" for k in lines[:row])


def test_without_independence_the_mean_square_of_the_sample_mean_has_no_value(tmp_path):
    """``y_i ~ N(mu, sigma^2)`` alone does not say the y_i are independent: the
    linearity links are proved, the value (n-1)/n sigma^2 is neither proved nor refuted."""
    text, lines = _chain_post("\\sim", CHAIN)
    verdicts = _post(tmp_path, text)
    assert [verdicts[k] for k in lines[:-1]] == ["proved"] * (len(CHAIN) - 1)
    assert verdicts[lines[-1]] not in ("proved", "refuted")
    rows = list(CHAIN)
    rows[-1] = rows[-1].replace("n-1", "n+1")
    text, lines = _chain_post("\\sim", rows)
    assert _post(tmp_path, text)[lines[-1]] not in ("proved", "refuted")


def test_independence_stated_in_the_sentence_counts(tmp_path):
    text, lines = _chain_post("\\sim", CHAIN)
    text = text.replace("be a sample:", "be i.i.d. observations:")
    assert _post(tmp_path, text)[lines[-1]] == "proved"


def test_a_random_factor_is_not_taken_out_of_the_expectation(tmp_path):
    """``E[\\bar y \\sum y_i]`` is not ``\\bar y E[\\sum y_i]``: \\bar y is random."""
    body = DECLARED.format(sim=IID) + (
        "where\n\n$$\n\\bar{y} = \\frac{1}{n} \\sum_{i=1}^{n} y_i\n$$\n\nso\n\n"
        "$$\n\\mathrm{E}\\left[ \\bar{y} \\sum_{i=1}^{n} y_i \\right] = "
        "\\bar{y} \\mathrm{E}\\left[ \\sum_{i=1}^{n} y_i \\right]\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] != "proved"


def test_linearity_holds_without_a_law(tmp_path):
    """No law declared: E[sum (X_i - 3)^2] = E[sum X_i^2] - 6 E[sum X_i] + 9n is
    linearity alone; the same row with 4 E[sum X_i] is not refuted (the moments have no
    value). (A letter c in place of 3 is not taken for a constant without a law: it may
    be random, a parameter under its posterior.)"""
    row = (
        "$$\n\\mathrm{{E}}\\left[ \\sum_{{i=1}}^{{n}} (X_i - 3)^2 \\right] = "
        "\\mathrm{{E}}\\left[ \\sum_{{i=1}}^{{n}} X_i^2 \\right] - {c} "
        "\\mathrm{{E}}\\left[ \\sum_{{j=1}}^{{n}} X_j \\right] + 9 n\n$$\n"
    )
    verdicts = _post(tmp_path, "Some variables.\n\n" + row.format(c=6))
    assert verdicts[max(verdicts)] == "proved"
    verdicts = _post(tmp_path, "Some variables.\n\n" + row.format(c=4))
    assert verdicts[max(verdicts)] not in ("proved", "refuted")


@pytest.mark.parametrize(("sim", "value"), [(IID, "\\mu^2"), ("\\sim", None)])
def test_two_distinct_samples_multiply_only_when_independent(tmp_path, sim, value):
    body = DECLARED.format(sim=sim) + (
        "$$\n\\mathrm{E}\\left[ y_1 y_2 \\right] = \\mu^2\n$$\n\n"
        "$$\n\\mathrm{E}\\left[ y_1 y_2 \\right] = 2\\mu^2\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    right, wrong = sorted(verdicts)[-2:]
    if value:
        assert (verdicts[right], verdicts[wrong]) == ("proved", "refuted")
    else:
        assert verdicts[right] != "proved" and verdicts[wrong] != "refuted"


@pytest.mark.parametrize(("slip", "verdict"), [("", "proved"), ("2", "refuted")])
def test_a_lower_case_declaration_gives_its_variable_a_law(tmp_path, slip, verdict):
    body = (
        "Let $x \\sim \\mathrm{Poisson}(\\lambda)$ be one count.\n\n"
        f"$$\n\\mathrm{{Var}}(x) = E[x^2] - E[x]^2 = {slip}\\lambda\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] == verdict


@pytest.mark.parametrize("name", ["\\mathrm{Be}", "\\mathrm{Ber}", "\\text{Bernoulli}"])
@pytest.mark.parametrize(("value", "verdict"), [("p(1-p)", "proved"), ("p(1+p)", "refuted")])
def test_a_law_named_in_upright_letters_is_read(tmp_path, name, value, verdict):
    """``\\mathrm{Be}(p)``: a name the reader does not know keeps its wrapper
    (``\\mathrm{Be}``); the family is the word inside."""
    body = f"$$\nX \\sim {name}(p)\n$$\n\n$$\n\\mathrm{{Var}}(X) = E[X^2] - E[X]^2 = {value}\n$$\n"
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] == verdict


def test_a_statistic_defined_twice_has_no_value(tmp_path):
    """``\\bar y`` given two different values: which one E[\\bar y^2] means is not guessed,
    so the value that holds for the first is not proved (nor refuted)."""
    body = DECLARED.format(sim=IID) + (
        "$$\n\\bar{y} = \\frac{1}{n} \\sum_{i=1}^{n} y_i\n$$\n\n"
        "or\n\n$$\n\\bar{y} = \\frac{1}{n-1} \\sum_{i=1}^{n} y_i\n$$\n\n"
        "$$\n\\mathrm{E}\\left[ \\bar{y}^2 \\right] = \\frac{\\sigma^2}{n} + \\mu^2\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] != "proved"
    once = body.replace("or\n\n$$\n\\bar{y} = \\frac{1}{n-1} \\sum_{i=1}^{n} y_i\n$$\n\n", "")
    assert once != body
    verdicts = _post(tmp_path, once)
    assert verdicts[max(verdicts)] == "proved"  # the same row, \bar y defined once


def test_a_random_number_of_terms_is_not_summed(tmp_path):
    """``n`` declared random: E[sum_{i=1}^n y_i] is not n E[y] without more (Wald)."""
    body = (
        "$$\ny_i \\overset{iid}{\\sim} \\mathrm{Poisson}(\\lambda)\n$$\n\n"
        "$$\nn \\sim \\mathrm{Poisson}(\\mu)\n$$\n\n"
        "$$\n\\mathrm{E}\\left[ \\sum_{i=1}^{n} y_i \\right] = n \\lambda\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] != "proved"


@pytest.mark.parametrize(
    ("value", "verdicts"),
    [
        ("\\lambda \\sum_{i=1}^{n} t_i", ("proved",)),  # HEAD: refuted (n lambda t_i)
        ("n \\lambda t_i", ("unchecked", "plausible", "unrelated", "refuted", "given")),
        ("n \\lambda t_j", ("unchecked", "plausible", "unrelated", "refuted", "given")),
    ],
)
def test_samples_whose_law_depends_on_their_index_are_not_identical(tmp_path, value, verdicts):
    """``X_i \\sim Poisson(\\lambda t_i)``: E[sum_j X_j] = lambda sum_j t_j, whatever the
    sum's index is called; never n times one sample's mean."""
    body = (
        "$$\nX_i \\sim \\mathrm{Poisson}(\\lambda t_i)\n$$\n\n"
        f"$$\n\\mathrm{{E}}\\left[ \\sum_{{j=1}}^{{n}} X_j \\right] = {value}\n$$\n"
    )
    found = _post(tmp_path, body)
    assert found[max(found)] in verdicts


@pytest.mark.parametrize(
    "sentence",
    [
        "They are exchangeable but not i.i.d.: each pair has correlation $\\rho$.",
        "Noise independent of the signal is added; the readings drift together.",
        "The readings are i.i.d. in time but each pair has covariance $c$.",
    ],
)
def test_independence_doubted_in_the_sentence_does_not_count(tmp_path, sentence):
    """Adversarial set 4, pairs 53-54: "i.i.d." or "independent" next to a denial, a
    dependence or another subject is no statement that the samples are independent."""
    body = (
        f"{sentence}\n\n$$\nY_i \\sim \\mathcal{{N}}(\\mu, \\sigma^2)\n$$\n\n"
        "$$\n\\mathbb{E}[Y_1 Y_2] = \\mu^2\n$$\n"
    )
    verdicts = _post(tmp_path, body)
    assert verdicts[max(verdicts)] not in ("proved", "refuted")
