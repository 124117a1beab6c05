"""A bare row the sentence before it says is the line above, rewritten (catch60).

A row with no relation sign is compared with the line above (``_build._bare_continuation``),
but a failure is no refutation: the row may be a new expression (the derivative, the log, one
term). When the last sentence before the row says nothing but that the line above becomes it
- "Simplifies to:", "This yields", "Since $\\log a - \\log b = \\log \\frac{a}{b}$ we get" - the
row is that line rewritten, and a difference is the row's mistake (held-out techqa-gamma 27,
learnbayes 27; techqa-bernoulli 46 is then a rule mismatch: its log of a negative number is a
false side condition).

Only the words of a simplification say so ("simplifies to", "reduces to", "is equal to"):
"This yields", "we get" and "we obtain" also introduce a root or an estimate after "Setting
this to zero." (the lead's probes, tests/test_post_merge_probes60.py), so after them a
difference stays unchecked. And only when the words of all the prose between the two rows
(outside its math), not just its last sentence, name no other operation or part: a
derivative, a log, an integral, a root, terms kept or dropped, a constant,
a factor, a quantity of another kind (the likelihood, the score, the posterior) all leave the
row a new expression, as before.
"""

from __future__ import annotations

import re

#: The sentence ends by saying the line above becomes the row.
_ENDS_EQUAL = re.compile(
    r"(?:\b(?:simplif(?:ies|y|ied)(?:\s+to)?|reduces\s+to|(?:is\s+)?equal\s+to|equals)"
    r"\s*:?\s*$)",
    re.IGNORECASE,
)
#: Words that make the row something other than the line above rewritten.
_OTHER = re.compile(
    r"deriv|differen|gradient|partial|\blog|\bln\b|logarithm|exponen|integra|solv|sett|root|"
    r"zero|expect|mean|maxim|minim|\btak|only|drop|ignor|neglect|omit|up\s+to|proportional|"
    r"kernel|constant|without|part|term|approx|rough|factor|numerator|denominator|square|"
    r"power|multipl|divid|subtract|\badd|both\s+sides|estimat|likelihood|score|hessian|"
    r"information|variance|prior|posterior|second|first|last|other|each|every|next|"
    r"similar|like|around|about|something|above|below|where|when|if\b|for\b|on\b|at\b|"
    r"into|from\b|of\b|by\b|with\b|after|before|then",
    re.IGNORECASE,
)
_MATH = re.compile(r"\$+[^$]*\$+|\\\((?:[^\\]|\\(?!\)))*\\\)")


def said_equal(prose: str) -> str:
    """The phrase by which the last sentence of ``prose`` says the row after it is the line
    above rewritten ("simplifies to"), or "" when it does not or says more."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", prose.strip()) if s.strip()]
    if not sentences:
        return ""
    last = sentences[-1].strip()
    words = _MATH.sub(" ", last)
    m = _ENDS_EQUAL.search(words)
    if m is None or _OTHER.search(_MATH.sub(" ", prose)):
        return ""
    return " ".join(m.group(0).rstrip(": ").split())


#: attack61: words that call the row after them an equation to solve, not an identity.
_EQUATION_WORDS = re.compile(
    r"\b(?:solv\w*|equations?|roots?|for\s+which|such\s+that|unknowns?"
    # where a condition holds: "the bounds satisfy", "the point at which", "is reached where"
    r"|satisf(?:y|ies|ied)|at\s+which|(?:is|are)\s+reached)\b",
    re.IGNORECASE,
)


def said_an_equation(prose: str) -> bool:
    """Does the last sentence of ``prose`` call the row after it an equation to solve ("The
    equation to solve is", "We solve for $a$:", "Let $a$ be such that", "The bounds satisfy",
    "the point at which", "is reached where")?"""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", prose.strip()) if s.strip()]
    return bool(sentences) and _EQUATION_WORDS.search(_MATH.sub(" ", sentences[-1])) is not None
