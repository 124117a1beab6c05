"""One letter applied with two different subscripts names two functions: ``q_\\theta(z)`` and
``q_\\phi(z)``, ``f_a(z)`` and ``f_b(z)`` are never one function.

The reader reads ``h_\\theta(x)`` as the function ``h``, the subscript naming its parameters
(``Context.function_names``). Planting slips in held-out external17 (an ELBO derivation) showed
the cost when a post writes the letter with two subscripts: ``\\log\\int q_\\theta(z)
\\frac{p_\\theta(x, z)}{q_\\phi(z)} dz`` (a planted ``q_\\theta`` for ``q_\\phi``) was proved
equal to ``\\log \\int p_\\theta(x, z) dz``, both q's read as one function q, and
``f_a(z)/f_b(z) = 1`` was plausible.

Properties: a row true only if the two functions are one is never proved (nor plausible); a
row that holds for any functions is still proved; one subscript throughout is still the
function (``h_\\theta(x)`` beside ``h_\\theta``).
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str, before: str = "Then") -> str:
    return verdict_of_row(tmp_path, f"{before}\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"\log \int q_{\theta}(z) \frac{p(z)}{q_{\phi}(z)} dz = \log \int p(z) dz",
        r"\int q_{\theta}(z) \frac{p(z)}{q_{\phi}(z)} dz = \int p(z) dz",
        r"\frac{f_{a}(z)}{f_{b}(z)} = 1",
        r"\frac{q_{\theta}(z)}{q_{\phi}(z)} = 1",
    ],
)
def test_two_subscripts_are_two_functions(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("proved", "plausible")


def test_a_row_true_for_any_functions_is_proved(tmp_path):
    row = r"\int q_{\phi}(z) \frac{p(z)}{q_{\phi}(z)} dz = \int p(z) dz"
    assert _verdict(tmp_path, row, r"Let $q_\theta(z) > 0$ and $q_\phi(z) > 0$.") == "proved"
