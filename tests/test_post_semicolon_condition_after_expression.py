"""A bare expression with its condition after a semicolon, ``λe^{-λ*x} ; x >= 0`` (external34).

An R Markdown exercise wrote the exponential density as a display with no name and no
relation, ``\\[ λe^{-λ*x} ; x >= 0 \\]``. With a comma (``λe^{-λx}, x \\ge 0``) the reader reads
the expression and its condition (a row with no relation sign, claiming nothing); with the
semicolon the expression and the condition ran together into one side and the row was
unparsed ("unexpected ';'"). A top-level semicolon ends a statement as it does between two
relations: the row is read as the comma's is. ``f(x; \\theta)``, ``\\;`` spacing and a
semicolon after a relation are left as they were. Failed at 5f05f19 (unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


PAIRS = [
    ("$$\\lambda e^{-\\lambda x} ; x \\ge 0$$", "$$\\lambda e^{-\\lambda x}, x \\ge 0$$"),
    ("$$x^2 + 1 ; x >= 0$$", "$$x^2 + 1, x >= 0$$"),
]


@pytest.mark.parametrize("semicolon, comma", PAIRS)
def test_a_semicolon_after_a_bare_expression_ends_it(tmp_path, semicolon, comma):
    got = _verdicts(tmp_path, semicolon)
    assert got == _verdicts(tmp_path, comma), got
    assert got[0][0] != "unparsed", got


def test_a_semicolon_inside_a_call_is_still_its_separator(tmp_path):
    got = _verdicts(tmp_path, "$$f(x;\\lambda) = \\lambda x$$\n\n$$f(2;\\lambda) = 2\\lambda$$")
    assert [v for v, _ in got] == ["given", "proved"], got
