"""A parameter's domain written after a display's formula (``..., \\quad \\theta > 0``).

``$$\\ell(\\theta) = n\\log\\theta - \\theta\\sum x_i, \\quad \\theta > 0$$`` states the domain
of ``theta`` as plainly as ``$\\theta > 0$`` in a sentence, which the reader applies; written
after the formula it was "a domain statement; taken as given" and not applied, so
``\\ell''(\\theta) = -n/\\theta^2 < 0`` and ``\\sqrt{\\theta^2} = \\theta`` stayed unchecked or
plausible, and ``-n/\\theta^2 > 0`` (the wrong sign of a maximum) was never refuted (probe
post of this session). A trailing statement about a parameter (a Greek letter, or ``p``) is
applied; one after a zero branch (``f(x) = 0, \\quad x < 0``) or in words that make it a case
(``\\text{if } \\theta > 1``) is not.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# Exponential

$$\ell(\theta) = n\log\theta - \theta\sum_{i=1}^n x_i, \quad \theta > 0$$

$$\ell''(\theta) = -\frac{n}{\theta^2} SIGN 0$$

$$\sqrt{\theta^2} = \theta$$
"""


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


@pytest.mark.parametrize(
    "trailing", [r", \quad \theta > 0", r", \theta > 0", r" \qquad \theta > 0"]
)
def test_the_trailing_domain_is_applied(tmp_path, trailing):
    text = POST.replace(r", \quad \theta > 0", trailing)
    rows = _rows(tmp_path, text.replace("SIGN", "<"))
    assert [r.verdict for r in rows[1:]] == ["proved", "proved"], [r.reason for r in rows]
    rows = _rows(tmp_path, text.replace("SIGN", ">"))
    assert rows[1].verdict == "refuted", rows[1].reason


@pytest.mark.parametrize("trailing", [r", \quad \text{if } \theta > 0", r", \quad x > 0"])
def test_a_case_or_a_variable_is_not_a_parameter_domain(tmp_path, trailing):
    text = POST.replace(r", \quad \theta > 0", trailing).replace("SIGN", "<")
    assert _rows(tmp_path, text)[-1].verdict != "proved"


def test_a_zero_branch_states_no_domain(tmp_path):
    text = (
        "# Density\n\n$$f(x) = \\lambda e^{-\\lambda x}, \\quad \\lambda > 0$$\n\n"
        "$$g(\\lambda) = 0, \\quad \\lambda < 0$$\n\n$$\\sqrt{\\lambda^2} = \\lambda$$\n"
    )
    assert _rows(tmp_path, text)[-1].verdict != "refuted"
