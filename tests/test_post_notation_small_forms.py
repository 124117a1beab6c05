"""Small spellings of held-out batch 5 that left rows unparsed.

- ``{}-{}``: empty groups typed for spacing typeset as nothing (a Maxwell post's
  ``\\hat{\\theta}_{mle}{}-{}\\theta``);
- ``\\\\%`` and a ``%`` line in an ``align*``: a TeX comment runs to the end of its line;
- ``\\operatorname{NLL}``: an operator name of several letters is one name, like
  ``\\mathrm{NLL}``;
- ``\\frac{\\delta \\ell}{\\partial \\beta}``: a delta typed for the partial sign of a
  derivative, when delta is not a symbol of the post.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._extract import extract_rows
from derivations.post._parse import parse_expression
from tests._post_rows import rows_of

REPRO4B = Path(__file__).resolve().parent / "posts" / "incoming" / "repro4b"


def _read(text: str):
    return parse_expression(text)[0]


@pytest.mark.parametrize(
    ("spaced", "plain"),
    [
        (r"h(\theta){}-{}\theta", r"h(\theta)-\theta"),
        (r"\hat{\theta}_{mle}{}-{}\theta", r"\hat{\theta}_{mle}-\theta"),
        (r"a{}b", r"a b"),
        (r"{}x + 1", r"x + 1"),
    ],
)
def test_an_empty_group_is_nothing(spaced, plain):
    assert _read(spaced) == _read(plain)


def test_an_empty_group_before_a_script_is_not_dropped():
    # {}^{n}C_k puts a script on nothing: dropping the group would move the script onto
    # the factor before it
    with pytest.raises(ValueError):
        _read(r"a{}^{n}C_k")


def test_the_empty_groups_repro_is_proved():
    rows = rows_of(REPRO4B / "empty-groups-around-minus-unparsed.md")
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)


COMMENTED = r"""$$\begin{align*}
h(\theta)&=\theta^2+2\theta+1\\%
% &=\theta^2+2\theta+2 \\
&=(\theta+1)^2 % the square
\end{align*}$$
"""


def test_a_tex_comment_in_math_is_no_part_of_a_row():
    texts = [" ".join(r.text.replace("&", " ").split()) for r in extract_rows(COMMENTED)]
    assert texts == [r"h(\theta) =\theta^2+2\theta+1", r"=(\theta+1)^2"], texts


def test_an_escaped_percent_is_kept():
    rows = extract_rows(r"$$p = 5\% \cdot q$$")
    assert r"\%" in rows[0].text


def test_the_comment_repro_is_proved():
    rows = rows_of(REPRO4B / "latex-comment-after-row-break-unparsed.md")
    assert [r.verdict for r in rows.values()] == ["given", "proved"], {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }


def test_a_multi_letter_operator_name_is_a_name_like_mathrm():
    assert _read(r"\operatorname{NLL}(\theta)") == _read(r"\mathrm{NLL}(\theta)")
    assert _read(r"2\operatorname{NLL} + 1") == _read(r"2\mathrm{NLL} + 1")
    # names the reader knows keep their meaning
    assert _read(r"\operatorname{Var}(X)") == _read(r"\mathrm{Var}(X)")
    assert _read(r"\operatorname{tr}(A)") == _read(r"\mathrm{tr}(A)")


def test_the_operatorname_repro_is_proved():
    rows = rows_of(REPRO4B / "operatorname-multi-letter-name-unparsed.md")
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)


def test_delta_for_partial_reads_as_the_partial_derivative():
    a = _read(r"\frac{\delta h(\beta)}{\partial \beta}")
    assert a == _read(r"\frac{\partial h(\beta)}{\partial \beta}")
    assert _read(r"\frac{\delta^2 h}{\partial \beta \partial \gamma}") == _read(
        r"\frac{\partial^2 h}{\partial \beta \partial \gamma}"
    )
    assert _read(r"\frac{\delta \ell}{\delta \mu}") == _read(r"\frac{\partial \ell}{\partial \mu}")


def test_delta_as_a_symbol_of_its_own_is_not_a_derivative():
    # delta over delta alone is a ratio of the symbol, and a delta the post uses as a
    # symbol (a step size, a margin) keeps that meaning in a fraction
    assert _read(r"\frac{\delta}{2}") == _read(r"\frac{\delta}{2}")
    e = _read(r"\frac{\delta x}{\delta}")
    assert not e.has(_read(r"\frac{\partial f}{\partial x}").func), e


def test_delta_in_a_post_that_uses_delta_as_a_symbol_is_left_alone(tmp_path):
    post = tmp_path / "delta.md"
    post.write_text(
        "$$\\delta = 2\\mu$$\n\n$$\\frac{\\delta \\mu}{\\partial \\mu} = 2\\mu$$\n",
        encoding="utf-8",
    )
    rows = rows_of(post)
    assert rows[3].verdict != "proved" or "derivative" not in rows[3].reason, (
        rows[3].verdict,
        rows[3].reason,
    )


def test_the_delta_repro_is_proved():
    rows = rows_of(REPRO4B / "delta-over-partial-derivative-unparsed.md")
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)


@pytest.mark.parametrize("text", [r"X=1,2,3,...", r"k = 0, 1, 2, \ldots", r"x = 1, 2, \dots."])
def test_a_list_of_values_ending_in_dots_is_a_range(text):
    # the dots at the end were cut as trailing punctuation, leaving '1,2,3' (unparsed)
    from derivations.post._extract import Row
    from derivations.post._parse import parse_row

    p = parse_row(Row(text=text, line=1, block=0, index=0))
    assert not p.error, p.error
    assert p.statements[0].relations == ("range",)


def test_a_list_without_dots_is_no_range():
    from derivations.post._extract import Row
    from derivations.post._parse import parse_row

    p = parse_row(Row(text="x = 1, 2", line=1, block=0, index=0))
    assert not p.ok or p.statements[0].relations != ("range",)


@pytest.mark.parametrize("space", [r"\ ", r"\quad", r"\,", r"~", r"\qquad \;"])
def test_spacing_before_a_leading_relation_is_an_empty_side(space):
    # '\ = \frac{n}{\theta^2}' continues the chain above, as '= \frac{n}{\theta^2}' does
    from derivations.post._extract import Row
    from derivations.post._parse import parse_row

    spaced = parse_row(Row(text=space + r" = \frac{n}{\theta^2}", line=1, block=0, index=0))
    plain = parse_row(Row(text=r"= \frac{n}{\theta^2}", line=1, block=0, index=0))
    assert not spaced.error, spaced.error
    assert spaced.sides == plain.sides and spaced.relations == plain.relations


def test_a_spaced_continuation_has_no_left_side_text():
    from derivations.post._extract import Row
    from derivations.post._parse import parse_row

    p = parse_row(Row(text=r"\quad = a + b", line=1, block=0, index=0))
    assert p.lhs_latex == "" and p.statements[0].texts[0] == ""
