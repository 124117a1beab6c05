"""A generating function's formula is a claim about the law, not a definition.

"Its moment generating function is $$M_Y(t) = e^{\\lambda t} = \\exp(\\lambda t)$$" after
``Y \\sim \\mathrm{Poisson}(\\lambda)``: the first link was "defines M_Y; taken as given", the
second right, and the row was **proved** though the MGF of a Poisson count is
``e^{\\lambda (e^t - 1)}`` (issue 12's open item: a given link that is a claim). In a post
that speaks of a moment generating function, a characteristic or probability generating
function, ``M_Y(t)``, ``M(t)``, ``\\phi_X(t)``, ``G_X(z)`` given a closed form is a claim the
reader does not check (unchecked, never proved); given as the expectation it is
(``E(e^{tY})``, which the reader works out against the law) it is a definition as before;
a sum or an integral is not (its density may be another law's: adversarial set 24).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return check_post(post, jobs=1).rows


POISSON = "Let $Y \\sim \\text{Poisson}(\\lambda)$. Its moment generating function is\n\n"


@pytest.mark.parametrize(
    "row",
    [
        "M_Y(t) = e^{\\lambda t} = \\exp(\\lambda t)",
        "M(t) = e^{\\lambda t} = \\exp(\\lambda t)",
        "M_{Y}(t) = (1 + t)^{\\lambda} = e^{\\lambda \\log(1 + t)}",
    ],
)
def test_a_wrong_closed_form_then_right_rewrites_is_not_proved(tmp_path, row):
    (r,) = _rows(tmp_path, POISSON + f"$${row}$$\n")
    assert r.verdict != "proved", r.reason
    assert r.verdict != "refuted", r.reason  # nothing compared it with the law


def test_the_right_closed_form_is_not_proved_either(tmp_path):
    # no check of the law stands behind it: a claim, unchecked
    (r,) = _rows(tmp_path, POISSON + "$$M_Y(t) = e^{\\lambda (e^t - 1)}$$\n")
    assert r.verdict in ("unchecked", "given"), r.reason
    assert r.verdict != "given" or "claim" in r.reason, r.reason


def test_the_definition_as_an_expectation_is_still_checked(tmp_path):
    rows = _rows(tmp_path, POISSON + "$$M_Y(t) = E(e^{tY}) = e^{\\lambda (e^t - 1)}$$\n")
    assert rows[-1].verdict == "proved", rows[-1].reason


def test_characteristic_function_words(tmp_path):
    body = (
        "Let $X \\sim N(0, 1)$. The characteristic function is\n\n"
        "$$\\phi_X(t) = e^{t^2} = \\exp(t^2)$$\n"
    )
    (r,) = _rows(tmp_path, body)
    assert r.verdict != "proved", r.reason


def test_without_the_words_a_name_is_a_definition_as_before(tmp_path):
    body = "Let $a > 0$.\n\n$$M(t) = e^{a t} = \\exp(a t)$$\n"
    (r,) = _rows(tmp_path, body)
    assert r.verdict == "proved", r.reason
