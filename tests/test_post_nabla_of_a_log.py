"""``\\nabla \\log p(x \\vert \\theta)`` in a post that differentiates by theta only (batch 47).

jaketae's post on Fisher's score (external47, line 288) writes ``\\nabla_\\theta \\log p(x
\\vert \\theta)`` for the score and later ``\\nabla \\log p(x \\vert \\theta) \\nabla \\log
p(x \\vert \\theta)^\\top`` bare. A bare nabla in a post that differentiates by one variable
only is already read as by that variable when a name, a number or a bracket follows it; a
``\\log`` did not count as the start of its operand, and the row stopped at "\\nabla needs
the variable as a subscript". With ``\\log`` (``\\ln``) after it, the bare nabla reads as the
subscripted one; in a post that differentiates by two variables it still does not.
"""

from __future__ import annotations

import pytest

from tests._post_rows import first_verdicts

_SCORE = r"u(\theta) = \nabla_\theta \log p(x \vert \theta)"


def _verdicts(tmp_path, *rows: str) -> dict[int, str]:
    path = tmp_path / "post.md"
    path.write_text("\n\n".join(f"$${r}$$" for r in rows) + "\n", "utf-8")
    return first_verdicts(path)


@pytest.mark.parametrize("log", [r"\log", r"\ln"])
def test_a_bare_nabla_before_a_log_reads_as_by_the_posts_variable(tmp_path, log):
    bare = _verdicts(tmp_path, _SCORE, rf"v = \nabla {log} p(x \vert \theta) = u(\theta)")
    written = _verdicts(tmp_path, _SCORE, rf"v = \nabla_\theta {log} p(x \vert \theta) = u(\theta)")
    assert bare[3] != "unparsed", bare
    assert bare == written


def test_with_two_variables_differentiated_the_bare_nabla_stays_unread(tmp_path):
    got = _verdicts(
        tmp_path,
        _SCORE,
        r"w = \nabla_\phi \log q(x \vert \phi)",
        r"v = \nabla \log p(x \vert \theta)",
    )
    assert got[5] == "unparsed", got
