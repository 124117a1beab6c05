"""Integrals without limits over a variable whose range the post never states.

Authors write ``\\int f(x)\\,dx`` for the integral over where x lives. When the post
never says where that is, the integral is read over a fixed range of x the post does
not give (:func:`derivations.post._integrals.open_range`): a step that holds over every
range (a constant moved out, a split by linearity, a derivative under the sign) is
proved; a step whose truth depends on the range (``\\int x^2 e^{-x} dx = 2``, true over
(0, oo)) is never refuted, and the verdict names the open range. A wrong step (a
dropped factor, a written limit) is never proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def _chain(*sides: str) -> str:
    rows = " \\\\\n".join(f"&= {s}" for s in sides[1:])
    return f"$$\n\\begin{{aligned}}\nI &= {sides[0]} \\\\\n{rows}\n\\end{{aligned}}\n$$\n"


def _last(tmp_path, *sides: str):
    rows = _rows(tmp_path, _chain(*sides))
    return rows[max(rows)]


INTEGRAL = r"\int x^{2} e^{-a x} \, dx"


@pytest.mark.parametrize(
    "step",
    [
        r"3 \int x^{2} e^{-a x} \, dx",  # a constant moved out
        r"\int 3 x^{2} e^{-a x} \, dx",  # left inside, the sum split
        r"3 \int x^{2} e^{-a x} \, dx + \int x \, dx - \int x \, dx",
    ],
)
def test_a_step_that_holds_over_every_range_is_proved(tmp_path, step):
    last = _last(tmp_path, r"\int (2 x^{2} e^{-a x} + x^{2} e^{-a x}) \, dx", step)
    assert last.verdict == "proved", last.reason


@pytest.mark.parametrize(
    "step",
    [
        r"2 \int x^{2} e^{-a x} \, dx",  # a dropped factor
        r"\int_0^\infty 3 x^{2} e^{-a x} \, dx",  # a limit written that the post never gave
        r"3 \int x e^{-a x} \, dx",  # a changed integrand
    ],
)
def test_a_wrong_twin_is_never_proved(tmp_path, step):
    last = _last(tmp_path, r"\int (2 x^{2} e^{-a x} + x^{2} e^{-a x}) \, dx", step)
    assert last.verdict != "proved", last.reason


@pytest.mark.parametrize(
    "value",
    [
        r"\frac{2}{a^{3}}",  # true over (0, oo) for a > 0
        r"\frac{5}{a^{3}}",  # true over some range (0, c): still no refutation
    ],
)
def test_a_value_that_depends_on_the_range_is_never_refuted(tmp_path, value):
    last = _last(tmp_path, r"\int x^{2} e^{-a x} \, dx", value)
    assert last.verdict not in ("refuted", "proved"), last.reason
    assert "where x lives" in last.reason


def test_a_density_integrates_to_one_only_over_a_known_support(tmp_path):
    body = r"""The density is $p(x) = \lambda e^{-\lambda x}$ and

$$
\begin{aligned}
I &= \int p(x) \, dx \\
&= 1
\end{aligned}
$$
"""
    rows = _rows(tmp_path, body)
    last = rows[max(rows)]
    assert last.verdict not in ("refuted", "proved"), last.reason


def test_a_derivative_under_the_sign_is_proved(tmp_path):
    last = _last(
        tmp_path,
        r"\frac{d}{d a} \int x^{2} e^{-a x} \, dx",
        r"-\int x^{3} e^{-a x} \, dx",
    )
    assert last.verdict == "proved", last.reason
    wrong = _last(
        tmp_path,
        r"\frac{d}{d a} \int x^{2} e^{-a x} \, dx",
        r"\int x^{3} e^{-a x} \, dx",
    )
    assert wrong.verdict != "proved", wrong.reason


def test_a_declared_support_still_wins(tmp_path):
    body = r"""Let $x \sim \operatorname{Gamma}(3, 1)$.

$$
\begin{aligned}
I &= \int x^{2} e^{-x} \, dx \\
&= 5
\end{aligned}
$$
"""
    rows = _rows(tmp_path, body)
    assert rows[max(rows)].verdict == "refuted", rows[max(rows)].reason


def test_two_ranges_stated_for_the_variable_still_leave_it_unread(tmp_path):
    body = r"""Let $\mu \sim \mathcal{N}(0, 1)$ and $\mu > 0$.

$$
\begin{aligned}
I &= \int e^{-\mu^2} \, d\mu \\
&= \sqrt{\pi}
\end{aligned}
$$
"""
    rows = _rows(tmp_path, body)
    assert rows[min(rows)].verdict == "unparsed"
