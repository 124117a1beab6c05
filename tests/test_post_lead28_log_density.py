"""A density defined on the log scale is weighed as the density is.

``p(x \\mid \\mu, \\sigma) = ...`` is a premise that nothing after it can catch, so a row
defining it is weighed by what a density must do: integrate to 1 over the data's
support (``derivations/post/_density.py``). The same definition written as a log,
``\\log p(x \\mid \\mu, \\sigma) = ...`` or ``\\ln f(x; \\lambda) = ...``, was taken as given
unweighed: held-out opensrdk's normal log density with ``-\\frac{1}{2}\\log\\sigma`` for
``-\\log\\sigma`` (mass ``\\sqrt\\sigma``) stood. The log row is the density's exponent:
weighed as ``p = e^{\\text{right side}}``, with the same exceptions (a mass free of the
parameters, ``+ const``, an infinite mass) as the density written out.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\nThe density of one observation{law}:\n\n"


def _row(tmp_path, row: str, law: str = ""):
    post = tmp_path / "post.md"
    post.write_text(HEAD.format(law=law) + f"$${row}$$\n", encoding="utf-8")
    (result,) = check_post(post, jobs=1).rows
    return result


NORMAL = "\\log p(x \\mid \\mu, \\sigma) = -\\frac{1}{2} \\log{2\\pi} {s} -\\frac{1}{2\\sigma^{2}} (x-\\mu)^2"
EXPONENTIAL = "\\ln f(x; \\lambda) = {a} \\ln \\lambda - \\lambda x"


@pytest.mark.parametrize(
    "row",
    [
        NORMAL.replace("{s}", "-\\frac{1}{2} \\log{\\sigma}"),  # held-out opensrdk line 16
        NORMAL.replace("{s}", "+ \\log{\\sigma}"),
        EXPONENTIAL.replace("{a}", "2"),
    ],
)
def test_a_log_density_whose_exponent_does_not_integrate_to_one_is_refuted(tmp_path, row):
    result = _row(tmp_path, row, law=", for $x > 0$" if "lambda" in row else "")
    assert result.verdict == "refuted", result.reason
    assert "integrate to 1" in result.reason


@pytest.mark.parametrize(
    "row",
    [
        NORMAL.replace("{s}", "- \\log{\\sigma}"),
        EXPONENTIAL.replace("{a}", ""),
        "\\log f(x \\mid \\theta) = \\log \\theta + (\\theta - 1) \\log x",  # Beta(theta, 1)
        # a constant left out (mass free of the parameters): left alone, as written out
        "\\log p(x \\mid \\mu) = -\\frac{1}{2}(x-\\mu)^2",
        "\\log p(x \\mid \\mu) = -\\frac{1}{2}(x-\\mu)^2 + \\text{const}",
    ],
)
def test_a_right_log_density_stays_a_definition(tmp_path, row):
    result = _row(tmp_path, row, law=", for $x > 0$" if "lambda" in row else "")
    assert result.verdict == "given", result.reason


def test_a_named_familys_log_density_is_not_weighed_as_the_density(tmp_path):
    """Held-out genstat line 17: the log row of a family the sentence names was compared,
    as it stood, with the family's density (and refuted) once the log row was read as a
    density's definition; only the integral weighs it on the density's scale."""
    post = tmp_path / "post.md"
    post.write_text(
        "---\ntitle: t\n---\n\nThe logarithm of the exponential distribution's probability "
        "density function is\n\n$$\\log f(x\\;|\\;\\lambda) = \\log(\\lambda) - \\lambda x$$\n",
        encoding="utf-8",
    )
    (row,) = check_post(post, jobs=1).rows
    assert row.verdict == "given", row.reason
