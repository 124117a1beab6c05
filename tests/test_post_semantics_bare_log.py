"""A row without a relation sign after "taking the log": the log of the line above.

Askers write "Taking the natural log of both sides:" and then the log-likelihood alone
(held-out techqa-geometric-exponent-sign-mle, line 19). Read as ``= e`` after the line
above, the row did not follow and stayed unchecked. When the sentence leading into the
row speaks of the log, the row holds logs and the line above none, the row is compared
with the log of the line above. Prove-only, as every bare row: a row that is not that
log may still be a new expression, so it is never refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_POST = r"""Let $0 < \theta < 1$ and $n$ tosses.

$$L(\theta) = \theta^n (1 - \theta)^{m - n}$$

Taking the natural log of both sides:

$$n\ln(\theta) + (m - n)\ln(1 - \theta)$$
"""
_ROW = r"n\ln(\theta) + (m - n)"


def test_the_bare_row_is_the_log_of_the_line_above(tmp_path):
    assert verdict_of_row(tmp_path, _POST, _ROW) == "proved"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # false twin: a wrong coefficient
        (r"+ (m - n)\ln(1 - \theta)$$", r"+ (n - m)\ln(1 - \theta)$$"),
        # the prose does not take the log: the row is no rewrite of the line above
        ("Taking the natural log of both sides:", "Then:"),
    ],
)
def test_never_proved_nor_refuted_when_it_is_not_that_log(tmp_path, old, new):
    body = _POST.replace(old, new)
    assert body != _POST
    row = _ROW.replace("(m - n)", "(n - m)") if "(n - m)" in new else _ROW
    assert verdict_of_row(tmp_path, body, row) not in ("proved", "refuted")
