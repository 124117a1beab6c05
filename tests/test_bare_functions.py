"""A function the post defines, written by its bare name, and a bare letter beside its samples
(issue 12, jethro's logistic regression post and piela's Poisson post).

- ``h_{\\theta}(x^{(i)}) = 1/(1 + e^{-\\theta_0 - \\theta_1 x^{(i)}})`` defines the function
  ``h``; ``\\frac{\\partial h_\\theta}{\\partial \\theta_1}`` (no argument) is the
  derivative of that definition at the argument the row writes (``x`` where the row
  writes ``x``), never the derivative of a symbol of its own, which is 0 and REFUTED
  jethro's correct line 58 once ``x`` had values.
- ``\\frac{\\partial}{\\partial h_\\theta} \\log h_\\theta(x^{(i)})`` (the chain rule written
  with the inner function) is the derivative by the value ``h(x^{(i)})``.
- A derivative the post wrote at ``x`` is moved to ``x^{(i)}`` before a row at the
  sample uses it (jethro's line 73 uses line 50's ``dh/d\\theta_0``).
- The numeric check gives a bare ``x`` beside samples ``x_i`` values of its own (sympy
  counts the label ``x`` among the free symbols of ``x_i``, and the check took the bare
  letter for that label).

Each reading is checked on a correct twin (never refuted) and a wrong twin (never proved).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sympy as sp

from derivations import symbols as S
from derivations.engine._sampling import bare_symbols
from derivations.post import check_post
from derivations.post._resolve import Value, _at_its_letter, _rebind, _substitution

H = r"$$h_{\theta}(x^{(i)}) = \frac{1}{1 + e^{-\theta_0 - \theta_1 x^{(i)}}}$$" + "\n\n"
E = r"e^{-\theta_0 - \theta_1 x}"


def rows(tmp_path: Path, body: str) -> list:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return list(check_post(p, jobs=1).rows)


# --------------------------------------------------------------------------- the bare name


@pytest.mark.parametrize(
    ("rhs", "allowed"),
    [
        (rf"\frac{{{E} x}}{{(1 + {E})^2}}", {"proved", "plausible"}),
        # wrong: the factor x of the inner derivative left out (the derivative by theta_0)
        (rf"\frac{{{E}}}{{(1 + {E})^2}}", {"refuted"}),
    ],
)
def test_the_bare_name_is_the_definition_at_the_rows_argument(tmp_path, rhs, allowed):
    # Jethro, line 58: the row writes x, the definition x^{(i)}; h_theta is h(x) here.
    got = rows(tmp_path, H + rf"$$\frac{{\partial h_{{\theta}}}}{{\partial \theta_1}} = {rhs}$$")
    assert got[1].verdict in allowed, got[1].reason


@pytest.mark.parametrize(
    ("rhs", "allowed"),
    [
        (r"h_\theta(x^{(i)}) (1 - h_\theta(x^{(i)})) x^{(i)}", {"proved", "plausible"}),
        (r"h_\theta(x^{(i)}) (1 - h_\theta(x^{(i)}))", {"refuted"}),
    ],
)
def test_the_bare_name_takes_the_argument_the_row_applies_it_to(tmp_path, rhs, allowed):
    got = rows(tmp_path, H + rf"$$\frac{{\partial h_{{\theta}}}}{{\partial \theta_1}} = {rhs}$$")
    assert got[1].verdict in allowed, got[1].reason


def test_a_row_that_leaves_the_argument_open_is_not_read(tmp_path):
    # x and x^{(i)} both written, no h(...) to say which: the row is not guessed.
    body = H + (
        rf"$$\frac{{\partial h_{{\theta}}}}{{\partial \theta_1}} = "
        rf"\frac{{e^{{-\theta_0 - \theta_1 x^{{(i)}}}} x}}{{(1 + {E})^2}}$$"
    )
    got = rows(tmp_path, body)[1]
    assert got.verdict == "unparsed"
    assert "h_theta is written without its argument" in got.reason


def test_a_bare_name_the_definition_cannot_be_read_at_is_not_a_symbol(tmp_path):
    # g(x_i) = theta x_i + y_i is no function of x_i alone: g at a bare x has no value;
    # the row is never compared as the derivative of an unknown g(x) (0: REFUTED).
    body = (
        r"$$g_{\theta}(x_i) = \theta x_i + y_i, \quad i = 1, \ldots, n$$" + "\n\n"
        r"$$\frac{\partial g_{\theta}}{\partial \theta} = x$$" + "\n"
    )
    got = rows(tmp_path, body)
    assert all(r.verdict != "refuted" for r in got), [(r.verdict, r.reason) for r in got]


# --------------------------------------------------------------------------- the chain rule


@pytest.mark.parametrize(
    ("inner", "allowed"),
    [
        (r"\frac{1}{1 - h_{\theta}(x^{(i)})}", {"refuted"}),  # the sign of d/dh log(1 - h)
        (r"-\frac{1}{1 - h_{\theta}(x^{(i)})}", {"proved", "plausible"}),
    ],
)
def test_the_chain_rule_by_the_inner_function(tmp_path, inner, allowed):
    # Jethro, lines 80-81: d/dh log(1 - h) = -1/(1 - h), times dh/dtheta_0 = h (1 - h).
    body = H + (
        r"$$\begin{align} \frac{\partial }{\partial \theta_0} \left( \log (1 - h_{\theta}(x^{(i)}))"
        r" \right) &= \frac{\partial }{\partial h_{\theta} } \left( \log (1 - h_{\theta}(x^{(i)}))"
        r" \right) \frac{\partial h_{\theta}}{\partial \theta_0} \\"
        "\n"
        rf"&= {inner} h_\theta(x^{{(i)}}) (1 - h_\theta(x^{{(i)}})) \end{{align}}$$"
    )
    got = rows(tmp_path, body)
    assert got[1].verdict in {"proved", "plausible"}, got[1].reason
    assert got[2].verdict in allowed, got[2].reason


def test_a_derivative_written_at_x_is_moved_to_the_sample(tmp_path):
    # Jethro, lines 50-53 then 73-74: dh/dtheta_0 written at x, used at x^{(i)}. Used as
    # written (at x, beside x^{(i)}) it would REFUTE the correct row 74 now x has values.
    body = H + (
        rf"$$\begin{{align}} \frac{{\partial h_{{\theta}}}}{{\partial \theta_0}} &= "
        rf"\frac{{{E}}}{{(1 + {E})^2}} \\"
        "\n"
        r"&= h_\theta(x) (1 - h_\theta(x)) \end{align}$$"
        "\n\n"
        r"$$\begin{align} \frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)}))"
        r" \right) &= \frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)}))"
        r" \right) \frac{\partial h_{\theta}}{\partial \theta_0} \\"
        "\n"
        r"&= \frac{1}{h_{\theta}(x^{(i)})} h_\theta(x^{(i)}) (1 - h_\theta(x^{(i)})) \\"
        "\n"
        r"&= h_\theta(x^{(i)}) \end{align}$$"
    )
    got = [r.verdict for r in rows(tmp_path, body)]
    assert len(got) == 6, got
    assert set(got[1:5]) <= {"proved", "plausible"}, got
    assert got[5] == "refuted"  # 1 - h written as h


def test_a_derivative_by_a_function_applied_twice_is_not_read(tmp_path):
    body = H + (
        r"$$\frac{\partial }{\partial h_{\theta} } \left( \log h_{\theta}(x^{(1)}) "
        r"+ \log h_{\theta}(x^{(2)}) \right) = 0$$"
    )
    got = rows(tmp_path, body)[1]
    assert got.verdict == "unparsed"
    assert "more than one argument" in got.reason


def test_a_letter_that_is_also_a_density_is_not_its_function(tmp_path):
    # d/dp log p(x | p): p is the parameter; the row is never read as a derivative by the
    # density's value (which would say 1/p(x | p)).
    body = r"$$\frac{\partial}{\partial p} \log p(x | p) = \frac{1}{p(x | p)}$$"
    got = rows(tmp_path, body)[0]
    assert got.verdict not in {"proved", "plausible"}


# --------------------------------------------------------------------------- the parts


def test_a_definition_is_read_at_its_bare_letter_only_when_it_is_a_function_of_it():
    i, j = sp.symbols("i j", integer=True, positive=True)
    x, t = sp.Symbol("x", real=True), sp.Symbol("theta", real=True)
    y = sp.IndexedBase("y", real=True)
    p = S.x[i]
    assert _at_its_letter(1 / (1 + sp.exp(-t * p)), p, x)
    assert not _at_its_letter(t * p + y[i], p, x)  # y_i: a function of i, not of x_i
    assert not _at_its_letter(t * p + x, p, x)  # x written bare in the value too
    assert not _at_its_letter(t * p * i, p, x)  # the index itself
    assert not _at_its_letter(t * p, p, sp.Symbol("z"))  # another letter
    v = Value(0, t * p, (p,))
    assert _substitution(v, (x,), None, True) == {p: x}
    assert _substitution(v, (x,)) == {}  # p(y | mu) beside p(y_i | mu): all the data


def test_a_written_value_is_moved_only_when_that_is_safe():
    i, j = sp.symbols("i j", integer=True, positive=True)
    x, t = sp.Symbol("x", real=True), sp.Symbol("theta", real=True)
    value = t * x * sp.exp(x)
    at_i = _rebind(value, (x,), (S.x[i],), True)
    assert value.xreplace(at_i) == t * S.x[i] * sp.exp(S.x[i])
    # p(y | mu) and p(y_i | mu): the bare letter is all the data, nothing to move
    assert _rebind(value, (x,), (S.x[i],)) is None
    # x beside samples x_j: putting x_i in for x would touch the label of x_j
    assert _rebind(value + S.x[j], (x,), (S.x[i],), True) is None
    # x_i -> x_j where j already means something in the value
    assert _rebind(t * S.x[i] + j, (S.x[i],), (S.x[j],)) is None
    assert _rebind(t * S.x[i], (S.x[i],), (S.x[j],)) == {i: j}
    assert _rebind(t * S.x[i], (S.x[i],), (sp.Symbol("z"),), True) is None


def test_the_numeric_check_gives_a_bare_letter_beside_its_samples_a_value():
    i = sp.Symbol("i", integer=True, positive=True)
    n, lam = sp.Symbol("n", integer=True, positive=True), sp.Symbol("lambda", positive=True)
    x = sp.Symbol("x", real=True)
    assert x == S.x.label  # the case: the bare letter is the samples' label
    only_samples = sp.Sum(S.x[i] * sp.log(lam), (i, 1, n))
    assert bare_symbols(only_samples) == {lam, n}
    assert bare_symbols(only_samples + x) == {lam, n, x}
    assert bare_symbols(x * lam) == {x, lam}
    # an index written only as a sample's subscript still needs its value
    assert bare_symbols(S.x[n]) == {n}


# --------------------------------------------------------------------------- a row split in two


@pytest.mark.parametrize(("last", "expect"), [("- b", "proved"), ("+ b", "refuted")])
def test_a_row_starting_with_a_sign_continues_the_row_above(tmp_path, last, expect):
    # mse-ar2, line 17: "\ln L &= A \\ \\ &- \sum ..." - the second row has no relation
    # sign and continues the first one's right side; read alone it claimed nothing.
    body = (
        r"$$\begin{aligned} \ell(a, b) &= a^2 \\ &- b \\ &= a \cdot a " + last + r" \end{aligned}$$"
    )
    got = rows(tmp_path, body)
    assert [r.line for r in got] == [1, 1]
    assert got[0].verdict == "given"
    assert got[1].verdict == expect, got[1].reason
