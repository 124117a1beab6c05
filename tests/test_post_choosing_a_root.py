"""An equation with several solutions, and the row that picks one.

``\\mu^2 = 4`` then ``\\mu = -2`` (with mu any real number) is a correct choice of a root, and
was refuted: the square's definition took the positive root as the name's value. ``\\theta^2
= 4 \\implies \\theta = -2`` was refuted at the other root, 2. ``\\lambda^3 = a \\implies \\lambda =
a^{1/3}`` was refuted at a negative ``a``, where sympy's principal cube root is complex and the
author means the real one. Each is a correct row called refuted.

The choice of a root is not proved either, unless the post says which sign the unknown has:
``\\theta = 2`` after ``\\theta^2 = 4`` holds only for a non-negative theta. A written solution
that solves nothing (``\\theta = 3``) is still refuted, and so is an equation that shares only
one root with the one above (``x^2 - 5x + 6 = 0`` after ``x^2 - 3x + 2 = 0``).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return {r.line: r for r in check_post(path, jobs=1).rows}


def _two(tmp_path, first, second, prose=""):
    text = f"# t\n\n{prose}\n\n$${first}$$\n\n$${second}$$\n"
    rows = _rows(tmp_path, text)
    return rows[7] if prose else rows[7]


@pytest.mark.parametrize("name", [r"\mu", r"\theta", "a", r"\beta_1"])
def test_the_negative_root_of_a_square_is_not_refuted(tmp_path, name):
    row = _two(tmp_path, f"{name}^2 = 4", f"{name} = -2")
    assert row.verdict != "refuted", row.reason


@pytest.mark.parametrize("name", [r"\mu", r"\theta", "a"])
def test_a_root_of_unknown_sign_is_not_proved(tmp_path, name):
    row = _two(tmp_path, f"{name}^2 = 4", f"{name} = 2")
    assert row.verdict not in ("proved", "refuted"), row.reason


@pytest.mark.parametrize("name", [r"\mu", r"\theta", "a"])
def test_a_value_that_solves_nothing_is_refuted(tmp_path, name):
    assert _two(tmp_path, f"{name}^2 = 4", f"{name} = 3").verdict == "refuted"
    assert _two(tmp_path, f"{name}^2 = 4", f"{name} = -3").verdict == "refuted"


def test_a_positive_unknown_takes_the_positive_root(tmp_path):
    row = _two(tmp_path, r"\theta^2 = 4", r"\theta = 2", prose=r"Here $\theta > 0$.")
    assert row.verdict == "proved", row.reason
    row = _two(tmp_path, r"\theta^2 = 4", r"\theta = -2", prose=r"Here $\theta > 0$.")
    assert row.verdict == "refuted", row.reason


def test_a_scale_named_sigma_takes_the_positive_root(tmp_path):
    row = _two(tmp_path, r"\sigma_N^2 = \frac{1}{4}", r"\sigma_N = \frac{1}{2}")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "row_text, verdicts",
    [
        (r"\theta^2 = 4 \implies \theta = -2", ("unchecked", "plausible")),
        (r"\theta^2 = 4 \implies \theta = 2", ("unchecked", "plausible")),
        (r"\theta^2 = 4 \implies \theta = 3", ("refuted",)),
        # (the first link is an equation no row leads to: "unrelated"; never refuted)
        (
            r"\lambda^3 = a \implies \lambda = a^{1/3}",
            ("proved", "unchecked", "plausible", "unrelated"),
        ),
        (r"\lambda^3 = a \implies \lambda = a^{1/3} + 1", ("refuted",)),
        (r"x^2 - 3x + 2 = 0 \implies x^2 - 5x + 6 = 0", ("refuted",)),
    ],
)
def test_solving_in_one_row(tmp_path, row_text, verdicts):
    row = _rows(tmp_path, f"# t\n\n$${row_text}$$\n")[3]
    assert row.verdict in verdicts, (row.verdict, row.reason)
