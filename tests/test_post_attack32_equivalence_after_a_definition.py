"""A stated equivalence after a row read as a letter's definition claims the converse too.

Adversarial set 24 (03-false, written blind against 5f05f19): "Let $a$ and $b$ be real numbers
with $$a = b$$", then ``\\iff a^2 = b^2``, was proved. The row above is read as a definition of
``a``, and the chain after the arrow as a claim of its own with ``a`` put in: ``b^2 = b^2``.
That checks that ``a^2 = b^2`` follows from ``a = b``; the arrow also says that ``a = b``
follows from it, which fails at ``a = -b``.

Properties: such a row is never proved (one way is checked, the converse is not), and never
refuted when it follows; an implication (``\\implies``) after the same row is proved as before;
a row after a function's definition is read as before.
"""

from __future__ import annotations

import pytest


def _verdict(tmp_path, text: str, line: int) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(text, encoding="utf-8")
    return next(r.verdict for r in check_post(post, jobs=1).rows if r.line == line)


_POST = "Let $a$ and $b$ be real numbers with\n\n$$a = DEF$$\n\nThen\n\n$$ARROW ROW$$\n"


@pytest.mark.parametrize(
    "definition, row",
    [
        ("b", "a^2 = b^2"),
        ("b", "a^4 = b^4"),
        ("2b", "a^2 = 4 b^2"),
        ("b + 1", "(a - b)^2 = 1"),
    ],
)
@pytest.mark.parametrize("arrow", [r"\iff", r"\Leftrightarrow"])
def test_a_stated_equivalence_that_holds_one_way_is_not_proved(tmp_path, definition, row, arrow):
    text = _POST.replace("DEF", definition).replace("ARROW", arrow).replace("ROW", row)
    assert _verdict(tmp_path, text, 7) not in ("proved", "refuted")


@pytest.mark.parametrize("definition, row", [("b", "a^2 = b^2"), ("b + 1", "a - b = 1")])
def test_an_implication_after_it_is_checked_as_before(tmp_path, definition, row):
    text = _POST.replace("DEF", definition).replace("ARROW", r"\implies").replace("ROW", row)
    assert _verdict(tmp_path, text, 7) == "proved"


def test_a_wrong_equivalence_is_still_refuted(tmp_path):
    text = _POST.replace("DEF", "b").replace("ARROW", r"\iff").replace("ROW", "a^2 = 2 b^2")
    assert _verdict(tmp_path, text, 7) == "refuted"
