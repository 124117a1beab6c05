"""Letters a definition sign brings in are defined by the rows after it (batch 52).

Nicolas Shu's posterior of a normal mean (external52) writes the kernel ``&\\triangleq
\\exp[-\\frac{1}{2\\sigma_N^2}(\\mu^2 - 2\\mu_N\\mu + \\mu_N^2)]``: sigma_N and mu_N are met
there first, and are *defined* by matching its coefficients with the line above (lines
89-105). ``\\frac{1}{\\sigma_N^2} = \\frac{N}{\\sigma^2} + \\frac{1}{\\sigma_0^2}`` (line 90)
was then compared as an identity with sigma_N free, and refuted at a random sigma_N.

Properties: a relation that such a letter enters is no identity in it, so a failure at a
random value of it refutes nothing (the row is unchecked, naming the letter); the kernel
row stays a definition; a wrong step that does not involve the letter is still refuted.
"""

from __future__ import annotations

from tests._post_rows import rows_of

_POST = r"""# Posterior

$$ \begin{align} p(\mu | X) &\propto \exp \left[ - \frac{\mu^2}{2} \left( \frac{N}{\sigma^2} + \frac{1}{\sigma_0^2} \right) + \mu \frac{N \bar{x}}{\sigma^2} \right] \\
&\triangleq \exp \left[ -\frac{1}{2\sigma_N^2} \left( \mu^2 - 2\mu_N \mu + \mu_N^2 \right)\right]
\end{align}$$

By matching the coefficients of $\mu^2$:

$$\begin{align}
-\frac{\mu^2}{2\sigma_N^2} &= -\frac{\mu^2}{2} \left( \frac{N}{\sigma^2} + \frac{1}{\sigma_0^2}\right) \\
\frac{1}{\sigma_N^2} &= \frac{N}{\sigma^2} + \frac{1}{\sigma_0^2} = %s
\end{align}$$
"""

_RIGHT = r"\frac{N\sigma_0^2 + \sigma^2}{\sigma^2\sigma_0^2}"
_WRONG = r"\frac{N\sigma_0^2 + 2\sigma^2}{\sigma^2\sigma_0^2}"


def _rows(tmp_path, last, text=_POST):
    path = tmp_path / "post.md"
    path.write_text(text % last)
    return rows_of(path)


def test_a_letter_the_definition_sign_brings_in_is_not_drawn_at_random(tmp_path):
    row = _rows(tmp_path, _RIGHT)[11]
    assert row.verdict != "refuted"
    assert row.verdict != "proved" or "sigma_N" not in row.reason


def test_a_wrong_link_without_that_letter_is_still_refuted(tmp_path):
    assert _rows(tmp_path, _WRONG)[11].verdict == "refuted"


def test_the_kernel_itself_stays_a_definition(tmp_path):
    assert _rows(tmp_path, _RIGHT)[4].verdict == "given"
