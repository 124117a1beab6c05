"""A semicolon, then a quad, before a row's condition (held-out batch 56, blind66).

A Mathematics Stack Exchange question (external56, newbetuts' sum of two exponentials)
writes each density with its support after a semicolon and a quad:
``p_{Y_i}(y_i)=\\frac{1}{\\lambda_i}e^\\frac{-{y_i}}{\\lambda_i};\\quad x\\ge0;\\quad i=1,2``.
A comma or a quad between two relations already separates statements, and so does a bare
semicolon; but a semicolon followed by a command was left out (the ``;`` of the spacing
``\\;`` before ``\\;`` or ``\\Longleftrightarrow`` is no separator), so the first statement
kept the ``;`` and the row was unparsed ("unexpected ';'"): five rows of the post. A written
semicolon (no backslash before it) followed by a quad is the author's separator, as
``,\\quad`` is; the spacing ``\\;`` stays spacing.

Property: the verdicts of a post do not change when its ``,\\quad`` becomes ``;\\quad``
(or ``; \\qquad``); a wrong likelihood after such a density is still refuted.
"""

from __future__ import annotations

import pytest

from derivations.post._relations import statements
from tests._post_rows import first_verdicts

_DENSITY = r"f(x) = \frac{1}{\lambda} e^{-x/\lambda}"
_LIKELIHOOD = r"L(\lambda) = \prod_{i=1}^{n} f(x_i) = \lambda^{-n} e^{-\sum_{i=1}^{n} x_i/%s}"


def _post(tmp_path, sep: str, scale: str = r"\lambda") -> dict[int, str]:
    path = tmp_path / "post.md"
    row = f"{_DENSITY}{sep} x \\ge 0"
    path.write_text(f"$${row}$$\n\n$${_LIKELIHOOD % scale}$$\n", "utf-8")
    return first_verdicts(path)


@pytest.fixture(scope="module")
def posts(tmp_path_factory):
    out = {}
    for n, (sep, scale) in enumerate(
        [
            (r",\quad", r"\lambda"),
            (r";\quad", r"\lambda"),
            (r"; \qquad", r"\lambda"),
            (r";\quad", r"\lambda^2"),
        ]
    ):
        out[sep, scale] = _post(tmp_path_factory.mktemp(f"semi{n}"), sep, scale)
    return out


def test_a_density_before_a_semicolon_and_a_quad_is_read(posts):
    got = posts[r";\quad", r"\lambda"]
    assert got[1] != "unparsed", got
    assert got[3] == "proved", got


@pytest.mark.parametrize("sep", [r";\quad", r"; \qquad"])
def test_a_semicolon_and_a_quad_read_as_a_comma_and_a_quad(posts, sep):
    assert posts[sep, r"\lambda"] == posts[r",\quad", r"\lambda"], sep


def test_a_wrong_likelihood_after_it_is_still_refuted(posts):
    got = posts[r";\quad", r"\lambda^2"]
    assert got[3] == "refuted", got


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (r"y = 2 x;\quad x > 0", 2),
        (r"y = 2 x ; \qquad x > 0", 2),
        (r"y = 2x;\quad x\ge0;\quad i=1,2", 3),
        (r"a \;=\; b \;\quad c", 1),  # the spacing \; before a quad: one statement
        (r"y = 2 ;\quad x", 1),  # one relation: nothing after it to separate
    ],
)
def test_statements_split_at_a_written_semicolon_before_a_quad(text, count):
    got = statements(text)
    assert len(got) == count, [(s.spans, s.relations) for s in got]
    for s in got:
        for a, b in s.spans:
            assert not text[a:b].rstrip().endswith(";") or text[a:b].rstrip().endswith("\\;"), text[
                a:b
            ]
