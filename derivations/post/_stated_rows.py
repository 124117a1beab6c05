"""Results a sentence states inline: rows that are reported, never proved nor refuted.

A post with display math states results in its sentences too: "The variance function is
\\\\(V(\\mu) = 1\\\\).", "we find the estimate is $p = \\frac{r}{n}$", "$\\eta = \\log(p/(1-p))
= \\textrm{logit}(p)$" between two display rows. :mod:`._inline_claims` keeps them prose (a
name on the left and one ``=`` is a definition or a result; a claim standing where the display
chain goes on would become the line the next row is read against): read only for the names
they define, and no row at all - so the line the author wrote had nothing to point at.

Such a formula is now a *stated* row (``Row.stated``) when its sentence asserts it
(:func:`._inline_claims.is_sentence_claim`: no question, hypothesis, quote, setting, condition,
list or inequality) and does not announce a definition ("let", "where", "define", "denote").
It is read exactly as the prose formula was - its names harvested, the line in mind left as
it was - so no other row's verdict changes, and it is reported without being checked:
*given* when it names something the post has not used yet, *unchecked* otherwise (a result
or a value restated: comparing it with the rows before it is the chain's job, which it is
not part of). A stated row is never proved and never refuted.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from ._inline_claims import _sentence, is_sentence_claim

#: Words before a formula that announce a definition or a name, not a result.
_NAMING = re.compile(
    r"\b(?:let|lets|let's|where|whereby|define|defines|defined|defining|denote|denotes|denoted"
    r"|denoting|call|called|calling|write|writing|written|abbreviate|introduce|put|choose"
    r"|consider|notation|shorthand|i\.e|e\.g"
    # an aside: a rule or fact the sentence uses, not a result it states ("we can use the
    # chain rule, with $g(x) = x - \mu$", "remember that $\sqrt{x} = x^{1/2}$")
    r"|with|use|using|apply|applying|recall|remember|treat|treating|simplify|identity|rule"
    r"|fact|since|because|note)\b",
    re.I,
)


def is_stated(
    text: str, opener: int, closer_end: int, body: str, spans: Sequence[tuple[int, int]]
) -> bool:
    """Does the sentence of the inline formula ``body`` assert it as a result (a stated row)?

    >>> t = "The variance function is $V(\\\\mu) = 1$."
    >>> is_stated(t, 25, 38, "V(\\\\mu) = 1", [(25, 38)])
    True
    >>> t = "Let $V(\\\\mu) = 1$ be it."
    >>> is_stated(t, 4, 17, "V(\\\\mu) = 1", [(4, 17)])
    False
    """
    if not is_sentence_claim(text, opener, closer_end, body, spans):
        return False
    para, s0, _, a = _sentence(text, opener, closer_end, spans)
    if _SOLVING.search(text[max(0, opener - 40) : opener]) or text[closer_end:].lstrip(
        " \t"
    ).startswith(":"):
        # INLINE9: "and solving $$f'(x) = 0$$:" - the equation the display below works on
        return False
    return _NAMING.search(para[s0:a].replace("X", " ")) is None


#: The word just before a formula that makes it the equation to be solved (INLINE9).
_SOLVING = re.compile(r"\b(?:solv(?:e|es|ed|ing)|equation)\s*$", re.I)


def stated_plan(builder: Any, pr: Any, row_plan: Any, link_plan: Any, kinds: Any) -> Any:
    """The plan of a stated row (``builder``: the plan builder of ``._build``): its names read as
    a prose formula's, the line in mind left as it was, and a verdict that is never a proof nor
    a refutation (None, as for prose, when the formula cannot be read: the line it is on
    keeps the rows it had). ``kinds``: (DEFINITION, UNCHECKED, UNPARSED)."""
    definition, unchecked, unparsed = kinds
    prose = dataclasses.replace(pr, row=dataclasses.replace(pr.row, role="prose"))
    if not pr.row.plain:  # (a plain-text equation beside TeX math defines nothing)
        builder._note_through(prose)
    if not pr.ok and not pr.row.plain:
        return None  # a formula of the prose the reader cannot read: prose, as before
    if not pr.ok:
        plan = row_plan(pr, unparsed, reason=pr.error)
    else:
        left = [st.sides[0] for st in pr.statements if st.sides and st.sides[0] is not None]
        # A lone name the post has not used before (nor defined): the sentence names it.
        fresh = bool(left) and all(builder._unnamed_before(e) for e in left)
        name = " ".join(pr.row.text.split("=")[0].split())[:60]
        if fresh:
            reason = (
                f"states {name} in a sentence, a name not used before: taken as given "
                "(a value the prose gives, not a step of the derivation)"
            )
            kind, rel = definition, ":="
        else:
            reason = (
                f"a value of {name} stated in a sentence: read as its value for the rows after "
                "it, but not checked against the rows before it (not a step of the chain)"
            )
            kind, rel = unchecked, ""
        plan = row_plan(pr, kind, reason=reason)
        plan.links = [link_plan(rel, kind, reason=reason)]
    if not pr.row.plain:
        builder._harvest(prose)
    return plan


__all__ = ["is_stated", "stated_plan"]
