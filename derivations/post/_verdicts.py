"""From the engine's step results to one verdict per row.

A row of several links (``a = b = c``, ``A = 0 \\Rightarrow \\hat p = R``) takes
the worst verdict of its links; its JSON lists every link. Two rules keep a
verdict honest about *which* row is wrong:

- a row refuted against a row that is itself refuted gets a second look: it
  is compared with the line that row was compared with. If it follows from
  that line the mistake was the row above's (the row is proved, and says so);
- a row refuted against a row that is itself not established (unchecked,
  unrelated, a rule mismatch) cannot tell which of the two is wrong: it is
  *unchecked*, with the reason, never *refuted*.

Vectors and matrices are checked as 1x1 matrices: a counterexample there is
one in general, agreement is not a proof (the row stays unchecked).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sympy as sp

from ._arith import DIGITS_EQUAL
from ._build import DEFINITION, OWN, STEP, UNCHECKED, UNPARSED, UNRELATED, LinkPlan, RowPlan
from ._off_by_one import after_off_by_one
from ._plans import GIVES_A_VALUE
from ._relations import INEQUALITIES
from ._resolve import NO_DERIVATIVE, NO_VALUE
from ._restated import restated_earlier  # INLINE9

ROW_OK = ("proved", "given")

#: Verdicts from the worst to the best; a row takes the worst of its links.
WORST_FIRST = (
    "refuted",
    "rule-mismatch",
    "unparsed",
    "unrelated",
    "unchecked",
    "plausible",
    "proved",
    "given",
)
_MATRIX_NOTE = (
    "matrix algebra: it holds for 1x1 matrices (numbers), but matrix identities in general "
    "are not checked"
)


def _open(res: Any) -> tuple[str, ...]:
    return tuple(
        f"{c.condition} ({c.rule})" + (f": {c.reason}" if c.reason else "")
        for c in getattr(res, "side_conditions", ())
        if not c.discharged
    )


def link_result(link: LinkPlan, report: Any) -> dict[str, Any]:
    """One link's verdict, reason, rule and counterexample."""
    out: dict[str, Any] = {
        "relation": link.relation,
        "how": link.how,
        "identified_rule": None,
        "counterexample": None,
        "step": link.step,
        "open_conditions": (),
        "scalar_verdict": None,
        "because": link.because,
    }
    if link.kind == DEFINITION:
        return dict(out, verdict="given", reason=link.reason)
    if link.kind == UNCHECKED and link.proved_by:
        # a row true for every value of a symbol the post gives none (_rewrites.
        # _for_every_value), an equation solved into its roots (._unread_equation): proved
        # by a step of its own, else unchecked as planned
        for step, said in link.proved_by:
            alt = report.steps[step]
            if alt.verdict != "proved":
                continue
            if isinstance(said, str):  # CASCADE62: the link is proved another way, said
                out["how"] = said
            elif said:
                out["how"] = f"follows from the equation of line {said}"
            return dict(out, verdict="proved", reason="", identified_rule=alt.identified_rule)
    if link.kind in (UNRELATED, UNCHECKED):
        return dict(out, verdict=link.kind, reason=link.reason)
    if link.kind == OWN:
        return dict(
            out, verdict=link.verdict, reason=link.reason, counterexample=link.counterexample
        )
    res = report.steps[link.step]
    verdict, reason = res.verdict, res.reason
    bad = [report.steps[h] for h in link.helpers if not report.steps[h].ok]
    if bad and link.upto:
        # The log of a side written as a sum, and the engine did not confirm it: the
        # comparison of derivatives says nothing either way.
        opened = "; ".join(_open(bad[0]))
        verdict, reason = (
            "unchecked",
            "the log of a side could not be confirmed as a sum of logs (it needs the side "
            f"positive): {bad[0].verdict}, {bad[0].reason}"
            + (f"; open: {opened}" if opened else ""),
        )
        return dict(out, verdict=verdict, reason=reason, open_conditions=_open(bad[0]))
    if bad and verdict in ROW_OK:
        verdict, reason = bad[0].verdict, f"helper step failed: {bad[0].reason}"
    if link.condition and verdict in ("refuted", "rule-mismatch", "unchecked"):
        verdict, reason = (
            "unchecked",
            f"not an identity (it fails for some values of {link.condition}); as an equation "
            f"in {link.condition} no row above leads to it",
        )
    if link.suitable and verdict in ("proved", "plausible"):
        verdict, reason = "unchecked", link.suitable
    # before the other equations of a system are looked at: the comparison both ways is with
    # the line above, as the step's own
    if link.converse is not None and verdict in ("proved", "plausible"):
        back = report.steps[link.converse]
        if back.verdict == "refuted":
            ce = back.counterexample or {}
            unknown = str(ce.get("note", "")).split(" ")[0]
            value = ce.get(unknown)
            where = f" ({unknown} = {value:.6g})" if isinstance(value, (int, float)) else ""
            verdict, reason = (
                "unchecked",
                f"follows from the equation above, but does not give it back: it adds a "
                f"root{where} the line above does not have, so it is an implication, not the "
                "same equation (a root picked from it later may be that one)",
            )
    if link.alternatives and verdict not in ROW_OK:
        res, verdict, reason = _from_system(link, res, verdict, reason, report)
    if link.substituted and verdict not in ROW_OK:
        res, verdict, reason = _with_values_put_in(link, res, verdict, reason, report)
    if link.proved_by and verdict not in ROW_OK:
        # RELATE16 (._unread_equation): prove-only, nothing else is taken from them
        for step, line in link.proved_by:
            alt = report.steps[step]
            if alt.verdict == "proved":
                res, verdict = alt, "proved"
                reason = f"follows from the equation of line {line}" + (
                    f" ({alt.reason})" if alt.reason else ""
                )
                if isinstance(line, str):  # CASCADE62: the link is proved another way, said
                    out["how"], reason = line, alt.reason
                break
    if link.readings:
        res, verdict, reason = _other_readings(link, res, verdict, reason, report)
    settled = bool(link.settles) and all(report.steps[h].verdict == "proved" for h in link.settles)
    if link.disputed and verdict in ("refuted", "rule-mismatch") and not settled:
        verdict, reason = "unchecked", link.disputed
    scalar = verdict
    disputed_here = bool(link.disputed) and verdict == "unchecked" and reason == link.disputed
    if link.matrix:
        if verdict == "refuted":
            reason = f"{reason} (with vectors and matrices read as 1x1 matrices, numbers)"
        elif not disputed_here:  # batch 26: a failing 1x1 comparison keeps why it is no refutation
            verdict, reason = "unchecked", "; ".join(filter(None, (_MATRIX_NOTE, link.shapes)))
    if link.fallback and verdict != "proved":
        return dict(out, verdict="unrelated", reason=link.fallback)
    return dict(
        out,
        verdict=verdict,
        reason=reason,
        identified_rule=res.identified_rule,
        counterexample=res.counterexample,
        open_conditions=_open(res),
        scalar_verdict=scalar if link.matrix else None,
    )


def _other_readings(
    link: LinkPlan, res: Any, verdict: str, reason: str, report: Any
) -> tuple[Any, str, str]:
    """A claim the row may mean in more than one reading (the post does not say which):
    proved only if every reading proves it, refuted only if every reading refutes it, else
    unchecked (lead5, adversarial set 14: "proved if one reading holds" proved kernels
    right only in the reading the post did not mean)."""
    alts = [(report.steps[step], what) for step, what in link.readings]
    holds = ("proved", "plausible")
    if verdict in holds and all(alt.verdict in holds for alt, _ in alts):
        weaker = "plausible" in (verdict, *(alt.verdict for alt, _ in alts))
        return res, "plausible" if weaker else verdict, reason
    if verdict == "refuted" and all(alt.verdict == "refuted" for alt, _ in alts):
        return res, verdict, reason
    what = "; ".join(w for _, w in alts)
    if verdict in holds:
        return (
            res,
            "unchecked",
            (
                f"holds as a function of what precedes the bar, but not {what}: the post does "
                "not say which it means"
            ),
        )
    found = next((w for alt, w in alts if alt.verdict in holds), None)
    if found is not None:
        return (
            res,
            "unchecked",
            (
                f"holds {found}, but not as a function of what precedes the bar ({reason}): the "
                "post does not say which it means"
            ),
        )
    return res, "unchecked", f"{reason}; read {what}, it is not refuted, nor proved"


def _holding(
    looks: list, report: Any, verdict: str, proved: Any, plausible: Any
) -> tuple[Any, str, str] | None:
    """The first second look (``(step, what)`` of ``looks``) that proves the claim, else the
    first that makes it plausible when the claim is not plausible already, as ``(result,
    verdict, reason)`` with the reason ``proved(what)`` or ``plausible(what)`` gives; None
    when no look holds."""
    for step, what in looks:
        alt = report.steps[step]
        if alt.verdict == "proved":
            return alt, "proved", f"{proved(what)} ({alt.reason})"
    for step, what in looks:
        alt = report.steps[step]
        if alt.verdict == "plausible" and verdict != "plausible":
            return alt, "plausible", f"{plausible(what)}: {alt.reason}"
    return None


def _with_values_put_in(
    link: LinkPlan, res: Any, verdict: str, reason: str, report: Any
) -> tuple[Any, str, str]:
    """A row that drops a letter the post solved for above (._solved_letters): proved if it
    follows with that value put in; refuted only if it fails both with the letter free and
    with the value put in; else unchecked, saying both."""
    held = _holding(
        link.substituted, report, verdict, lambda what: f"follows {what}", lambda what: what
    )
    if held is not None:
        return held
    if verdict == "refuted":
        held = [(report.steps[step], what) for step, what in link.substituted]
        if all(alt.verdict == "refuted" for alt, _ in held):
            return res, verdict, f"{reason}; nor does it follow {held[0][1]}"
        alt, what = next((a, w) for a, w in held if a.verdict != "refuted")
        return (
            res,
            "unchecked",
            f"does not follow with the letters it drops drawn freely ({reason}); {what} it is "
            f"{alt.verdict} ({alt.reason})",
        )
    return res, verdict, reason


def _from_system(
    link: LinkPlan, res: Any, verdict: str, reason: str, report: Any
) -> tuple[Any, str, str]:
    """A row after a system of equations: proved from one of them, or not refuted.

    The row was compared with the equation above it and did not follow; it may
    continue another equation of the system ("from the first equation"). If it
    follows from one, it is proved from that one; if it follows from none alone, it
    may still follow from the system as a whole, which is not checked: unchecked,
    never refuted.
    """
    held = _holding(
        link.alternatives,
        report,
        verdict,
        lambda line: f"follows from the equation of line {line}",
        lambda line: f"from the equation of line {line}",
    )
    if held is not None:
        return held
    if verdict in ("refuted", "rule-mismatch"):
        lines = ", ".join(str(line) for _, line in link.alternatives)
        return (
            res,
            "unchecked",
            f"does not follow from the equation above alone, nor from the one(s) of line(s) "
            f"{lines} given with it; the system of these equations as a whole is not "
            f"checked ({reason})",
        )
    return res, verdict, reason


def row_result(plan: RowPlan, report: Any, cls: Any) -> Any:
    """The :class:`~._run.RowResult` (``cls``) of one row."""
    pr = plan.parsed
    base = dict(
        line=pr.row.line,
        label=pr.row.label,
        text=pr.row.display,
        last_line=pr.row.line + pr.row.text.strip().count("\n"),
        kind=plan.kind,
        how=plan.how,
        slips=tuple(s.message for s in pr.slips),
    )
    if plan.kind == UNPARSED:
        return cls(verdict="unparsed", reason=plan.reason, **base)
    links = tuple(link_result(link, report) for link in plan.links)
    out = combine(cls, base, links)
    return dataclasses.replace(out, notes=tuple(plan.notes)) if plan.notes else out


def combine(cls: Any, base: dict[str, Any], links: tuple[dict[str, Any], ...]) -> Any:
    """The row's verdict: the worst of its links (a definition does not lower a proved row;
    a moment a link states, taken as given, does)."""
    claims = [link for link in links if not link.get("because") or link["verdict"] == "refuted"]
    if claims and len(claims) < len(links):
        # the reason after \because counts only when it is false
        links = tuple(claims)
    if not links:
        return cls(verdict="unrelated", reason="nothing to check", **base)
    verdicts = [link["verdict"] for link in links]
    worst = next(v for v in WORST_FIRST if v in verdicts)
    if worst == "proved" and (
        any(_states_a_fact(link) for link in links) or _value_stated_in_a_proved_row(links)
    ):
        # I = E[X]/mu^2 = 2/mu: the last link states a moment (a premise, not derived), a
        # claim of the row nobody checked, so the row is not proved as a whole; it is given,
        # like its premise. So is Var(Xbar) = (1/n) sum Var(X_i) = lambda, whose first link
        # states one: the later links follow from it, not from the law. (A first link that
        # defines the row's name, l = ..., and a later one that sets a derivative to zero
        # or equates sample and model moments - steps of the method, not facts - do not
        # lower a proved row.)
        worst = "given"
    if worst == "given" and base["kind"] == STEP:
        base = dict(base, kind=DEFINITION)
    # a row given for a fact a later link states says so
    order = reversed(links) if worst == "given" else links
    pick = next(link for link in order if link["verdict"] == worst)
    ruled = next((link for link in links if link["identified_rule"]), None)
    reason = pick["reason"]
    if pick.get("because"):
        reason = f"the reason after \\because does not hold: {reason}"
    return cls(
        verdict=worst,
        reason=reason,
        identified_rule=pick["identified_rule"] or (ruled or {}).get("identified_rule"),
        counterexample=pick["counterexample"],
        step=pick["step"] if pick["step"] is not None else (ruled or {}).get("step"),
        open_conditions=tuple(c for link in links for c in link["open_conditions"]),
        links=links if len(links) > 1 else (),
        **base,
    )


#: Why a link is taken as given when it states a fact of the model that a row may get
#: wrong (see :func:`combine`); the moment stated by ``_rewrites._by_linearity``.
_FACTS = ("states a moment of the distribution",)


def _states_a_fact(link: dict[str, Any]) -> bool:
    return link["verdict"] == "given" and str(link["reason"]).startswith(_FACTS)


def _value_stated_in_a_proved_row(links: tuple[dict[str, Any], ...]) -> bool:
    """Does a link of the row state, unchecked, the value of what the engine cannot evaluate?
    ``E[s(X)] = E[-X] = -1/\\theta``: the linearity is proved, the value of ``E[-X]`` is the
    author's claim - with ``+1/\\theta`` the row was proved as a whole (bench_mutants, seed 61:
    external47 jaketae line 256). A first link is a claim as much: ``Var(g(\\hat\\lambda))
    \\approx g'(\\lambda) \\lambda/n = ...`` (the delta method with g' not squared) and
    ``\\partial L/\\partial w = A = B`` for an L the post never defines were proved for their
    rewrites (lead's probe, 2026-12-07). A new name's definition (``T(X) = ...``: "not
    defined in the post") is not such a value and does not lower the row."""
    return any(
        link["verdict"] == "given"
        and link.get("how") == GIVES_A_VALUE
        and any(words in str(link["reason"]) for words in (NO_VALUE, NO_DERIVATIVE))
        for link in links
    )


def second_look(plans: list[RowPlan], results: list[Any], report: Any, seed: int, cls: Any) -> list:
    """Rows refuted against a row that is refuted or not established (see the module docstring)."""
    out = after_refuted_values(plans, results, report, seed, cls)
    out = after_refuted_estimates(plans, out, cls)
    out = after_open_values(plans, out, report, cls)
    from ._refuted_names import after_refuted_names  # NAMES9

    out = after_refuted_names(plans, out, _relink, cls)
    out = after_refuted_steps(plans, out, report, seed, cls)
    out = after_off_by_one(plans, out, report, seed, cls, _compare_written, _relink)  # external53
    out = derived_later(plans, out, report, seed, cls)
    from ._noted_premise import after_noted_premises  # batch 46

    out = after_noted_premises(plans, out, _relink, cls)
    from ._square_letters import after_square_letters  # batch 49

    out = after_square_letters(plans, out, _relink, cls)
    tools = (_check_two, _derivation_holds, _relink, _same_heading)
    out = restated_earlier(plans, out, report, seed, cls, tools)  # INLINE9 (._restated)
    for k, plan in enumerate(plans):
        if not plan.continues or plan.pred is None or not plan.links:
            continue
        link = plan.links[0]
        if link.kind == OWN and link.arith and out[k].verdict == "refuted":
            _after_unestablished_number(plans, plan, out, k, cls)  # catch64
            continue
        if link.kind != STEP or out[k].verdict != "refuted":
            continue
        first = out[k].links[0] if out[k].links else None
        if first is not None and first["verdict"] != "refuted":
            continue
        pred = out[plan.pred]
        weak = plans[plan.pred].weak
        source = _refuted_source(plans[plan.pred], out, plan.pred)
        if source is not None:
            why = (
                f"disagrees with line {pred.line}, whose value comes from line {source}, which "
                "is refuted, so it cannot say which of the rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls)
            continue
        if (
            pred.verdict in ROW_OK or pred.verdict == "plausible" or _holds_for_numbers(pred)
        ) and not weak:
            continue
        if weak:
            why = (
                f"disagrees with line {pred.line}, a condition the post states with a formula "
                "that is not checked itself, so it cannot say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls)
            continue
        if link.upto:
            # Compared by derivatives: no second comparison with an older line.
            why = (
                f"disagrees with line {pred.line}, which is itself {pred.verdict}, so it cannot "
                "say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls)
            continue
        anchor = next(
            (
                pl.compared
                for pl in plans[_first_refuted(plans, out, plan.pred)].links
                if pl.compared is not None
            ),
            None,
        )
        if (
            pred.verdict == "refuted"
            and anchor is None
            and any(pl.upto for pl in plans[plan.pred].links)
        ):
            why = (
                f"disagrees with line {pred.line}, which is refuted itself (up to a constant), "
                "so it cannot say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls)
            continue
        if pred.verdict == "refuted" and anchor is not None and link.written is not None:
            verdict, reason = _compare_again(report, anchor, link, seed)
            if verdict in ("proved", "plausible"):
                why = f"follows from the line before line {pred.line} (which is refuted)"
                out[k] = _relink(out[k], verdict, why, cls)
            elif verdict != "refuted":
                why = (
                    f"disagrees with line {pred.line}, which is refuted itself; compared with "
                    f"the line before it: {reason}"
                )
                out[k] = _relink(out[k], "unchecked", why, cls)
            continue
        if pred.verdict != "refuted" and not _value_side_proved(pred):
            why = (
                f"disagrees with line {pred.line}, which is itself {pred.verdict}, so it cannot "
                "say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls)
    out = after_refuted_chains(plans, out, report, seed, cls)  # on the chains' final verdicts
    return _note_steps_from_refuted(plans, out)


def _after_unestablished_number(
    plans: list[RowPlan], plan: RowPlan, out: list, k: int, cls: Any
) -> None:
    """A row whose numbers disagree with those of the row above (``._rewrites._own_arith``),
    when that row is not established (unchecked, unrelated, refuted itself): which of the two
    is wrong is not known, so it is unchecked, as a step is. catch64 (external51 line 69):
    ``(pi/2)(-e^{-r^2}/2)|_0^oo`` (pi/4, right) was refuted against ``int_0^oo e^{-r^2} r dr``
    (1/2), the second piece of a row split at ``&nbsp;``, unchecked for want of a relation."""
    first = out[k].links[0] if out[k].links else None
    if first is not None and first["verdict"] != "refuted":
        return
    pred, index = out[plan.pred], plan.pred
    # a row above equal to its own row above to every digit evaluated (an integral: no proof,
    # ._arith.DIGITS_EQUAL) has that row's value: the disagreement is with it (a few rows up)
    for _ in range(4):
        if not (pred.verdict == "unchecked" and pred.reason.startswith(DIGITS_EQUAL)):
            break
        above = plans[index].pred if index < len(plans) else None
        if above is None or not plans[index].continues:
            break
        pred, index = out[above], above
    if pred.verdict in ROW_OK or pred.verdict == "plausible" or _holds_for_numbers(pred):
        return
    pred = out[plan.pred]
    why = (
        f"disagrees with line {pred.line}, which is itself {pred.verdict}, so it cannot "
        "say which of the two rows is wrong"
    )
    out[k] = _relink(out[k], "unchecked", why, cls)


def _refuted_source(plan: RowPlan, out: list, index: int) -> int | None:
    """The line of a refuted row a given link of ``plan`` (row ``index``) takes its value
    from: ``\\ell'(\\lambda) = 0`` set on a row of its own, ``\\ell'`` refuted above (lead's
    probe p11). None when there is none."""
    for link in plan.links:
        src = link.value_row
        if link.kind == DEFINITION and 0 <= src < index and out[src].verdict == "refuted":
            return out[src].line
    return None


def _value_side_proved(pred: Any) -> bool:
    """catch60: the row above is not established only through bounds whose first side has
    no value (``\\text{Var}[s(X)] \\geq D``, unrelated), and the link that gave its last side
    (``D = C``) is proved. The row after it continues ``C`` (._after_bound), which is then as
    established as a proved row's: a disagreement with it is the row's own mistake."""
    links = pred.links or ()
    if len(links) < 2 or links[-1]["verdict"] != "proved" or links[-1]["relation"] != "=":
        return False
    bounds = [link for link in links[:-1] if link["verdict"] != "proved"]
    return bool(bounds) and all(
        link["verdict"] == "unrelated" and link["relation"] in INEQUALITIES for link in bounds
    )


def _note_steps_from_refuted(plans: list[RowPlan], out: list) -> list:
    """A row proved (or plausible) from a refuted row - the row it continues, or a row whose
    value it uses - keeps its verdict: the mistake is reported at its own line. Its result
    rests on that line, and a note says so."""
    for k, plan in enumerate(plans):
        if out[k].verdict not in ("proved", "plausible") or not plan.links:
            continue
        above = set(plan.rests_on)
        if plan.continues and plan.pred is not None:
            above.add(plan.pred)
        wrong = sorted(out[r].line for r in above if r != k and out[r].verdict == "refuted")
        reason = out[k].reason or ""
        wrong = [
            n
            for n in wrong
            if f"line {n} (which is refuted)" not in reason
            # compared instead with what that row was compared with (after_refuted_values)
            and f"comes from line {n}, which is refuted" not in reason
        ]
        if not wrong:
            continue
        lines = ", ".join(map(str, wrong))
        note = (
            f"a correct step from line {lines}, which the reader refuted: "
            "its result rests on that line and is not confirmed by it"
        )
        out[k] = dataclasses.replace(out[k], notes=(*out[k].notes, note))
    return out


def _first_refuted(plans: list[RowPlan], out: list, k: int) -> int:
    """The first row of the run of refuted rows of a chain that ends at row ``k``: the row
    whose own comparison is with the last row above ``k`` that was not refuted. A true row
    after two wrong rows is compared with that row, not with the first wrong row's value."""
    while True:
        pred = plans[k].pred
        if not plans[k].continues or pred is None or out[pred].verdict != "refuted":
            return k
        k = pred


def after_refuted_values(
    plans: list[RowPlan], results: list[Any], report: Any, seed: int, cls: Any
) -> list:
    r"""Links that restate or differentiate a value a row the checker refuted gave.

    The question writes dl/dsigma wrongly (refuted); the answer writes it right under the
    same head, and was compared with the question's value and refuted. That disagreement
    says nothing of the later row - as after a definition the reader refuted itself
    (``_rewrites._refuted_definition``). The link is compared instead with the value the
    refuted row was compared with, when that value is itself sound (see
    :func:`_sound_anchor`): proved if it follows from it, refuted if it fails there too,
    unchecked otherwise. A row that follows the refuted value keeps its verdict (it
    follows the line it continues; the mistake is that line's), and so does a derivative
    of a value whose mistake the derivative removes (``- \sum_{i=1}^{x} i`` for
    ``- \ln x!``, by mu) and a value the reader refuted by a rule of its own (no checker
    step says which value was expected).
    """
    out = list(results)
    for k, plan in enumerate(plans):
        for j, link in enumerate(plan.links):
            src = link.value_row
            if link.kind != STEP or not 0 <= src < k:
                continue
            state = out[src].verdict
            if state not in ("refuted", "unchecked"):
                continue
            if report.steps[link.step].verdict != "refuted":
                continue  # following the refuted value is no mistake of this row's
            # the links that make the value wrong (refuted) or open: for a row left
            # unchecked, those the engine compared and could not decide (a slipped
            # ln[1 - (theta - x_i)^2], real nowhere the line above is: external48 yaqidai)
            refuted = [
                pl
                for pl in plans[src].links
                if pl.kind == STEP and report.steps[pl.step].verdict == state
            ]
            if not refuted:
                continue
            if link.value_by and _differentiated_away(refuted, link.value_by, report, seed):
                continue
            line = out[src].line
            verdict, why = "unchecked", f"its value comes from line {line}, which is {state}"
            anchor = _sound_anchor(plans, out, src, refuted)
            # a link the row's own reading kept from a refutation (a doubt: p'(x_i;\theta),
            # by x or by theta?) is not refuted by the second comparison either (external48)
            held = _link_verdict(out[k], j, len(plan.links)) != "refuted"
            if anchor is not None:
                found, reason = _compare_with_value(report, anchor, link, seed)
                if found == "refuted" and held:
                    continue
                # of an open value, only a failure there too says more than that it is open
                if found in ("proved", "plausible", "refuted") and (
                    state == "refuted" or found == "refuted"
                ):
                    verdict = found
                    why = f"{why}; compared with the value line {line} was compared with" + (
                        f": {reason}" if reason else ""
                    )
            out[k] = _relink(out[k], verdict, why, cls, j, len(plan.links))
    return out


def after_refuted_steps(
    plans: list[RowPlan], results: list[Any], report: Any, seed: int, cls: Any
) -> list:
    r"""Refuted links compared through a value a refuted row gave, inside another expression.

    ``(\partial_\theta \ln f)^2 = 4/\theta^2 - ...`` after a refuted ``\partial_\theta
    \ln f = \theta/2 - x`` was compared with the refuted value squared (bench_mutants
    DOWNSTREAM, external41 imathworks line 22). A restatement of the value is
    :func:`after_refuted_values`'; here the line the link was compared with holds the
    refuted row's written value, and it is compared again with that value replaced by the
    one the refuted row was compared with (:func:`_sound_anchor`): refuted only if it fails
    there too, unchecked otherwise, naming the line. With no sound value to compare with the
    verdict stands (the second derivative of a refuted log-likelihood, still wrong at the
    right one: external8 techqa line 29)."""

    out = list(results)
    steps = report.derivation.steps
    for k, plan in enumerate(plans):
        if out[k].verdict != "refuted" or not plan.links:
            continue
        # the rows whose values it takes, and those the line it continues took its own
        # value from (l' = dl/dtheta, then "= 0 - sum ...": external48 yaqidai line 23)
        taken = set(plan.rests_on)
        if plan.continues and plan.pred is not None:
            taken |= {pl.value_row for pl in plans[plan.pred].links}
            # PARSE64: and the rows the line it continues rests on (held-out opensrdk: the
            # author's wrong B(alpha, beta) = (Gamma(a) + Gamma(b))/Gamma(a + b), refuted,
            # gave B its value in the next rows; d/dalpha log B, then its correct digamma
            # form, was refuted against the wrong value)
            taken |= set(plans[plan.pred].rests_on)
        sources = [
            r
            for r in sorted(taken)
            if 0 <= r < k
            and out[r].verdict in ("refuted", "unchecked")
            and not (plan.continues and r == plan.pred)
        ]
        values = []
        for r in sources:
            # (a value the engine compared and could not decide is open as a refuted one
            # is wrong: external48 yaqidai's slipped ln[1 - (theta - x_i)^2], line 23 below)
            wrong = [
                pl
                for pl in plans[r].links
                if pl.kind == STEP and report.steps[pl.step].verdict == out[r].verdict
            ]
            anchor = _sound_anchor(plans, out, r, wrong)
            if anchor is not None:
                values.append(
                    (out[r].line, out[r].verdict, steps[wrong[0].step].expr, steps[anchor].expr)
                )
        for j, link in enumerate(plan.links):
            if link.kind != STEP or link.compared is None or link.value_row in sources:
                continue
            if report.steps[link.step].verdict != "refuted":
                continue
            before = steps[link.compared].expr
            for line, state, value, sound in values:
                if isinstance(value, sp.Equality) or isinstance(sound, sp.Equality):
                    continue
                again = before.xreplace({value: sound})
                if again == before:
                    continue
                found, reason = _compare_written(report, again, link.step, None, seed)
                if found == "refuted":
                    break
                why = (
                    f"it is compared through the value line {line} gives, which is {state}; "
                    f"with the value line {line} was compared with it is {found}"
                    + (f" ({reason})" if reason else "")
                    + ", so the disagreement cannot say which of the two rows is wrong"
                )
                out[k] = _relink(out[k], "unchecked", why, cls, j, len(plan.links))
                break
    return out


def _compare_written(
    report: Any, start: sp.Basic, step: int, written: sp.Basic | None, seed: int
) -> tuple[str, str]:
    """Step ``step``'s claim (its relation and parameters) compared again from ``start``,
    with its written line, or ``written`` in its place (:func:`_check_two`)."""
    from .._model import Step

    claim = report.derivation.steps[step]
    expr = claim.expr if written is None else written
    return _check_two(report, start, Step(expr, "auto", claim.relation, params=claim.params), seed)


def _chains(plans: list[RowPlan]) -> list[tuple[int, int]]:
    """``(first, last)`` row indices of each run of rows that continue the row before them."""
    out, start = [], None
    for k, plan in enumerate(plans):
        if plan.continues and plan.pred == k - 1 and start is not None:
            continue
        if start is not None and k - 1 > start:
            out.append((start, k - 1))
        start = k
    if start is not None and len(plans) - 1 > start:
        out.append((start, len(plans) - 1))
    return out


def after_refuted_chains(
    plans: list[RowPlan], results: list[Any], report: Any, seed: int, cls: Any
) -> list:
    r"""Refuted links that put in the result of a chain one of whose links is refuted.

    "Now we can substitute with this": Burrack's NIG post (external51) completes the square
    in lines 125-132 with a slip at 129 carried to the end, then puts the chain's last side
    in for its first at line 142, which was refuted against line 140 - for the chain's slip,
    not its own. A refuted link whose written line holds a broken chain's last side is
    compared again with the chain's first side put back: if it follows, the row inherits the
    slip and is unchecked, naming the line; else the verdict stands."""

    out = list(results)
    steps = report.derivation.steps
    broken = []
    for first, last in _chains(plans):
        slips = [r for r in range(first, last + 1) if out[r].verdict == "refuted"]
        head, end = plans[first].links[:1], plans[last].links[-1:]
        if not slips or not head or not end:
            continue
        if head[0].kind != STEP or head[0].compared is None or end[0].kind != STEP:
            continue
        start, result = steps[head[0].compared].expr, steps[end[0].step].expr
        if isinstance(start, sp.Equality) or isinstance(result, sp.Equality):
            continue
        if sp.count_ops(result) < 3:
            continue  # a short result (a number, a letter) is found anywhere
        broken.append((last, out[slips[0]].line, result, start))
    if not broken:
        return out
    for k, plan in enumerate(plans):
        if out[k].verdict != "refuted":
            continue
        for j, link in enumerate(plan.links):
            if link.kind != STEP or link.compared is None:
                continue
            if report.steps[link.step].verdict != "refuted":
                continue
            written = steps[link.step].expr
            for last, line, result, start in broken:
                if last >= k or not written.has(result):
                    continue
                found, _ = _compare_written(
                    report,
                    steps[link.compared].expr,
                    link.step,
                    written.xreplace({result: start}),
                    seed,
                )
                if found not in ("proved", "plausible"):
                    continue
                why = (
                    f"it puts in the result of a chain whose line {line} is refuted; with that "
                    "chain's first side put back it follows, so it inherits that slip"
                )
                out[k] = _relink(out[k], "unchecked", why, cls, j, len(plan.links))
                break
    return out


def after_refuted_estimates(plans: list[RowPlan], results: list[Any], cls: Any) -> list:
    r"""Links refuted at an estimate that a refuted row states (catch59).

    ``\hat\mu = \frac{1}{n-1} \sum x_i`` is refuted; the next result, ``\hat\sigma^2 =
    \frac{1}{n} \sum (x_i - \bar x)^2``, is compared with the variance's score equation with
    ``\mu`` at that estimate, and fails there although it is right. Which of the two rows is
    wrong is open, so the link is unchecked, naming the line."""
    out = list(results)
    for k, plan in enumerate(plans):
        for j, link in enumerate(plan.links):
            if link.kind != STEP or out[k].verdict != "refuted":
                continue
            refuted = [r for r in link.estimate_rows if 0 <= r < k and out[r].verdict == "refuted"]
            if not refuted:
                continue
            links = out[k].links or ()
            if links and (j >= len(links) or links[j].get("verdict") != "refuted"):
                continue
            why = (
                f"compared at the estimate line {out[refuted[0]].line} states, which is "
                "refuted, so it cannot say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls, j, len(plan.links))
    return out


def after_open_values(plans: list[RowPlan], results: list[Any], report: Any, cls: Any) -> list:
    """Links refuted against a value a row that is itself not established gave (lead18).

    A new example's density compared with the old example's is disputed (its check failed,
    but a failure there is no refutation); the next row restating the density was compared
    with that open value and refuted, though the slip was the open row's (held-out batch
    23, astralord; ``tests/test_post_examples_under_other_laws.py``). As for a row that
    continues an open line (see :func:`second_look`), a disagreement with an open value
    cannot say which row is wrong: unchecked, saying so. Only restatements: a derivative of
    the open value is a step taken from it, refuted when it does not follow. Values from
    refuted rows are :func:`after_refuted_values`'.
    """
    out = list(results)
    for k, plan in enumerate(plans):
        for j, link in enumerate(plan.links):
            src = link.value_row
            if link.kind != STEP or not 0 <= src < k or link.value_by:
                continue  # a derivative of the open value is a step from it: still checked
            if out[src].verdict in (*ROW_OK, "plausible", "refuted"):
                continue
            if not any(pl.kind == STEP and pl.disputed for pl in plans[src].links):
                continue  # a definition left unchecked (another heading's) is still the premise
            if report.steps[link.step].verdict != "refuted":
                continue
            why = (
                f"its value comes from line {out[src].line}, which is itself "
                f"{out[src].verdict}, so a disagreement cannot say which of the two rows is wrong"
            )
            out[k] = _relink(out[k], "unchecked", why, cls, j, len(plan.links))
    return out


def derived_later(
    plans: list[RowPlan], results: list[Any], report: Any, seed: int, cls: Any
) -> list:
    """Results stated before the rows that derive them, proved by those rows.

    "The answer is beta-hat = xbar/3. Here is why: ..." - the early row is proved by a
    later row that states the same estimate (the same symbol, or the parameter it names
    read as it) with a value the engine shows equal, when that row and the rows its
    derivation continues are proved back to a given start (:func:`_derivation_holds`). A
    different value refutes nothing: the early row may state another estimator under the
    same hat (a method-of-moments estimate before the MLE). Only a derivation under the
    same heading counts (:func:`_same_heading`).
    """
    from .._model import Step

    out = list(results)
    for k, plan in enumerate(plans):
        for j, link in enumerate(plan.links):
            if not link.stated_result or not isinstance(link.written, sp.Equality):
                continue
            claim = Step(link.written.rhs, "auto", "=")
            for m in range(k + 1, len(plans)):
                if not _same_heading(plans[k], plans[m]):
                    continue
                later = _same_estimate(plans[m], link.written.lhs)
                if later is None or not _derivation_holds(plans, out, m):
                    continue
                if _check_two(report, later.rhs, claim, seed)[0] == "proved":
                    why = f"derived on line {out[m].line}, which is proved from the rows above it"
                    out[k] = _relink(out[k], "proved", why, cls, j, len(plan.links))
                    break
    return out


def _same_heading(early: RowPlan, later: RowPlan) -> bool:
    """Do the two rows sit under the same heading? An estimate is the estimate of the model
    it is stated under: under "## Exponential model" the rate's estimate is not proved by
    the same letter's derivation under "## Poisson model" (adversarial set 7, pair 123)."""
    return early.parsed.row.section == later.parsed.row.section


def _same_estimate(plan: RowPlan, lhs: sp.Basic) -> sp.Equality | None:
    r"""The equation a step of ``plan`` states for the estimate ``lhs`` (``\hat\beta = R``,
    or ``beta = R`` read from ``\hat\beta``); None when it states none."""
    for link in plan.links:
        eq = link.written
        if link.kind != STEP or not isinstance(eq, sp.Equality):
            continue
        if eq.lhs == lhs or (
            isinstance(lhs, sp.Symbol)
            and isinstance(eq.lhs, sp.Symbol)
            and lhs.name == f"hat_{eq.lhs.name}"
        ):
            return eq
    return None


def _derivation_holds(plans: list[RowPlan], out: list, m: int) -> bool:
    """Is row ``m`` proved, and every row it continues or takes a value from proved or
    given, back to the rows that start the derivation?"""
    todo, seen = [m], set()
    while todo:
        k = todo.pop()
        if k in seen:
            continue
        seen.add(k)
        if out[k].verdict == "given":
            continue
        if out[k].verdict != "proved":
            return False
        plan = plans[k]
        todo += [
            r
            for r in (plan.pred, *(pl.value_row for pl in plan.links))
            if r is not None and 0 <= r < k
        ]
    return True


def _sound_anchor(plans: list[RowPlan], out: list, src: int, refuted: list) -> int | None:
    """The step the one refuted link of row ``src`` was compared with, when nothing it
    rests on is refuted: no link of the row takes a value from a refuted row, and the
    row does not continue a row that is not established. None otherwise."""
    plan = plans[src]
    if len(refuted) != 1 or refuted[0].compared is None:
        return None
    if any(
        0 <= pl.value_row < len(out) and out[pl.value_row].verdict == "refuted" for pl in plan.links
    ):
        return None
    if plan.continues and plan.pred is not None and out[plan.pred].verdict not in ROW_OK:
        return None
    return refuted[0].compared


def _differentiated_away(refuted: list, by: tuple, report: Any, seed: int) -> bool:
    """Does every refuted link differ from the line it was compared with by a term free
    of ``by`` (the derivative by ``by`` of the difference is 0, proved)?"""
    from .._model import Step

    if any(link.compared is None for link in refuted):
        return False
    d = report.derivation
    for link in refuted:
        before, written = d.steps[link.compared].expr, d.steps[link.step].expr
        if isinstance(before, sp.Equality) or isinstance(written, sp.Equality):
            return False
        try:
            start = sp.Derivative(before - written, *by)
        except (TypeError, ValueError):  # a vector and a matrix, or a matrix and a number
            return False
        if _check_two(report, start, Step(sp.Integer(0), "auto", "="), seed)[0] != "proved":
            return False
    return True


def _compare_with_value(report: Any, anchor: int, link: LinkPlan, seed: int) -> tuple[str, str]:
    """The step of ``link`` checked after the value of step ``anchor``, differentiated by
    the variables the link's head differentiates by."""
    start = report.derivation.steps[anchor].expr
    if isinstance(start, sp.Equality):
        return "unchecked", "an equation, not a value"
    if link.value_by:
        try:
            start = sp.Derivative(start, *link.value_by)
        except (TypeError, ValueError):  # a matrix by a vector: no derivative to compare
            return "unchecked", "its derivative cannot be compared with the written one"
    verdict, reason = _check_two(report, start, report.derivation.steps[link.step], seed)
    if link.matrix and verdict in ("proved", "plausible"):
        return "unchecked", _MATRIX_NOTE
    return verdict, reason


def _holds_for_numbers(res: Any) -> bool:
    """A matrix row left unchecked only because it was checked for 1x1 matrices."""
    if res.verdict != "unchecked" or not res.reason.startswith(_MATRIX_NOTE):
        return False
    links = res.links or ()
    return all(
        link.get("scalar_verdict") in (None, "proved", "plausible") and link["verdict"] != "refuted"
        for link in links
    )


def _link_verdict(res: Any, index: int, count: int) -> str:
    """The verdict of link ``index`` (of ``count`` planned) of the row result ``res``: the
    row's own when its links are not listed one by one."""
    links = list(res.links)
    if links and len(links) == count:
        return str(links[index]["verdict"])
    return str(res.verdict)


def _relink(res: Any, verdict: str, reason: str, cls: Any, index: int = 0, count: int = 0) -> Any:
    """``res`` with its link ``index`` (of ``count`` planned, if known) given ``verdict``."""
    links = list(res.links)
    if links and (not count or len(links) == count):
        links[index] = dict(links[index], verdict=verdict, reason=reason, counterexample=None)
        keep = ("line", "label", "text", "kind", "how", "slips")
        base = {name: getattr(res, name) for name in keep}
        return dataclasses.replace(combine(cls, base, tuple(links)), notes=res.notes)
    return dataclasses.replace(res, verdict=verdict, reason=reason, counterexample=None)


def _compare_again(report: Any, anchor: int, link: LinkPlan, seed: int) -> tuple[str, str]:
    """Check ``link``'s claim against step ``anchor`` in a derivation of two steps."""
    from .._model import Step

    claim = Step(link.written, "auto", link.step_relation, params=link.params)
    return _check_two(report, report.derivation.steps[anchor].expr, claim, seed)


def _check_two(report: Any, start: sp.Basic, claim: Any, seed: int) -> tuple[str, str]:
    """The verdict and reason of the step ``claim`` after ``start`` (given), in a derivation
    of two steps under the post's assumptions."""
    from .._model import Derivation, Step
    from ..engine import check

    d = report.derivation
    try:
        mini = Derivation(
            name=f"{d.name}-second-look",
            title="",
            assumptions=d.assumptions,
            steps=[Step(start, "definition", "start"), claim],
        )
        r = check(mini, seed=seed, jobs=1).steps[1]
    except (ValueError, TypeError) as exc:
        # (never the engine's own words: "Derivation 'post-...-second-look', step 1: ...")
        if "not an equation" in str(exc):
            return "unchecked", "that line is no equation, so an equation cannot follow from it"
        return "unchecked", "the two lines cannot be compared as a step"
    return r.verdict, r.reason
