"""Numbers the reader works out while it reads sentences, outside any step's time limit.

Found by profiling the slowest held-out post (lead69): a sentence giving a function a
second value (``._redefined``) compares the two values at three points with sympy's
``evalf``, unbounded. Held-out yaqidai (external48) spent 18 s of its 31 s there, three
times 6 s on a difference holding an unknown function and an integral, which cannot
become a number whatever the points. A two-row post of that shape took 17 s on 554d7160.
Now a value that keeps an unknown function or letter after the points are put in is
unsure at once, and each evaluation is bounded in CPU time (unsure past it: the function
is left without a value, which proves and refutes nothing).
"""

from __future__ import annotations

import sympy as sp

from tests._hostile import check_hostile

_SECOND_VALUE = (
    "In the second model we work with $K(\\theta) = n J(\\theta) - "
    "\\frac{8}{\\pi}\\int_0^\\infty \\frac{x^2}{(x^2+1)^3} dx$ instead."
)


def test_a_second_value_with_an_unknown_function_is_not_evaluated(tmp_path):
    rows = "$$K(\\theta) = \\frac{n}{2}$$\n\n" + _SECOND_VALUE + "\n\n$$K(\\theta) = \\frac{n}{2}$$"
    _, out = check_hostile(tmp_path, "second value", "The information is", rows,
                           never_proved=False, budget=8.0)  # fmt: skip
    # the second display row is no restatement compared with either value
    assert out[-1].verdict != "refuted", out[-1].reason


def test_the_comparison_of_two_values_is_bounded():
    from derivations.post._redefined import gives_another_value

    x = sp.Symbol("x")
    t = sp.Symbol("theta")
    head = sp.Function("K")(t)
    # an integral evalf works out slowly at every point (no unknown function left)
    slow = sp.Integral(sp.exp(-(x**2) * t) * sp.sin(x**7 * t) ** 2 / (1 + x**4), (x, 0, sp.oo))
    import time

    start = time.process_time()
    assert gives_another_value(head, t, slow) is True  # unsure counts as different
    assert time.process_time() - start < 8.0


def test_values_that_agree_are_still_a_restatement():
    from derivations.post._redefined import gives_another_value

    t = sp.Symbol("theta")
    head = sp.Function("K")(t)
    assert gives_another_value(head, 1 + t, t + 1) is False
    assert gives_another_value(head, (1 + t) ** 2, t**2 + 2 * t + 1) is False
    assert gives_another_value(head, 1 + t, t + 2) is True
