"""Taking the positive root: ``\\hat\\sigma^2 = R``, then ``\\hat\\sigma = \\sqrt{R}`` (sigma > 0).

The step is the previous equation's one solution where sigma is positive, but the ratio of
the residuals, ``1/(\\sigma + \\sqrt{R})``, was not shown finite by ``cancel`` when ``R`` is a
sum, so the row stayed plausible. It is proved when the unknown is declared positive, the
previous residual has no odd power of it, and the written value is never negative and
solves the previous equation. ``-\\sqrt{R}`` solves it too, at no positive sigma: refuted;
so is a wrong radicand. With the sign of the unknown unknown the step is not proved.
"""

from __future__ import annotations

import pytest

from derivations.post import check_post

POST = r"""# Scale

Let $x_1, \ldots, x_n \sim \mathcal{N}(\mu, \sigma^2)$SIGN.

$$\ell(\sigma) = -n\log\sigma - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2$$

$$\frac{d\ell}{d\sigma} = -\frac{n}{\sigma} + \frac{1}{\sigma^3}\sum_{i=1}^n (x_i-\mu)^2 = 0$$

$$\hat\sigma^2 = \frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2$$

$$\hat\sigma = ROOT$$
"""


def _root_row(tmp_path, root, sign=r", $\sigma > 0$"):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("ROOT", root).replace("SIGN", sign), encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


def test_the_positive_root_is_proved(tmp_path):
    row = _root_row(tmp_path, r"\sqrt{\frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2}")
    assert row.verdict == "proved", row.reason


@pytest.mark.parametrize(
    "root",
    [
        r"-\sqrt{\frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2}",
        r"\sqrt{\frac{1}{n-1}\sum_{i=1}^n (x_i - \mu)^2}",
        r"\frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2",
    ],
)
def test_a_wrong_root_is_not_proved(tmp_path, root):
    row = _root_row(tmp_path, root)
    assert row.verdict not in ("proved", "plausible"), row.reason


def test_with_the_sign_unknown_the_root_is_not_proved(tmp_path):
    text = (
        "# t\n\n$$\\theta^2 = \\frac{1}{n}\\sum_{i=1}^n x_i^2$$\n\n"
        "$$\\theta = \\sqrt{\\frac{1}{n}\\sum_{i=1}^n x_i^2}$$\n"
    )
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    row = list(check_post(path, jobs=1).rows)[-1]
    assert row.verdict != "proved", row.reason


VARIANCE = r"""# Variance

Let $x_1, \ldots, x_n \sim \mathcal{N}(\mu, \sigma^2)$.

$$\ell(\mu, \sigma^2) = -\frac{n}{2}\log\sigma^2 - \frac{1}{2\sigma^2}\sum_{i=1}^n (x_i - \mu)^2$$

$$\frac{\partial\ell}{\partial\sigma^2} = -\frac{n}{2\sigma^2}
+ \frac{1}{2\sigma^4}\sum_{i=1}^n (x_i-\mu)^2 = 0$$

$$\hat\sigma^2 = \frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2$$

$$\hat\sigma = ROOT$$
"""


@pytest.mark.parametrize(
    "root, verdict",
    [
        (r"\sqrt{\frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2}", "proved"),
        (r"-\sqrt{\frac{1}{n}\sum_{i=1}^n (x_i - \mu)^2}", "refuted"),
    ],
)
def test_the_root_of_the_variance_symbol(tmp_path, root, verdict):
    """sigma^2 is one positive symbol (the variance), and sigma its root: the step is taken
    in t = sqrt(sigma^2), where it is the case above."""
    path = tmp_path / "post.md"
    path.write_text(VARIANCE.replace("ROOT", root), encoding="utf-8")
    row = list(check_post(path, jobs=1).rows)[-1]
    assert row.verdict == verdict, row.reason
