"""Held-out batch 55 (external55, written blind by blind65 on 2026-12-07 against 4926d99e):
three correct rows refuted on first contact, each by a general cause.

- A letter a sentence gives a value (``inflection points at $x = \\mu - \\sigma$``) was put
  into the density row ``f_X(x) = ...`` for its argument: the density became a constant and
  was "not the density of a normal law". The arguments of the function a row defines are
  that function's own variables, whatever value the post gave their letters elsewhere.
- A letter first seen in the value of a definition (``\\mathrm{FWHM}(X) = \\Delta x = x_2 -
  x_1``: Delta) was drawn as a free number by the next link, which was refuted. The
  definition gives it no value; the next link may be what gives it one (REFUTE20's rule for
  letters new in a link, extended to a definition's value).
- The imaginary unit of a characteristic function (``e^{(\\mu/\\sigma^2 + it)^2 \\sigma^2/2}
  = e^{i \\mu t - t^2 \\sigma^2/2}``) was drawn as a real number, and the link refuted. A link
  that fails with i real but holds with i^2 = -1 is no refutation: which i the author means
  the reader cannot tell. It stays unchecked with that condition named; never a proof.

Each case: the right row is not refuted, and its wrong twin is not proved. (The batch's
own rows are guarded by the held-out shards, ``test_held_out_*.py``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import check_post


def _rows(tmp_path: Path, name: str, body: str) -> dict:
    post = tmp_path / f"{name}.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def _last(rows: dict):
    return rows[max(rows)]


def _verdicts(factory, name: str, bodies: dict) -> dict:
    """The last row of each small post (key -> body), each checked once per module."""
    tmp = factory.mktemp(name)
    return {k: _last(_rows(tmp, f"p{n}", body)) for n, (k, body) in enumerate(bodies.items())}


# -- the arguments of a defined function are its own variables ---------------------------

THEOREM = (
    "**Theorem:** The density of the normal distribution with mean $\\mu$ and variance "
    "$\\sigma^2$ has two inflection points{at}.\n\n"
    "**Proof:** The probability density function of the normal distribution is:\n\n"
)
AT = " at $x = \\mu - \\sigma$ and $x = \\mu + \\sigma$"
DENSITY = (
    "$$\nf_X(x) = \\frac{1}{\\sqrt{2 \\pi} \\sigma} \\cdot \\exp \\left[ {sign}\\frac{1}{2} "
    "\\left( \\frac{x-\\mu}{\\sigma} \\right)^2 \\right] \\; .\n$$\n"
)


@pytest.fixture(scope="module")
def density_rows(tmp_path_factory):
    bodies = {
        (at, sign): THEOREM.replace("{at}", at) + DENSITY.replace("{sign}", sign)
        for at in ("", AT)
        for sign in ("-", "")
    }
    return _verdicts(tmp_path_factory, "density", bodies)


def test_a_value_a_sentence_gives_the_argument_is_not_put_in(density_rows):
    """The verdict on the density row does not depend on the sentence giving x a value."""
    right = density_rows[AT, "-"]
    assert right.verdict != "refuted", right.reason
    assert right.verdict == density_rows["", "-"].verdict, (right.reason, density_rows["", "-"])


def test_the_wrong_density_is_not_proved_either_way(density_rows):
    for at in ("", AT):
        wrong = density_rows[at, ""]
        assert wrong.verdict != "proved", wrong.reason
    assert density_rows[AT, ""].verdict == density_rows["", ""].verdict


# -- a letter new in a definition's value --------------------------------------------------

BOUNDS = (
    "The two bounds are\n\n$$x_1 = \\mu - \\sqrt{2 \\ln 2} \\sigma$$\n\n"
    "$$x_2 = \\mu + \\sqrt{2 \\ln 2} \\sigma$$\n\nso the width is\n\n"
)


@pytest.fixture(scope="module")
def width_rows(tmp_path_factory):
    return _verdicts(
        tmp_path_factory,
        "width",
        {
            k: BOUNDS + f"$${row}$$\n"
            for k, row in {
                "right": "\\mathrm{FWHM}(X) = \\Delta x = x_2 - x_1",
                "wrong": "\\mathrm{FWHM}(X) = \\Delta x = x_2 + x_1",
            }.items()
        },
    )


def test_a_letter_new_in_a_definitions_value_is_not_drawn(width_rows):
    assert width_rows["right"].verdict != "refuted", width_rows["right"].reason


def test_its_wrong_twin_is_not_proved(width_rows):
    assert width_rows["wrong"].verdict != "proved", width_rows["wrong"].reason


def test_a_value_without_new_letters_is_still_compared(tmp_path):
    """W = 3b = 5 after b = 2: no letter new in the definition's value, so the second link
    is compared with b's value and refuted, as before."""
    rows = _rows(tmp_path, "w", "The constant is\n\n$$b = 2$$\n\nso\n\n$$W = 3 b = 5$$\n")
    assert _last(rows).verdict == "refuted", _last(rows).reason


# -- the imaginary unit -----------------------------------------------------------------

CF = (
    "The characteristic function of the normal law is\n\n"
    "$$\\varphi(t) = e^{-\\frac{\\mu^2}{2\\sigma^2}} e^{\\left(\\frac{\\mu}{\\sigma^2}+it\\right)^2"
    "\\frac{\\sigma^2}{2}} = {value}$$\n"
)


@pytest.fixture(scope="module")
def cf_rows(tmp_path_factory):
    values = {
        "right": "e^{-\\frac{t^2\\sigma^2}{2}+i\\mu t}",
        "wrong": "e^{-\\frac{t^2\\sigma^2}{4}+i\\mu t}",
        "any": "e^{\\frac{i^2 t^2\\sigma^2}{2}+i\\mu t}",
    }
    return _verdicts(
        tmp_path_factory, "cf", {k: CF.replace("{value}", v) for k, v in values.items()}
    )


def test_a_link_that_holds_with_i_the_imaginary_unit_is_not_refuted(cf_rows):
    right = cf_rows["right"]
    assert right.verdict == "unchecked", right.reason
    assert "imaginary unit" in right.reason, right.reason


def test_a_link_wrong_with_i_either_way_is_still_refuted(cf_rows):
    """Wrong under i^2 = -1 as well (t^2 sigma^2/4): the failure is a refutation."""
    assert cf_rows["wrong"].verdict == "refuted", cf_rows["wrong"].reason


def test_a_link_right_for_every_i_is_proved(cf_rows):
    """e^{i^2 t^2 sigma^2/2 + i mu t}: an identity whatever i is, proved as before."""
    assert cf_rows["any"].verdict == "proved", cf_rows["any"].reason
