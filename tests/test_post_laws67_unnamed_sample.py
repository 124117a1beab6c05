"""A law said of the data without a letter is the law of the one sample the rows write
(laws67).

Written before the fix, against 4ae2e340, where the tests marked so failed: "The sample
is iid exponential with rate $\\lambda$", "The observations are iid exponential with rate
$\\lambda$" (laws28 read the second for the likelihood only, ``._said_model``) gave the
rows' ``X_i`` no law, and ``E[X_i] = 1/\\lambda`` was taken as given.

Properties: the moment is proved under the law the words say (the exponential's mean
under the rate the words name) and refuted when wrong for it; a post whose rows write two
samples (``X_i`` and ``Y_i``) gives neither the law (which one the sentence speaks of is
not said), and a sentence that denies the law gives none.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

SAYINGS = [
    "The sample is iid exponential with rate $\\lambda$.",
    "The observations are iid exponential with rate $\\lambda$.",
    "Our samples are drawn independently from an exponential distribution with rate $\\lambda$.",
]


def _verdict(tmp_path, saying: str, row: str) -> tuple[str, str]:
    text = f"---\ntitle: t\n---\n\n{saying}\n\n$$\n{row}\n$$\n"
    rows = rows_of_text(tmp_path, text)
    last = rows[max(rows)]
    return last.verdict, last.reason or ""


@pytest.mark.parametrize("saying", SAYINGS)
def test_the_one_sample_takes_the_law(tmp_path, saying):
    """Failed before the fix (given)."""
    verdict, reason = _verdict(tmp_path, saying, "E[X_i] = \\frac{1}{\\lambda}")
    assert verdict == "proved", (saying, verdict, reason)


@pytest.mark.parametrize("saying", SAYINGS)
def test_a_wrong_moment_of_the_one_sample_is_refuted(tmp_path, saying):
    """Failed before the fix (given)."""
    verdict, reason = _verdict(tmp_path, saying, "E[X_i] = \\frac{2}{\\lambda}")
    assert verdict == "refuted", (saying, verdict, reason)


@pytest.mark.parametrize("saying", SAYINGS)
def test_the_convention_the_words_rule_out_never_proves(tmp_path, saying):
    """``E[X_i] = \\lambda`` holds of the scale reading, which "rate" rules out."""
    verdict, reason = _verdict(tmp_path, saying, "E[X_i] = \\lambda")
    assert verdict != "proved", (saying, verdict, reason)


@pytest.mark.parametrize("saying", SAYINGS)
@pytest.mark.parametrize("value", ["\\frac{2}{\\lambda}", "2\\lambda"])
def test_two_samples_take_no_law(tmp_path, saying, value):
    verdict, reason = _verdict(tmp_path, saying, f"E[X_i + Y_i] = {value}")
    assert verdict not in ("proved", "refuted"), (saying, value, verdict, reason)


@pytest.mark.parametrize("value", ["\\frac{1}{\\lambda}", "\\lambda"])
def test_a_denied_law_is_none(tmp_path, value):
    saying = "The sample is not exponential with rate $\\lambda$."
    verdict, reason = _verdict(tmp_path, saying, f"E[X_i] = {value}")
    assert verdict not in ("proved", "refuted"), (value, verdict, reason)
