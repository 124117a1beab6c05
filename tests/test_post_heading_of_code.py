"""A Markdown heading made only of inline code (``### `stream.pipeline()` ``, as API docs
write them) has no title once code is blanked: the reader crashed on it ("the checker failed
on this post (AttributeError)", found on Node's ``api/stream.md``). It is a heading with an
empty title, and the post is read."""

from __future__ import annotations

from derivations.post import check_post


def test_a_heading_of_inline_code_is_read(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: t\n---\n### `stream.pipeline(source, destination)`\n\n"
        "### `stream.finished(stream, callback)`\n\n"
        "Some text.\n\n$$a + a = 2a$$\n",
        encoding="utf-8",
    )
    rows = check_post(path, jobs=1).rows
    assert [r.verdict for r in rows] == ["proved"]
