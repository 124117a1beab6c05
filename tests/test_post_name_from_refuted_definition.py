"""A name whose defining row is refuted in its second side (batch 43).

``\\pi_i = \\frac{1}{1+\\exp(-t)} = \\frac{\\exp(-t)}{1+\\exp(t)}`` (the CPSC540 notebook of
external43): the second side is wrong and the row is refuted. The Hessian written later with
``\\pi_i (1 - \\pi_i)``, right for the first side, was refuted through the second, the value
the reader gave the name: a correct row refuted. As for a defining chain whose sides disagree
(NAMES9, ``._refuted_names``), which side the name stands for is open: a row refuted only
through that name is unchecked, saying so; the defining row stays refuted, and nothing false
is proved.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import first_verdicts

REPRO = (
    Path(__file__).parent / "posts/incoming/repro43b/name-from-a-refuted-two-sided-definition.md"
)


def test_the_row_right_for_the_definition_is_not_refuted():
    got = first_verdicts(REPRO)
    assert got[10] == "refuted", got  # the wrong second side
    assert got[14] != "refuted", got


def test_a_subscripted_name_and_a_row_wrong_for_both_sides(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "$$\\pi_i = \\frac{1}{1+\\exp(-t_i)} = \\frac{\\exp(-t_i)}{1+\\exp(t_i)}$$\n\n"
        "$$h_i = \\frac{\\exp(-t_i)}{(1+\\exp(-t_i))^2}$$\n\n"
        "$$h_i = \\pi_i (1 - \\pi_i)$$\n\n"
        "$$h_i = \\pi_i (1 + \\pi_i)$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[1] == "refuted", got
    assert got[5] != "refuted", got
    assert got[7] not in ("proved", "given"), got
