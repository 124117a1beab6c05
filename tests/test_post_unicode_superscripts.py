"""Unicode superscript digits and the typographic apostrophe inside TeX (external33).

``\\sigma_n²I`` (a question on Cross Validated) and ``(\\log (p(data)))’ = 0`` (a blog whose
apostrophes a typographer curled) were unparsed: "unexpected character '²' (U+00B2)",
"unexpected character '’' (U+2019)". A superscript digit is the power it shows, exactly:
``x²`` is ``x^{2}``, ``2¹⁰`` is ``2^{10}``, ``x⁻¹`` is ``x^{-1}``; a curled apostrophe in
math is a prime, as ``′`` is already. So a row written with them gets the verdict the row
written in TeX gets, proved or refuted alike. Failed at 6f5d9e4 (the rows were unparsed).
"""

from __future__ import annotations

import pytest

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> list[tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return [(r.verdict, r.reason) for r in check_post(post, jobs=1).rows]


PAIRS = [
    # (written with Unicode, the same in TeX, the verdict both get)
    ("$$(a+b)² = a² + 2ab + b²$$", "$$(a+b)^{2} = a^{2} + 2ab + b^{2}$$", "proved"),
    ("$$(a+b)² = a² + b²$$", "$$(a+b)^{2} = a^{2} + b^{2}$$", "refuted"),
    ("$$x³ x² = x⁵$$", "$$x^{3} x^{2} = x^{5}$$", "proved"),
    ("$$x³ x² = x⁶$$", "$$x^{3} x^{2} = x^{6}$$", "refuted"),
    ("$$2¹⁰ = 1024$$", "$$2^{10} = 1024$$", "proved"),
    ("$$2¹⁰ = 1000$$", "$$2^{10} = 1000$$", "refuted"),
    ("$$y x⁻¹ = \\frac{y}{x}$$", "$$y x^{-1} = \\frac{y}{x}$$", "proved"),
    (
        "$$\\sigma_n² + \\sigma_n² = 2\\sigma_n^2$$",
        "$$\\sigma_n^{2} + \\sigma_n^{2} = 2\\sigma_n^2$$",
        "proved",
    ),
    (
        "$$\\sigma_n²I + I = (\\sigma_n^2 + 2) I$$",
        "$$\\sigma_n^{2}I + I = (\\sigma_n^2 + 2) I$$",
        "refuted",
    ),
    ("$$a^2b² = (ab)^2$$", "$$a^2b^{2} = (ab)^2$$", "proved"),
]


@pytest.mark.parametrize("unicode, tex, verdict", PAIRS)
def test_a_superscript_digit_is_the_power_it_shows(tmp_path, unicode, tex, verdict):
    got = _verdicts(tmp_path, unicode)
    assert got == _verdicts(tmp_path, tex), got
    assert got[0][0] == verdict, got


PRIMES = [
    "$$f(x) = x^3$$\n\n$$f'(x) = 3x^2$$\n",
    "$$f(x) = x^3$$\n\n$$f'(x) = 2x^2$$\n",
    "$$g(t) = 3 \\log t + 5 \\log(1 - t)$$\n\n$$g'(t) = \\frac{3}{t} - \\frac{5}{1-t}$$\n",
    "$$g(t) = 3 \\log t + 5 \\log(1 - t)$$\n\n$$g'(t) = \\frac{3}{t} + \\frac{5}{1-t}$$\n",
]


@pytest.mark.parametrize("body", PRIMES)
def test_a_curled_apostrophe_in_math_is_a_prime(tmp_path, body):
    curled = body.replace("'", "\u2019")
    assert _verdicts(tmp_path, curled) == _verdicts(tmp_path, body)
    assert all(v != "unparsed" for v, _ in _verdicts(tmp_path, curled))


def test_a_superscript_after_nothing_is_no_power(tmp_path):
    # a row that opens with a superscript digit has nothing to raise: unparsed, never read
    got = _verdicts(tmp_path, "$$² = 4$$")
    assert got[0][0] not in ("proved", "refuted"), got
