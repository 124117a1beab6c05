"""A bare ``\\propto`` row continuing a conditional density's chain (adversarial34, 23).

``p(\\mu | x) \\propto e^{-(x - \\mu)^2/2} e^{-\\mu^2/2}`` and, on the next row, ``\\propto
e^{-\\mu^2 + x\\mu}``: the factor dropped, ``e^{-x^2/2}``, is free of ``\\mu``, what the head
is a density of, so the row is right - and was refuted on 9cd2f03: the bare row has no head of
its own, so it was checked proportional in every parameter of its sides at once (``\\mu`` and
``x``). A bare row of the chain is of the chain's head: proportional in what precedes the bar
(or, as a likelihood, in what follows it), as the head's own row is. A row that fails in both
readings is still refuted.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

_NORMAL = (
    "\nWith one observation $x \\sim \\mathcal{N}(\\mu, 1)$ and the prior "
    "$\\mu \\sim \\mathcal{N}(0, 1)$,\n\n$$p(\\mu \\mid x) \\propto e^{-\\frac{(x - \\mu)^2}{2}} "
    "e^{-\\frac{\\mu^2}{2}}$$\n\nSPLIT$$ROW$$\n"
)
_POISSON = (
    "\nWith $n$ Poisson counts summing to $s$ and the prior $p(\\lambda) = e^{-\\lambda}$,"
    "\n\n$$p(\\lambda \\mid s) \\propto \\frac{\\lambda^{s} e^{-n\\lambda}}{s!} e^{-\\lambda}$$"
    "\n\nSPLIT$$ROW$$\n"
)


@pytest.mark.parametrize("split", ["", "and so\n\n", "$$\\propto e^{x\\mu} e^{-\\mu^2}$$\n\n"])
@pytest.mark.parametrize(
    ("body", "row"),
    [
        (_NORMAL, "\\propto e^{-\\mu^2 + x\\mu}"),
        (_NORMAL, "\\propto e^{-(\\mu - x/2)^2}"),
        (_POISSON, "\\propto \\lambda^{s} e^{-(n + 1)\\lambda}"),
    ],
    ids=["normal", "normal-completed-square", "poisson-factorial-dropped"],
)
def test_a_factor_free_of_the_density_variable_is_dropped_unrefuted(tmp_path, body, row, split):
    text = body.replace("SPLIT", split).replace("ROW", row)
    assert verdict_of_row(tmp_path, text, row) != "refuted"


def test_a_factor_in_the_density_variable_dropped_is_still_refuted(tmp_path):
    """Wrong in the density's variable and in the likelihood's alike: refuted."""
    row = "\\propto e^{-\\frac{\\mu^2}{2} + x\\mu}"
    text = _NORMAL.replace("SPLIT", "").replace("ROW", row)
    assert verdict_of_row(tmp_path, text, row) == "refuted"


def test_a_wrong_exponent_in_the_density_variable_is_not_proved(tmp_path):
    row = "\\propto \\lambda^{s + 1} e^{-(n + 1)\\lambda}"
    text = _POISSON.replace("SPLIT", "").replace("ROW", row)
    assert verdict_of_row(tmp_path, text, row) not in ("proved", "plausible")


def test_the_head_row_itself_is_read_as_before(tmp_path):
    """The head's own row was already proportional in mu: proved, as on 9cd2f03."""
    row = "p(\\mu \\mid x) \\propto e^{-\\mu^2 + x\\mu}"
    text = (
        _NORMAL.replace("SPLIT", "")
        .replace("$$ROW$$", f"$${row}$$")
        .replace(
            "$$p(\\mu \\mid x) \\propto e^{-\\frac{(x - \\mu)^2}{2}} e^{-\\frac{\\mu^2}{2}}$$",
            "Its kernel in $\\mu$ is",
        )
    )
    assert verdict_of_row(tmp_path, text, row) != "refuted"
