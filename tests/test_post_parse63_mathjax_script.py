r"""MathJax 2's own markup, ``<script type="math/tex; mode=display">``, is display math (PARSE63).

A Jekyll blog (held-out external51 Petersen, softmax Jacobian: 9 blocks, about 20 truth lines)
writes every display as the script element MathJax 2 typesets: ``mode=display`` a display,
``type="math/tex"`` alone an inline formula. The reader blanked every ``<script>`` as a part of
the page that is never math, so the post had no rows. Such an element is now read as the
``$$...$$`` (``\(...\)``) it stands for (a display as ``$$``, since its rows may end in
``\\[1.6em]``, which ``\[`` would take for its own end); any other script (JavaScript,
JSON, a type of its own) is still blanked, and an unclosed one still hides nothing and shows
nothing.
"""

from __future__ import annotations

import time

import pytest
from _post_rows import rows_of_text

from derivations.post._unrendered import blank_unrendered

DISPLAY = '<script type="math/tex; mode=display">'


def _post(*parts: str) -> str:
    return "---\ntitle: t\n---\n\n" + "\n\n".join(parts) + "\n"


def _line(body: str, text: str) -> int:
    return body.splitlines().index(text) + 1


@pytest.mark.parametrize(
    "opener",
    [
        DISPLAY,
        "<script type='math/tex; mode=display'>",
        '<SCRIPT TYPE="math/tex;mode=display">',
        '<script type="math/tex; mode=display" id="MathJax-Element-1">',
    ],
)
def test_a_display_script_is_a_display(tmp_path, opener):
    body = _post("Let", f"{opener}\nh(t) = 3t\n</script>", "So", f"{opener}\nh'(t) = 3\n</script>")
    rows = rows_of_text(tmp_path, body)
    assert rows[_line(body, "h(t) = 3t")].verdict == "given"
    assert rows[_line(body, "h'(t) = 3")].verdict == "proved"


def test_a_wrong_step_in_one_is_refuted(tmp_path):
    body = _post(
        "Let", f"{DISPLAY}\nh(t) = 3t\n</script>", "So", f"{DISPLAY}\nh'(t) = 4\n</script>"
    )
    rows = rows_of_text(tmp_path, body)
    assert rows[_line(body, "h'(t) = 4")].verdict == "refuted"


@pytest.mark.parametrize(
    "opener",
    ["<script>", '<script type="text/javascript">', '<script type="math/texture">'],
)
def test_any_other_script_still_hides_its_math(tmp_path, opener):
    body = _post(
        "Let", "$$h(t) = 3t$$", f"{opener}\n$$h(t) = 9t$$\n</script>", "So", "$$h'(t) = 3$$"
    )
    rows = rows_of_text(tmp_path, body)
    assert rows[_line(body, "$$h'(t) = 3$$")].verdict == "proved"
    assert _line(body, "$$h(t) = 9t$$") not in rows


@pytest.mark.parametrize(
    "text",
    [
        f"a\n{DISPLAY}\nx = 1\n</script>\nb",
        'a <script type="math/tex">x = 1</script> b',
        f"{DISPLAY}x</script >\n<script>js()</script>",
        f"{DISPLAY}\nnever closed\n",
    ],
)
def test_lines_and_lengths_are_kept(text):
    out = blank_unrendered(text)
    assert [len(s) for s in out.split("\n")] == [len(s) for s in text.split("\n")]
    assert "script" not in out or "never closed" in out


def test_a_display_may_space_its_rows(tmp_path):
    rows = rows_of_text(tmp_path, _post(f"{DISPLAY}\nh(t) = 3t \\\\[1.6em]\nh'(t) = 3\n</script>"))
    assert [r.verdict for r in rows.values()] == ["given", "proved"], rows


def test_the_inline_form_is_inline_math():
    out = blank_unrendered('a <script type="math/tex">x = 1</script> b')
    assert "".join(out.split()) == "a\\(x=1\\)b"


def test_hostile_openers_stay_linear():
    start = time.process_time()
    blank_unrendered(DISPLAY * 40000)
    blank_unrendered((DISPLAY + "x</script>") * 20000)
    assert time.process_time() - start < 2.0
