r"""A letter the post's words would make the normal's cdf (``\Phi``) that a row defines as a
function of the post's own is not read as the normal cdf in the rows before that definition
either (adversarial set 28, 84).

``\Phi(2) + y = 4 + y`` above ``\Phi(x) = x^2``, in a post that speaks of the normal law, was
refuted through the normal cdf: the table's entries read by the post's words skipped the rule
that a function the post defines is not assumed to be the table's (``Names._special``).
Failed at f31b68c. Where the definition comes first its value is used, as before.
"""

from __future__ import annotations

from _post_rows import verdict_of_row

PROSE = "The errors are normally distributed, but $\\Phi$ below is a function of our own.\n\n"


def test_a_row_before_the_definition_is_not_refuted(tmp_path):
    row = r"\Phi(2) + y = 4 + y"
    body = f"{PROSE}$${row}$$\n\n$$\\Phi(x) = x^2$$\n"
    assert verdict_of_row(tmp_path, body, row) != "refuted"


def test_a_row_after_the_definition_uses_it(tmp_path):
    row = r"\Phi(2) + y = 4 + y"
    body = f"{PROSE}$$\\Phi(x) = x^2$$\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) == "proved"
    wrong = r"\Phi(2) + y = 5 + y"
    body = f"{PROSE}$$\\Phi(x) = x^2$$\n\n$${wrong}$$\n"
    assert verdict_of_row(tmp_path, body, wrong) == "refuted"
