"""``\\operatorname{sgn}`` and ``\\operatorname{sign}`` are the sign function, as
``\\mathrm{sgn}`` is (probe of 2026-12-05, evening: a Laplace location score written with
``\\operatorname{sgn}`` was "unparsed: unknown operator", with ``\\mathrm{sgn}`` proved)."""

from __future__ import annotations

import pytest
from _post_rows import display_rows


@pytest.mark.parametrize(
    "spelling", ["\\mathrm{sgn}", "\\operatorname{sgn}", "\\operatorname{sign}"]
)
def test_the_derivative_of_an_absolute_value_is_minus_the_sign(tmp_path, spelling):
    rows = display_rows(tmp_path, f"\\frac{{d}}{{d\\mu}}|x - \\mu| = -{spelling}(x - \\mu)")
    assert rows[5].verdict == "proved"


@pytest.mark.parametrize("spelling", ["\\operatorname{sgn}", "\\operatorname{sign}"])
def test_the_wrong_sign_is_refuted(tmp_path, spelling):
    rows = display_rows(tmp_path, f"\\frac{{d}}{{d\\mu}}|x - \\mu| = {spelling}(x - \\mu)")
    assert rows[5].verdict == "refuted"


def test_an_unknown_lower_case_operator_is_still_not_guessed(tmp_path):
    rows = display_rows(tmp_path, "\\operatorname{softsign}(x) = x")
    assert rows[5].verdict == "unparsed"
