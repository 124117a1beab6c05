"""Equations listed with a comma are not steps from one another, and a letter solved for above
may be put in.

Held-out batch 31 read from its line 101 (``tests/posts/incoming/repro36/``, Xiaosi Huang's
regression by hand): two correct rows were refuted.

- ``(A) a sum x^2 + b sum x = sum xy, \\qquad (B) a sum x + N b = sum y`` ("we now have the
  pair"): (B) was compared with (A) as an equation step and did not follow from it. A comma
  lists equations; only an arrow claims that one follows from the other.
- ``b = ybar - a xbar``, then "Replace a by the fraction in (*)": the row drops ``a`` and was
  compared with the row above at an ``a`` drawn freely. The post solved for ``a`` above
  (``... => a = R``): with that value put in, the row follows.

Properties: neither row is refuted, and the substitution is proved; the same rows with a sign
slip are never proved (refuted where an arrow claims them, or a value put in still fails); a
value is taken only from an equation the post solved (never from prose, never a bare number).
"""

from __future__ import annotations

from pathlib import Path

import pytest

_DIR = Path(__file__).parent / "posts" / "incoming" / "repro36"


def _report(tmp_path, text: str):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return check_post(post, jobs=1)


def _verdicts(tmp_path, text: str, line: int) -> set[str]:
    return {r.verdict for r in _report(tmp_path, text).rows if r.line == line}


def _last_line(text: str, start: str) -> int:
    """The (1-based) line of the last line of ``text`` that starts with ``start``."""
    return max(i for i, t in enumerate(text.split("\n"), 1) if t.startswith(start))


def _post(name: str) -> str:
    return (_DIR / f"{name}.md").read_text(encoding="utf-8")


_SUM = r"\sum_{i=1}^{N}"
_A = rf"\frac{{{_SUM} x_i y_i}}{{{_SUM} x_i^2}}"

_SOLVE_A = rf"""Set the derivative to zero and solve for $a$:

$$
a{_SUM} x_i^2 - {_SUM} x_i y_i = 0
\quad\Longrightarrow\quad
a = \frac{{{_SUM} x_i y_i}}{{{_SUM} x_i^2}}.
$$

The other equation gives

$$
b = \frac{{{_SUM} y_i}}{{N}} - a\,\frac{{{_SUM} x_i}}{{N}}.
$$

Replace $a$ by the fraction above:

$$
b = \frac{{{_SUM} y_i}}{{N}} {{SIGN}} \frac{{{_SUM} x_i}}{{N}}\,{_A}.
$$
"""


def test_the_excerpt_refutes_no_correct_row(tmp_path):
    name = "regression-by-hand-from-the-pair-of-normal-equations-refuted"
    report = _report(tmp_path, _post(name))
    refuted = [r.line for r in report.rows if r.verdict == "refuted"]
    assert refuted == []


def test_a_letter_solved_for_above_is_put_in(tmp_path):
    text = _SOLVE_A.replace("{SIGN}", "-")
    assert _verdicts(tmp_path, text, _last_line(text, "b = ")) == {"proved"}


def test_a_sign_slip_after_putting_it_in_is_refuted(tmp_path):
    text = _SOLVE_A.replace("{SIGN}", "+")
    assert _verdicts(tmp_path, text, _last_line(text, "b = ")) == {"refuted"}


@pytest.mark.parametrize("sign", ["-", "+"])
def test_a_value_said_in_prose_is_not_put_in(tmp_path, sign):
    # "Suppose a = xbar" in a sentence is a hypothesis of the prose, no value the rows solved
    rest = _SOLVE_A.split("The other equation gives", 1)[1].replace("{SIGN}", sign)
    text = "Suppose $a = \\bar{x}$ for a moment. The other equation gives" + rest
    assert "proved" not in _verdicts(tmp_path, text, _last_line(text, "b = "))


def test_a_number_solved_for_is_not_put_in(tmp_path):
    # a = 2 solved above: a hypothesis as often as a result; the row that drops a for 2 is
    # not proved by it
    text = _SOLVE_A.replace(rf"a = \frac{{{_SUM} x_i y_i}}{{{_SUM} x_i^2}}.", "a = 2.").replace(
        "{SIGN}", "-"
    )
    assert "proved" not in _verdicts(tmp_path, text, _last_line(text, "b = "))


_PAIR = rf"""Expand and solve for $b$ in terms of $a$:

$$
{_SUM} y_i - a{_SUM} x_i - N b = 0
\quad\Longrightarrow\quad
b = \frac{{{_SUM} y_i - a{_SUM} x_i}}{{N}}.
$$

We now have the pair

$$
{{A}} a{_SUM} x_i^2 + b{_SUM} x_i = {_SUM} x_i y_i
{{SEP}}
{{B}} a{_SUM} x_i + N b = {_SUM} y_i {{TAIL}} .
$$
"""


@pytest.mark.parametrize(
    "sep, tags",
    [
        (r",\qquad", (r"\text{(A)}\;\;", r"\text{(B)}\;\;")),
        (r",\qquad", ("", "")),
        (r", \quad", ("(1)\\qquad", "(2)\\qquad")),
        (r";\quad", ("", "")),
    ],
)
def test_equations_listed_with_a_comma_are_not_steps_from_one_another(tmp_path, sep, tags):
    text = (
        _PAIR.replace("{SEP}", sep)
        .replace("{A}", tags[0])
        .replace("{B}", tags[1])
        .replace("{TAIL}", "")
    )
    assert "refuted" not in _verdicts(tmp_path, text, 12)


def test_a_listed_equation_that_is_wrong_is_never_proved(tmp_path):
    text = _PAIR.replace("{SEP}", r",\qquad").replace("{A}", "").replace("{B}", "")
    text = text.replace("{TAIL}", "+ 1")
    assert "proved" not in _verdicts(tmp_path, text, 12)


def test_an_arrow_still_claims_the_step(tmp_path):
    # the same two equations joined by an arrow: (B) + 1 is claimed to follow from (A) and
    # the row above, and it does not
    text = rf"""Expand:

$$
{_SUM} y_i - a{_SUM} x_i - N b = 0
$$

Move the terms:

$$
N b = {_SUM} y_i - a{_SUM} x_i
\quad\Longrightarrow\quad
a{_SUM} x_i + N b = {_SUM} y_i + 1 .
$$
"""
    assert _verdicts(tmp_path, text, _last_line(text, "N b = ")) == {"refuted"}


def test_the_controls_of_the_repro_posts(tmp_path):
    wrong = _report(tmp_path, _post("a-solved-letter-put-in-wrongly-control"))
    assert {r.verdict for r in wrong.rows if r.line == 26} == {"refuted"}
    arrow = _report(tmp_path, _post("a-wrong-equation-after-an-arrow-control"))
    assert {r.verdict for r in arrow.rows if r.line == 20} == {"refuted"}


@pytest.mark.parametrize("value, verdict", [("x/n", "proved"), ("x/(n+1)", "refuted")])
def test_a_result_listed_after_its_equation_is_still_its_answer(tmp_path, value, verdict):
    text = rf"""The log-likelihood is

$$\ell(p) = x \log p + (n - x)\log(1 - p)$$

so

$$\frac{{d\ell}}{{dp}} = \frac{{x}}{{p}} - \frac{{n - x}}{{1 - p}} = 0, \qquad \hat p = {value}$$
"""
    assert _verdicts(tmp_path, text, 7) == {verdict}
