"""Each open condition of a step is listed once (held-out row: the Gamma kernel identity).

``\\int_0^\\infty x^b e^{-a x} dx = Gamma(b + 1) / a^{b + 1}`` needs ``a > 0`` twice: the
written line's real power ``a^{b+1}`` and the kernel's convergence. With ``a``, ``b``
undeclared the step stays plausible and names ``a > 0`` once; with ``a > 0`` and
``b > -1`` declared it is proved.
"""

from __future__ import annotations

import sympy as sp

from derivations import Assumption, Derivation, Step

a, b, x = sp.symbols("a b x", real=True)


def _kernel_step(a_domain: str | None, b_domain: str | None):
    d = Derivation(
        "kernel",
        "kernel",
        [Assumption(a, "a", domain=a_domain), Assumption(b, "b", domain=b_domain)],
        [
            Step(sp.Integral(x**b * sp.exp(-a * x), (x, 0, sp.oo)), "definition", "start"),
            Step(sp.gamma(b + 1) / a ** (b + 1), "algebra", "="),
        ],
    )
    return d.check(seed=0).steps[1]


def test_an_open_condition_needed_twice_is_named_once():
    res = _kernel_step(None, None)
    assert res.verdict != "proved", (res.verdict, res.reason)
    opened = [s.condition for s in res.side_conditions if not s.discharged]
    assert "a > 0" in opened and "b + 1 > 0" in opened, opened
    assert opened.count("a > 0") == 1, opened
    assert res.reason.count("a > 0") == 1, res.reason


def test_with_the_kernel_declared_convergent_the_step_is_proved():
    res = _kernel_step("a > 0", "b > -1")
    assert res.verdict == "proved", (res.verdict, res.reason, res.side_conditions)
