"""The rule a post's text names before a block ("Now we will use the product rule:").

Authors say which rule a block applies in the paragraph above it. The phrase is
matched against a small table of rule names of the engine's registry; after the
check, a block whose text names a rule that none of its rows is identified as
applying gets a *rule note* - advice about the prose, not a verdict on the math
(the rows keep their verdicts).
"""

from __future__ import annotations

import re

#: (phrase pattern, engine rules that count as the phrase's rule)
PHRASES: tuple[tuple[str, frozenset[str]], ...] = (
    (r"log(?:arithm)?\s+product\s+rule", frozenset({"log-product"})),
    (r"log(?:arithm)?\s+quotient\s+rule", frozenset({"log-quotient"})),
    (r"log(?:arithm)?\s+power\s+rule", frozenset({"log-power"})),
    (r"(?<!log )(?<!logarithm )power\s+rule", frozenset({"log-power", "power-rule"})),
    (r"(?<!log )(?<!logarithm )product\s+rule", frozenset({"product-rule"})),
    (r"(?<!log )(?<!logarithm )quotient\s+rule", frozenset({"quotient-rule", "log-quotient"})),
    (r"chain\s+rule", frozenset({"chain-rule"})),
    (r"summation\s+rule|sum\s+rule", frozenset({"diff-sum-rule", "diff-through-sum"})),
    (r"derivative\s+operator\s+inside\s+the\s+summation", frozenset({"diff-through-sum"})),
    (r"\\log_\{?e\}?\s*\(e\)\s*=\s*1", frozenset({"log-of-e"})),
    (r"\\log\s*\(1\)\s*=\s*0", frozenset({"log-of-one"})),
)


def named_rules(prose: str) -> list[tuple[str, frozenset[str]]]:
    """``(phrase as written, accepted rule names)`` for every rule the text names.

    Examples
    --------
    >>> [p for p, _ in named_rules("Now we can use the product rule:")]
    ['product rule']
    >>> [p for p, _ in named_rules("Now we will use the log quotient rule:")]
    ['log quotient rule']
    """
    out: list[tuple[str, frozenset[str]]] = []
    for pattern, rules in PHRASES:
        for m in re.finditer(pattern, prose, flags=re.I):
            phrase = " ".join(m.group(0).split())
            if all(phrase != p for p, _ in out):
                out.append((phrase, rules))
    return out


def rule_note(prose: str, identified: list[tuple[int, str | None]], composed: bool = False) -> str:
    """A note when the text names a rule that no row of the block applies ("" otherwise).

    Parameters
    ----------
    prose : str
        The paragraph before the block.
    identified : list of (line, rule)
        Each checked rewrite/equation row of the block with the rule the
        engine identified for it (``None`` when none was); a composition is
        written ``"a then b"``.
    composed : bool
        Whether compositions of the named rules were tried already (the note
        then says so).
    """
    if not identified:
        return ""
    found = {part for _, r in identified if r for part in r.split(" then ")}
    missing = [phrase for phrase, rules in named_rules(prose) if not (rules & found)]
    if not missing:
        return ""
    rows = ", ".join(f"line {ln}: {r or 'none'}" for ln, r in identified)
    tried = "; the named rules were also tried on the 'algebra' rows" if composed else ""
    return (
        f"the text before this block names the {' and the '.join(missing)}, but no row of the "
        f"block is identified as applying it ({rows}{tried})"
    )
