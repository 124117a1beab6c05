"""A density the prose defines on a range is that density only on its range.

"The density is $p(x) = 2x$ for $0 \\le x \\le 1$ and $0$ elsewhere": the reader gave
``p`` the value ``2x`` everywhere, so ``\\int_0^2 p(x)\\,dx = 4`` was proved and the
correct ``= 1`` refuted (adversarial set 8, pairs 84, 85, 88, 164). The value has its
range now: 0 outside it where the sentence says so (or calls the function a density,
which is 0 off its support), no value outside it otherwise.

Each planted pair is run, and variants of my own (other letters, other ways of writing
the range, a function that is no density) test the mechanism; uses inside the range must
still be proved, and a likelihood built from such a density must not be refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

ROOT = Path(__file__).parent / "posts" / "incoming" / "adversarial8"
FRONT = "---\ntitle: t\n---\n"


def _verdict(path: Path, line: int) -> str:
    rows = [r.verdict for r in check_post(path, jobs=1).rows if r.line == line]
    return rows[0] if rows else "missing"


def _last(tmp_path: Path, body: str) -> str:
    """The verdict of the post's last row."""
    path = tmp_path / "post.md"
    path.write_text(FRONT + body, encoding="utf-8")
    return check_post(path, jobs=1).rows[-1].verdict


@pytest.mark.parametrize(
    "pair",
    [
        "84-support-density-beyond",
        "85-support-density-symmetric-range",
        "88-support-exp-density-symmetric",
        "164-support-density-on-interval",
    ],
)
def test_planted_pairs(pair):
    assert _verdict(ROOT / f"{pair}-false.md", 7) not in ("proved", "missing")
    assert _verdict(ROOT / f"{pair}-true.md", 7) not in ("refuted", "missing")


ZERO_ELSEWHERE = "The density is $q(t) = 3t^2$ for $0 \\le t \\le 1$ and $0$ otherwise.\n\n"


@pytest.mark.parametrize(
    ("body", "right"),
    [
        (ZERO_ELSEWHERE + "$$\\int_0^3 q(t) \\, dt = {}$$\n", ("1", "27")),
        (ZERO_ELSEWHERE + "$$\\int_{-2}^{1} q(t) \\, dt = {}$$\n", ("1", "9")),
        (
            "Let $g(y) = \\frac{1}{2}$ when $y \\in [0, 2]$, and zero elsewhere.\n\n"
            "$$\\int_{0}^{4} g(y) \\, dy = {}$$\n",
            ("1", "2"),
        ),
        (
            "For $\\theta > 0$ let $h(x) = \\theta e^{-\\theta x}$ for $x \\ge 0$ and "
            "$h(x) = 0$ for $x < 0$.\n\n$$\\int_{-3}^{1} h(x) \\, dx = {}$$\n",
            ("1 - e^{-\\theta}", "e^{3\\theta} - e^{-\\theta}"),
        ),
    ],
)
def test_zero_outside_the_range(tmp_path, body, right):
    """The right value is not refuted (proved where the engine integrates the piece in
    closed form: a polynomial; a number alone is arithmetic, an exponential quadrature),
    and the value over the whole limits is not proved."""
    good, bad = right
    assert _last(tmp_path, body.replace("{}", good)) in (
        ("proved",) if "q(t)" in body else ("proved", "plausible", "unchecked")
    )
    assert _last(tmp_path, body.replace("{}", bad)) not in ("proved", "given")


@pytest.mark.parametrize(
    ("body", "right"),
    [
        (ZERO_ELSEWHERE + "$$\\int_0^1 q(t) \\, dt = {}$$\n", ("1", "3")),
        (ZERO_ELSEWHERE + "$$\\int_0^1 q(t) \\, dt + a = {}$$\n", ("1 + a", "3 + a")),
    ],
)
def test_inside_the_range_still_proved(tmp_path, body, right):
    good, bad = right
    assert _last(tmp_path, body.replace("{}", good)) == "proved"
    assert _last(tmp_path, body.replace("{}", bad)) == "refuted"


@pytest.mark.parametrize("claim", ["2", "\\frac{1}{2}"])
def test_no_value_outside_a_range_without_zero(tmp_path, claim):
    """``f(x) = x`` for ``0 \\le x \\le 1`` says nothing of f beyond 1: neither the value
    of x beyond it (2) nor that of 0 (1/2) is proved, and neither is refuted."""
    body = "Let $f(x) = x$ for $0 \\le x \\le 1$.\n\n$$\\int_0^2 f(x) \\, dx = " + claim + "$$\n"
    assert _last(tmp_path, body) not in ("proved", "refuted")


def test_likelihood_of_a_ranged_density_is_not_refuted(tmp_path):
    body = (
        "For $\\lambda > 0$ the density is $f(x) = \\lambda e^{-\\lambda x}$ for $x \\ge 0$ "
        "and $0$ elsewhere.\n\n"
        "$$L(\\lambda) = \\prod_{i=1}^{n} f(x_i) = \\lambda^n e^{-\\lambda \\sum_{i=1}^{n} x_i}$$\n"
    )
    assert _last(tmp_path, body) != "refuted"


@pytest.mark.parametrize(
    ("claim", "right"), [("\\frac{1}{\\lambda}", True), ("\\frac{2}{\\lambda}", False)]
)
def test_moment_of_a_ranged_density(tmp_path, claim, right):
    """x f(x) under the integral puts x into both pieces (x * nan outside): still the
    integral over the range (adversarial set 6, pair 133, lost by a first version)."""
    body = (
        "Let $\\lambda > 0$ and $f(x) = \\lambda e^{-\\lambda x}$ for $x > 0$. Then\n\n"
        f"$$\\int_0^{{\\infty}} x f(x) \\, dx = {claim}$$\n"
    )
    assert _last(tmp_path, body) == ("proved" if right else "refuted")
