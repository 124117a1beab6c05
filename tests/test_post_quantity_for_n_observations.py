"""One observation's quantity, then the sample's under the same name (held-out batch 45).

The Oxford sheet-1 solution of external45 writes the Bernoulli information for one
observation, ``I_B(\\theta) = \\frac{1}{\\theta(1-\\theta)}``, then "For n observations:"
``I_B(\\theta) = \\frac{n}{\\theta(1-\\theta)}``; the correct row was refuted as a
restatement. A value in a letter the post has not used yet already defines the name anew
(a new model); so does, here, a value that is the old one times a factor in letters the old
value does not hold (``n``, the number of observations, used by the rows above): the
same name for the sample's quantity, not a restatement of one observation's. A row whose
value differs otherwise is still compared.
"""

from __future__ import annotations

from tests._post_rows import first_verdicts

_HEAD = (
    "$$I_G(\\theta) = \\frac{1}{\\theta^2(1-\\theta)}$$\n\n"
    "For n observations, multiply by n:\n"
    "$$I_G(\\theta) = \\frac{n}{\\theta^2(1-\\theta)}$$\n\n"
    "$$I_B(\\theta) = \\frac{1}{\\theta(1-\\theta)}$$\n\n"
    "For n observations:\n"
)


def test_the_sample_quantity_is_not_refuted_against_one_observation(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(_HEAD + "$$I_B(\\theta) = \\frac{n}{\\theta(1-\\theta)}$$\n", "utf-8")
    got = first_verdicts(path)
    assert got[9] != "refuted", got


def test_a_rows_after_it_continue_from_the_sample_quantity(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _HEAD + "$$I_B(\\theta) = \\frac{n}{\\theta(1-\\theta)}$$\n\n"
        "$$I_B(\\theta) = \\frac{2n}{\\theta(1-\\theta)}$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[11] == "refuted", got


def test_a_value_not_a_multiple_of_the_old_is_still_compared(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        _HEAD + "$$I_B(\\theta) = \\frac{n}{\\theta} + \\frac{1}{1-\\theta}$$\n", "utf-8"
    )
    got = first_verdicts(path)
    assert got[9] == "refuted", got
