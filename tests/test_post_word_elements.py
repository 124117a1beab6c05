"""A word with an index subscript is an element, as a letter is: ``\\text{elo}_i`` (external40,
the HackMD Bradley-Terry loss, ``\\sum_{ij} w_{ij} \\ln(e^{\\text{elo}_i} + e^{\\text{elo}_j})``).

The reader read ``x_i`` at a sum's index as the element of x but ``\\text{elo}_i`` as a name of
its own, one number, so a sum over i of terms in it did not use its index and was unparsed
("a sum written without its limits, and the post never says what j runs over"). A word
subscripted by one of the post's index letters is now the element of that word at the index,
as for a letter; a word under a number (``\\mathrm{SE}_1``) or under another word stays a name
of its own. Failed at f31b68c (the second row below was unparsed).
"""

from __future__ import annotations

from derivations.post import check_post
from derivations.post._parse import parse_expression


def _verdicts(tmp_path, body: str) -> list[str]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


ROWS = (
    "$$L = -\\sum_{{i}}\\sum_{{j}} [w_{{ij}} \\ln(e^{{\\text{{elo}}_i}}) "
    "- w_{{ij}} \\ln(e^{{\\text{{elo}}_i}} + e^{{\\text{{elo}}_j}})]$$\n"
    "$$L = -\\sum_{{i}}\\sum_{{j}} [w_{{ij}} \\cdot {last} "
    "- w_{{ij}} \\ln(e^{{\\text{{elo}}_i}} + e^{{\\text{{elo}}_j}})]$$\n"
)


def test_a_word_at_the_index_is_an_element(tmp_path):
    assert _verdicts(tmp_path, ROWS.format(last="\\text{elo}_i")) == ["given", "proved"]


def test_a_slip_in_the_index_is_not_proved(tmp_path):
    assert "proved" not in _verdicts(tmp_path, ROWS.format(last="\\text{elo}_j"))[1:]


def test_a_word_under_a_number_stays_a_name():
    e = parse_expression(r"\mathrm{SE}_1 + \mathrm{SE}_2")[0]
    assert not e.atoms(__import__("sympy").Indexed)


def test_a_word_at_an_index_reads_as_an_indexed_element():
    e = parse_expression(r"\text{elo}_i - \text{elo}_j")[0]
    assert len(e.atoms(__import__("sympy").Indexed)) == 2
