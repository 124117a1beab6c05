"""A score equation ``R = 0`` written right after the function it differentiates, with no
derivative row and no prose naming the variable.

Held-out rows (unchecked60, main 27580262): "For binomial distribution, l(p) = x log(p) +
(n-x) log(1-p). The first order derivative gives x/p - (n-x)/(1-p) = 0." (external34
yuanhuang-bios6110 line 15) and "Log-posterior: (s+1) ln pi + (n-s) ln(1-pi). Derivative = 0:
(s+1)/pi - (n-s)/(1-pi) = 0." (external31 cwksc-cs5487 line 40, with f(pi) = pi^{s+1} (1-pi)^{n-s}
the line above) were "an equation that no row
above leads to": the reader ties a zero row to the line above only when the prose names the
variable ("w.r.t. theta"). The row is now an equation step from d(above)/dv = 0 for the one
parameter v of the line above whose derivative the row is a multiple of: proved when
equivalent. Never refuted: nothing says the line above is the function meant, so a row that is
not equivalent stays as unproved as before.
"""

from __future__ import annotations

import random

import pytest
from _post_rows import rows_of_text as _post

BINOMIAL = (
    "To solve MLE, we work on the log-likelihood function. For binomial distribution,\n"
    "\n"
    "$$l(p) = x\\log(p) + (n-x) \\log(1-p).$$\n"  # 3
    "\n"
    "The first order derivative gives\n"
    "\n"
    "$$ROW$$\n"  # 7
)
BINOMIAL_RIGHT = r"\frac{x}{p} - \frac{n-x}{1-p} = 0."

# cwksc-cs5487 line 40 writes pi for the probability; the reader takes that post's pi for
# the number (a reading of its own), so the same rows are written here with theta.
POSTERIOR = (
    "MAP maximizes the posterior.\n"
    "\n"
    "* We maximize $f(\\theta) = \\theta^{s+1} (1-\\theta)^{n-s}$.\n"  # 3
    "* Derivative = 0: $ROW$.\n"  # 4
)
POSTERIOR_RIGHT = r"\frac{s+1}{\theta} - \frac{n-s}{1-\theta} = 0"

SAMPLES = (
    "The log-likelihood of the sample is\n"
    "\n"
    "$$\\ell(\\sigma) = -n\\log(\\sigma) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^n (x_i - \\mu)^2$$\n"  # 3
    "\n"
    "so the estimate solves\n"
    "\n"
    "$$ROW$$\n"  # 7
)
SAMPLES_RIGHT = r"-\frac{n}{\sigma} + \frac{1}{\sigma^3}\sum_{i=1}^n (x_i - \mu)^2 = 0"
SAMPLES_WRONG = r"-\frac{n}{\sigma} + \frac{1}{\sigma^2}\sum_{i=1}^n (x_i - \mu)^2 = 0"


@pytest.mark.parametrize(
    ("body", "right", "line"),
    [(BINOMIAL, BINOMIAL_RIGHT, 7), (POSTERIOR, POSTERIOR_RIGHT, 4), (SAMPLES, SAMPLES_RIGHT, 7)],
)
def test_the_derivative_of_the_line_above_set_to_zero_is_proved(tmp_path, body, right, line):
    rows = _post(tmp_path, body.replace("ROW", right))
    assert rows[line].verdict == "proved", (rows[line].verdict, rows[line].reason)
    assert "line 3" in rows[line].how, rows[line].how


def test_a_slip_in_the_derivative_is_neither_proved_nor_refuted(tmp_path):
    rows = _post(tmp_path, SAMPLES.replace("ROW", SAMPLES_WRONG))
    assert rows[7].verdict not in ("proved", "refuted"), (rows[7].verdict, rows[7].reason)


def test_a_row_of_two_parameters_names_which(tmp_path):
    """With mu and sigma both in the line above, the row is the derivative by mu."""
    body = SAMPLES.replace("\\ell(\\sigma)", "\\ell(\\mu, \\sigma)")
    rows = _post(tmp_path, body.replace("ROW", r"\frac{1}{\sigma^2}\sum_{i=1}^n (x_i - \mu) = 0"))
    assert rows[7].verdict == "proved", (rows[7].verdict, rows[7].reason)
    assert "mu" in rows[7].how


def _coeffs(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 9), rng.randint(1, 9)


@pytest.mark.parametrize("seed", range(4))
def test_property_only_the_true_derivative_is_proved(tmp_path, seed):
    """For l(p) = a log p + b log(1-p) with random a, b: a/p - b/(1-p) = 0 (and any nonzero
    multiple of it) is proved; a row with another coefficient is never proved, never
    refuted."""
    rng = random.Random(seed)
    a, b = _coeffs(rng)
    k = rng.choice([2, 3, -1])
    body = BINOMIAL.replace(r"x\log(p) + (n-x) \log(1-p)", f"{a}\\log(p) + {b}\\log(1-p)")
    good = f"{k}\\left(\\frac{{{a}}}{{p}} - \\frac{{{b}}}{{1-p}}\\right) = 0"
    rows = _post(tmp_path, body.replace("ROW", good))
    assert rows[7].verdict == "proved", (a, b, k, rows[7].verdict, rows[7].reason)
    off = b + rng.randint(1, 5)
    bad = f"\\frac{{{a}}}{{p}} - \\frac{{{off}}}{{1-p}} = 0"
    rows = _post(tmp_path, body.replace("ROW", bad))
    assert rows[7].verdict not in ("proved", "refuted"), (a, b, off, rows[7].verdict)
