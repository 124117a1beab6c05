"""NAMES9: a row refuted only through a name whose value a refuted row gave.

``t = tanh(z) = (e^z - e^{-z})/(e^z + e^{-z}) = 2 sigmoid(z) - 1`` is refuted (its last side
is wrong), and it gives ``t`` a value; ``dt/dz = 1 - t^2`` after it is right for ``t = tanh z``
but was refuted with ``t`` read as the wrong side. A refuted link of a row that takes a value
from a refuted row (``RowPlan.rests_on``, other than the row it continues) says nothing of
the row when the refuted row first defines the name (``t = ...``) and its sides disagree (one
link proved, one refuted): which side the name stands for is open, so the link is unchecked.
"""

from __future__ import annotations

import re
from typing import Any

#: ``defines t``, ``defines pi_i``: a plain name defined by the row, perhaps with a short
#: subscript (not ``defines L by its log (L = e^R)``)
_PLAIN_DEFINITION = re.compile(r"defines \\?[A-Za-z]{1,12}(?:_\{?[A-Za-z0-9]{1,3}\}?)?")


def _contested(res: Any) -> bool:
    """Does the refuted row write the name's value in sides that disagree: one link proved
    (``tanh z = (e^z - e^{-z})/(e^z + e^{-z})``) or the definition itself (``p = 1/(1 +
    e^{-t})``, batch 43), another refuted (``= 2 sigmoid(z) - 1``, ``= e^{-t}/(1 + e^t)``)?
    A row whose only value is refuted gives the name one value, and a row refuted with it
    is compared elsewhere (``_verdicts.after_refuted_values``)."""
    verdicts = [link.get("verdict") for link in res.links or ()]
    if "refuted" not in verdicts:
        return False
    return any(v in ("proved", "plausible") for v in verdicts) or verdicts[0] == "given"


def _misfit(res: Any) -> bool:
    """Was the row's value weighed against the model and found not to fit it, the refutation
    held back because the model was stated under another heading (``_build.
    _weighed_across_headings``; external45 muntazirabidi line 38, bench_mutants)? The name's
    value is then in doubt as a contested definition's is."""
    return res.verdict == "unchecked" and any(
        link.get("verdict") == "unchecked"
        and str(link.get("how") or "").startswith("weighed against")
        for link in res.links or ()
    )


def after_refuted_names(plans: list, out: list, relink: Any, cls: Any) -> list:
    out = list(out)
    for k, plan in enumerate(plans):
        if out[k].verdict != "refuted" or not plan.links:
            continue
        rows = [
            r
            for r in plan.rests_on
            if 0 <= r < k
            and not (plan.continues and r == plan.pred)
            and plans[r].links[:1]
            and plans[r].links[0].kind == "definition"
            and _PLAIN_DEFINITION.fullmatch(plans[r].links[0].how or "") is not None
            and ((out[r].verdict == "refuted" and _contested(out[r])) or _misfit(out[r]))
        ]
        if not rows:
            continue
        line = out[rows[0]].line
        why = (
            f"it uses a name whose value line {line} gives, which is refuted: which of that "
            "row's sides the name stands for is open"
            if out[rows[0]].verdict == "refuted"
            else f"it uses a name whose value line {line} gives, which does not fit the model "
            "stated above: which of the two rows is wrong is open"
        )
        links = out[k].links or ()
        if not links:
            out[k] = relink(out[k], "unchecked", why, cls)
        for j, link in enumerate(links):
            if link.get("verdict") == "refuted":
                out[k] = relink(out[k], "unchecked", why, cls, j, len(plan.links))
    return out
