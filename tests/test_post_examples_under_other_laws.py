r"""Names an example defines, read again after the post states another law.

A tutorial on exponential families (held-out batch 23, astralord) goes through its examples in
one list: "If $X \sim \operatorname{Bin}(n, \vartheta)$ ... $T_1(x) = x$", then "If $X \sim
\mathcal{N}(\mu, \sigma^2)$ ... where ... $T_1(x) = x^2$". The second ``T_1`` is the normal
example's own, not a restatement of the binomial's, but it was compared with it and refuted
(masked until lead18 by a condition the counterexample could not be placed in). A law stated
for a variable that differs from every law stated before opens another model: a name defined
before it and given another value after it is not compared (unchecked, saying why). The same
law stated again opens nothing: a wrong restatement after it is still refuted.
"""

from __future__ import annotations

from _post_rows import verdict_of_row

BIN = r"If $X \sim \operatorname{Bin}(n, \vartheta)$, then"
NORMAL = r"If $X \sim \mathcal{N}(\mu, \sigma^2)$, then"


def _post(*parts: str) -> str:
    return "\n\n".join(parts) + "\n"


def test_a_name_of_the_previous_example_is_not_compared(tmp_path):
    body = _post(
        BIN,
        r"$$f(x) = \binom{n}{x} \vartheta^x (1 - \vartheta)^{n - x}$$",
        r"Here $T_1(x) = x$ and $h(x) = \binom{n}{x}$.",
        NORMAL,
        r"$$f(x) = \frac{1}{\sqrt{2\pi\sigma^2}} e^{-\frac{(x - \mu)^2}{2\sigma^2}}$$",
        r"where $T_1(x) = x^2$ and $T_2(x) = x$.",
    )
    assert verdict_of_row(tmp_path, body, r"T_1(x) = x^2") != "refuted"


def test_the_same_law_stated_again_opens_no_new_model(tmp_path):
    body = _post(
        r"Let $X \sim \mathrm{Exp}(\lambda)$.",
        r"$$g(\lambda) = \lambda^2$$",
        r"Again $X \sim \mathrm{Exp}(\lambda)$, so",
        r"$$g(\lambda) = \lambda^3$$",
    )
    assert verdict_of_row(tmp_path, body, r"g(\lambda) = \lambda^3") == "refuted"


def test_a_right_row_after_a_wrong_density_of_the_next_example_is_not_refuted(tmp_path):
    """The display's own definition under the new law stays compared with the old example's
    (open both ways): read as a fresh definition, the author's wrong density (exp of +) made
    the right factorisation after it refuted (held-out batch 23, astralord lines 210-211)."""
    wrong = r"f(x) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(\frac{(x - \mu)^2}{2\sigma^2}\right)"
    right = (
        r"f(x) = \frac{1}{\sqrt{2\pi\sigma^2}} \exp\left(-\frac{\mu^2}{2\sigma^2}\right)"
        r" \exp\left(-\frac{x^2}{2\sigma^2} + \frac{\mu x}{\sigma^2}\right)"
    )
    body = _post(
        BIN,
        r"$$f(x) = \binom{n}{x} \vartheta^x (1 - \vartheta)^{n - x}$$",
        NORMAL,
        f"$${wrong}$$",
        "so",
        f"$${right}$$",
    )
    assert verdict_of_row(tmp_path, body, right) != "refuted"
