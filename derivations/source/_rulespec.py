"""Read a row's rule annotation: ``log-product``, ``sum-split, sum-of-constant``,
``multiply-both-sides(2\\sigma^2)``, ``add-both-sides(term=N\\mu)``.

Rules are applied in the order written, separated by commas, semicolons or
the word ``then``. A parameter in brackets is LaTeX, read later with the
file's own symbols; a rule with one required parameter takes it by position,
any rule by name (``name=value``). Nothing here knows the rule table: the
builder checks the names.
"""

from __future__ import annotations

import dataclasses
import re

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*$")
_KEY = re.compile(r"^\s*([a-z][a-z_]+)\s*=(?!=)(.*)$", re.S)
_OPEN, _CLOSE = "({[", ")}]"
MAX_TEXT = 2000


@dataclasses.dataclass(frozen=True)
class RuleCall:
    """One rule of an annotation, with its parameters as written (LaTeX)."""

    name: str
    args: tuple[str, ...] = ()
    kwargs: tuple[tuple[str, str], ...] = ()


def _split_top(text: str, seps: str) -> list[str]:
    """Split at the separator characters outside brackets and braces."""
    out, depth, cur = [], 0, []
    k = 0
    while k < len(text):
        c = text[k]
        if c == "\\" and k + 1 < len(text):
            cur.append(text[k : k + 2])
            k += 2
            continue
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth -= 1
            if depth < 0:
                raise ValueError(f"the rule annotation {text!r} closes a bracket it never opened")
        if depth == 0 and c in seps:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        k += 1
    if depth:
        raise ValueError(f"the rule annotation {text!r} leaves a bracket open")
    out.append("".join(cur))
    return out


def parse(text: str) -> list[RuleCall]:
    """The rules an annotation names, in order.

    Raises
    ------
    ValueError
        A sentence saying what is wrong (the caller adds file and line).

    Examples
    --------
    >>> [c.name for c in parse("sum-split then sum-of-constant")]
    ['sum-split', 'sum-of-constant']
    >>> parse(r"multiply-both-sides(2\\sigma^2)")[0].args
    ('2\\\\sigma^2',)
    """
    if len(text) > MAX_TEXT:
        raise ValueError(f"a rule annotation longer than {MAX_TEXT} characters")
    # "then" joins rules like a comma does (outside brackets only).
    marked = re.sub(r"(?<=[\w)\]}])\s+then\s+(?=[A-Za-z])", ",", text.strip())
    calls: list[RuleCall] = []
    for item in _split_top(marked, ",;"):
        item = item.strip()
        if not item:
            raise ValueError(f"the rule annotation {text!r} has an empty rule name")
        k = item.find("(")
        name, rest = (item, "") if k < 0 else (item[:k].strip(), item[k:].strip())
        if not _NAME.match(name):
            raise ValueError(
                f"{name!r} is not a rule name (rule names are words joined by '-', "
                "such as log-product; see 'derivations rules')"
            )
        if not rest:
            calls.append(RuleCall(name))
            continue
        if not (rest.startswith("(") and rest.endswith(")")) or _split_top(rest[1:-1], "") != [
            rest[1:-1]
        ]:
            raise ValueError(f"the parameters of rule {name!r} must be one bracket: {name}(...)")
        args: list[str] = []
        kwargs: list[tuple[str, str]] = []
        for part in _split_top(rest[1:-1], ","):
            if not part.strip():
                raise ValueError(f"rule {name!r} has an empty parameter")
            m = _KEY.match(part)
            if m:
                kwargs.append((m.group(1), m.group(2).strip()))
            elif kwargs:
                raise ValueError(f"rule {name!r}: a parameter by position after one by name")
            else:
                args.append(part.strip())
        calls.append(RuleCall(name, tuple(args), tuple(kwargs)))
    return calls
