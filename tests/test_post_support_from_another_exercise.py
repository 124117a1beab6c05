"""A support stated under another heading, for a letter the density's heading declares anew
(held-out batch 53).

An exercise sheet on Fisher information (external53, CRLB exercises) writes Exercise 1's
Bernoulli pmf ``f(x; p) = p^x (1-p)^{1-x}, x \\in \\{0, 1\\}``, then under "Exercise 2"
"Let $X_1, \\ldots, X_n \\sim \\mathcal{N}(\\mu, \\sigma^2)$ i.i.d." and the normal density
``f(x; \\mu)``. The support {0, 1} stated for x in Exercise 1 was used to weigh Exercise 2's
normal density, and the density was refuted ("total mass 0.0093 over {0, 1}"). A support
stated only under another heading is not the density's when the density's own heading
declares a law of its own: the density is weighed as one whose support is not stated (every
candidate support is tried).

Properties: the normal density under its own heading is not refuted; a density that fails
over every candidate (its exponent's sign dropped) is still refuted there; and a support
stated under the density's own heading is still used (the Bernoulli pmf written with a
wrong exponent under Exercise 1 is still refuted over {0, 1}).
"""

from __future__ import annotations

from tests._post_rows import rows_of_text

_EX1 = (
    "---\ntitle: t\n---\n\n## Exercise 1\n\nFor $X \\sim \\text{Bernoulli}(p)$, the PMF is:\n"
    "$$f(x; p) = p^x (1-p)^{1-x}, \\quad x \\in \\{0, 1\\}$$\n\n"
)
_EX2 = (
    "## Exercise 2\n\nLet $X_1, \\ldots, X_n \\sim \\mathcal{N}(\\mu, \\sigma^2)$ i.i.d.\n\nPDF:\n"
)
_NORMAL = "$$f(x; \\mu) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} \\exp\\left(-\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)$$\n"
_NO_SIGN = "$$f(x; \\mu) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}} \\exp\\left(\\frac{(x-\\mu)^2}{2\\sigma^2}\\right)$$\n"


def _last(tmp_path, body):
    rows = rows_of_text(tmp_path, body)
    return rows[max(rows)].verdict


def test_the_normal_density_of_the_next_exercise_is_not_refuted(tmp_path):
    assert _last(tmp_path, _EX1 + _EX2 + _NORMAL) not in ("refuted", "rule-mismatch")


def test_a_density_wrong_over_every_support_is_still_refuted(tmp_path):
    assert _last(tmp_path, _EX1 + _EX2 + _NO_SIGN) == "refuted"


def test_the_support_of_the_own_heading_is_still_used(tmp_path):
    wrong = _EX1.replace("(1-p)^{1-x}", "(1-p)^{x}")
    assert _last(tmp_path, wrong) == "refuted"


# The same sheet's line 100, I(mu) = Var((X - mu)/sigma^2) = Var(X)/sigma^4 = sigma^2/sigma^4,
# was refuted with X Bernoulli: Exercise 1's law of X held under Exercise 2, whose heading
# declares X_1, ..., X_n normal. A law declared under another heading is not the letter's
# under a heading that declares a law of its own; under a heading that declares none (or
# under its own) it still is.
_VAR = "$$\\text{Var}(X) = \\sigma^2$$\n"
_VAR_P = "$$\\text{Var}(X) = p$$\n"


def test_a_law_of_another_heading_does_not_give_the_variance(tmp_path):
    assert _last(tmp_path, _EX1 + _EX2 + _NORMAL + _VAR) not in ("refuted", "rule-mismatch")


def test_the_law_of_the_own_heading_still_gives_the_variance(tmp_path):
    assert _last(tmp_path, _EX1 + _VAR_P) == "refuted"


def test_a_heading_without_a_law_keeps_the_law(tmp_path):
    assert _last(tmp_path, _EX1 + "## Remarks\n\nThe variance:\n" + _VAR_P) == "refuted"


def test_the_scope_runs_over_the_subheadings_after_the_declaration(tmp_path):
    """The sheet declares under "### Setup" and works under "### Step 3" of the same
    exercise: the declaring heading's scope runs to the next heading that declares a law."""
    nested = _EX2.replace("## Exercise 2", "## Exercise 2\n\n### Setup")
    body = _EX1 + nested + _NORMAL + "\n### Step 3\n\nThe variance:\n" + _VAR
    assert _last(tmp_path, body) not in ("refuted", "rule-mismatch")
