"""Integrals written without their differential (``\\int_a^b f(z)`` for ``\\int_a^b f(z)\\,dz``).

The reader reads one only when both what is integrated and over which variable are
unambiguous: the integrand is the rest of its side or bracket and one term (no sum
after the sign), and the variable is named by the limits (``\\int_{x=0}^{1}``) or is the
one letter of the integrand the post integrates over elsewhere, with its differential
written. Otherwise the row stays unparsed with the reason. A wrong step read so is
never proved; a step over a range the post never gives is never refuted.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _rows(tmp_path, body: str) -> dict:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: r for r in check_post(post, jobs=1).rows}


def _chain(*sides: str) -> str:
    rows = " \\\\\n".join(f"&= {s}" for s in sides[1:])
    return f"$$\n\\begin{{aligned}}\nI &= {sides[0]} \\\\\n{rows}\n\\end{{aligned}}\n$$\n"


WRITTEN = r"\int_a^b e^{t z} e^{-z^{2}} \, dz"


def test_the_variable_the_post_integrates_over_elsewhere_is_read(tmp_path):
    rows = _rows(tmp_path, _chain(WRITTEN, r"\int_a^b e^{t z - z^{2}}"))
    last = rows[max(rows)]
    assert last.verdict == "proved", last.reason


@pytest.mark.parametrize(
    "step",
    [
        r"\int_a^b e^{2 t z - z^{2}}",  # a changed exponent
        r"\int_a^z e^{t z - z^{2}}",  # a changed limit
        r"2 \int_a^b e^{t z - z^{2}}",  # a factor too many
    ],
)
def test_a_wrong_twin_is_never_proved(tmp_path, step):
    rows = _rows(tmp_path, _chain(WRITTEN, step))
    last = rows[max(rows)]
    assert last.verdict != "proved", last.reason


def test_limits_that_name_the_variable_are_read(tmp_path):
    rows = _rows(tmp_path, _chain(r"\int_{x=0}^{1} a x^{2}", r"\frac{a}{3}"))
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
    rows = _rows(tmp_path, _chain(r"\int_{x=0}^{1} a x^{2} \, dx", r"\frac{a}{3}"))
    assert rows[max(rows)].verdict == "proved", rows[max(rows)].reason
    wrong = _rows(tmp_path, _chain(r"\int_{x=0}^{1} a x^{2}", r"\frac{a}{2}"))
    assert wrong[max(wrong)].verdict == "refuted", wrong[max(wrong)].reason


@pytest.mark.parametrize(
    "body",
    [
        _chain(r"\int_0^1 k x^{2}", r"\frac{k}{3}"),  # k or x: the post never says
        _chain(WRITTEN, r"\int_a^b e^{t z - z^{2}} + 1"),  # where does it end?
        # both t and z are variables of integrals elsewhere
        _chain(WRITTEN, r"\int_0^1 t \, dt", r"\int_a^b e^{t z - z^{2}} + \frac{1}{2}"),
        _chain(r"\int_{x=0}^{1} x^{2} \, dy", r"\frac{1}{3}"),  # the limits say x, dy
        # the differential inside a bracket, a Stieltjes differential: d is no factor
        _chain(WRITTEN, r"\int_a^b \exp(t z - z^{2} \, dz)"),
        _chain(WRITTEN, r"\int_a^b e^{t z} \, d(z^{2})"),
    ],
)
def test_an_unclear_integral_stays_unparsed(tmp_path, body):
    rows = _rows(tmp_path, body)
    assert any(r.verdict == "unparsed" for r in rows.values()), [
        (r.line, r.verdict, r.reason) for r in rows.values()
    ]
    assert all(r.verdict != "proved" or r.line == min(rows) for r in rows.values())


def test_without_limits_a_value_is_never_refuted(tmp_path):
    rows = _rows(tmp_path, _chain(r"\int z^{2} e^{-z} \, dz", r"\int z^{2} e^{-z}", "7"))
    assert rows[max(rows) - 1].verdict == "proved", rows[max(rows) - 1].reason
    assert rows[max(rows)].verdict not in ("proved", "refuted"), rows[max(rows)].reason
