"""A counterexample that draws a letter the post gives only through its square (batch 49).

``T^2 = \\frac{1}{n}\\sum x_i^2`` says what every even power of T is, and the reader reads the
rows after it so (``Names.squares``); it does not say T's sign. A row that rests on T itself
(``T\\sqrt{n} = \\sqrt{\\sum x_i^2}`` takes the positive root) was refuted with T drawn
freely, off the post's own equation: such a refutation says nothing of the row. It is
unchecked, naming the row that gave the square. A refutation that draws no such letter
stands, and so does an equation step from the square's own row (``\\mu^2 = 4`` then ``\\mu =
3``): its counterexample is a solution of that equation.
"""

from __future__ import annotations

from typing import Any


def _names(ce: Any) -> set[str]:
    return set(ce) if isinstance(ce, dict) else set()


def _chain(plans: list, k: int) -> set[int]:
    """The rows ``k`` continues, back through each row's predecessor."""
    seen: set[int] = set()
    j = plans[k].pred
    while j is not None and j not in seen and 0 <= j < len(plans):
        seen.add(j)
        j = plans[j].pred
    return seen


def after_square_letters(plans: list, out: list, relink: Any, cls: Any) -> list:
    """``out`` with each refutation by a counterexample that draws a letter an earlier row
    gave only through its square made unchecked (see the module docstring): each such link,
    or the row when it has no links."""
    given: list[tuple[int, str, int]] = []  # (plan index, letter, line)
    for k, plan in enumerate(plans):
        for link in plan.links:
            if link.square_of:
                given.append((k, link.square_of, plan.line))
    if not given:
        return out
    res = list(out)
    for k in range(len(plans)):
        if res[k].verdict != "refuted":
            continue
        # an equation step from the square's row (mu^2 = 4, then mu = 3: the row's first link,
        # compared with the row it continues) draws a solution of that equation: its
        # counterexample stands
        chain = _chain(plans, k) if plans[k].continues else set()
        letters = {(name, line) for j, name, line in given if j < k}
        steps = {(name, line) for j, name, line in given if j in chain}
        if not letters:
            continue
        links = list(res[k].links or ())
        targets = [
            (i, _names(link.get("counterexample")) or _names(res[k].counterexample))
            for i, link in enumerate(links)
            if link.get("verdict") == "refuted"
        ] or [(None, _names(res[k].counterexample))]
        for i, drawn in targets:
            mine = letters - steps if i in (None, 0) else letters
            hit = next(((n, line) for n, line in sorted(mine) if n in drawn), None)
            if hit is None:
                continue
            why = (
                f"{hit[0]} is given only through its square (line {hit[1]}), its sign not "
                f"said: a counterexample that draws {hit[0]} freely is no refutation"
            )
            if i is None:
                res[k] = relink(res[k], "unchecked", why, cls, 0, -1)
            else:
                res[k] = relink(res[k], "unchecked", why, cls, i, len(links))
    return res
