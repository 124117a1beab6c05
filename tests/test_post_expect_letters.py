"""Lower-case letters inside ``E[...]`` compared by linearity (``post/_expectation.py``).

``\\mathrm{Var}[x] = E[x^2] - E[x]^2`` with ``x`` a lower-case letter the post declares
nowhere: whatever ``x`` is (a random variable, or a data value, which is a random
variable with one value), the identity holds, so it is proved; a line that differs is
not refuted for that reason alone (the moments of ``x`` have no values). catch60: a line that
fails when ``x`` is a constant (``\\mathrm{Var}[x] = E[x^2] + E[x]^2``: 0 against ``2c^2``) is
refuted at that point mass, a law a post that states none allows (``._point_mass``); lines
that hold for constants and fail for other laws stay as they were.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdict(tmp_path, row: str) -> tuple[str, str]:
    path = tmp_path / "post.md"
    path.write_text(f"---\ntitle: t\n---\n\nThe variance is\n\n$$ {row} $$\n", encoding="utf-8")
    (r,) = check_post(path, jobs=1).rows
    return r.verdict, r.reason


@pytest.mark.parametrize(
    "row",
    [
        "\\mathrm{Var}[x] = E[x^2] - E[x]^2",
        "E[2x + 1] = 2E[x] + 1",
        "E[(x - 1)^2] = E[x^2] - 2E[x] + 1",
        "\\mathrm{Var}[3x] = 9\\mathrm{Var}[x]",
    ],
)
def test_identities_of_any_variable_are_proved(tmp_path, row):
    verdict, reason = _verdict(tmp_path, row)
    assert verdict == "proved", (row, reason)


@pytest.mark.parametrize(
    "row",
    [
        "E[x^2] = E[x]^2",
        "\\mathrm{Var}[3x] = 3\\mathrm{Var}[x]",
    ],
)
def test_a_line_that_differs_is_not_proved_nor_refuted(tmp_path, row):
    verdict, reason = _verdict(tmp_path, row)
    assert verdict not in ("proved", "refuted"), (row, reason)


def test_a_line_that_holds_for_a_zero_variable_is_not_refuted(tmp_path):
    """Var[x] = E[x^2] + E[x]^2 holds for every x of mean zero, which the post may say in
    words the reader does not read: not refuted (the lead, after the merge); see
    test_post_catch60_point_mass for the rows claimed for any random variable."""
    verdict, reason = _verdict(tmp_path, "\\mathrm{Var}[x] = E[x^2] + E[x]^2")
    assert verdict not in ("proved", "refuted"), reason
