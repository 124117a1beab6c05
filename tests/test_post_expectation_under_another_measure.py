"""An expectation under a measure the subscript names (``\\mathbb{E}_{z \\sim q}[z]``) is not
the expectation under the variable's declared law (``z \\sim N(0, \\sigma^2)``).

Found by the lead on 2026-12-07 (while closing adversarial14 81/82 after a change that gave
``N(0, 1)`` a law): the reader puts the subscript in as a second argument, ``E(z, q)``, reads
a constant there as a parameter of the law (``E[X; \\lambda]``), and takes ``E[z] = 0`` from
z's own law. So the correct row ``= m`` was refuted and the false ``= 0`` proved. Now a letter after the
argument that no declared law is written in, other than the variable's own value letter
(``\\mathbb{E}_{p(x)}[X]``), names another measure, and the expectation has no value.
"""

from __future__ import annotations

from derivations.post import check_post

POST = (
    "---\ntitle: an expectation under a proposal\n---\n"
    "Let $z \\sim N(0, \\sigma^2)$ be the model's latent variable and let $q = N(m, 1)$ be "
    "a proposal. Under the proposal,\n\n$$\\mathbb{E}_{z \\sim q}[z] = {value}$$\n"
)


def _verdict(tmp_path, value: str) -> str:
    path = tmp_path / "post.md"
    path.write_text(POST.replace("{value}", value), encoding="utf-8")
    (row,) = [r for r in check_post(path, jobs=1).rows if r.line == 6]
    return row.verdict


def test_the_correct_value_under_the_proposal_is_not_refuted(tmp_path):
    assert _verdict(tmp_path, "m") != "refuted"


def test_the_value_under_the_declared_law_is_not_proved(tmp_path):
    assert _verdict(tmp_path, "0") != "proved"
