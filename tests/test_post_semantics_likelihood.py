"""A likelihood, or its log, defined after the model is proved when it is exactly the
model's product (or the log of the likelihood above).

The reader weighs a likelihood against the density the post stated and refutes it
when ``log L - sum log f`` changes with the parameters; when it fits, the row stayed
"defines L; given" (held-out: techqa-exponential-scale lines 17 and 21,
techqa-weibull-one-parameter-score 21, imathworks-poisson-crlb 24). Where the
written value is exactly ``prod_i f(x_i)`` (or ``sum_i log f(x_i)``, or the log of
the likelihood defined just above), that is a claim the engine can prove, and the
row is proved. A likelihood that leaves out factors of the data (allowed), or a log
under a name of its own that is scaled (an average), stays a definition: given, never
refuted or left unchecked on that ground.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _post_rows import rows_of

INCOMING = Path(__file__).resolve().parent / "posts" / "incoming"
LOG_AFTER_L = INCOMING / "repro5" / "log-likelihood-after-likelihood-defines-anew-given.md"


def _post(tmp_path: Path, body: str) -> dict:
    p = tmp_path / "post.md"
    p.write_text(body, encoding="utf-8")
    return rows_of(p)


EXPONENTIAL = (
    "Let $y_1, \\dots,y_n$ be i.i.d. from an exponential distribution with scale theta.\n"  # 1
    "\n"
    "The density function is $$f(y)=\\frac{1}{\\theta}e^{-\\frac{y}{\\theta}}$$\n"  # 3
    "\n"
    "and the likelihood function $$L(\\theta)=LIKELIHOOD$$\n"  # 5
    "\n"
    "The log-likelihood is\n"
    "\n"
    "$$l(\\theta)=LOG$$\n"  # 9
)
RIGHT_L = r"\frac{1}{\theta^n}e^{-\frac{\sum^{n}_{i=1}y_i}{\theta}}"
RIGHT_LOG = r"-n\ln\theta-\frac{\sum^{n}_{i=1}y_i}{\theta}"


def _exponential(tmp_path: Path, likelihood: str = RIGHT_L, log: str = RIGHT_LOG) -> dict:
    return _post(tmp_path, EXPONENTIAL.replace("LIKELIHOOD", likelihood).replace("LOG", log))


def test_a_likelihood_that_is_the_models_product_is_proved(tmp_path):
    rows = _exponential(tmp_path)
    assert rows[3].verdict == "given"
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)
    assert rows[9].verdict == "proved", (rows[9].verdict, rows[9].reason)


@pytest.mark.parametrize(
    "likelihood",
    [
        r"\frac{1}{\theta^{n+1}}e^{-\frac{\sum^{n}_{i=1}y_i}{\theta}}",
        r"\frac{1}{\theta^n}e^{-\theta\sum^{n}_{i=1}y_i}",
    ],
)
def test_a_wrong_likelihood_is_never_proved(tmp_path, likelihood):
    rows = _exponential(tmp_path, likelihood=likelihood)
    assert rows[5].verdict not in ("proved", "given"), (rows[5].verdict, rows[5].reason)


def test_a_log_likelihood_that_drops_a_constant_stays_given(tmp_path):
    # the Poisson likelihood without its 1/y_i! factors: allowed, and not the product
    body = (
        "The model is $$f(y)=\\frac{\\lambda^y e^{-\\lambda}}{y!}$$\n"
        "\n"
        "$$L(\\lambda)=\\lambda^{\\sum_{i=1}^n y_i}e^{-n\\lambda}$$\n"  # 3
    )
    rows = _post(tmp_path, body)
    assert rows[3].verdict == "given", (rows[3].verdict, rows[3].reason)


def test_a_log_likelihood_after_the_likelihood_is_its_log():
    rows = rows_of(LOG_AFTER_L)
    assert rows[8].verdict == "given"
    assert rows[12].verdict == "proved", (rows[12].verdict, rows[12].reason)


@pytest.mark.parametrize(
    "log",
    [
        # the -1 of (lambda - 1) lost, and a sign slip in the last sum
        r"n\log(\lambda) + \lambda\sum_{i=1}^{n}\log(x_{i}) - \sum_{i=1}^n x_i^{\lambda}",
        r"n\log(\lambda) + (\lambda-1)\sum_{i=1}^{n}\log(x_{i}) + \sum_{i=1}^n x_i^{\lambda}",
    ],
)
def test_a_wrong_log_after_the_likelihood_is_never_proved(tmp_path, log):
    text = LOG_AFTER_L.read_text(encoding="utf-8")
    right = r"n\log(\lambda) + (\lambda-1)\sum_{i=1}^{n}\log(x_{i}) - \sum_{i=1}^n x_i^{\lambda}"
    assert right in text
    p = tmp_path / "post.md"
    p.write_text(text.replace(right, log), encoding="utf-8")
    row = rows_of(p)[12]
    assert row.verdict not in ("proved",), (row.verdict, row.reason)


def test_an_average_log_likelihood_under_its_own_name_stays_given(tmp_path):
    body = (
        "$$L(\\lambda)=\\prod_{i=1}^n \\lambda e^{-\\lambda x_i}$$\n"
        "\n"
        "$$\\ell(\\lambda)=\\log\\lambda-\\frac{\\lambda}{n}\\sum_{i=1}^n x_i$$\n"  # 3
    )
    rows = _post(tmp_path, body)
    assert rows[3].verdict == "given", (rows[3].verdict, rows[3].reason)
