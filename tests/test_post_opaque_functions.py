"""OPAQUE8: functions a post never defines (``P(x_i|\\theta)``, ``N(x)``), checked as
arbitrary functions (``derivations/post/_opaque.py``).

A link whose lines use only undefined functions was unchecked ("P(...) is not defined in the
post"). It is proved now when it holds for EVERY such function (same name, same arguments:
same value), with ``P > 0`` only where the post takes the log of it. A link that holds for
some functions only stays unchecked (never proved), and none is refuted: the engine cannot
evaluate an arbitrary function, so it proves symbolically or not at all.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from derivations.post import check_post
from derivations.post._opaque import bars_agree

HEAD = "---\ntitle: t\n---\nLet $P$ be the probability mass function of the data.\n\n"


def chain(first: str, second: str) -> str:
    return (
        "$$\n\\begin{aligned}\n"
        f"\\ell(\\theta) &= {first} \\\\\n&= {second}\n"
        "\\end{aligned}\n$$\n"
    )


def verdict(tmp_path: Path, body: str, head: str = HEAD) -> str:
    """The verdict of the last row of the post."""
    p = tmp_path / "post.md"
    p.write_text(head + body, encoding="utf-8")
    return check_post(p, jobs=1).rows[-1].verdict


# (correct link, its wrong twin): the twin holds for some functions, not for all
PAIRS = [
    (
        (r"\log \prod_{i=1}^{m} P(x_i|\theta)", r"\sum_{i=1}^{m} \log P(x_i|\theta)"),
        (r"\log \sum_{i=1}^{m} P(x_i|\theta)", r"\sum_{i=1}^{m} \log P(x_i|\theta)"),
    ),
    (
        (
            r"\sum_{i=1}^{m} (a + b x_i) P(x_i)",
            r"a \sum_{i=1}^{m} P(x_i) + b \sum_{i=1}^{m} x_i P(x_i)",
        ),
        (r"\sum_{i=1}^{m} P(x_i)^2", r"\left(\sum_{i=1}^{m} P(x_i)\right)^2"),
    ),
    (
        (
            r"\sum_{i=1}^{m} \log \frac{P(x_i|\theta)}{q(x_i)}",
            r"\sum_{i=1}^{m} \log P(x_i|\theta) - \sum_{i=1}^{m} \log q(x_i)",
        ),
        (
            r"\sum_{i=1}^{m} \log \frac{P(x_i|\theta)}{q(x_i)}",
            r"\sum_{i=1}^{m} \log P(x_i|\theta) - \log \sum_{i=1}^{m} q(x_i)",
        ),
    ),
]


@pytest.mark.parametrize(("right", "wrong"), PAIRS)
def test_identity_for_every_function_is_proved(tmp_path: Path, right, wrong) -> None:
    assert verdict(tmp_path, chain(*right)) == "proved"


@pytest.mark.parametrize(("right", "wrong"), PAIRS)
def test_identity_for_some_functions_is_not_proved(tmp_path: Path, right, wrong) -> None:
    assert verdict(tmp_path, chain(*wrong)) not in ("proved", "refuted")


def test_positive_only_where_the_log_is_taken(tmp_path: Path) -> None:
    """count is no probability: an arbitrary real, so the log of its product is not the sum
    of its logs (count < 0 somewhere); linearity holds for every count."""
    head = "---\ntitle: t\n---\nLet $\\mathrm{count}$ be the counts.\n\n"
    right = chain(
        r"\sum_{i=1}^{m} (\mathrm{count}(x_i) + 1)", r"\sum_{i=1}^{m} \mathrm{count}(x_i) + m"
    )
    assert verdict(tmp_path, right, head) == "proved"
    wrong = chain(
        r"\log \prod_{i=1}^{m} \mathrm{count}(x_i)", r"\sum_{i=1}^{m} \log \mathrm{count}(x_i)"
    )
    assert verdict(tmp_path, wrong, head) not in ("proved", "refuted")


def test_a_bar_the_reader_drops_is_no_proof(tmp_path: Path) -> None:
    """P(c|x_i) and P(c, x_i) are read as one call: with both in the post, P is not read as
    one arbitrary function (the conditional is no joint)."""
    wrong = chain(r"\sum_{i=1}^{m} P(c|x_i)", r"\sum_{i=1}^{m} P(c, x_i)")
    assert verdict(tmp_path, wrong) not in ("proved", "refuted")
    # the correct twin with one way of writing each call is proved
    right = chain(r"\sum_{i=1}^{m} 2 P(c|x_i)", r"2 \sum_{i=1}^{m} P(c|x_i)")
    assert verdict(tmp_path, right) == "proved"


def test_a_formula_for_the_function_stays_a_definition(tmp_path: Path) -> None:
    """A row writing a formula for P(x_i) gives it a value, as before: not compared."""
    body = chain(r"\sum_{i=1}^{m} \log P(x_i)", r"\sum_{i=1}^{m} \log (\theta x_i)")
    assert verdict(tmp_path, body) == "given"


# CONGR29: the reader keeps the place of the bar in the call (bayes28), so calls with the bar
# in different places are different functions and no longer keep the name from being read
# as arbitrary functions (test_a_bar_the_reader_drops_is_no_proof keeps the property).
@pytest.mark.parametrize(
    ("texts", "agree"),
    [
        ([r"P(x_i|\theta) = \prod P(x_{i} \mid \theta)"], True),
        ([r"P(c|x_i, \theta)", r"P(c, x_i|\theta)"], True),
        ([r"p(x|\boldsymbol\theta)", r"p(x, \theta)"], True),
        ([r"p(y; \theta) p(\theta)"], True),
        ([r"\exp(x)"], False),  # no call of p: nothing to go by
        ([r"P\left(x|\theta\right) + P(x, \theta)"], True),
        ([r"P(H|c;\theta) + P(T|c,\theta)"], True),
    ],
)
def test_bars_agree(texts, agree) -> None:
    name = "P" if any("P" in t for t in texts) else "p"
    assert bars_agree(texts, name) is agree


def test_hostile_calls_stay_cheap() -> None:
    start = time.process_time()  # CPU: load does not stretch it
    assert not bars_agree(["P(" * 50_000], "P")
    assert not bars_agree(["P(x|y) " * 50_000], "P") or True
    assert time.process_time() - start < 2.0


def test_positive_only_the_calls_whose_log_is_taken() -> None:
    """log P(x) Q(y) takes the log of both calls; log of a sum of P says nothing of a term."""
    import sympy as sp

    from derivations.post._opaque import _logged
    from derivations.post._tosympy import named_function

    P, Q = named_function("P"), named_function("Q")
    x, y, c, n = sp.symbols("x y c n")
    e = sp.log(P(x) * Q(y) ** 2) + sp.Sum(P(c), (c, 1, n))
    assert _logged(e) == {P(x), Q(y)}
    assert _logged(sp.log(sp.Sum(P(x, c), (c, 1, n)))) == set()
    assert _logged(sp.log(sp.Product(P(c), (c, 1, n)))) == {P(c)}


def test_the_chain_goes_on_after_an_arbitrary_function(tmp_path: Path) -> None:
    """After a link proved with P arbitrary, a row putting in P's formula still gives the
    line a value (given, not compared with an arbitrary P), and the next row is compared
    with that value."""
    p = tmp_path / "post.md"
    p.write_text(
        HEAD + "$$\n\\begin{aligned}\n"
        r"\ell(\theta) &= \log \prod_{i=1}^{m} P(x_i|\theta) \\" + "\n"
        r"&= \sum_{i=1}^{m} \log P(x_i|\theta) \\" + "\n"
        r"&= \sum_{i=1}^{m} \log (\theta e^{-\theta x_i}) \\" + "\n"
        r"&= m \log \theta - \theta \sum_{i=1}^{m} x_i" + "\n\\end{aligned}\n$$\n",
        encoding="utf-8",
    )
    verdicts = [r.verdict for r in check_post(p, jobs=1).rows]
    assert verdicts == ["given", "proved", "given", "proved"]
