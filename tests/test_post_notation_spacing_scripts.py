"""Two typesetting habits that change nothing of a row's meaning.

- A thin space ``\\,`` inside a side of a relation chain (``p(\\mu|y) \\propto p(y|\\mu) \\,
  p(\\mu) = p(y,\\mu)``) is spacing. Its comma was taken for the comma between two
  statements (``a = b, c = d``), so the chain was cut inside a side and unparsed.
- A superscript written before the subscript (``\\eta^2_1``) is the same as ``\\eta_1^2``
  in TeX; the subscript after the power was "unexpected '_'".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post._extract import Row
from derivations.post._parse import parse_expression, parse_row
from tests._post_rows import rows_of, verdict_of_row

REPRO7 = Path(__file__).resolve().parent / "posts" / "incoming" / "repro7"


def _row(text: str):
    return parse_row(Row(text=text, line=1, block=0, index=0))


# -- thin spaces --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        r"p(\mu|y) \propto p(y|\mu) \, p(\mu) = p(y,\mu)",
        r"q \propto a \, b = c",
        r"q = a \, b = c",
        r"q = a\,b\,c = d",
    ],
)
def test_a_thin_space_inside_a_chain_is_spacing(text):
    spaced = _row(text)
    plain = _row(text.replace(r"\,", " "))
    assert spaced.ok, spaced.error
    # the same row as without the thin space: one statement, the same sides and relations
    assert len(spaced.statements) == 1
    assert spaced.relations == plain.relations
    assert spaced.sides == plain.sides


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (r"a = b, c = d", 2),
        (r"a = b \,, c = d", 2),
        (r"a = b, \; c = d", 2),
        (r"a = b \quad c = d", 2),
    ],
)
def test_a_real_separator_still_separates(text, count):
    parsed = _row(text)
    assert parsed.ok, parsed.error
    assert len(parsed.statements) == count


def test_the_chain_of_the_reproduction_is_read():
    rows = rows_of(REPRO7 / "thin-space-in-a-middle-side-of-a-chain-unparsed.md")
    assert rows[7].verdict != "unparsed", rows[7].reason
    assert rows[11].verdict != "unparsed", rows[11].reason
    assert rows[15].verdict != "unparsed"


# -- superscript before subscript ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "usual"),
    [
        (r"\eta^2_1", r"\eta_1^2"),
        (r"\eta^{2}_{1}", r"\eta_{1}^{2}"),
        (r"x^3_i + 1", r"x_i^3 + 1"),
        (r"\frac{\eta^2_1}{4\eta_2}", r"\frac{\eta_1^2}{4\eta_2}"),
        (r"\sigma^{2}_{k} \mu^2_k", r"\sigma_{k}^{2} \mu_k^2"),
    ],
)
def test_superscript_before_subscript_is_the_same_name_and_power(written, usual):
    assert parse_expression(written)[0] == parse_expression(usual)[0]


def test_a_sum_with_its_limits_in_either_order_is_unchanged():
    a = parse_expression(r"\sum^{n}_{i=1} x_i")[0]
    b = parse_expression(r"\sum_{i=1}^{n} x_i")[0]
    assert a == b


_EXP_FAMILY = r"""The Gaussian in exponential-family form:
$$
g(\theta) = - \frac{\mu^2}{2\sigma^2} - \log \sigma
$$
$$
\eta_1 = \frac{\mu}{\sigma^2}, \quad \eta_2 = -\frac{1}{\sigma^2}
$$
$$
A(\eta_1, \eta_2) = -g(\theta) = VALUE
$$
"""


def test_the_reproduction_reads_the_wrong_value_and_refutes_it(tmp_path):
    # eta^2_1/(4 eta_2) + log(-2 eta_2)/2 is not -g (the right value halves it differently)
    wrong = r"\frac{\eta^2_1}{4\eta_2} + \frac{1}{2}\log(-2\eta_2)"
    verdict = verdict_of_row(tmp_path, _EXP_FAMILY.replace("VALUE", wrong), wrong)
    assert verdict == "refuted"


def test_the_right_value_written_the_same_way_is_not_refuted(tmp_path):
    right = r"-\frac{\eta^2_1}{2\eta_2} - \frac{1}{2}\log(-\eta_2)"
    verdict = verdict_of_row(tmp_path, _EXP_FAMILY.replace("VALUE", right), right)
    assert verdict not in ("refuted", "unparsed")
