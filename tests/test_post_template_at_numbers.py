"""A row that restates a name with the data's numbers where its value has letters.

Held-out batch 29 (``tests/posts/incoming/repro31/``, the R4DS book club's gamma-Poisson
slide): ``L(\\tau|\\vec y) = \\frac{\\tau^y e^{-n\\tau}}{y!}`` (a template: y the total, n the
count), then ``L(\\tau|\\vec y) = \\frac{\\tau^{11}e^{-4\\tau}}{6!2!2!1!}``, the same with the
data's numbers. The reader drew n and y (n = 1, y = 6) and refuted the correct second row:
the row is the template at numbers for letters it does not name (and the template's y! is
the author's shorthand for a product the row writes out), which the reader cannot settle.

Properties: a restatement that writes numbers where the value has letters with no value (and
brings no letter of its own) is never refuted, a failure being no more than "not at the
numbers the reader drew"; one that holds is still proved; a row that drops a letter of the
value without writing a number in its place (a term lost) is still compared and refuted; a
row false at every value of the letters is never proved."""

from __future__ import annotations

import pytest

# (the template, the row with numbers, true at some values of the template's letters, and
# the sentence that sets those letters to numbers - the data of the example)
_TEMPLATES = [
    (
        r"L(\tau) = \frac{\tau^ye^{-n\tau}}{y!}",
        r"L(\tau) = \frac{\tau^{11}e^{-4\tau}}{6!2!2!1!}",
        r"The data: $n = 4$ counts.",
    ),
    (r"L(p) = p^x (1-p)^{n-x}", r"L(p) = p^3 (1-p)^2", r"We saw $x = 3$ in $n = 5$."),
    (
        r"f(\lambda) = \frac{\lambda^k e^{-\lambda}}{k!}",
        r"f(\lambda) = \frac{\lambda^2 e^{-\lambda}}{2}",
        r"At $k = 2$:",
    ),
    (
        r"g(\theta) = \theta^{a} e^{-b\theta}",
        r"g(\theta) = \theta^{21} e^{-6\theta}",
        r"With $a = 21$ and $b = 6$,",
    ),
]


def _verdicts(tmp_path, first: str, second: str, said: str = "") -> list[str]:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        f"---\ntitle: t\n---\n\n$${first}$$\n\n$${second}$$\n\n{said}\n", encoding="utf-8"
    )
    return [r.verdict for r in check_post(post, jobs=1).rows if r.line == 7]


@pytest.mark.parametrize(("template", "row", "said"), _TEMPLATES)
def test_the_template_at_the_data_numbers_is_never_refuted(tmp_path, template, row, said):
    assert "refuted" not in _verdicts(tmp_path, template, row, said)


def test_numbers_the_post_never_sets_are_no_data(tmp_path):
    # (integration of posts29 with main's tests: M''(0) = 3 for M(t) = e^{ta}, whose value is
    # a^2, is refuted - nothing in the post sets a; test_post_functions_at_points)
    template, row, _ = _TEMPLATES[3]
    assert _verdicts(tmp_path, template, row) == ["refuted"]


@pytest.mark.parametrize(
    ("template", "row"),
    [
        (r"L(p) = p^x (1-p)^{n-x}", r"L(p) = p^3 + 7"),
        (r"g(\theta) = \theta^{a} e^{-b\theta}", r"g(\theta) = -\theta^{4} - 3"),
    ],
)
def test_a_row_false_at_every_value_is_never_proved(tmp_path, template, row):
    assert "proved" not in _verdicts(tmp_path, template, row)


def test_a_restatement_that_holds_is_still_proved(tmp_path):
    v = _verdicts(tmp_path, r"L(p) = p^x (1-p)^{n-x}", r"L(p) = p^x (1-p)^n (1-p)^{-x}")
    assert v == ["proved"]


@pytest.mark.parametrize(
    ("template", "row"),
    [
        (r"\ell(\theta) = n \log\theta - \theta s", r"\ell(\theta) = n \log\theta"),
        (r"\ell(\theta) = n \log\theta - \theta s + c", r"\ell(\theta) = n \log\theta + c"),
    ],
)
def test_a_term_lost_without_numbers_in_its_place_is_still_refuted(tmp_path, template, row):
    assert _verdicts(tmp_path, template, row) == ["refuted"]
