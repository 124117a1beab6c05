"""A name the reader forgets (another value under another heading) takes the values of its
derivatives with it: a row about them is compared with nothing, neither proved nor refuted
by the value the old name had."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._resolve import Names, Value

_POST = r"""## Model

$$f(x \mid \mu) = \frac{1}{\sqrt{2\pi}} e^{-(x - \mu)^2/2}$$

$$\frac{\partial}{\partial \mu} \log f(x \mid \mu) = x - \mu$$

## Another section

$$f(x \mid \mu) = \frac{1}{\sqrt{2\pi}} e^{-(x + \mu)^2/2}$$

$$\frac{\partial}{\partial \mu} \log f(x \mid \mu) = DERIVATIVE$$
"""


@pytest.mark.parametrize("derivative", [r"x - \mu", r"-(x + \mu)", r"x + 2\mu"])
def test_derivative_of_a_forgotten_name_is_not_judged_by_its_old_value(tmp_path, derivative):
    # Either f may be meant after the second heading: the old derivative (x - mu) is the
    # first f's, -(x + mu) the second's. Neither is proved or refuted with the old value.
    body = _POST.replace("DERIVATIVE", derivative)
    verdict = verdict_of_row(tmp_path, body, derivative)
    assert verdict not in ("proved", "refuted"), verdict


def test_the_same_derivative_under_one_heading_is_still_proved(tmp_path):
    # Without the second heading's restatement the derivative's value stays and is used.
    body = _POST.replace("## Another section", "").replace(
        r"e^{-(x + \mu)^2/2}$$", r"e^{-(x - \mu)^2/2}$$"
    )
    body = body.replace("DERIVATIVE", r"x - \mu")
    lines = [ln for ln in body.splitlines() if ln.strip()]
    assert verdict_of_row(tmp_path, body, lines[-1]) == "proved"


def test_forget_drops_the_name_and_its_derivatives_only():
    import sympy as sp

    names = Names()
    mu = sp.Symbol("mu")
    names.quantities["f"] = [Value(0, mu)]
    names.quantities["g"] = [Value(1, mu)]
    for key in (("log", "f", "mu"), ("", "f", "mu"), ("", "f(x[i])", "mu"), ("", "g", "mu")):
        names.set_derivative(key, Value(2, mu))
    names.forget("f")
    assert "f" not in names.quantities and "g" in names.quantities
    assert list(names.derivatives) == [("", "g", "mu")]
    assert names.derivative_order == [("", "g", "mu")]
    names.forget("h")  # a name without a value: nothing to forget, no error
    assert list(names.derivatives) == [("", "g", "mu")]
