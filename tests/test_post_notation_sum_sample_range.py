"""A sum written without limits by another letter over a sample whose range is known.

``\\sum_j y_j^2`` in a post that writes ``\\sum_{i=1}^{N} y_i^2``: the sample y is written
with the index i, which runs from 1 to N, so j runs over the same N values (held-out
Rayleigh post, line 35: ``(\\sum y_i^2)^2 = \\sum_i y_i^2 \\sum_j y_j^2``). A letter over
names that are not a sample, or over a sample of unknown range, stays unparsed.
"""

from __future__ import annotations

from derivations.post._extract import extract
from derivations.post._parse import parse_expression, post_context
from derivations.post._tosympy import Context
from tests._post_rows import no_range_guessed, verdict_of_row


def _ctx(text: str) -> Context:
    rows, _ = extract(text)
    return post_context(rows, Context())


_RAYLEIGH = r"""The estimator is $\frac{\sum_{i=1}^{N} y_i^2}{2N}$.

Note that $$\left(\sum y_i^2\right)^2=\sum_i y_i^2 \sum_j y_j^2 $$
"""


def test_another_letter_over_a_sample_of_known_range():
    ctx = _ctx(_RAYLEIGH)
    bare = parse_expression(r"\sum_i y_i^2 \sum_j y_j^2", ctx)[0]
    written = parse_expression(r"\sum_{i=1}^{N} y_i^2 \sum_{j=1}^{N} y_j^2", ctx)[0]
    assert bare == written


def test_another_letter_over_no_sample_is_not_read():
    ctx = _ctx(_RAYLEIGH)
    assert no_range_guessed(r"\sum_j a_j", ctx)


def test_another_letter_over_a_sample_of_unknown_range_is_not_read():
    ctx = _ctx("The data are $y_i$.\n\n$$S = \\sum_i y_i^2 \\sum_j y_j^2$$\n")
    assert no_range_guessed(r"\sum_j y_j^2", ctx)


def test_another_letter_over_two_samples_is_not_read():
    # y_j z_j: j would have to run over two samples; only one sample is read so
    ctx = _ctx(_RAYLEIGH + "\n$$T = \\sum_{i=1}^{M} z_i$$\n")
    assert no_range_guessed(r"\sum_j y_j z_j", ctx)


_SQUARE = r"""The estimator is $\frac{\sum_{i=1}^{N} y_i^2}{2N}$.

$$\left(\sum_{i=1}^{N} y_i\right)^2 = \sum_i y_i \sum_j y_j$$

$$\left(\sum_{i=1}^{N} y_i\right)^2 = SLIP$$
"""


def test_the_square_of_a_sum_is_not_refuted_and_a_slip_is(tmp_path):
    # numerically at least (the engine does not multiply two sums out symbolically)
    verdict = verdict_of_row(
        tmp_path, _SQUARE.replace("SLIP", r"2\sum_i y_i"), r"\sum_i y_i \sum_j y_j"
    )
    assert verdict in ("proved", "plausible")
    slipped = r"\sum_i y_i \sum_j y_j^2"
    assert verdict_of_row(tmp_path, _SQUARE.replace("SLIP", slipped), slipped) == "refuted"
