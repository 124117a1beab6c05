r"""``Pr(X = 0)`` written without its backslash is the probability ``\Pr(X = 0)`` (external32).

Stack Exchange askers write the probability operator as the letters ``Pr`` before a bracket
(``Pr(X_1, X_2) = Pr(X_1 = x_1)Pr(x_2|x_1)`` in a Markov-chain question). Letter by letter it
was ``P`` times a function ``r``, and the row was not read ("'r(...)' after the post defines r
as a function"). Read as ``\Pr`` (with a slip), a row gets the verdict the same row written
with the backslash gets: a correct probability of a declared law is proved, a wrong one is
not. Other runs of letters (``pr(x)``, ``nPr``, ``Pr`` before no bracket) are read as before.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    "text",
    [
        "Pr(X = 0)",
        "Pr[X = 1]",
        r"Pr(X \le 2)",
        "Pr(x_2 | x_1)",
        r"Pr(X_1 = 1) Pr(X_2 = 0)",
        r"1 - Pr(Y > 3)",
    ],
)
def test_the_letters_read_as_the_operator(text):
    assert parse_expression(text)[0] == parse_expression(text.replace("Pr", r"\Pr"))[0]


@pytest.mark.parametrize("text", ["pr(x)", "Pr", "Pr x", "P r(x)", "nPr(x)", r"nPr(X \le 2)"])
def test_other_runs_are_read_as_before(text):
    try:
        e = parse_expression(text)[0]
    except ValueError:
        return
    assert "Pr" not in str(e), e


_LAWS = [
    (r"X \sim \text{Poisson}(\lambda)", r"Pr(X = 0) = e^{-\lambda}", True),
    (r"X \sim \text{Poisson}(\lambda)", r"Pr(X = 0) = e^{\lambda}", False),
    (r"X \sim \text{Poisson}(\lambda)", r"Pr[X = 1] = \lambda e^{-\lambda}", True),
    (r"X \sim \text{Poisson}(\lambda)", r"Pr[X = 1] = \lambda^2 e^{-\lambda}", False),
    (r"Y \sim \text{Bin}(n, p)", r"Pr(Y = 0) = (1 - p)^n", True),
    (r"Y \sim \text{Bin}(n, p)", r"Pr(Y = 0) = 1 - p^n", False),
]


def _post(tmp_path, law, row, name):
    path = tmp_path / name
    path.write_text(f"---\ntitle: t\n---\n\nLet ${law}$.\n\n$${row}$$\n", encoding="utf-8")
    return rows_of(path)[7]


@pytest.mark.parametrize(("law", "row", "true"), _LAWS)
def test_a_row_gets_the_verdict_it_gets_with_the_backslash(tmp_path, law, row, true):
    plain = _post(tmp_path, law, row, "plain.md")
    slashed = _post(tmp_path, law, row.replace("Pr", r"\Pr"), "slashed.md")
    assert plain.verdict == slashed.verdict, (plain.verdict, plain.reason, slashed.verdict)
    if true:
        assert plain.verdict != "refuted", plain.reason
    else:
        assert plain.verdict != "proved", plain.reason


def test_the_markov_path_row_is_read(tmp_path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: t\n---\n\n$$Pr(X_1,X_2,X_3) = Pr(X_1=x_1)Pr(x_2|x_1)Pr(x_3|x_2) $$\n",
        encoding="utf-8",
    )
    r = rows_of(path)[5]
    assert r.verdict not in ("unparsed", "refuted", "proved"), (r.verdict, r.reason)
