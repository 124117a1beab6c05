"""``\\intertext{...}`` between the rows of an ``align`` is words, not a row.

amsmath's ``\\intertext`` (and mathtools' ``\\shortintertext``) sets a line of text between
two rows of one alignment. The reader took it for the start of the next row: "unsupported
command \\intertext", the row after it lost, and the display's next row "unrelated: the row
above could not be read" (probe post of this session). The words are dropped as a
``\\label`` is, and the row after them is read and continues the one above.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# Score

$$\ell(\mu) = -\frac{1}{2}\sum_{i=1}^n (x_i - \mu)^2$$

\begin{align}
\frac{d\ell}{d\mu} &= \sum_{i=1}^n (x_i - \mu) \\
COMMAND{and, setting it to {zero},}
0 &= SECOND
\end{align}
"""


@pytest.mark.parametrize("command", [r"\intertext", r"\shortintertext"])
@pytest.mark.parametrize(
    "second, verdict",
    [(r"\sum_{i=1}^n x_i - n\mu", "proved"), (r"\sum_{i=1}^n x_i - \mu", "refuted")],
)
def test_the_row_after_the_words_is_read_and_checked(tmp_path, command, second, verdict):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("COMMAND", command).replace("SECOND", second), "utf-8")
    rows = list(check_post(path, jobs=1).rows)
    assert [r.line for r in rows] == [3, 6, 8], [(r.line, r.verdict, r.reason) for r in rows]
    assert rows[-1].verdict == verdict, rows[-1].reason
