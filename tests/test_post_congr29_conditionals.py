"""CONGR29: functions a post never gives a value, checked where the link holds for EVERY such
function (``derivations/post/_opaque.py``).

Two readings are tested here. A name whose calls put the conditioning bar in different places
(``P(H | c; \\theta)``, ``P(c, x_i | \\theta)``, ``P(c | x_i, \\theta)``) is still read as
arbitrary functions, one per place of the bar (the reader keeps the bar in the call since
bayes28). And a probability written with a bar is one law's conditionals and marginals:
``P(A | B)`` of plain letters is read as ``J(A, B) / J(B)``, ``J`` an arbitrary positive function
of a set of letters, so the product rule, Bayes' rule and the chain rule are proved under a log
too, while a link that holds for some laws only is never proved and nothing is refuted. Each
correct link below was unchecked before ("P(...) is not defined in the post"); each wrong twin
must stay unproved.
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
import sympy as sp

from derivations.post import check_post
from derivations.post._opaque import OpaqueNames, as_named
from derivations.post._tosympy import named_function

HEAD = (
    "---\ntitle: t\n---\nLet $x$, $y$, $c$ and $\\theta$ be random variables with a joint "
    "probability $P$.\n\n"
)


def verdicts(tmp_path: Path, body: str, head: str = HEAD) -> list[str]:
    p = tmp_path / "post.md"
    p.write_text(head + body, encoding="utf-8")
    return [r.verdict for r in check_post(p, jobs=1).rows]


def row(left: str, right: str) -> str:
    return f"$$\\ell = {left} = {right}$$\n"


# (correct link, wrong twin): each pair differs in one term
PAIRS = [
    # the product rule under a log, with a parameter after a semicolon
    (
        (r"\log P(x, y; \theta)", r"\log P(x \mid y; \theta) + \log P(y; \theta)"),
        (r"\log P(x, y; \theta)", r"\log P(x \mid y; \theta) + \log P(x; \theta)"),
    ),
    # Bayes' rule
    (
        (r"\log P(c \mid x)", r"\log P(x \mid c) + \log P(c) - \log P(x)"),
        (r"\log P(c \mid x)", r"\log P(x \mid c) + \log P(c)"),
    ),
    # the chain rule, the joint's letters in another order
    (
        (r"\log P(c, x, y)", r"\log P(x \mid y, c) + \log P(y \mid c) + \log P(c)"),
        (r"\log P(c, x, y)", r"\log P(x \mid y, c) + \log P(y) + \log P(c)"),
    ),
    # a ratio of the joint and a conditional, as in an E step
    (
        (r"\frac{P(x, c \mid \theta)}{P(c \mid x, \theta)}", r"P(x \mid \theta)"),
        (r"\frac{P(x, c \mid \theta)}{P(c \mid x, \theta)}", r"P(c \mid \theta)"),
    ),
]


@pytest.mark.parametrize(("right", "wrong"), PAIRS)
def test_a_law_of_probability_is_proved(tmp_path: Path, right, wrong) -> None:
    assert verdicts(tmp_path, row(*right))[-1] == "proved"


@pytest.mark.parametrize(("right", "wrong"), PAIRS)
def test_a_link_for_some_laws_only_is_neither_proved_nor_refuted(
    tmp_path: Path, right, wrong
) -> None:
    assert verdicts(tmp_path, row(*wrong))[-1] not in ("proved", "refuted")


def test_bars_in_different_places_still_read_as_arbitrary_functions(tmp_path: Path) -> None:
    """P(H | c; theta) and P(H | c, theta) in one post (two separators, the bar in one place)
    and P(c, x | theta) beside P(c | x, theta): before, P was then left alone and every row
    of it unchecked."""
    body = (
        row(r"\log \prod_{i=1}^{m} P(x_i \mid \theta)", r"\sum_{i=1}^{m} \log P(x_i \mid \theta)")
        + "\nand $P(H \\mid c; \\theta) + P(T \\mid c, \\theta) = 1$, "
        + "$P(c \\mid x_i, \\theta) P(x_i \\mid \\theta) = P(c, x_i \\mid \\theta)$.\n"
    )
    assert verdicts(tmp_path, body)[0] == "proved"


def test_a_symmetric_reading_needs_a_law(tmp_path: Path) -> None:
    """The joint of x, c is the joint of c, x - for a probability written with a bar. A
    function of two letters that is no probability is not symmetric, nor is P when the post
    never conditions on anything (P(n, k) may count permutations)."""
    assert verdicts(tmp_path, row(r"\log P(x, c \mid y)", r"\log P(c, x \mid y)"))[-1] == "proved"
    head = "---\ntitle: t\n---\nLet $f$ be a function.\n\n"
    assert verdicts(tmp_path, row("f(a, b)", "f(b, a)"), head)[-1] not in ("proved", "refuted")
    head = "---\ntitle: t\n---\nLet $n$ and $k$ be whole numbers.\n\n"
    assert verdicts(tmp_path, row("P(n, k)", "P(k, n)"), head)[-1] not in ("proved", "refuted")


def test_a_likelihood_with_a_bar_is_no_law_of_its_parameter(tmp_path: Path) -> None:
    """L(theta | x) is p(x | theta) read as a function of theta: Bayes' rule in L is no law."""
    head = "---\ntitle: t\n---\nLet $L(\\theta \\mid x)$ be the likelihood of the data.\n\n"
    body = row(r"\log L(\theta \mid x)", r"\log L(x \mid \theta) + \log L(\theta) - \log L(x)")
    assert verdicts(tmp_path, body, head)[-1] not in ("proved", "refuted")


def _names(*texts: str) -> OpaqueNames:
    return OpaqueNames(texts, ["the probability of the data"])


def test_as_joints_reads_a_conditional_as_a_ratio_of_joints() -> None:
    x, y, t = sp.symbols("x y theta")
    names = _names(r"P(x \mid y; \theta)")
    cond = named_function("P", 1)(x, y, t)
    out = names.as_joints(cond)
    joint = names.as_joints(named_function("P")(y, t, x))
    given = names.as_joints(named_function("P")(t, y))
    assert out is not None and joint is not None and given is not None
    assert sp.simplify(out - joint / given) == 0
    # the letters' order does not matter; the place of the bar does
    assert names.as_joints(named_function("P")(x, y, t)) == joint
    assert names.as_joints(named_function("P", 2)(x, y, t)) != out


@pytest.mark.parametrize(
    ("texts", "name", "args", "bar"),
    [
        ([r"P(x \mid y)"], "P", ("x", "x"), 1),  # a letter twice
        ([r"P(x \mid y)"], "P", ("x+1", "y"), 1),  # no plain letter
        ([r"P(x, y)"], "P", ("x", "y"), 0),  # the post never conditions with P
        ([r"L(x \mid y)"], "L", ("x", "y"), 1),  # a likelihood is no law of its parameter
        ([r"f(x \mid y)"], "f", ("x", "y"), 1),  # no probability by its name
    ],
)
def test_as_joints_leaves_other_calls_alone(texts, name, args, bar) -> None:
    syms = {s: sp.Symbol(s) for s in ("x", "y")}
    vals = [syms["x"] + 1 if a == "x+1" else syms[a] for a in args]
    assert _names(*texts).as_joints(named_function(name, bar)(*vals)) is None


def test_the_joint_reading_is_every_laws_conditional() -> None:
    """Sound: for random laws of three binary letters, the reading of every conditional
    ``P(A | B)`` (each split of the letters, in each order), with ``J`` put in as the law's
    marginals, is the conditional computed from the law's table - so a link proved in ``J``
    holds for every law."""
    rng = random.Random(29)
    letters = sp.symbols("x y c")
    names = _names(r"P(x \mid y)")
    splits = [
        (of, given)
        for perm in itertools.permutations(letters)
        for k in range(1, 4)
        for j in range(k, 4)
        for of, given in [(perm[:k], perm[k:j])]
    ]
    for _ in range(10):
        table = {pt: rng.uniform(0.05, 1) for pt in itertools.product((0, 1), repeat=3)}
        total = sum(table.values())
        for pt in table:
            at = dict(zip(letters, pt, strict=True))

            def marginal(keep, at=at, table=table, total=total) -> float:
                return sum(
                    v / total
                    for k, v in table.items()
                    if all(k[letters.index(n)] == at[n] for n in keep)
                )

            for of, given in splits:
                call = named_function("P", len(of) if given else 0)(*of, *given)
                read = names.as_joints(call)
                assert read is not None
                value = read.xreplace({f: marginal(f.args) for f in read.atoms(sp.Function)})
                want = marginal((*of, *given)) / marginal(given)
                assert abs(float(value) - want) < 1e-12, (call, read)


def test_as_named_writes_the_joint_back_as_a_call() -> None:
    """A line read in J goes on as the post's calls of the joint (the next row reads them
    again the same way)."""
    x, y = sp.symbols("x y")
    names = _names(r"P(x \mid y)")
    e = names.as_joints(named_function("P", 1)(x, y))
    back = as_named(e)
    assert back == named_function("P")(x, y) / named_function("P")(y)


HELD_OUT = Path(__file__).parent / "posts" / "incoming"


def test_em_e_step_rows_are_proved() -> None:
    """external18/aiwen324 (EM with two coins): P(x_i, c|theta)/Q_i(c) = P(x_i|theta) with
    Q_i(c) = P(c|x_i, theta), Bayes' rule with the evidence summed, and the product rule inside
    the M step's log - all unchecked before."""
    (post,) = (HELD_OUT / "external18").glob("aiwen324-jupyter-em-two-coins*.md")
    by_line = {r.line: r.verdict for r in check_post(post, jobs=1).rows}
    assert [by_line[k] for k in (30, 37, 43)] == ["proved"] * 3


def test_a_second_derivative_of_a_function_without_value_is_related(tmp_path: Path) -> None:
    """d^2 A / d theta^2 of an A the post never gives a value: the reader built the held
    derivative with the count 1 + 1 (sympy, under evaluate(False)) and crashed relating the
    row ("could not relate this row (TypeError: ...symbolic count)"), and the rows after it
    were lost."""
    head = "---\ntitle: t\n---\nLet $p(x) = \\exp(\\theta x - A(\\theta)) h(x)$.\n\n"
    body = (
        "$$\n\\begin{split}\n"
        "\\frac{d^2 A}{d\\theta^2} = \\int x^2 \\exp(\\theta x - A(\\theta)) h(x) dx \\\\\n"
        "= \\int x^2 p(x) dx\n"
        "\\end{split}\n$$\n"
    )
    p = tmp_path / "post.md"
    p.write_text(head + body, encoding="utf-8")
    rows = check_post(p, jobs=1).rows
    assert not any("could not relate" in (r.reason or "") for r in rows)


def test_a_function_the_row_brings_in_is_compared_when_the_line_above_has_some(
    tmp_path: Path,
) -> None:
    """The ELBO's q/q: a row that multiplies and divides by a function the line above does
    not write, under a subscript the reader leaves out of the name (q_{\\phi}(z) is read as
    q(z)). Proved: it holds for every q, a probability positive where the post divides by it.
    The same row with q in the numerator only is not proved, and nothing is refuted."""
    head = "---\ntitle: t\n---\nLet $p(x \\mid z)$ be the model and $q_{\\phi}(z)$ a density.\n\n"
    left = r"\log \int p(x, z) dz"
    right = r"\log \int q_{\phi}(z) \frac{p(x, z)}{q_{\phi}(z)} dz"
    assert verdicts(tmp_path, row(left, right), head)[-1] == "proved"
    wrong = r"\log \int q_{\phi}(z) p(x, z) dz"
    assert verdicts(tmp_path, row(left, wrong), head)[-1] not in ("proved", "refuted")
