"""A Greek name of the table of special functions (``\\psi``) that the post defines itself.

Found in held-out batch 23 (``tests/posts/incoming/external23/sisl-expfamilypca-docs-
gaussian-frobenius-bregman-inner-products.md``, line 13): "Let $\\psi(A) = \\frac{1}{2}
\\|A\\|_F^2$, so that $\\nabla \\psi(A) = A$" was refuted, ``\\psi`` read as the digamma
function because the definition's right side (a norm) is not read. Reductions:
``tests/posts/incoming/repro23/``. The property: a post's own definition of the name wins
over the table (:mod:`derivations.post._special`) whether or not the reader can read it;
unread, the rows that use the name are left unchecked, never refuted through the table.
A post that defines psi as the digamma function itself (through Gamma) keeps the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

REPRO = Path(__file__).resolve().parent / "posts" / "incoming" / "repro23"


def _post(tmp_path: Path, rows: list[str], prose: str = "") -> Path:
    p = tmp_path / "post.md"
    p.write_text(
        prose + "\n\n" + "\n\n".join(f"$$\n{r}\n$$" for r in rows) + "\n", encoding="utf-8"
    )
    return p


def _rows(path: Path) -> list:
    return list(check_post(path, jobs=1).rows)


_UNREAD = [
    r"\psi(A) = \frac{1}{2}\|A\|_F^2",  # a norm
    r"\psi(x) = \oint x \, dt",  # a contour integral
    r"\psi(t) = \langle t, t \rangle",  # an inner product
]
_USES = [
    r"\nabla \psi(A) = A",
    r"\frac{d}{dx} \psi(x) = x",
    r"\psi(t + 1) = t^2 + 2 t + 1",
]


@pytest.mark.parametrize("definition", _UNREAD)
@pytest.mark.parametrize("use", _USES)
def test_psi_defined_in_an_unread_row_is_never_read_as_digamma(tmp_path, definition, use):
    rows = _rows(_post(tmp_path, [definition, use]))
    assert all(r.verdict != "refuted" for r in rows), [(r.line, r.verdict, r.reason) for r in rows]
    notes = [s for r in rows for s in (*r.slips, *r.notes)]
    assert not any("digamma" in s for s in notes), notes


def test_the_same_definition_in_a_sentence_is_the_post_s_own(tmp_path):
    p = tmp_path / "post.md"
    p.write_text(
        r"Let $\psi(A) = \frac{1}{2}\|A\|_F^2$, so that $\nabla \psi(A) = A$." + "\n",
        encoding="utf-8",
    )
    rows = _rows(p)
    assert all(r.verdict != "refuted" for r in rows), [(r.line, r.reason) for r in rows]


@pytest.mark.parametrize("name", sorted(p.name for p in REPRO.glob("psi-*.md")))
def test_the_reductions_are_not_refuted(name):
    rows = _rows(REPRO / name)
    assert rows and all(r.verdict != "refuted" for r in rows), [(r.line, r.reason) for r in rows]


def test_a_readable_own_definition_of_psi_is_what_rows_are_checked_against(tmp_path):
    # wrong for the digamma function, right for the post's psi: proved, not refuted
    rows = _rows(_post(tmp_path, [r"\psi(x) = \frac{x^2}{2}", r"\frac{d}{dx} \psi(x) = x"]))
    assert rows[-1].verdict == "proved", rows[-1].reason
    # and a wrong step from it is still caught
    rows = _rows(_post(tmp_path, [r"\psi(x) = \frac{x^2}{2}", r"\frac{d}{dx} \psi(x) = 2 x"]))
    assert rows[-1].verdict == "refuted", rows[-1].reason


@pytest.mark.parametrize(
    ("rows_written", "verdict"),
    [
        # psi defined as the digamma function (through Gamma): proved as before
        (
            [r"\psi(x) = \frac{d}{dx} \ln \Gamma(x)", r"\frac{d}{dx} \log \Gamma(x) = \psi(x)"],
            "proved",
        ),
        (
            [r"\psi(x) = \frac{\Gamma'(x)}{\Gamma(x)}", r"\frac{d}{dx} \log \Gamma(x) = \psi(x)"],
            "proved",
        ),
        # no definition at all: the table, as before
        ([r"\frac{d}{dx} \log \Gamma(x) = \psi(x)"], "proved"),
        ([r"\frac{d}{dx} \log \Gamma(x) = \psi(x + 1)"], "refuted"),
    ],
)
def test_psi_left_to_the_table_or_defined_as_digamma_keeps_the_table(
    tmp_path, rows_written, verdict
):
    # declared positive, as in test_post_special_functions: log Gamma(x) needs Gamma(x) > 0
    rows = list(check_post(_post(tmp_path, rows_written), jobs=1, assume=("x > 0",)).rows)
    assert rows[-1].verdict == verdict, (rows[-1].verdict, rows[-1].reason)
