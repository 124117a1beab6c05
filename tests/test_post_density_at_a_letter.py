"""A density given by name at a letter, with a standard deviation named by a subscript.

``p(x) = \\mathcal{N}(x; \\mu_p, \\sigma_p^2)`` (a KL divergence of two normals, a mixture's
components) says two things the reader did not hear: ``x`` has a law on the reals, so an
integral over ``x`` without limits runs over the line; and ``\\sigma_p`` is a standard
deviation, positive as ``\\sigma`` is, so ``\\sigma_p^2`` is a variance and the call is the
normal density. Before, the integral stayed unread ("the post never says where x lives")
and the call had no value. ``\\sigma_{xy}`` (a covariance) stays a real letter.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\nConsider $p(x)=\\mathcal N(x;\\mu_p, \\sigma_p^2)$.\n\n"


def _rows(tmp_path, body: str):
    post = tmp_path / "post.md"
    post.write_text(HEAD + body, encoding="utf-8")
    return check_post(post, jobs=1).rows


GAUSS = (
    "\\frac{1}{\\sqrt{2\\pi\\sigma_p^2}} \\exp\\left(-\\frac{(x-\\mu_p)^2}{2\\sigma_p^2}\\right)"
)


def test_an_integral_against_the_density_runs_over_the_line(tmp_path):
    (row,) = _rows(tmp_path, f"$$\\int p(x) (x - \\mu_p)^2 dx = \\int (x-\\mu_p)^2 {GAUSS} dx$$\n")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "wrong",
    [
        "\\int (x-\\mu_p)^3 " + GAUSS + " dx",  # another power
        "\\int (x-\\mu_p)^2 "
        + GAUSS.replace("{2\\sigma_p^2}\\right)", "{\\sigma_p^2}\\right)")
        + " dx",
    ],
)
def test_a_wrong_integrand_is_not_proved(tmp_path, wrong):
    (row,) = _rows(tmp_path, f"$$\\int p(x) (x - \\mu_p)^2 dx = {wrong}$$\n")
    assert row.verdict == "refuted", row.reason


def test_the_log_density_is_the_normal_one(tmp_path):
    (row,) = _rows(
        tmp_path,
        "$$\\log \\mathcal N(x \\mid \\mu_p, \\sigma_p^2) = -\\frac{1}{2}\\log(2\\pi\\sigma_p^2)"
        " - \\frac{(x-\\mu_p)^2}{2\\sigma_p^2}$$\n",
    )
    assert row.verdict == "proved", row.reason


def test_a_covariance_of_two_letters_is_not_taken_positive(tmp_path):
    # sigma_{xy} may be negative: its square root is |sigma_{xy}|
    rows = _rows(
        tmp_path,
        "$$a = \\sigma_{xy}$$\n\n$$\\sqrt{a^2} = \\sqrt{\\sigma_{xy}^2} = \\sigma_{xy}$$\n",
    )
    assert rows[-1].verdict != "proved", rows[-1].reason
