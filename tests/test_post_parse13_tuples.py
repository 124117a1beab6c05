r"""A tuple as a side: ``\vartheta = (\mu, \sigma^2)^T``, ``T(X) = \Big(\bar X, \frac1n \sum
X_i^2\Big)``, ``v = [a, b]^\top``.

Held-out posts write statistics, natural parameters and estimates as tuples (exponential
families, Cramer-Rao in several parameters, Newton steps): 12 rows were "unparsed:
unexpected ','". Such a side is read as a whole, a tuple with no value the engine
compares: a row defining a name by it is read (taken as given) and any step through it is
unchecked - never proved, never refuted, whatever its components (which part of the
tuple a later row means is not read).

An interval is no tuple: ``(0, \infty)``, ``[0, 1]`` and ``(-\infty, a)`` stay unparsed, as
does any malformed list (an empty component, dots at either end).
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

TUPLES = [
    r"\vartheta = (\mu, \sigma^2)^T",
    r"\phi(x) = (x, x^2)^T",
    r"\eta(\theta) = (\frac{\mu}{\sigma^2}, -\frac{1}{\sigma^2} )^T",
    r"T(X) = \Big( \frac{1}{n} \sum_{i=1}^n X_i, \frac{1}{n} \sum_{i=1}^n X_i^2 \Big)",
    r"T(x) = \left(\prod_{i=1}^n x_i, \ \sum_{i=1}^n x_i\right)",
    r"v = [a, b]^\top",
    r"u = (a, b, c)",
    r"W = (w_1, w_2, \dots, w_N)",
]


@pytest.mark.parametrize("row", TUPLES)
def test_a_name_defined_by_a_tuple_is_read(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "given", (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row",
    [
        r"(a + a, b) = (2a, b)",
        r"(a, b) = (b, a)",
        r"(a, b)^T = (a, b)",
        r"(1, 2) = (1, 3)",
        r"w = (w_1, w_2, \dots, w_N)",
    ],
)
def test_a_step_through_a_tuple_is_never_proved_or_refuted(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict not in ("proved", "refuted", "unparsed"), (r.verdict, r.reason)


@pytest.mark.parametrize(
    ("then", "correct"),
    [(r"\vartheta + \vartheta = 2\vartheta", True), (r"\vartheta + \vartheta = 3\vartheta", False)],
)
def test_a_name_defined_by_a_tuple_gives_later_rows_no_value(tmp_path, then, correct):
    """What a later row says of the name is not checked through the tuple's components:
    the correct row is not refuted and its wrong twin not proved."""
    r = _rows(tmp_path, r"\vartheta = (\mu, \sigma^2)^T", then)[7]
    assert r.verdict != ("refuted" if correct else "proved"), (r.verdict, r.reason)


@pytest.mark.parametrize(
    "row", [r"\theta = (0, \infty)", r"\theta=(0,\infty)", r"x = (-\infty, 0)", r"\Theta = [0, 1]"]
)
def test_an_interval_is_no_tuple(tmp_path, row):
    # PARSE15 (._set_values): a name set equal to an interval states a set (given, no value);
    # it was unparsed here, and is still never a tuple
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "given" and "set" in r.reason, (r.verdict, r.reason)
    assert "tuple" not in r.reason


@pytest.mark.parametrize(
    "row",
    [
        r"u = (a, )",
        r"u = (, a)",
        r"u = (a,, b)",
        r"u = (\dots, a)",
        r"u = (a, \dots)",
        r"u = (a, b",
        r"u = (a, b)^2",
        r"(x + 1, y) = (x, y) + (1, 0)",
    ],
)
def test_intervals_and_malformed_lists_stay_unparsed(tmp_path, row):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == "unparsed", (r.verdict, r.reason)
    assert r.reason and "\n" not in r.reason
