"""A subscripted density with a condition bar, ``f_X(x|\\theta)`` (held-out external34).

A Mathematics Stack Exchange question wrote its geometric pmf as ``f_X(x|\\theta) = ...``, the
density of X given theta. The reader read ``f_X(x;\\theta)`` and ``f(x|\\theta)``, but with both
the subscript and the bar the subscript's letter X took the bracket as its own call (one bar
in a bracket marks a call), so f had no argument: "unexpected 'X'". The bracket after a
subscripted function is the function's: ``f_X(x|\\theta)`` is read as ``f_X(x;\\theta)`` is, with
the same verdicts, proved or refuted alike. Failed at 5f05f19 (unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


def _semicolon(body: str) -> str:
    return body.replace("|", ";").replace("\\mid", ";")


CASES = [
    # (written with the bar, the verdict of the last row)
    ("$$f_X(x|\\theta) = \\theta^2 x$$\n\n$$f_X(2|\\theta) = 2\\theta^2$$", "proved"),
    ("$$f_X(x|\\theta) = \\theta^2 x$$\n\n$$f_X(2|\\theta) = 3\\theta^2$$", "refuted"),
    ("$$p_Y(y \\mid \\lambda) = \\lambda y$$\n\n$$p_Y(3 \\mid \\lambda) = 3\\lambda$$", "proved"),
    ("$$f_X(x|\\theta)=\\frac{1}{\\theta}(1- \\frac{1}{\\theta})^{x-1}$$", "given"),
]


@pytest.mark.parametrize("body, verdict", CASES)
def test_the_bracket_after_a_subscripted_density_is_its_own(tmp_path, body, verdict):
    got = _verdicts(tmp_path, body)
    assert got == _verdicts(tmp_path, _semicolon(body)), got
    assert got[-1][0] == verdict, got
