r"""A one-column ``array`` of equations inside ``align`` (external48, Yuqian Liu's homework:
``\begin{align}\begin{array}{l} l(\theta) = ... \\ = ... \end{array}\end{align}``).

An equation editor's export puts a stack of equations, one per line, in an ``array`` and the
``array`` in an ``align``. The reader already read the stack as a row per equation when the
display was ``$$ \begin{array}{l} ... \end{array} $$``; inside ``align`` it read the whole as
one matrix and stopped at its first ``=`` ("a matrix whose cells cannot be read"). Around the
array, ``align`` adds nothing but the display: the rows are the same as in ``$$`` and as in an
``aligned`` stack. A piecewise array (a value and its condition in columns), an array after
something else in the row, or an array that does not close stay as before.
"""

from __future__ import annotations

import time

import pytest
from _post_rows import rows_of_text

from derivations.post._extract import extract_rows

_STACKS = [
    ["l(\\theta) = \\sum_{i=1}^{n} \\log \\theta", "= n \\log \\theta"],
    ["a = (x+y)^2", "= x^2 + 2xy + y^2", "= x^2 + y^2 + 2xy"],
    ["I(\\theta) = - E\\{ l''(\\theta) \\}", "= \\frac{n}{2}"],
]
_WRAPPERS = ["align", "align*", "equation", "gather", "equation*"]


def _display(rows: list[str], inner: str, outer: str | None, spec: str = "{l}") -> str:
    body = " \\\\\n".join(rows)
    text = f"\\begin{{{inner}}}{spec}\n{body}\n\\end{{{inner}}}"
    if outer is None:
        return f"$$\n{text}\n$$\n"
    return f"\\begin{{{outer}}}\n{text}\n\\end{{{outer}}}\n"


@pytest.mark.parametrize("stack", _STACKS)
@pytest.mark.parametrize("outer", _WRAPPERS)
@pytest.mark.parametrize("spec", ["{l}", "{c}", "{r}"])
def test_a_stack_in_align_gives_the_rows_of_the_same_stack_in_dollars(stack, outer, spec):
    wrapped = extract_rows("Text.\n\n" + _display(stack, "array", outer, spec))
    plain = extract_rows("Text.\n\n" + _display(stack, "array", None, spec))
    aligned = extract_rows("Text.\n\n" + _display(stack, "aligned", None, ""))
    assert [r.display.strip() for r in wrapped] == stack
    assert [r.display.strip() for r in plain] == stack
    assert [r.display.strip() for r in aligned] == stack
    # every row is reported on the line it is written on
    assert [r.line for r in wrapped] == [r.line for r in plain]
    assert [r.line for r in wrapped] == list(range(5, 5 + len(stack)))


@pytest.mark.parametrize("outer", _WRAPPERS)
def test_a_piecewise_array_in_align_stays_one_row(outer):
    display = (
        f"\\begin{{{outer}}}\n\\left\\{{\\begin{{array}}{{ll}} a = 1 & x > 0 \\\\ "
        f"a = 2 & x \\le 0 \\end{{array}}\\right.\n\\end{{{outer}}}\n"
    )
    assert len(extract_rows(display)) == 1


def test_an_array_after_a_name_in_align_stays_one_row():
    display = "\\begin{align}\nA = \\begin{array}{l} 1 \\\\ 2 \\end{array}\n\\end{align}\n"
    rows = extract_rows(display)
    assert len(rows) == 1 and "\\begin{array}" in rows[0].display


def test_two_arrays_in_one_align_stay_as_they_were():
    # not one array around the display: the reader is left to say what it cannot read
    display = (
        "\\begin{align}\n\\begin{array}{l} a = 1 \\\\ b = 2 \\end{array}\n"
        "\\begin{array}{l} c = 1 \\\\ d = 2 \\end{array}\n\\end{align}\n"
    )
    before = extract_rows(display.replace("align", "gather"))
    assert [r.display for r in extract_rows(display)] == [r.display for r in before]


_POST = """# Stack

\\begin{{align}}
\\begin{{array}}{{l}}
f = (a+b)^2 \\\\
= {second}
\\end{{array}}
\\end{{align}}
"""


@pytest.mark.parametrize(
    ("second", "verdict"),
    [("a^2 + 2ab + b^2", "proved"), ("a^2 + b^2", "refuted")],
)
def test_the_rows_of_a_stack_in_align_are_checked(tmp_path, second, verdict):
    rows = rows_of_text(tmp_path, _POST.format(second=second))
    assert rows[6].verdict == verdict


@pytest.mark.parametrize(
    "hostile",
    [
        "\\begin{align}\n\\begin{array}{l}\na = 1 \\\\\n= 2\n\\end{align}\n",
        "\\begin{align}\n\\begin{array}{l}\na = 1 \\\\ = \\begin{array}{l} 2 \\\\ 3\n"
        "\\end{array}\n\\end{align}\n",
        "\\begin{align}\n\\begin{array}{l}" + "\\\\" * 2000 + "\\end{array}\n\\end{align}\n",
        "\\begin{align}\n\\begin{array}{l}\n"
        + "a = 1 \\\\ " * 300
        + "= {{{{\n\\end{array}\n\\end{align}\n",
    ],
)
def test_hostile_stacks_never_crash_and_end_quickly(tmp_path, hostile):
    start = time.perf_counter()
    rows = rows_of_text(tmp_path, "# Hostile\n\n" + hostile)
    assert time.perf_counter() - start < 60
    for row in rows.values():
        assert row.verdict != "unparsed" or row.reason.strip()
        if row.reason.startswith("side "):  # the expression reader says where it stopped
            assert "column" in row.reason
