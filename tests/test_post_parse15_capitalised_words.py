r"""A capitalised word before a bracket, ``Bernoulli(y; \phi)``, ``Poisson(k; \lambda)`` (PARSE15).

Letter by letter the word was a product and the row unparsed ("unexpected ';'"); a word of
four letters or more, capitalised, with a vowel, is now read as ``\mathrm{Word}``, as written
so: a law the reader knows gets its formula (a correct pmf is proved, a wrong one is not),
any other word is an arbitrary function. Short capitalised names (``Bin``) stay letters.
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import parse_expression


@pytest.mark.parametrize(
    ("plain", "upright"),
    [
        (r"Poisson(k ; \lambda)", r"\mathrm{Poisson}(k; \lambda)"),
        (r"Bernoulli(y; \phi)", r"\text{Bernoulli}(y; \phi)"),
        (r"Like(c, s)", r"\mathrm{Like}(c, s)"),
    ],
)
def test_the_word_reads_as_written_upright(plain, upright):
    assert parse_expression(plain)[0] == parse_expression(upright)[0]


def test_a_correct_pmf_is_proved_and_a_wrong_one_is_not(tmp_path):
    rows = _rows(
        tmp_path,
        r"Poisson(k ; \lambda) = \frac{\lambda^k}{k!} e^{-\lambda}",
        r"Poisson(k ; \lambda) = \frac{\lambda^k}{k!} e^{\lambda}",
    )
    assert rows[5].verdict == "proved", (rows[5].verdict, rows[5].reason)
    assert rows[7].verdict not in ("proved", "unparsed"), (rows[7].verdict, rows[7].reason)


def test_an_unknown_word_is_read_and_never_refuted(tmp_path):
    r = _rows(tmp_path, r"Bernoulli(y; \phi) = \phi^y \cdot (1-\phi)^{1-y}")[5]
    assert r.verdict not in ("unparsed", "refuted"), (r.verdict, r.reason)


@pytest.mark.parametrize("text", [r"Bin(n, p)", r"Nrm(x)"])
def test_short_or_vowelless_capitalised_runs_stay_letters(text):
    e, _ = parse_expression(text)
    assert "mathrm" not in str(e), e
