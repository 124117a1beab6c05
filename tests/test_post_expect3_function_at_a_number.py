"""A letter the post defines as a function, applied to a number, is that function there.

"Let $p(k) = \\mathrm{Poisson}(k \\mid \\lambda)$", then ``p(0) = e^{-\\lambda}``: ``p`` is no
letter that is a function whatever its bracket holds (``p(1 - p)`` is a product), so
``p(0)`` was read as ``p`` times 0 and the correct value was refuted (adversarial set 9,
pair 139). The post's own definition makes ``p`` a function of ``k``: ``p(0)`` puts 0 for
``k``. A wrong value at the point must not be proved; a letter the post never defines as a
function keeps the product reading.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = (
    "---\ntitle: t\n---\n\nLet ${name}(k) = {law}$ with $\\lambda > 0$.\n\n"
    "$${name}({at}) = {value}$$\n"
)
POISSON = "\\mathrm{Poisson}(k \\mid \\lambda)"
FORMULA = "\\frac{\\lambda^k e^{-\\lambda}}{k!}"


def _verdict(tmp_path, name, law, at, value):
    post = tmp_path / "post.md"
    post.write_text(POST.format(name=name, law=law, at=at, value=value), encoding="utf-8")
    return [r for r in check_post(str(post), jobs=1).rows if r.line == 7][-1]


@pytest.mark.parametrize("name", ["p", "q", "P"])
@pytest.mark.parametrize("law", [POISSON, FORMULA])
@pytest.mark.parametrize(
    ("at", "value"), [("0", "e^{-\\lambda}"), ("2", "\\frac{\\lambda^2 e^{-\\lambda}}{2}")]
)
def test_the_value_at_a_number_is_proved(tmp_path, name, law, at, value):
    row = _verdict(tmp_path, name, law, at, value)
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize("law", [POISSON, FORMULA])
@pytest.mark.parametrize(
    ("at", "value"), [("0", "\\lambda e^{-\\lambda}"), ("2", "\\lambda^2 e^{-\\lambda}")]
)
def test_a_wrong_value_at_a_number_is_refuted(tmp_path, law, at, value):
    row = _verdict(tmp_path, "p", law, at, value)
    assert row.verdict == "refuted", row.reason


def test_a_letter_not_defined_as_a_function_stays_a_product(tmp_path):
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\nLet $0 < p < 1$.\n\n$$p(2) = 2p$$\n", encoding="utf-8")
    row = [r for r in check_post(str(post), jobs=1).rows if r.line == 7][-1]
    assert row.verdict == "proved", row.reason
