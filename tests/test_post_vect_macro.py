"""``\\vect``, a bold-vector macro posts use without defining it (batch 43).

The CPSC540 notebook of external43 writes every vector as ``\\vect \\theta``, ``\\vect x_i``
(its own ``\\newcommand{\\vect}[1]{\\boldsymbol{#1}}``, which the copy does not carry): all its
rows were unparsed, "unsupported command \\vect". The name has no other common meaning, so
it is read like ``\\boldsymbol`` when the post does not define it (a definition of its own
is expanded first, as for the other known macros). A false row stays unproved.
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import first_verdicts

REPRO = Path(__file__).parent / "posts/incoming/repro43b/vect-macro-undefined-logistic-loss.md"


def test_rows_written_with_vect_are_read():
    got = first_verdicts(REPRO)
    assert all(v != "unparsed" for v in got.values()), got
    assert got[20] not in ("proved", "given"), got  # the control, a sign flipped


def test_a_post_that_defines_vect_otherwise_keeps_its_definition(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "$$\\newcommand{\\vect}[1]{2 #1}$$\n\n$$\\vect{x} + x = 3 x$$\n",
        "utf-8",
    )
    got = first_verdicts(path)
    assert got[3] == "proved", got  # 2x + x = 3x, not x + x
