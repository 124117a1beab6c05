"""A row that follows from a refuted row is a correct *step*, and keeps its verdict: the
mistake is reported at its own line. But the row's result rests on the wrong line, so the
report says so in a note naming that line; a reader who skims the verdicts must not take
"proved" there for a confirmation of the result (noticed by helper SETTING, 2026-12-03)."""

from __future__ import annotations

from derivations.post import check_post


def _rows(tmp_path, body):
    """The rows of the post ``body`` by the text of their line."""
    text = "---\ntitle: t\n---\n" + body
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    return {lines[r.line - 1]: r for r in check_post(path, jobs=1).rows}


_POST = """We set a constant.

$$c = 2$$

Then

$$c = 3$$

and so

$$c + 1 = {rhs}$$
"""


def test_a_step_from_a_refuted_line_names_that_line(tmp_path):
    rows = _rows(tmp_path, _POST.format(rhs="4"))
    wrong = rows["$$c = 3$$"]
    assert wrong.verdict == "refuted"
    last = rows["$$c + 1 = 4$$"]
    assert last.verdict == "proved"
    assert any(f"line {wrong.line}" in n and "refuted" in n for n in last.notes), last.notes


def test_a_step_from_a_sound_line_has_no_such_note(tmp_path):
    body = "We set a constant.\n\n$$c = 3$$\n\nand so\n\n$$c + 1 = 4$$\n"
    rows = _rows(tmp_path, body)
    assert rows["$$c + 1 = 4$$"].verdict == "proved"
    assert not any("refuted" in n for r in rows.values() for n in r.notes)


def test_a_wrong_step_from_a_refuted_line_is_still_not_proved(tmp_path):
    # c + 1 = 5 neither follows from c = 3 nor from c = 2
    rows = _rows(tmp_path, _POST.format(rhs="5"))
    assert rows["$$c + 1 = 5$$"].verdict != "proved"
