r"""``log2(x)``, ``log10(x)`` and ``lg x`` without a backslash are logarithms, never products of
the letters l, o, g (found probing the lexer's ``log_2`` after adversarial set 27).

``log_{2}`` without its backslash is read as ``\log_2`` (the last session); ``log2(x)`` and
``log10(x)``, the names programs give the logs to base 2 and 10, were read as l*o*g*2*x, so
the correct ``log2(x) = \frac{\ln x}{\ln 2}`` was refuted; ``lg x`` was l*g*x, and ``lg x =
\log_{10} x``, true in the base-10 reading of lg, was refuted. ``lg`` written so is ``\lg``:
base 2 in some texts and 10 in others, a log with no value of its own unless the post names
its base. Failed at 047f722.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row


def _verdict(tmp_path, row: str) -> str:
    return verdict_of_row(tmp_path, f"Let $x > 0$ and $y > 0$.\n\n$${row}$$\n", row)


@pytest.mark.parametrize(
    "row",
    [
        r"log2(x) = \frac{\ln x}{\ln 2}",
        r"log10(x) = \frac{\ln x}{\ln 10}",
        r"log2(8) = 3",
        r"log2(x y) = log2(x) + log2(y)",
    ],
)
def test_a_programs_log_name_is_the_log_to_its_base(tmp_path, row):
    assert _verdict(tmp_path, row) == "proved"


@pytest.mark.parametrize(
    "row",
    [r"log2(8) = 4", r"log10(x) = \frac{\ln x}{\ln 2}"],
)
def test_a_wrong_value_of_it_is_refuted(tmp_path, row):
    assert _verdict(tmp_path, row) == "refuted"


@pytest.mark.parametrize(
    "row",
    [
        r"lg x = \log_{10} x",
        r"lg x = \log_2 x",
        r"lg(x) = \log_{2} x",
        r"lg\, x = \log_{10} x",
        r"lg \lambda = \log_{10} \lambda",
    ],
)
def test_lg_is_a_log_of_either_base(tmp_path, row):
    assert _verdict(tmp_path, row) not in ("refuted", "proved")


def test_lg_gets_the_base_the_post_names(tmp_path):
    body = "All logarithms in this post are base 10.\n\n$$lg x = \\log_{10} x$$\n"
    assert verdict_of_row(tmp_path, body, "lg x") == "proved"
