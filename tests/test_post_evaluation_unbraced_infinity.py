"""An evaluation between two ends whose upper end is an unbraced ``\\infty`` (parse60).

``\\left[ (-1) e^{-\\theta y} \\right]_{100}^\\infty`` (held-out stappit BDA3 ch. 2 ex. 20,
line 35) was "unexpected '_'": ``_a^\\infty`` was taken for the two ends of an evaluation only
with the infinity braced (``^{\\infty}``), though TeX reads the one command ``\\infty`` as the
whole superscript either way, and ``\\left. F \\right|_0^\\infty`` was already read.

Property: every form of the evaluation with ``^\\infty`` gets the verdict of the same form with
``^{\\infty}`` (a correct result proved, a wrong one refuted), and a norm with its
subscript and an infinite power is still no evaluation.
"""

from __future__ import annotations

import pytest

_F = r"-x e^{-\lambda x} - \frac{e^{-\lambda x}}{\lambda}"
_FORMS = [
    r"\left[F\right]_0^INF",
    r"\Big[F\Big]_{0}^INF",
    r"\left(F\right) \Big|_0^INF",
    r"\left(F\right) \bigg\vert_{0}^INF",
    r"\left. F \right|_0^INF",
]


def _verdicts(tmp_path, form: str, result: str, infinity: str) -> list[str]:
    from derivations.post import check_post

    middle = form.replace("INF", infinity).replace("F", _F)
    post = tmp_path / "post.md"
    post.write_text(
        "Let $\\lambda > 0$. The mean is\n\n"
        f"$$\\int_0^{{\\infty}} x \\lambda e^{{-\\lambda x}} \\, dx = {middle} = {result}$$\n",
        encoding="utf-8",
    )
    return [r.verdict for r in check_post(post, jobs=1).rows]


@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("result", [r"\frac{1}{\lambda}", r"\frac{2}{\lambda}"])
def test_an_unbraced_infinity_reads_as_the_braced_one(tmp_path, form, result):
    braced = _verdicts(tmp_path, form, result, "{\\infty}")
    assert braced in (["proved"], ["refuted"]), braced
    assert _verdicts(tmp_path, form, result, "\\infty") == braced


@pytest.mark.parametrize("text", [r"|x - y|_2^\infty", r"\|x - y\|_2^\infty"])
def test_a_norm_with_an_infinite_power_is_no_evaluation(text):
    from derivations.post._parse import parse_expression

    try:
        value = parse_expression(text)[0]
    except ValueError as exc:
        assert "evaluation" not in str(exc)
    else:
        assert "norm" in str(value) or "Abs" in str(value) or "oo" in str(value)
