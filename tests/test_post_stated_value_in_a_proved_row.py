"""A row whose links are a proved step and a value stated for something the engine cannot
evaluate (``E_\\theta[-X] = -1/\\theta``: "gives the line above a value; taken as given") was
reported **proved** as a whole - also with the stated value slipped (``+1/\\theta``):
``bench_mutants.py --seed 61`` on the lead's merge of 2026-12-07, jaketae's exponential
family post (external47) line 256. The stated value is a claim nobody checked, as a moment a
link states is: the row is given, not proved, and never refuted for it."""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of, rows_of_text

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "external47"
    / "jaketae-blog-exponential-family-canonical-mle-sign-flip.md"
)
LINE = 256
_WRITTEN = "= - \\frac{1}{\\theta} \\implies"
_SLIPPED = "= + \\frac{1}{\\theta} \\implies"


def _lines() -> list[str]:
    return POST.read_text(encoding="utf-8").splitlines()


def test_the_row_is_the_one_meant():
    assert _WRITTEN in _lines()[LINE - 1]


def test_the_slipped_value_is_not_proved(tmp_path):
    lines = _lines()
    lines[LINE - 1] = lines[LINE - 1].replace(_WRITTEN, _SLIPPED)
    row = rows_of_text(tmp_path, "\n".join(lines) + "\n")[LINE]
    assert row.verdict not in ("proved", "plausible")


def test_the_written_row_is_not_refuted():
    assert rows_of(POST)[LINE].verdict != "refuted"


def test_a_stated_value_lowers_a_proved_row_to_given(tmp_path):
    body = (
        "# Moments\n\nLet $X$ be a random variable.\n\n$$\\mathbb{E}[-X] = -\\mathbb{E}[X] = 5$$\n"
    )
    rows = rows_of_text(tmp_path, body)
    (row,) = [r for r in rows.values() if "5" in r.text]
    assert row.verdict not in ("proved", "plausible", "refuted")
