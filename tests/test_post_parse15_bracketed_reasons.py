r"""A reason in brackets after the statement: ``= 0 - \ln(2) \quad (\because \ln(1) = 0)``
(PARSE15).

``\because`` after a statement gives the rule used, which is no claim of the row; in
brackets the reason's opening bracket stayed behind, unclosed ("bracket ( is never
closed", 2 held-out rows). The bracket goes with the reason; the statement is checked as
without it (a correct step proved, a wrong one not).
"""

from __future__ import annotations

import pytest
from _post_rows import display_rows as _rows

from derivations.post._parse import _without_reason


def test_the_bracket_goes_with_the_reason():
    assert _without_reason(r"a = b \quad(\because c = d)").rstrip() == r"a = b \quad"
    assert _without_reason(r"a = b \quad (\because c = d)").rstrip() == r"a = b \quad"


def test_a_bracket_of_the_statement_stays():
    text = r"a = (b \because c = d"
    assert _without_reason(text).rstrip() == r"a = (b"


@pytest.mark.parametrize(
    ("row", "verdict"),
    [
        (r"\ln(1) - \ln(2) = 0 - \ln(2)\quad(\because \ln(1) = 0)", "proved"),
        (r"\ln(1) - \ln(2) = 1 - \ln(2)\quad(\because \ln(1) = 0)", "refuted"),
    ],
)
def test_the_statement_is_checked_without_its_reason(tmp_path, row, verdict):
    r = _rows(tmp_path, row)[5]
    assert r.verdict == verdict, (r.verdict, r.reason)
