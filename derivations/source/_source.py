"""A derivation file as a whole: read -> rows -> steps -> a Derivation; rows <- report.

This is the recipe; the stages live in :mod:`._read` (front matter, display
rows and their marks), the post reader (each row into sympy, never evaluated)
and :mod:`._build` (rows into steps with the named rules).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .._errors import LoadError
from .._model import Derivation
from . import SUFFIXES
from ._build import Builder, SourceRow

#: How bad a step's verdict is, for the verdict of a row of several steps.
_SEVERITY = ("proved", "given", "plausible", "unchecked", "rule-mismatch", "refuted")


@dataclasses.dataclass(frozen=True)
class Source:
    """A derivation file read: the derivation and what became of each row."""

    path: str
    derivation: Derivation
    rows: tuple[SourceRow, ...]


@dataclasses.dataclass(frozen=True)
class RowVerdict:
    """A row's verdict: the worst of its steps' verdicts, and the step that has it."""

    row: SourceRow
    verdict: str
    result: Any  # the StepResult with that verdict

    @property
    def ok(self) -> bool:
        return self.verdict in ("proved", "given")


def read_text(
    text: str,
    *,
    name: str | None = None,
    tex: bool = False,
    where: str = "<derivation>",
) -> Source:
    """Read a derivation written in Markdown (``$$`` blocks) or LaTeX.

    Raises
    ------
    LoadError
        (or :class:`~derivations.UnknownRule`, :class:`~derivations.AssumptionError`)
        One sentence naming ``where``, the line and the problem.
    """
    from ..post._assume import attach, build_context
    from ..post._build import _assumptions
    from ..post._parse import parse_expression, parse_row, post_context
    from ..post._tosympy import evaluating
    from ._read import domains, read

    if not isinstance(text, str):
        raise TypeError(f"A derivation's text must be a str, got {type(text).__name__}.")
    front, body, marked = read(text, where, tex=tex)
    if not marked:
        raise LoadError(f"{where}: the file has no display math rows to check.")
    doms = domains(front, where)
    ctx = post_context([m.row for m in marked], _real_samples(build_context(doms)))

    def parse_latex(t: str) -> Any:
        return parse_expression(t, ctx)[0]

    b = Builder(where, parse_latex)
    with evaluating(False):
        parsed = [parse_row(m.row, ctx) for m in marked]
        for k, (m, pr) in enumerate(zip(marked, parsed, strict=True)):
            nxt = parsed[k + 1] if k + 1 < len(parsed) else None
            continued = (
                nxt is not None
                and nxt.ok
                and nxt.relations == ("=",)
                and len(nxt.sides) == 2
                and nxt.sides[0] is None
            )
            b.row(m.row, pr, m.annotation, m.boxed, continued, m.result, m.note)
    b.finish()
    title = front.title or _heading(body) or name or "derivation"
    d = Derivation(
        name=front.name or name or "derivation",
        title=title,
        assumptions=_assumptions(b.steps),
        steps=b.steps,
        results=b.results,
        log_likelihood=b.log_likelihood(),
        source=front.source or where,
        confirm=_confirm_hook() if b.results else None,
        # As for a post: a definition's natural domain (log(lambda) -> lambda > 0)
        # holds for the rest of the file, reported as assumed from the definition.
        infer_domains=True,
    )
    return Source(where, _described(attach(d, doms)), tuple(b.rows))


def confirm_parameters(d: Derivation) -> list[Any]:
    """``confirm_maximum`` over the results that estimate a parameter of the log-likelihood.

    A result kept under a key of its own (the observed information at the
    estimate, ``% result: information_lambda``) is a value, not a parameter.
    """
    from ..engine._confirm import confirm_maximum

    free = d.log_likelihood.free_symbols if d.log_likelihood is not None else set()
    estimates = {k: eq for k, eq in d.results.items() if eq.lhs in free}
    return confirm_maximum(dataclasses.replace(d, results=estimates or d.results))


def _confirm_hook() -> Any:
    return confirm_parameters


def _described(d: Derivation) -> Derivation:
    """Each declared domain in the words of its assumption (the samples' bases are
    real symbols: their flags alone would say "real")."""
    import sympy as sp

    out = []
    for a in d.assumptions:
        if a.domain is not None and not a.domain.matrix:
            if isinstance(a.symbol, sp.IndexedBase):
                label = a.symbol.label
                a = dataclasses.replace(
                    a,
                    words=f"samples {label}_n, {domain_words(a.domain)}",
                    latex_name=a.latex_name or f"{label}_{{n}}",
                )
            else:
                a = dataclasses.replace(a, words=domain_words(a.domain, sample=False))
        out.append(a)
    return dataclasses.replace(d, assumptions=tuple(out))


def domain_words(dom: Any, *, sample: bool = True) -> str:
    """A domain in plain words: ``positive``, ``integers 0, 1, 2, ...`` (samples) or
    ``a positive integer`` (one symbol), ``between 0 and 1``."""
    from fractions import Fraction

    def num(v: Any) -> str:
        return str(v.numerator) if isinstance(v, Fraction) and v.denominator == 1 else str(v)

    if dom.members is not None:
        return "in {" + ", ".join(num(v) for v in sorted(dom.members)) + "}"
    lo, hi = dom.lower, dom.upper
    if dom.integer and lo is not None and hi is None:
        first = lo + (1 if dom.lower_strict else 0) if isinstance(lo, Fraction) else lo
        if isinstance(first, Fraction) and first.denominator == 1:
            if not sample and first in (0, 1):
                return "a positive integer" if first == 1 else "a non-negative integer"
            return f"integers {num(first)}, {num(first + 1)}, {num(first + 2)}, ..."
    kind = "integers " if dom.integer else ""
    if lo is not None and hi is not None and isinstance(lo, Fraction):
        return f"{kind}between {num(lo)} and {num(hi)}".strip()
    if lo == 0 and hi is None:
        return f"{kind}{'positive' if dom.lower_strict else 'non-negative'}".strip()
    return dom.text or f"{kind}real".strip()


def _real_samples(ctx: Any) -> Any:
    """The context with every sample base real, as :data:`derivations.symbols.x` is.

    A sample's domain (``x_n > 0``) reaches the engine through the derivation's
    assumptions (``attach``), not through sympy flags on the base: then ``x_n``
    is the same object the rest of the project (the estimator compiler) uses.
    """
    import sympy as sp

    samples = {k: sp.IndexedBase(k, real=True) for k in ctx.samples}
    return dataclasses.replace(ctx, samples=samples)


def _heading(body: str) -> str:
    m = re.search(r"^#+\s+(.+?)\s*#*\s*$", body, re.M)
    return m.group(1) if m else ""


def default_name(path: Path) -> str:
    """``derivation_exponential.md`` -> ``exponential``."""
    stem = path.stem
    stem = stem[len("derivation_") :] if stem.startswith("derivation_") else stem
    return stem.replace("_", "-") or "derivation"


def read_file(path: str | Path) -> Source:
    """Read a derivation file (``.md``/``.markdown`` or ``.tex``/``.latex``).

    Raises
    ------
    LoadError
        A file that does not exist or cannot be read, or any problem of its
        content, naming ``file:line``.
    """
    from ..post._extract import read_post_text

    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise LoadError(
            f"Derivation file {str(p)!r} is not Markdown or LaTeX "
            f"(expected one of {', '.join(SUFFIXES)})."
        )
    if p.is_dir():
        raise LoadError(f"Derivation file {str(p)!r} is a directory.")
    if not p.is_file():
        raise LoadError(f"Derivation file {str(p)!r} does not exist.")
    try:
        text = read_post_text(p)
    except ValueError as exc:
        raise LoadError(str(exc)) from None
    return read_text(text, name=default_name(p), tex=SUFFIXES[p.suffix.lower()], where=str(p))


def row_verdicts(source: Source, report: Any) -> list[RowVerdict]:
    """Each row's verdict from the report of ``source.derivation``."""
    out = []
    for row in source.rows:
        results = [report.steps[i] for i in row.steps]
        worst = max(results, key=lambda r: _SEVERITY.index(r.verdict))
        if all(r.verdict == "given" for r in results):
            worst = results[0]
        elif worst.verdict == "given":
            worst = next(r for r in results if r.verdict != "given")
        out.append(RowVerdict(row, worst.verdict, worst))
    return out


def describe_row(source: Source, rv: RowVerdict) -> list[str]:
    """Lines reporting a row: ``file:line``, its rule, verdict, reason and counterexample."""
    from .._text import counterexample_text

    r = rv.result
    rules = ", ".join(rv.row.rules) or r.rule_name
    lines = [
        f"{source.path}:{rv.row.line}: {rv.verdict} (rule {rules})",
        f"  row:      {rv.row.text}",
    ]
    if r.reason:
        lines.append(f"  reason:   {r.reason}")
    lines += [
        f"  rule:     {r.rule_check.status} {r.rule_check.detail}",
        f"  symbolic: {r.symbolic.status} {r.symbolic.detail}",
        f"  numeric:  {r.numeric.status} {r.numeric.detail}",
    ]
    lines += [f"  obligation: {c.condition} ({c.reason})" for c in r.open_obligations]
    if r.counterexample:
        lines.append(f"  counterexample: {counterexample_text(r.counterexample)}")
    return lines


def latex(text: str, *, assume: Sequence[str] = ()) -> Any:
    """One LaTeX expression (or equation ``a = b``) as an unevaluated sympy object.

    Read by the project's own reader (tokens, a grammar, sympy built node by
    node): nothing is evaluated as code. Symbols follow the post conventions
    (:mod:`derivations.symbols`: ``N``, ``n``, ``\\mu``, ``\\sigma^2``, samples
    ``x_n``); ``assume`` statements give symbols their flags
    (``"\\lambda > 0"`` makes ``lambda`` positive).

    Raises
    ------
    ValueError
        When the text cannot be read, naming the column.

    Examples
    --------
    >>> from derivations import latex
    >>> latex(r"\\sum_{n=1}^{N} (\\log\\lambda - \\lambda y_n)", assume=[r"\\lambda > 0"])
    Sum((-lambda)*y[n] + log(lambda), (n, 1, N))
    """
    import sympy as sp

    from ..assumptions import parse
    from ..post._assume import build_context
    from ..post._parse import parse_expression
    from ..post._relations import relation_spans
    from ..post._tosympy import evaluating

    if not isinstance(text, str):
        raise TypeError(f"latex() reads a str, got {type(text).__name__}.")
    doms = [d for k, s in enumerate(assume) for d in parse(s, f"assume[{k}]")]
    ctx = build_context(doms)
    spans, rels = relation_spans(text)
    if len(rels) > 1 or (rels and rels[0] != "="):
        raise ValueError(
            f"latex() reads one expression or one equation 'a = b', got {' and '.join(rels)} "
            f"in {text[:80]!r}."
        )
    sides = []
    with evaluating(False):
        for a, b in spans:
            try:
                sides.append(parse_expression(text[a:b], ctx)[0])
            except ValueError as exc:
                col = a + getattr(exc, "column", 0) + 1
                raise ValueError(f"cannot read {text[:80]!r} (column {col}): {exc}") from None
        return sides[0] if len(sides) == 1 else sp.Eq(sides[0], sides[1], evaluate=False)
