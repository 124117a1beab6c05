"""From a derivation and its report to printable rows, blocks and sections.

Every output format (LaTeX fragment, standalone document, Markdown, notebook)
is built from the same layout computed here, so they cannot disagree about
which line belongs to which block, which rule justifies it or whether it was
proved. Only the final string assembly differs between formats.
"""

from __future__ import annotations

import dataclasses
import math
import numbers
from collections.abc import Mapping, Sequence
from typing import Any

from ._printer import latex_expr
from ._words import symbol_latex

#: Verdicts that need no mark: the step holds (or is a declared premise).
SOUND_VERDICTS = frozenset({"proved", "given"})

#: How an equation step's relation to the previous equation is shown.
ARROWS: Mapping[str, str] = {"<=>": r"\iff", "=>": r"\implies"}


@dataclasses.dataclass(frozen=True)
class Row:
    """One displayed line: ``arrow  lhs &= rhs && rule``.

    ``lhs`` and ``arrow`` are LaTeX and may be empty; ``rule`` is plain text.
    ``failure`` numbers the note explaining why the step is not proved.
    """

    index: int
    relation: str
    arrow: str
    lhs: str
    rhs: str
    rule: str
    verdict: str | None
    failure: int | None = None
    note: str = ""


@dataclasses.dataclass(frozen=True)
class Failure:
    """A step that is not proved, with what the checker found."""

    number: int
    index: int
    rule: str
    verdict: str
    reason: str
    counterexample: Mapping[str, Any] | None
    open_conditions: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Block:
    """Rows shown in one aligned environment; a chain starts a new block."""

    rows: tuple[Row, ...]

    @property
    def has_arrows(self) -> bool:
        return any(r.arrow for r in self.rows)


@dataclasses.dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]
    failures: tuple[Failure, ...]


@dataclasses.dataclass(frozen=True)
class Layout:
    """Everything a renderer needs, with all expressions already printed."""

    title: str
    name: str
    assumptions: tuple[tuple[str, str], ...]  # (LaTeX of the symbol, words)
    sections: tuple[Section, ...]
    results: tuple[tuple[str, str], ...]  # (name, LaTeX of the equation)
    checked: bool
    counts: tuple[tuple[str, int], ...]


def _command_name(derivation: Any) -> str:
    """What to pass to ``derivations check`` for this derivation: a derivation file's
    path (its name alone would be looked up among the bundled ones), else the name."""
    from ..bundled import BUNDLED

    source = derivation.source or ""
    if derivation.name in BUNDLED or "://" in source:
        return derivation.name
    return source if source.endswith((".md", ".markdown", ".tex", ".latex")) else derivation.name


def rule_label(name: str) -> str:
    """The short English label of a rule in the rule table, or the name itself."""
    from ..rules import TABLE

    return str(TABLE[name].label) if name in TABLE else str(name)


def step_rule_text(step: Any) -> str:
    """The rule(s) of a step in words, with the source's own name when it differs."""
    text = ", then ".join(rule_label(r) for r in step.rules)
    post = getattr(step, "post_rule", None)
    if post and post not in step.rules and rule_label(post) != text:
        shown = rule_label(post)
        if shown.startswith("(") and shown.endswith(")"):
            shown = shown[1:-1]
        text += f" (post: {shown})"
    return text


def step_row(index: int, step: Any, verdict: str | None = None, failure: int | None = None) -> Row:
    """Print one step as a row; the first step of a chain names its quantity."""
    expr = step.expr
    arrow = ARROWS.get(step.relation, "")
    lhs_latex = getattr(step, "lhs_latex", None)
    if getattr(step, "is_equation", False):
        lhs = lhs_latex if lhs_latex is not None else latex_expr(expr.lhs)
        rhs = latex_expr(expr.rhs)
    elif step.relation == "start":
        lhs = lhs_latex or ""
        rhs = latex_expr(expr)
    else:
        lhs = ""
        rhs = latex_expr(expr)
    return Row(
        index,
        step.relation,
        arrow,
        lhs,
        rhs,
        step_rule_text(step),
        verdict,
        failure,
        str(getattr(step, "note", "") or ""),
    )


def build_layout(derivation: Any, report: Any | None) -> Layout:
    """Lay out ``derivation``; verdicts come from ``report`` when given.

    Raises
    ------
    ValueError
        If the report does not belong to the derivation (different step count).
    """
    results_by_index: dict[int, Any] = {}
    if report is not None:
        if len(report.steps) != len(derivation.steps):
            raise ValueError(
                f"The report has {len(report.steps)} steps but derivation "
                f"{derivation.name!r} has {len(derivation.steps)}; render a report "
                "made by checking this derivation."
            )
        results_by_index = {r.index: r for r in report.steps}

    sections = []
    number = 0
    for title, indices in derivation.sections():
        blocks: list[list[Row]] = []
        failures: list[Failure] = []
        for i in indices:
            step = derivation.steps[i]
            result = results_by_index.get(i)
            verdict = None if result is None else result.verdict
            failure = None
            if result is not None and verdict not in SOUND_VERDICTS:
                number += 1
                failure = number
                failures.append(_failure(number, i, step, result))
            if step.relation == "start" or not blocks:
                blocks.append([])
            blocks[-1].append(step_row(i, step, verdict, failure))
        sections.append(Section(title, tuple(Block(tuple(b)) for b in blocks), tuple(failures)))

    counts: dict[str, int] = {}
    for r in results_by_index.values():
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return Layout(
        title=derivation.title,
        name=_command_name(derivation),
        assumptions=tuple(_assumption(a) for a in derivation.assumptions),
        sections=tuple(sections),
        results=tuple(
            (k, latex_expr(_written_result(derivation, v))) for k, v in derivation.results.items()
        ),
        checked=report is not None,
        counts=tuple(sorted(counts.items())),
    )


def _written_result(derivation: Any, eq: Any) -> Any:
    """The last written step that states ``eq``, else ``eq`` itself.

    Results are stored evaluated, in sympy's canonical order (``-mu + x_n``);
    the derivation's own last line says the same thing the way it was written.
    """
    import sympy as sp

    def rebuilt(e: sp.Basic) -> sp.Basic:
        if not e.args or isinstance(e, (sp.Indexed, sp.IndexedBase)):
            return e
        return e.func(*(rebuilt(a) for a in e.args))

    if not isinstance(eq, sp.Equality):
        return eq
    target = rebuilt(eq.rhs)
    for step in reversed(derivation.steps):
        e = step.expr
        if isinstance(e, sp.Equality) and e.lhs == eq.lhs and rebuilt(e.rhs) == target:
            return e
    return eq


def _assumption(a: Any) -> tuple[str, str]:
    symbol = a.latex_name if a.latex_name else latex_expr(a.symbol)
    return symbol, str(a.words)


def _failure(number: int, index: int, step: Any, result: Any) -> Failure:
    reason = str(getattr(result, "reason", "") or "")
    # The checker's reason often names the open conditions already; list only
    # the ones it does not mention.
    conditions = tuple(
        str(c.condition)
        for c in getattr(result, "side_conditions", ())
        if not c.discharged and str(c.condition) not in reason
    )
    return Failure(
        number=number,
        index=index,
        rule=step_rule_text(step),
        verdict=str(result.verdict),
        reason=reason,
        counterexample=getattr(result, "counterexample", None),
        open_conditions=conditions,
    )


# -- counterexamples ----------------------------------------------------------------

#: Keys that are described in words rather than as a symbol.
_KEY_WORDS: Mapping[str, str] = {
    "previous": "previous line",
    "written": "this line",
    "previous_residual": "residual of the previous equation",
    "written_residual": "residual of this equation",
}


def number_latex(value: Any) -> str:
    """A number as short LaTeX: ints as is, floats to 6 significant digits."""
    if isinstance(value, bool):
        return r"\text{" + str(value) + "}"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        value = float(value)
        if math.isnan(value) or math.isinf(value):
            return r"\text{" + str(value) + "}"
        text = f"{value:.6g}"
        if "e" in text:
            mantissa, exponent = text.split("e")
            return rf"{mantissa} \times 10^{{{int(exponent)}}}"
        return text
    raise TypeError(f"Counterexample values must be numbers, lists or text, got {value!r}.")


def counterexample_items(ce: Mapping[str, Any]) -> list[tuple[str, str, bool]]:
    """(name, value, is_math) triples for a counterexample, in the checker's order.

    ``name`` is always LaTeX (math mode). ``value`` is LaTeX when ``is_math``;
    a value the checker stores as text (a note) comes back with ``is_math``
    False and must be escaped by the caller for its format.
    """
    items = []
    for key, value in ce.items():
        if key in _KEY_WORDS:
            name = r"\text{" + _KEY_WORDS[key] + "}"
        else:
            name = _key_latex(key, value)
        if isinstance(value, str):
            items.append((name, value, False))
        elif isinstance(value, Sequence):
            shown = ", ".join(number_latex(v) for v in value)
            items.append((name, rf"\left({shown}\right)", True))
        else:
            items.append((name, number_latex(value), True))
    return items


def _key_latex(key: str, value: Any) -> str:
    """LaTeX for a counterexample key: a symbol name (``mu``, ``sigma2``, ``N``) as math,
    a sample's values as ``x_{1..N}``, anything else as upright text."""
    if not isinstance(value, str) and isinstance(value, Sequence) and key.isalpha():
        return f"{key}_{{1..N}}"
    typeset = symbol_latex(key)
    return typeset if typeset is not None else _escape_name(key)


def _escape_name(key: str) -> str:
    # Unknown keys are identifiers such as "sigma2" or "x_residual"; shown as
    # upright text so underscores do not become subscripts.
    return r"\text{" + key.replace("_", r"\_") + "}"
