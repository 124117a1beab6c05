"""``\\ln L = R`` names L by its log; a derivative of ``\\ln L`` is the derivative of R.

The row gave L no value ("n, theta, x appear here for the first time"), so L was a
plain symbol, constant in theta: d^2 ln L / d theta^2 was 0, and a correct 2n was
REFUTED. Read as a definition (L = e^R, a positive likelihood), the derivatives are
compared with R's.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "log-named"
    / "log-likelihood-named-by-its-log.md"
)


def _rows(path: Path) -> dict:
    return rows_of(path)


def test_derivatives_of_a_log_named_likelihood_are_proved():
    rows = _rows(POST)
    assert rows[6].verdict in ("given", "proved"), (rows[6].verdict, rows[6].reason)
    assert rows[8].verdict == "proved", (rows[8].verdict, rows[8].reason)
    assert rows[10].verdict == "proved", (rows[10].verdict, rows[10].reason)


def test_a_wrong_second_derivative_is_refuted(tmp_path):
    p = tmp_path / POST.name
    p.write_text(POST.read_text(encoding="utf-8").replace("= 2n $$", "= 3n $$"), "utf-8")
    assert _rows(p)[10].verdict == "refuted"


def test_a_derivative_of_a_name_with_no_value_is_never_refuted(tmp_path):
    # L is never given a value: its derivative by theta is unknown, not 0
    p = tmp_path / POST.name
    text = POST.read_text(encoding="utf-8")
    text = text.replace(r"$$ \ln L = n\theta^2 - \sum_{i=1}^n x_i $$", "Let $L$ be the likelihood.")
    p.write_text(text, "utf-8")
    rows = _rows(p)
    assert all(r.verdict != "refuted" for r in rows.values()), {
        k: (r.verdict, r.reason) for k, r in rows.items()
    }
