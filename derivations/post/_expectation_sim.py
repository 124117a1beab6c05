"""``E_{z \\sim q_\\phi}[...]``: an expectation over ``z`` drawn from ``q_\\phi``.

The subscript of an expectation names the distribution it is taken under (``E_p[X]``,
``E_\\theta[X]``); ``z \\sim q`` names it with the variable drawn from it. The reader has
no use for the variable there (the random variables are the letters inside the
brackets, see ``_expectation``), so the subscript is read as the distribution after
``\\sim``, as ``E_q[...]``. Without this the row was unparsed ("relation sign \\sim inside
an expression", an ELBO post's seven rows).

Only a variable that is a letter, with an optional plain subscript (``z``, ``x_i``,
``\\theta``), before a single ``\\sim`` at the top level is dropped; anything else is left
as it was (and stays unparsed with its reason). A bar there (``E_{Z|X}``, EXPECT53) is read
the same way: the variable before it dropped, what follows it the condition, as in
``E[g | X]``.
"""

from __future__ import annotations

from typing import Any

from ._sum_where import at_top_level

#: What separates the variable of a subscript from its law (``z \\sim q``) or from what
#: it is conditioned on (EXPECT53: ``E_{Z|X}``, ``E_{Z \\mid X}``, as ``E[. | X]``).
_SEPARATORS = frozenset({"\\sim", "|", "\\mid"})


def distribution_part(script: list[Any]) -> list[Any]:
    """The raw tokens of the distribution of an expectation's subscript ``z \\sim q``, or
    of its condition ``Z | X`` (``script`` itself when it is not of that form)."""
    at = at_top_level(script, lambda t: t == "\\sim")  # z \sim p(z | x): the law's own bar
    at = at or at_top_level(script, lambda t: t in _SEPARATORS)
    if len(at) != 1 or not script[at[0] + 1 :]:
        return script
    left = script[: at[0]]
    variable = len(left) in (1, 3) and (left[0].kind == "letter" or left[0].kind == "cmd")
    if variable and left[0].kind == "cmd" and left[0].text.startswith("\\math"):
        variable = False
    if variable and len(left) == 3:
        variable = left[1].text == "_" and left[2].kind in ("letter", "num")
    return script[at[0] + 1 :] if variable else script
