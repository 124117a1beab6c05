r"""Statements that claim nothing a step could check, read as what they are (PARSE57).

A hypothesis, ``H_0: \pi = \pi_0`` or ``H_1: \lambda \ne \lambda_0``: the relation after the
label is what a test weighs, not a fact of the derivation, so it gives no name a value. A
function's domain and codomain, ``g: \mathbb{R} \mapsto \mathbb{R}`` or ``f: \mathbb{R}^p
\to \mathbb{R}``: it says where the function lives and nothing about its values. Both were
unparsed at their colon; each is now a statement that claims nothing, with the reason.

Pure text matching, bounded by the row's length; nothing is evaluated.
"""

from __future__ import annotations

import re

#: The relation of a statement that claims nothing (its texts: what it is, and the reason).
CLAIMS_NOTHING = "claims-nothing"

#: ``H_0:``, ``H_{1} :``, ``H_a:`` opening the statement (never ``:=``).
_HYPOTHESIS = re.compile(r"\s*H_\s*(?:\{\s*[0-9aA]\s*\}|[0-9aA])\s*:(?!=)")
#: A set as written for a domain: \mathbb{R}, \R, \mathbb R^p, \mathbb{R}^{n \times m}, a
#: capital or \Theta, \Omega, with an optional power.
_SPACE = (
    r"(?:\\mathbb\s*\{?\s*[A-Z]\s*\}?|\\R\b|\\[TO]mega|\\Theta|[A-Z])"
    r"(?:\s*\^\s*(?:\{[^{}]{1,20}\}|[A-Za-z0-9+]))?"
)
#: ``name : space \to space`` (``\rightarrow``, ``\mapsto``, ``\longrightarrow``), alone.
_SIGNATURE = re.compile(
    rf"\s*(?:\\[A-Za-z]+|[A-Za-z])(?:_\s*(?:\{{[^{{}}]{{1,20}}\}}|[A-Za-z0-9]))?\s*:\s*{_SPACE}"
    rf"\s*\\(?:to|rightarrow|longrightarrow|mapsto)(?![A-Za-z])\s*{_SPACE}\s*[.,;]?\s*"
)


def claims_nothing(text: str) -> tuple[str, str] | None:
    """(what the statement ``text`` is, why it claims nothing) for a hypothesis or a
    domain and codomain (see the module docstring); None for anything else."""
    if _HYPOTHESIS.match(text):
        label = text[: text.index(":")].strip()
        return label, (
            f"a hypothesis ({label}): the relation after it is what a test weighs, not a "
            "step or a fact, so it claims nothing that can be checked and gives no name a value"
        )
    if _SIGNATURE.fullmatch(text):
        return " ".join(text.split()), (
            "states a function's domain and codomain (f: A \\to B): it says where the "
            "function lives, nothing about its values, so it claims nothing that can be checked"
        )
    return None
