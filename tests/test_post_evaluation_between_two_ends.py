"""An evaluation between two ends, ``F |_a^b``, is ``F(b) - F(a)``.

Derivations with integrals write the antiderivative at its ends in four ways:
``-e^{-\\lambda x} \\Big|_0^t``, ``\\left[-e^{-\\lambda x}\\right]_0^t``,
``\\left. -e^{-\\lambda x} \\right|_{0}^{t}`` and ``\\bigg\\vert_{x=0}^{x=t}``. All four were
unparsed ("a '|' without its partner", "unexpected '_'", "unexpected '}'"), and the rows after
them had no line to continue (held-out rows of external14, external15; probe of 2026-12-05).

Properties: each form gets the verdict of ``F(t) - F(0)`` written out (a correct step proved,
a wrong one refuted); the letter is the one the post integrates over, or the one named; an
infinite end (a limit) and a bar whose letter cannot be told are unparsed with the reason.
"""

from __future__ import annotations

import pytest

_FORMS = [
    r"-e^{-\lambda x} \Big|_0^{t}",
    r"\left[-e^{-\lambda x}\right]_0^{t}",
    r"\left. -e^{-\lambda x} \right|_{0}^{t}",
    r"-e^{-\lambda x} \bigg\vert_{x=0}^{x=t}",
    r"\Big[-e^{-\lambda x}\Big]_{0}^{t}",
    r"-e^{-\lambda x} \Big|_{x=0}^{t}",
]


def _rows(tmp_path, text: str):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return check_post(post, jobs=1).rows


def _post(middle: str, result: str) -> str:
    return (
        "Let $\\lambda > 0$ and $t > 0$. The probability is\n\n"
        f"$$\\int_0^{{t}} \\lambda e^{{-\\lambda x}} \\, dx = {middle} = {result}$$\n"
    )


@pytest.mark.parametrize("form", _FORMS)
def test_each_form_is_the_difference_at_the_ends(tmp_path, form):
    rows = _rows(tmp_path, _post(form, r"1 - e^{-\lambda t}"))
    assert [r.verdict for r in rows] == ["proved"]


@pytest.mark.parametrize("form", _FORMS)
def test_a_wrong_result_after_it_is_refuted(tmp_path, form):
    rows = _rows(tmp_path, _post(form, r"1 + e^{-\lambda t}"))
    assert [r.verdict for r in rows] == ["refuted"]


@pytest.mark.parametrize("form", _FORMS[:3])
def test_a_wrong_antiderivative_is_refuted(tmp_path, form):
    wrong = form.replace(r"-e^{-\lambda x}", r"e^{-\lambda x}")
    rows = _rows(tmp_path, _post(wrong, r"e^{-\lambda t} - 1"))
    assert [r.verdict for r in rows] == ["refuted"]


@pytest.mark.parametrize(
    "poly, antiderivative",
    [
        ("3 x^2", "x^3"),
        ("2 x + 1", "x^2 + x"),
        ("4 x^3 - 2", "x^4 - 2 x"),
        ("e^{x}", "e^{x}"),
    ],
)
@pytest.mark.parametrize("a, b", [("1", "2"), ("1", "b"), ("a", "b")])
def test_the_fundamental_theorem_on_small_integrals(tmp_path, poly, antiderivative, a, b):
    # property: the integral of f from a to b is F |_a^b for F' = f, and not F |_a^b + 1
    text = (
        "Let $0 < a < 1$ and $b > 2$.\n\n"
        f"$$\\int_{{{a}}}^{{{b}}} {poly} \\, dx = \\left[{antiderivative}\\right]_{{{a}}}^{{{b}}}$$"
        "\n\nand\n\n"
        f"$$\\int_{{{a}}}^{{{b}}} {poly} \\, dx = ({antiderivative}) \\Big|_{{{a}}}^{{{b}}} + 1$$\n"
    )
    assert [r.verdict for r in _rows(tmp_path, text)] == ["proved", "refuted"]


_MEAN = (
    "PRIOR The mean is\n\n"
    "$$\\int_0^{\\infty} x \\lambda e^{-\\lambda x} \\, dx = "
    "\\left[F\\right]_0^{\\infty} = RESULT$$\n"
)
_F = r"-x e^{-\lambda x} - \frac{e^{-\lambda x}}{\lambda}"


@pytest.mark.parametrize(
    "antiderivative, result, verdict",
    [
        (_F, r"\frac{1}{\lambda}", "proved"),
        (_F, r"\frac{2}{\lambda}", "refuted"),
        # (x e^{-lambda x} for -x e^{-lambda x} vanishes at both ends: still equal there)
        (r"x e^{-\lambda x} - \frac{e^{-\lambda x}}{\lambda}", r"\frac{1}{\lambda}", "proved"),
        (r"-x e^{-\lambda x} - \frac{e^{-\lambda x}}{2\lambda}", r"\frac{1}{\lambda}", "refuted"),
    ],
)
def test_an_infinite_end_is_the_limit_there(tmp_path, antiderivative, result, verdict):
    text = (
        _MEAN.replace("PRIOR", "Let $\\lambda > 0$.")
        .replace("F", antiderivative)
        .replace("RESULT", result)
    )
    assert [r.verdict for r in _rows(tmp_path, text)] == [verdict]


def test_an_infinite_end_whose_limit_depends_on_an_unknown_sign_is_not_refuted(tmp_path):
    # lambda's sign is not said: at lambda < 0 neither side is finite
    text = _MEAN.replace("PRIOR", "").replace("F", _F).replace("RESULT", r"\frac{1}{\lambda}")
    assert "refuted" not in {r.verdict for r in _rows(tmp_path, text)}


def test_a_bar_after_a_sum_is_not_read(tmp_path):
    # x^2 + x |_a^b: the whole sum, or its last term? TeX does not say
    text = "$$\\int_0^1 2 x + 1 \\, dx = x^2 + x \\Big|_0^1$$\n"
    rows = _rows(tmp_path, text)
    assert [r.verdict for r in rows] == ["unparsed"]
    assert "after a sum" in rows[0].reason


def test_a_bar_whose_letter_is_not_written_anywhere_is_not_read(tmp_path):
    text = "The difference is\n\n$$a x^2 \\Big|_0^1 = a$$\n"
    rows = _rows(tmp_path, text)
    assert [r.verdict for r in rows] == ["unparsed"]
    assert "names no variable" in rows[0].reason


@pytest.mark.parametrize("text", [r"|x - y|_2^2", r"\|x - y\|_2^2", r"||y - X b||_2^2"])
def test_a_norm_with_its_subscript_and_power_is_no_evaluation(text):
    from derivations.post._parse import parse_expression

    try:
        value = parse_expression(text)[0]
    except ValueError as exc:
        assert "evaluation" not in str(exc)
    else:
        assert "norm" in str(value)


@pytest.mark.parametrize(
    "antiderivative, result, verdict",
    [
        (r"x \log x - x", "-1", "proved"),
        (r"x \log x - x", "1", "refuted"),
        (r"x \log x + x", "-1", "refuted"),
    ],
)
def test_an_end_where_f_is_undefined_is_the_limit_from_inside(
    tmp_path, antiderivative, result, verdict
):
    # x log x at 0 is log(0) times 0 put in: undefined; its value there is the limit, 0
    text = (
        "The integral is\n\n"
        f"$$\\int_0^{{1}} \\log x \\, dx = \\left[{antiderivative}\\right]_0^{{1}} = {result}$$\n"
    )
    assert [r.verdict for r in _rows(tmp_path, text)] == [verdict]
