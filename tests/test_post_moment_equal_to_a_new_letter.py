"""A moment equated with a letter first written in that row gives the letter its value.

Held-out batch 31 (``tests/posts/incoming/repro33/``, an intercept-only Poisson GLM): after
"Assume that $Y \\sim \\text{Poisson}(10)$", the row ``E(y) = \\lambda \\tag{2}`` names the
mean lambda; lambda is first written there (the next row defines it as e^{beta_0}). The reader
took E(y) = 10 from the law and compared it, "by linearity of expectation", with a lambda it
drew, and refuted the row: a name the written side brings in without a value makes such a
comparison no refutation, but a parameter of the post did not count as such a name, and lambda
is one (the argument of the log-likelihood written further down).

Properties: the row is never refuted, whatever the law with numbers, the letter or the
bracket; a row false by the law's own numbers is still refuted; a row that contradicts a law
with the letter as its parameter is still refuted; a letter with a value from a row above is
still compared (nothing else changes)."""

from __future__ import annotations

import pytest

_LAWS = [
    (r"\text{Poisson}(10)", "12"),
    (r"\mathcal{N}(3, 4)", "5"),
    (r"\operatorname{Bin}(10, 0.5)", "7"),
]
_LETTERS = [r"\lambda", r"\mu", r"\theta"]


def _rows(tmp_path, law: str, rows: list[str], loglik_letter: str | None):
    from derivations.post import check_post

    parts = [f"Assume that $Y \\sim {law}$."]
    parts += [f"$${r}$$" for r in rows]
    if loglik_letter:
        parts.append("The log-likelihood is")
        parts.append(
            f"$$\\ell({loglik_letter}|Y) = \\sum_i y_i \\log({loglik_letter}) - n {loglik_letter}$$"
        )
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + "\n\n".join(parts) + "\n", encoding="utf-8")
    return check_post(post, jobs=1).rows


@pytest.mark.parametrize("bracket", ["E(Y)", "E[Y]", "E(y)"])
@pytest.mark.parametrize("letter", _LETTERS)
@pytest.mark.parametrize("law", _LAWS)
def test_a_moment_named_by_a_new_letter_is_never_refuted(tmp_path, law, letter, bracket):
    rows = _rows(tmp_path, law[0], [f"{bracket} = {letter}"], letter)
    first = [r for r in rows if r.line == 7]
    assert first and "refuted" not in {r.verdict for r in first}


@pytest.mark.parametrize("letter", _LETTERS)
@pytest.mark.parametrize("law", [_LAWS[0], _LAWS[2]])  # the normal's E(Y) is not worked out
def test_a_moment_false_by_the_laws_numbers_is_still_refuted(tmp_path, law, letter):
    rows = _rows(tmp_path, law[0], [f"E(Y) = {letter}", f"E(Y) = {law[1]}"], letter)
    last = [r for r in rows if r.line == 9]
    assert last and "refuted" in {r.verdict for r in last}


def test_a_moment_against_the_laws_own_parameter_is_still_refuted(tmp_path):
    rows = _rows(tmp_path, r"\text{Poisson}(\lambda)", [r"E(Y) = \lambda^2"], r"\lambda")
    first = [r for r in rows if r.line == 7]
    assert first and "refuted" in {r.verdict for r in first}


def test_a_letter_valued_above_is_still_compared(tmp_path):
    rows = _rows(tmp_path, r"\text{Poisson}(10)", [r"\lambda = 3", r"E(Y) = \lambda"], r"\lambda")
    last = [r for r in rows if r.line == 9]
    assert last and "refuted" in {r.verdict for r in last}
