"""Plain-text report: one line per step, then what failed and why."""

from __future__ import annotations

from typing import Any

from .._text import counterexample_text


def report_text(report: Any) -> str:
    d = report.derivation
    lines = [f"{d.name}: {d.title}"]
    width = max((len(r.rule_name) for r in report.steps), default=10)
    lines.append(f"{'step':>4}  {'rows':<14} {'rule':<{width}}  {'rel':<5} verdict")
    for r in report.steps:
        rows = ",".join(r.step.rows) or "-"
        flag = "" if r.ok else "   <--"
        lines.append(
            f"{r.index:>4}  {rows:<14} {r.rule_name:<{width}}  "
            f"{r.step.relation:<5} {r.verdict}{flag}"
        )
    counts = ", ".join(f"{v} {k}" for k, v in report.counts().items() if v)
    lines.append(f"{len(report.steps)} steps: {counts}. {'OK' if report.ok else 'NOT OK'}")
    renamed = [
        r for r in report.steps if r.step.post_rule and _differs(r.step.post_rule, r.step.rules)
    ]
    if renamed:
        lines.append("")
        lines.append("Where the source names the rule differently:")
        for r in renamed:
            note = f" - {r.step.note}" if r.step.note else ""
            lines.append(
                f"  step {r.index}: source says {r.step.post_rule!r}; "
                f"checked as {r.rule_name}{note}"
            )
    for r in report.failures:
        lines.append("")
        lines.append(
            f"step {r.index} ({r.rule_name}, rows {','.join(r.step.rows) or '-'}): {r.verdict}"
        )
        lines.append(f"  written:  {r.step.expr}")
        if r.reason:
            lines.append(f"  reason:   {r.reason}")
        for name, c in (("rule", r.rule_check), ("symbolic", r.symbolic), ("numeric", r.numeric)):
            lines.append(f"  {name + ':':<9} {c.status} {c.detail}")
        for s in r.open_obligations:
            lines.append(f"  obligation ({s.rule}): {s.condition} - {s.reason}")
        if r.residual:
            lines.append(f"  residual: {r.residual}")
        if r.counterexample:
            lines.append(f"  counterexample: {counterexample_text(r.counterexample)}")
    return "\n".join(lines)


def _differs(post_rule: str, rules: tuple[str, ...]) -> bool:
    """True unless the source's rule name is the registered rule's label or name."""
    from ..rules import TABLE

    names = {post_rule.strip().lower()}
    known = {n for r in rules for n in (r, TABLE[r].label.lower() if r in TABLE else r)}
    return not names & known
