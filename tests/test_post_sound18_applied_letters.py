"""A letter applied to a bracket of names is a function or a product, and nothing may say which
(issue 12; ``tests/posts/incoming/repro26/``). ``\\hat p_i = \\sigma(z_i) = \\frac{1}{1+e^{-z_i}}``
was refuted: with no word about sigma, ``\\sigma(z_i)`` was sigma times z_i. A failing comparison
through such a reading is unchecked, naming the doubt; a post that defines the letter as a
function (a display ``\\sigma(z) = ...``, or words: "the sigmoid function") reads it so. A letter
with a value of its own, or a bracket holding an expression, is still a product."""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: (letter applied, its value as a formula in the argument, a wrong value)
CALLS = [
    ("\\sigma(z_i)", "\\frac{1}{1 + e^{-z_i}}", "\\frac{1}{1 + e^{z_i}} + 1"),
    ("\\sigma(z)", "\\frac{e^{z}}{1 + e^{z}}", "\\frac{e^{z}}{2 + e^{z}}"),
    ("\\phi(x)", "\\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}", "\\frac{1}{\\sqrt{\\pi}} e^{-x^2}"),
    ("\\pi(\\theta)", "2\\theta", "3\\theta^2"),
    ("h(\\theta)", "\\theta^2 + 1", "\\theta^3 + 1"),
    ("\\psi(t)", "e^{t}", "e^{2t}"),
    ("\\lambda(t)", "3 t^2", "3 t^2 + 1"),
]

LEADS = ["The model gives", "Here", "For each sample,"]


@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize(("call", "value", "wrong"), CALLS)
def test_a_named_call_between_equals_is_not_refuted(tmp_path, lead, call, value, wrong):
    row = f"q = {call} = {value}"
    assert verdict_of_row(tmp_path, f"{lead}\n\n$${row}$$\n", row) != "refuted"


@pytest.mark.parametrize(("call", "value", "wrong"), CALLS)
def test_a_call_alone_on_the_left_is_not_refuted(tmp_path, call, value, wrong):
    row = f"{call} = {value}"
    assert verdict_of_row(tmp_path, f"Then\n\n$${row}$$\n", row) != "refuted"


@pytest.mark.parametrize(("call", "value", "wrong"), CALLS)
def test_a_wrong_twin_is_never_proved(tmp_path, call, value, wrong):
    """Defined by the first display, the wrong value is never proved of the function."""
    body = f"Let\n\n$${call} = {value}$$\n\nThen\n\n$${call} = {wrong}$$\n"
    assert verdict_of_row(tmp_path, body, f"{call} = {wrong}") != "proved"


WORDS = [
    "where $\\sigma$ is the sigmoid function",
    "where $\\sigma$ is the logistic function",
    "with $\\sigma$ the logistic sigmoid",
    "where $\\sigma(z)$ denotes the sigmoid",
]


@pytest.mark.parametrize("words", WORDS)
def test_sigma_named_in_words_is_no_product(tmp_path, words):
    row = "\\hat p_i = \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}}"
    body = f"The probability is given by the model, {words}:\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) != "refuted"


def test_sigma_defined_in_a_display_is_that_function(tmp_path):
    body = (
        "Let\n\n$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\nThen\n\n"
        "$$\\sigma(z_i) = \\frac{e^{z_i}}{1 + e^{z_i}}$$\n"
    )
    assert verdict_of_row(tmp_path, body, "\\frac{e^{z_i}}{1 + e^{z_i}}") == "proved"
    wrong = body.replace("{1 + e^{z_i}}$$", "{2 + e^{z_i}}$$")
    assert verdict_of_row(tmp_path, wrong, "\\frac{e^{z_i}}{2 + e^{z_i}}") != "proved"


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Let\n\n$$\\lambda = 3$$\n\n$$\\lambda(t) + 1 = 4t + 1$$\n", "\\lambda(t) + 1 = 4t + 1"),
        ("Let\n\n$$\\mu = 2$$\n\n$$y = \\mu(x) = 3x$$\n", "y = \\mu(x) = 3x"),
        ("Expand:\n\n$$a(b + c) = ab + 2ac$$\n", "a(b + c) = ab + 2ac"),
        ("Expand:\n\n$$\\sigma(x + 1) = \\sigma x + 2$$\n", "\\sigma(x + 1) = \\sigma x + 2"),
    ],
)
def test_a_product_is_still_refuted(tmp_path, body, row):
    """A letter with a value, or a bracket holding an expression: a product, as before (a row
    that starts ``\\sigma(x) = `` defines a function, see ``_parse.defined_functions``)."""
    assert verdict_of_row(tmp_path, body, row) == "refuted"


@pytest.mark.parametrize("words", WORDS)
def test_a_wrong_sigmoid_named_in_words_is_never_proved(tmp_path, words):
    row = "\\hat p_i = \\sigma(z_i) = \\frac{1}{1 + e^{z_i}} + 1"
    body = f"The probability is given by the model, {words}:\n\n$${row}$$\n"
    assert verdict_of_row(tmp_path, body, row) != "proved"


def test_the_doubt_is_named(tmp_path):
    """A row whose comparison failed through the product reading says why it is unchecked."""
    row = "y = \\phi(x) = \\frac{1}{\\sqrt{2\\pi}} e^{-x^2/2}"
    body = f"Then\n\n$${row}$$\n"
    from derivations.post import check_post

    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    assert rows and all(r.verdict != "refuted" for r in rows)
    # lead17: phi, written only before a bracket, is a function of the post
    # (_parse.only_applied_letters): y = phi(x) = ... gives it a value, taken as given; a row
    # still compared through the product reading would name the doubt
    checked = [r for r in rows if r.verdict != "given"]
    assert all("phi" in (r.reason or "") and "function" in (r.reason or "") for r in checked)


def test_a_letter_inside_a_term_the_post_never_writes_out_is_any_function(tmp_path):
    """``\\phi(x_i)^T \\beta`` of a ridge loss (corpus: mse-ridge line 27): the post never gives
    phi a value. This row was refuted through the product reading (phi times x_i, "one of the
    functions the row must hold for"); lead17 reads phi as an arbitrary function instead
    (_parse.only_applied_letters), because the product reading refuted correct rows whose phi
    is one function in particular (a Mills-ratio step, a sigmoid's gradient): nothing says
    this row must hold for every function. The wrong row is no longer caught; it is never
    proved."""
    body = (
        "Let\n\n$$L(\\beta) = \\sum_{i=1}^n (y_i - \\phi(x_i) \\beta)^2$$\n\nThen\n\n"
        "$$\\frac{d}{d\\beta} L(\\beta) = -2 \\sum_{i=1}^n (y_i - \\phi(x_i) \\beta)$$\n"
    )
    assert verdict_of_row(tmp_path, body, "\\frac{d}{d\\beta} L(\\beta)") not in ("proved", "given")
