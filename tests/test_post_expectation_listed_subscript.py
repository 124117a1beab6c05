"""An expectation whose subscript lists several things (held-out batch 56, blind66).

``\\mathbb{E}_{D,\\varepsilon}[(y - \\hat f_D(x))^2]`` (a bias-variance note: the mean over
the training set D and the noise), ``\\mathbb{E}_{\\alpha, \\mu}[...]`` (a Fisher matrix
under the parameters alpha, mu), ``E_{Z|X,\\theta^0}[...]`` (an EM Q-function: given X at
theta^0). The grammar reads no comma inside a subscript, so every such row was unparsed
("unexpected ','"): 8 truth lines of external56's bias-variance note, a row of external26
and one of external27. The subscript names what the expectation is taken under, as
``\\mathbb{E}_q[...]``'s does (``E(arg, q)``); a list names it by several entries, read as
``E(arg, D, \\varepsilon)``. Nothing is assumed of the entries: two expectations are the
same only with the same list in the same order, and then equal functions under it have
equal means (linearity of expectation); a list of index letters or numbers before a
parenthesis (``E_{1,2}(x)``, ``E_{i,j}(x)``) may be an element of a family E and is left
as it was.

Properties: over pairs of functions under the same list, a row is proved exactly when the
functions are equal, and never refuted (two different functions may have the same mean);
under two different lists (another entry, another order) it is never proved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post

SAME = "(f + \\varepsilon - g)^2"
#: Functions under the expectation: equal to SAME or not (by hand).
INSIDES = {
    "(f - g + \\varepsilon)^2": True,
    "(f - g)^2 + 2(f - g)\\varepsilon + \\varepsilon^2": True,
    "(\\varepsilon + f - g)(f - g + \\varepsilon)": True,
    "(f - g - \\varepsilon)^2": False,
    "(f - g)^2 + \\varepsilon^2": False,
    "(f + \\varepsilon + g)^2": False,
}
LISTS = ("D,\\varepsilon", "D, \\varepsilon", "\\alpha, \\mu", "D, \\varepsilon, \\eta")
OTHER = {"D,\\varepsilon": "\\varepsilon,D", "\\alpha, \\mu": "\\alpha", "D, \\varepsilon": "q, D"}


def _row(tmp: Path, n: int, left: str, right: str) -> object:
    post = tmp / f"p{n}.md"
    post.write_text(f"---\ntitle: t\n---\n\n$$\n{left} = {right}\n$$\n", encoding="utf-8")
    rows = check_post(post, jobs=1).rows
    assert len(rows) == 1, [r.verdict for r in rows]
    return rows[0]


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("listed")
    out = {}
    n = 0
    for sub in LISTS:
        for inside in INSIDES:
            n += 1
            out[sub, sub, inside] = _row(
                tmp, n, f"\\mathbb{{E}}_{{{sub}}}[{SAME}]", f"\\mathbb{{E}}_{{{sub}}}[{inside}]"
            )
    for sub, other in OTHER.items():
        n += 1
        out[sub, other, SAME] = _row(
            tmp, n, f"\\mathbb{{E}}_{{{sub}}}[{SAME}]", f"\\mathbb{{E}}_{{{other}}}[{SAME}]"
        )
    for text in ("E_{1,2}(x) = E_{1,2}(x)", "\\mathbb{E}_{i,j}(x) = \\mathbb{E}_{i,j}(x)"):
        n += 1
        left, right = text.split(" = ")
        out["family", text] = _row(tmp, n, left, right)
    return out


def test_a_listed_subscript_is_read(verdicts):
    for key, row in verdicts.items():
        if key[0] != "family":
            assert row.verdict != "unparsed", (key, row.reason)


def test_equal_functions_under_the_same_list_are_proved_and_only_they(verdicts):
    for sub in LISTS:
        for inside, equal in INSIDES.items():
            row = verdicts[sub, sub, inside]
            assert (row.verdict == "proved") == equal, (sub, inside, row.verdict, row.reason)


def test_nothing_under_a_listed_subscript_is_refuted(verdicts):
    for key, row in verdicts.items():
        assert row.verdict != "refuted", (key, row.reason)


def test_another_list_or_order_is_another_expectation(verdicts):
    for sub, other in OTHER.items():
        row = verdicts[sub, other, SAME]
        assert row.verdict != "proved", (sub, other, row.reason)


def test_a_list_of_indices_before_a_parenthesis_is_not_read_as_a_measure(verdicts):
    """``E_{1,2}(x)`` may be an element of a family E: not guessed, the row left unread
    with its reason as before (a row whose two sides are written alike would be proved
    under any reading, so only being unread shows the list was not taken as a measure)."""
    for text in ("E_{1,2}(x) = E_{1,2}(x)", "\\mathbb{E}_{i,j}(x) = \\mathbb{E}_{i,j}(x)"):
        row = verdicts["family", text]
        assert row.verdict == "unparsed", (text, row.verdict, row.reason)
