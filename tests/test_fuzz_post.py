"""Fuzzing check-post: rows generated from the notation it reads, then mutated.

The property (issue 16): whatever the text of a post, ``check_post`` returns a
report with one verdict per displayed row - never an exception, never a row
dropped silently - within the engine's budgets. Rows are built from the
pieces real derivations use (sums, fractions, logs, powers, derivatives,
Greek letters, subscripts) and then damaged the way careless or hostile text
is: characters deleted, braces and backslashes inserted, pieces repeated.

A hang would stall the test run: ``faulthandler`` ends the process with every
thread's stack after :data:`HANG_SECONDS`, so CI fails loudly instead.
"""

from __future__ import annotations

import faulthandler
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from derivations._report import VERDICTS
from derivations.post import check_post

#: Verdicts a row of a post can get: the engine's, and the reader's own.
ROW_VERDICTS = set(VERDICTS) | {"unparsed", "unrelated"}
#: Far above the budgets (a few seconds per row): only a real hang reaches it.
HANG_SECONDS = 300

ATOMS = [
    "x_n",
    "x_{n}",
    r"\mu",
    r"\sigma^2",
    r"\sigma",
    "N",
    r"\lambda",
    "k_i",
    "2",
    "1",
    "p",
    r"\theta",
]
SEEDS = [
    r"\sum_{n=1}^{N} {0}",
    r"\frac{{0}}{{1}}",
    r"\log {0}",
    r"\log\left({0}\right)",
    r"{0}^{{2}}",
    r"\left({0} - {1}\right)^2",
    r"\sqrt{{{0}}}",
    r"\exp\left({0}\right)",
    r"\frac{\partial}{\partial \mu} {0}",
    r"{0} + {1}",
    r"{0} - {1}",
    r"{0} \cdot {1}",
    r"\prod_{i=1}^{N} {0}",
    r"\hat{\mu}",
    r"\frac{1}{\sqrt{2\pi\sigma^2}} e^{-\frac{{0}}{2\sigma^2}}",
]
DAMAGE = ["{", "}", "\\", "^", "_", "$", "&", "\\\\", r"\left(", r"\right)", "=", "\\frac", "%"]


@st.composite
def expressions(draw, depth: int = 3) -> str:
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        return draw(st.sampled_from(ATOMS))
    template = draw(st.sampled_from(SEEDS))
    args = [draw(expressions(depth - 1)) for _ in range(2)]
    # str.format would read the templates' own braces: replace the two slots by hand.
    return template.replace("{0}", args[0], 1).replace("{1}", args[1], 1)


@st.composite
def rows(draw) -> str:
    left = draw(expressions())
    right = draw(expressions())
    row = f"{left} = {right}" if draw(st.integers(0, 3)) else left
    # Most rows are left whole so that the engine, not only the reader, is exercised.
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 1, 2, 3]))):
        kind = draw(st.sampled_from(["delete", "insert", "repeat"]))
        if not row:
            break
        i = draw(st.integers(0, len(row) - 1))
        if kind == "delete":
            row = row[:i] + row[i + 1 :]
        elif kind == "insert":
            row = row[:i] + draw(st.sampled_from(DAMAGE)) + row[i:]
        else:
            j = draw(st.integers(i, min(len(row), i + 12)))
            row = row[:i] + row[i:j] * draw(st.integers(2, 6)) + row[j:]
    return row


@st.composite
def posts(draw) -> tuple[str, int]:
    """A post of one to three display blocks; also how many blocks it has."""
    blocks = draw(st.lists(st.lists(rows(), min_size=1, max_size=3), min_size=1, max_size=3))
    text = "# A derivation\n\nSome prose.\n\n"
    for block in blocks:
        text += "$$\n" + " \\\\\n".join(block) + "\n$$\n\nMore prose.\n\n"
    return text, len(blocks)


@pytest.fixture(autouse=True)
def _hang_guard():
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(post=posts())
def test_every_generated_or_damaged_post_gets_a_verdict_per_row(tmp_path_factory, post):
    text, n_blocks = post
    path = tmp_path_factory.mktemp("fuzz") / "post.md"
    path.write_text(text)
    t0 = time.perf_counter()
    report = check_post(path, jobs=1)
    elapsed = time.perf_counter() - t0
    assert report.rows or report.problems, "a post with display math got neither rows nor problems"
    lines = {r.line for r in report.rows} | {p.line for p in report.problems}
    starts = [i + 1 for i, ln in enumerate(text.splitlines()) if ln == "$$"][::2]
    assert len(starts) == n_blocks
    for start in starts:  # every block is accounted for: a row or a problem inside it
        assert any(start <= line <= start + 4 for line in lines), (start, text)
    for r in report.rows:
        assert r.verdict in ROW_VERDICTS, r
        assert r.verdict in ("proved", "given") or r.reason, r
    assert elapsed < HANG_SECONDS
