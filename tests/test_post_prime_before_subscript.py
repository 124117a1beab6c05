"""A prime written before a function's subscript, ``\\ell'_X(\\theta)`` (held-out external34).

A Mathematics Stack Exchange question wrote the derivatives of its log-likelihood
``\\ell_X(\\theta)`` as ``\\ell'_X(\\theta)`` and ``\\ell''_X(\\theta)``: TeX sets the prime and the
subscript on the same letter, and the meaning is the derivative of ``\\ell_X``, exactly what
``\\ell_X'(\\theta)`` writes. The reader refused them ("\\ell' without its argument"), so the
score and the second derivative were unparsed and the asker's slip at theta = xbar went
uncaught. A row written with the prime first gets the verdict of the same row with the prime
after the subscript, proved or refuted alike. Failed at 5f05f19 (unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


DEFINE_ELL = "$$\\ell_X(\\theta) = -n\\log(\\theta)+(n\\bar{x}-n)\\log(\\theta-1)$$\n\n"
PAIRS = [
    # (prime before the subscript, prime after it, the verdict of the row both write)
    ("$$f_X(x) = x^3$$\n\n$$f'_X(x) = 3x^2$$", "$$f_X(x) = x^3$$\n\n$$f_X'(x) = 3x^2$$", "proved"),
    ("$$f_X(x) = x^3$$\n\n$$f'_X(x) = 2x^2$$", "$$f_X(x) = x^3$$\n\n$$f_X'(x) = 2x^2$$", "refuted"),
    (
        DEFINE_ELL + "$$\\ell'_X(\\theta)=\\frac{n\\bar{x}-n}{\\theta-1}-\\frac{n}{\\theta}$$",
        DEFINE_ELL + "$$\\ell_X'(\\theta)=\\frac{n\\bar{x}-n}{\\theta-1}-\\frac{n}{\\theta}$$",
        "proved",
    ),
    (
        DEFINE_ELL + "$$\\ell'_X(\\theta)=\\frac{n\\bar{x}-n}{\\theta-1}+\\frac{n}{\\theta}$$",
        DEFINE_ELL + "$$\\ell_X'(\\theta)=\\frac{n\\bar{x}-n}{\\theta-1}+\\frac{n}{\\theta}$$",
        "refuted",
    ),
    (
        DEFINE_ELL
        + "$$\\ell''_X(\\theta)=-\\frac{n\\bar{x}-n}{(\\theta-1)^2}+\\frac{n}{\\theta^2}$$",
        DEFINE_ELL
        + "$$\\ell_X''(\\theta)=-\\frac{n\\bar{x}-n}{(\\theta-1)^2}+\\frac{n}{\\theta^2}$$",
        "proved",
    ),
    (
        "$$g_{1}(t) = t^2 + 1$$\n\n$$g'_{1}(t) = 2t$$",
        "$$g_{1}(t) = t^2 + 1$$\n\n$$g_{1}'(t) = 2t$$",
        "proved",
    ),
]


@pytest.mark.parametrize("first, after, verdict", PAIRS)
def test_a_prime_before_the_subscript_is_the_same_derivative(tmp_path, first, after, verdict):
    got = _verdicts(tmp_path, first)
    assert got == _verdicts(tmp_path, after), got
    assert got[-1][0] == verdict, got


def test_a_prime_before_a_subscript_with_no_argument_is_still_refused(tmp_path):
    """``\\ell'_X`` with no bracket after it is the derivative of something the post defines,
    at no point: as ``\\ell_X'`` alone, it is not read (the order of the marks changes
    nothing)."""
    got = _verdicts(tmp_path, DEFINE_ELL + "$$\\ell'_X = 0$$")
    assert got[-1][0] == "unparsed", got
