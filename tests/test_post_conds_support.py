"""Orders the post states on the variable a check sums or integrates over (``0 \\le k \\le m``
for the ``k`` of a pmf, ``0 < x < \\theta`` for a density's ``x``) and orders of the data
(``x > \\theta`` where the counterexample holds the sample ``x_1, ..., x_n``).

A density's total mass is weighed over the support the post states, read from the same
statements: such an order is met by the check, not crossed, and the mass refutes. An order
on that variable the support reader does not read (``x^2 < \\theta^2``) is not met by it,
so a mass weighed without it refutes nothing. An order between plain letters (``0 < a <
b``) still keeps a refutation from crossing it.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import verdict_of_row

from derivations.post import check_post

FRONT = "---\ntitle: t\n---\n\n"


def _row(tmp_path: Path, body: str, needle: str):
    path = tmp_path / "post.md"
    path.write_text(FRONT + body, encoding="utf-8")
    rows = [r for r in check_post(path, jobs=1).rows if needle in r.text]
    assert rows, needle
    return rows[0]


def test_a_pmf_on_a_stated_range_through_another_letter_is_weighed_there(tmp_path):
    body = (
        "The count $j$ is in $0 \\le j \\le r$, with pmf\n\n"
        "$$ p(j \\mid \\beta) = \\binom{r}{j} \\beta^{j} (1 - \\beta)^{r - j} $$\n"
    )
    assert _row(tmp_path, body, "p(j").verdict == "given"
    wrong = body.replace("(1 - \\beta)^{r - j}", "(1 - \\beta)^{r}")
    row = _row(tmp_path, wrong, "p(j")
    assert row.verdict == "refuted", row.reason
    assert "does not integrate to 1" in row.reason


def test_a_density_on_an_interval_up_to_a_parameter_is_weighed_there(tmp_path):
    body = "The density is\n\n$$ f(y \\mid b) = \\frac{2 y}{b^2} $$\n\nfor $0 < y < b$.\n"
    assert _row(tmp_path, body, "f(y").verdict == "given"
    row = _row(tmp_path, body.replace("{2 y}", "{3 y^2}"), "f(y")
    assert row.verdict == "refuted", row.reason


def test_an_order_on_the_variable_the_support_reader_does_not_read_is_not_crossed(tmp_path):
    # e^{-x} / (1 - e^{-theta}) has mass 1 on 0 < x < theta; weighed on x > 0 alone its
    # mass is 1 / (1 - e^{-theta}): x^2 < theta^2 is no support the reader reads
    body = (
        "For $x > 0$ and $x^2 < \\theta^2$ the density is\n\n"
        "$$ f(x \\mid \\theta) = \\frac{e^{-x}}{1 - e^{-\\theta}} $$\n"
    )
    assert _row(tmp_path, body, "f(x").verdict != "refuted"


def test_a_chain_of_plain_letters_still_keeps_its_refutations_inside(tmp_path):
    body = "Let $0 < a < b$.\n\n$$ROW$$\n"
    right, wrong = "|a - b| = b - a", "|a - b| = a - b"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
