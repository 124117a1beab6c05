"""Held-out batch 41 (the RPubs zeta distribution): ``\\zeta(s)``, which the post's words call
the Riemann zeta function, was 'not defined in the post', so no row through it was checked.
Where the words name the Riemann zeta function (and no row defines the letter, which is
written only before a bracket) it is read as that function, as ``\\Phi`` and ``\\phi`` are
read as the normal's where the words speak of the normal law; elsewhere the letter stays the
post's own."""

from __future__ import annotations

from _post_rows import verdict_of_row

_WORDS = "where $\\zeta(s)$ is the Riemann zeta function.\n\n"


def test_a_value_of_the_riemann_zeta_function_is_proved(tmp_path):
    row = "\\zeta(2) = \\frac{\\pi^2}{6}"
    assert verdict_of_row(tmp_path, _WORDS + f"$$\n{row}\n$$\n", row) == "proved"


def test_a_wrong_value_of_it_is_refuted(tmp_path):
    row = "\\zeta(2) = \\frac{\\pi^2}{8}"
    assert verdict_of_row(tmp_path, _WORDS + f"$$\n{row}\n$$\n", row) == "refuted"


def test_without_the_words_zeta_is_the_posts_own(tmp_path):
    row = "\\zeta(2) = \\frac{\\pi^2}{8}"
    body = "where $\\zeta$ is a function.\n\n" + f"$$\n{row}\n$$\n"
    assert verdict_of_row(tmp_path, body, row) != "refuted"


def test_a_row_defining_zeta_keeps_it_the_posts(tmp_path):
    body = _WORDS + "$$\n\\zeta(s) = s^2\n$$\n" + "$$\n\\zeta(3) = 9\n$$\n"
    assert verdict_of_row(tmp_path, body, "\\zeta(3) = 9") != "refuted"
