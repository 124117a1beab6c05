"""expect69: the subscript reading of means (expect68, ``\\mathbb{E}_X[X^2]`` the mean over X's
law) never reads a conditional mean, and never puts a subscripted mean equal to a plain one.

The reader puts a bar's condition and a subscript in the same place, as arguments after the
first: ``\\mathbb{E}[X^2 \\mid X]`` and ``\\mathbb{E}_X[X^2]`` are both ``E(X**2, X)``. The
expect68 reading took the first for the second and proved ``E[X^2 | X] = \\lambda +
\\lambda^2`` after ``X ~ Poisson(\\lambda)`` "by linearity" (adversarial5, pair 62; the
conditional mean is ``X^2``). And ``\\mathrm{Var}[x - \\mu]`` below ``\\mathrm{Var}_x[...]``
was proved (test_post_cascade62_congruence): which letters a plain mean averages over is
another reading than the subscript's. Now a mean written with a bar (in its bracket or in its
subscript, ``E_{Z|X}``) anywhere in the post gets no value from the subscript reading, and a
link compared by that reading has no mean without its own subscript.

The tests of rows that must not be proved failed before the change (proved), except those
marked as holding already; the correct twins are checked as well (never refuted, and the
subscripted ones still proved).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POISSON = "---\ntitle: a Poisson count\n---\nLet $X \\sim \\mathrm{Poisson}(\\lambda)$.\n\n"
BERNOULLI = "---\ntitle: a coin\n---\nLet $X \\sim \\mathrm{Bernoulli}(p)$.\n\n"
NORMAL = "---\ntitle: a normal\n---\nLet $X \\sim N(\\mu, 1)$ and let $Y$ be another variable.\n\n"


def _verdicts(tmp_path, head: str, *rows: str) -> list[str]:
    """The verdict of each display ``rows`` (one display each) of the post ``head`` + rows."""
    path = tmp_path / "post.md"
    body = head + "".join(f"$$\n{r}\n$$\n\n" for r in rows)
    path.write_text(body, encoding="utf-8")
    first = head.count("\n") + 2
    lines = [first + 4 * k for k in range(len(rows))]
    by_line = {r.line: r.verdict for r in check_post(path, jobs=1).rows}
    return [by_line[n] for n in lines]


#: false rows through a bar (a conditional mean read as the unconditional one): never proved
CONDITIONED_FALSE = {
    "adversarial5 62: given the variable itself": (
        POISSON,
        "\\mathbb{E}[X^2 \\mid X] = \\lambda + \\lambda^2",
    ),
    "round brackets and a plain bar": (POISSON, "E(X^2 | X) = \\lambda + \\lambda^2"),
    "the variance given itself": (POISSON, "\\mathrm{Var}(X \\mid X) = \\lambda"),
    "a bar in the subscript": (POISSON, "\\mathbb{E}_{X \\mid X}[X^2] = \\lambda + \\lambda^2"),
    "a subscript and a bar": (
        NORMAL,
        "\\mathbb{E}_X[X \\mid Y] = \\mu",
    ),
    "given another variable (holding already)": (NORMAL, "\\mathbb{E}[X \\mid Y] = \\mu"),
    "given a value (holding already)": (
        NORMAL,
        "\\mathbb{E}[X^2 \\mid X = x] = \\mu^2 + 1",
    ),
    "a function given a value (holding already)": (
        NORMAL,
        "\\mathbb{E}[g(X) \\mid X = x] = \\mathbb{E}[g(X)]",
    ),
    "a function given a value, subscripted (holding already)": (
        NORMAL,
        "\\mathbb{E}_X[g(X) \\mid X = x] = \\mathbb{E}_X[g(X)]",
    ),
    "a variance given another variable after a declared law (holding already)": (
        POISSON,
        "\\mathrm{Var}(X \\mid Y) = \\lambda",
    ),
}


@pytest.mark.parametrize("name", sorted(CONDITIONED_FALSE))
def test_a_conditional_mean_is_not_proved_equal_to_the_unconditional_one(tmp_path, name):
    head, row = CONDITIONED_FALSE[name]
    assert _verdicts(tmp_path, head, row) != ["proved"]


@pytest.mark.parametrize(
    "row",
    [
        "\\mathbb{E}[X^2 \\mid X] = X^2",
        "\\mathbb{E}_{X \\mid X}[X^2] = X^2",
        "\\mathrm{Var}(X \\mid X) = 0",
        "\\mathbb{E}[g(X) \\mid X = x] = g(x)",
    ],
)
def test_the_conditional_twin_is_not_refuted(tmp_path, row):
    assert _verdicts(tmp_path, POISSON, row) != ["refuted"]


def test_a_bar_elsewhere_in_the_post_takes_the_value_from_the_same_written_mean(tmp_path):
    # the reader cannot tell E[X^2 | X] from E_X[X^2] (one expression): once the post writes
    # the bar, neither gets the subscript reading's value (a proof lost, no false one)
    got = _verdicts(
        tmp_path,
        POISSON,
        "\\mathbb{E}[X^2 \\mid X] = X^2",
        "\\mathbb{E}_X[X^2] = \\lambda + \\lambda^2",
    )
    assert got[1] != "proved"
    assert "refuted" not in got


def test_a_conditional_mean_is_not_the_quantity_a_subscripted_row_gave_a_value(tmp_path):
    # open on main before expect68 too (failed before): the same expression, proved as
    # "rewrites the value line 7 gives the same quantity" (._restated_quantity)
    got = _verdicts(
        tmp_path,
        POISSON,
        "\\mathbb{E}_X[X^2] = \\lambda + \\lambda^2",
        "\\mathbb{E}[X^2 \\mid X] = \\lambda + \\lambda^2",
    )
    assert got[1] != "proved"


#: a plain mean in one line, a subscripted one in the other: never proved by the subscript
#: reading (false rows), never refuted (rows right under the declared law)
MIXED = {
    "cascade62: a plain variance below a subscripted one": (
        "---\ntitle: t\n---\n\n",
        "J(\\mu) = \\mathrm{Var}_x\\left[x - \\mu\\right] = \\mathrm{Var}\\left[x - \\mu\\right]",
        False,
    ),
    "the second moment by the variance (right under the law)": (
        POISSON,
        "\\mathbb{E}_X[X^2] = \\mathrm{Var}(X) + \\mathbb{E}[X]^2",
        True,
    ),
    "the second moment by the variance, a wrong sign": (
        POISSON,
        "\\mathbb{E}_X[X^2] = \\mathrm{Var}(X) - \\mathbb{E}[X]^2",
        False,
    ),
    "a plain mean first": (
        BERNOULLI,
        "\\mathbb{E}[X] + 1 = \\mathbb{E}_X[X^2] + 1",
        True,
    ),
}


@pytest.mark.parametrize("name", sorted(MIXED))
def test_a_plain_mean_is_not_proved_equal_to_a_subscripted_one(tmp_path, name):
    head, row, right = MIXED[name]
    verdicts = _verdicts(tmp_path, head, row)
    assert verdicts != ["proved"]
    if right:
        assert verdicts != ["refuted"]


#: twins of my making: (head, right row, wrong row); the right one proved by the subscript
#: reading (all its means name their letters), the wrong one never proved
TWINS = {
    "a coin's second moment": (
        BERNOULLI,
        "\\mathbb{E}_X[X^2] = p",
        "\\mathbb{E}_X[X^2] = p^2",
    ),
    "a coin's variance as a subscripted difference": (
        BERNOULLI,
        "\\mathrm{Var}_X(X) = \\mathbb{E}_X[X^2] - \\mathbb{E}_X[X]^2",
        "\\mathrm{Var}_X(X) = \\mathbb{E}_X[X^2] + \\mathbb{E}_X[X]^2",
    ),
    "a shifted Poisson mean": (
        POISSON,
        "\\mathbb{E}_X[(X + 1)^2] = \\lambda^2 + 3\\lambda + 1",
        "\\mathbb{E}_X[(X + 1)^2] = \\lambda^2 + 2\\lambda + 1",
    ),
    "a mean over another letter than the argument's": (
        POISSON,
        "\\mathbb{E}_X[X^2] = \\lambda + \\lambda^2",
        "\\mathbb{E}_Y[X^2] = \\lambda + \\lambda^2",
    ),
    "a normal's square": (
        NORMAL,
        "\\mathbb{E}_X[X^2] = \\mu^2 + 1",
        "\\mathbb{E}_X[X^2 \\mid Y] = \\mu^2 + 1",
    ),
}


@pytest.mark.parametrize("name", sorted(TWINS))
def test_twins(tmp_path, name):
    head, right, wrong = TWINS[name]
    assert _verdicts(tmp_path, head, right) == ["proved"]
    assert _verdicts(tmp_path, head, wrong) != ["proved"]
