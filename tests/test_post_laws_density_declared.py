"""A variable's law read from the density the post writes for its letter (issue 12, LAWS).

"Let $y_1, \\dots, y_n$ be i.i.d. random variables from $Exp(\\theta)$ ... The density
function is $f(y) = \\frac{1}{\\theta} e^{-y/\\theta}$": many posts never write
``y_i \\sim D``; the density of the letter is the declaration. ``E[\\sum y_i] = n\\theta``
then has a value (held-out external6 exponential-scale and Rayleigh posts had "E(...) has
no value"). What must hold:

- a right moment of the density's family is proved, a wrong one (another family's
  moment, a wrong power, a wrong sign) refuted;
- the convention is the density's own (scale, not rate; Rayleigh's ``\\sigma``);
- two different densities for one letter, or a density of another letter, give no value
  (neither proved nor refuted);
- samples are independent only where the sentence before the density says so.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"

EXP_SCALE = r"f(y)=\frac{1}{\theta}e^{-\frac{y}{\theta}}"
RAYLEIGH = r"f(y) = \frac{y}{\sigma^2} e^{-\frac{y^2}{2\sigma^2}}"


def _last(tmp_path, density: str, row: str, *, said: str = "The density function is") -> str:
    """The verdict of ``row`` in a post that writes ``density`` after ``said``."""
    text = f"{said}\n\n$${density}$$\n\nTherefore\n\n$${row}$$\n"
    path = tmp_path / "post.md"
    path.write_text(HEAD + text, encoding="utf-8")
    rows = check_post(path, jobs=1).rows
    return max(rows, key=lambda r: r.line).verdict


@pytest.mark.parametrize(
    ("density", "row", "verdict"),
    [
        (EXP_SCALE, r"E\left[\sum_{i=1}^n y_i\right] = n\theta", "proved"),
        (EXP_SCALE, r"E\left[\sum_{i=1}^n y_i\right] = \frac{n}{\theta}", "refuted"),  # rate's
        (EXP_SCALE, r"E[Y^2] = 2\theta^2", "proved"),
        (EXP_SCALE, r"E[Y^2] = \theta^2", "refuted"),
        (RAYLEIGH, r"E[Y] = \sigma \sqrt{\frac{\pi}{2}}", "proved"),
        (RAYLEIGH, r"E[Y] = \sigma \sqrt{\pi}", "refuted"),
        (RAYLEIGH, r"E[y_i^2] = 2\sigma^2", "proved"),
        (RAYLEIGH, r"E[y_i^2] = -2\sigma^2", "refuted"),
    ],
)
def test_a_moment_of_the_written_density(tmp_path, density, row, verdict):
    assert _last(tmp_path, density, row) == verdict


@pytest.mark.parametrize("value", [r"n\theta", r"\frac{n}{\theta}"])
def test_two_densities_of_one_letter_give_no_value(tmp_path, value):
    rate = r"g(y) = \theta e^{-\theta y}"
    density = EXP_SCALE + "$$\n\nor the density\n\n$$" + rate
    row = r"E\left[\sum_{i=1}^n y_i\right] = " + value
    assert _last(tmp_path, density, row) not in ("proved", "refuted")


@pytest.mark.parametrize("value", [r"\theta", r"2\theta"])
def test_a_density_of_another_letter_gives_no_value(tmp_path, value):
    assert _last(tmp_path, EXP_SCALE, r"E[Z] = " + value) not in ("proved", "refuted")


SQUARE = r"E\left[\left(\sum_{i=1}^n y_i\right)^2\right] = n\theta^2 + n^2\theta^2"


def test_independence_only_where_the_sentence_says_so(tmp_path):
    assert _last(tmp_path, EXP_SCALE, SQUARE) not in ("proved", "refuted")
    iid = "Let the $y_i$ be i.i.d. with density"
    assert _last(tmp_path, EXP_SCALE, SQUARE, said=iid) == "proved"
    wrong = SQUARE.replace("n^2", "n")
    assert _last(tmp_path, EXP_SCALE, wrong, said=iid) == "refuted"


BERNOULLI = r"f(x) = p^x (1-p)^{1-x}"


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"\Pr(X = 1) = p", "proved"),
        (r"\Pr(X = 1) = 1 - p", "refuted"),
        (r"\mathrm{Var}(X) = p(1-p)", "proved"),
        (r"\mathrm{Var}(X) = p^2", "refuted"),
    ],
)
def test_a_written_mass_function_gives_probabilities_and_variances(tmp_path, row, verdict):
    said = "The probability mass function is"
    assert _last(tmp_path, BERNOULLI, row, said=said) == verdict
