"""ProofWiki's ``\\expect`` and ``\\var`` (external36, "Decomposition of Mean Squared Error").

ProofWiki's MathJax defines ``\\expect {X}`` (the expectation of X) and ``\\var {X}`` (its
variance) beside the ``\\map``, ``\\paren`` and ``\\ds`` the reader already expands
(``._macros.KNOWN``); its pages use them without a ``\\newcommand``, so the proof's rows were
unparsed ("unsupported command \\expect"). A row written with them gets the verdict of the same
row written with ``\\mathbb{E}[...]`` and ``\\operatorname{Var}(...)``, with an argument in
braces or a single token (``\\expect \\delta``). A post's own definition of the names is
expanded first, as for the other known macros. Failed at 40620c9.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

LAW = "Let $X \\sim \\mathrm{Poisson}(\\lambda)$."


def _verdicts(tmp_path, rows: list[str], head: str = LAW) -> list[str]:
    body = head + "\n\n" + "\n\n".join(f"$${r}$$" for r in rows) + "\n"
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows]


PAIRS = [
    ("\\expect {X + 1} = \\lambda + 1", "\\mathbb{E}\\left[X + 1\\right] = \\lambda + 1"),
    ("\\expect {X + 1} = \\lambda", "\\mathbb{E}\\left[X + 1\\right] = \\lambda"),
    ("\\expect X = \\lambda", "\\mathbb{E}\\left[X\\right] = \\lambda"),
    ("\\var {2 X} = 4 \\lambda", "\\operatorname{Var}\\left(2 X\\right) = 4 \\lambda"),
    ("\\var {2 X} = 2 \\lambda", "\\operatorname{Var}\\left(2 X\\right) = 2 \\lambda"),
    ("\\var X = \\expect X", "\\operatorname{Var}\\left(X\\right) = \\mathbb{E}\\left[X\\right]"),
]


@pytest.mark.parametrize("written, plain", PAIRS)
def test_proofwiki_expect_and_var_read_as_e_and_var(tmp_path, written, plain):
    got = _verdicts(tmp_path, [written])
    assert got == _verdicts(tmp_path, [plain]), (written, got)
    assert got[-1] in ("proved", "refuted"), got


def test_a_posts_own_definition_comes_first(tmp_path):
    head = LAW + "\n\n$$\\newcommand{\\expect}[1]{2 #1}$$"
    got = _verdicts(tmp_path, ["\\expect {X} = 2 X"], head=head)
    assert got[-1] != "unparsed", got
