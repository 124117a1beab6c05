"""Letters the post declares complex (adversarial set 16, pairs 02, 04, 05, 38).

Every letter the reader meets is a real number (``._tosympy``), and the engine's samples,
branches and sign rules are real. A post that says "Let $z$ be a complex number", "$z \\in
\\mathbb{C}$", "for complex $s$", "$z_1, \\ldots, z_n$ be complex numbers" or "$z = x + i y$"
means otherwise: ``|z|^2 = z^2``, ``(e^z)^{1/2} = e^{z/2}`` and ``|e^z| = e^z`` hold for real
``z`` and were proved, false; ``|e^z| = e^u`` after "$z = u + i v$" (an ``i`` read as a real
letter) and ``z_1 \\bar{z}_1 = |z_1|^2`` (a conjugate read as another sample) were refuted,
correct.

So a row that uses a letter declared complex in the prose before it (in its text, or in the
expressions the reader checked for it: a name whose value holds the letter) is neither proved
nor refuted: "unchecked", naming the letter and the open condition (the row is checked as if
the letter were real). ``._imaginary`` does the same for the imaginary unit ``i``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

#: One inline formula of the prose.
_INLINE = re.compile(r"\$([^$]{1,300})\$")
#: "complex" as a kind of number ("a complex number", "nonzero complex numbers", "complex
#: variable", "complex-valued"); "a complex model" or "complexity" are not.
_COMPLEX_KIND = re.compile(
    r"\bcomplex(?:-valued|\s+(?:numbers?|variables?|scalars?|constants?|parameters?|values?"
    r"|arguments?|roots?|vectors?|matri(?:x|ces)|entries|coefficients?|plane)\b)",
    re.I,
)
#: "for complex $s$", "every complex number $s$": the formula right after the words.
_COMPLEX_BEFORE = re.compile(
    r"\bcomplex(?:\s+(?:numbers?|variables?|scalars?|constants?|parameters?|values?))?\s*$", re.I
)
#: "$z$ complex" / "$z$ is complex" / "$a, b$ be complex" (the word alone after a formula).
_COMPLEX_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:is|are|be|being|both|all|now|here|nonzero|non-zero)\s+)*complex\b(?!ity)",
    re.I,
)
#: "the complex conjugate of $z$", "the conjugate of $z$".
_CONJUGATE_OF = re.compile(r"\bconjugate\s+of\s*$", re.I)
#: Where a sentence starts (the window in which formulas before "complex" are its subjects).
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)|\n\s*\n")
#: ``\in \mathbb{C}`` (``\mathbb C``, ``\Bbb{C}``, ``\mathbb{C}^n``) inside a formula.
_IN_C = re.compile(r"\\in\s*(?:\\mathbb|\\Bbb)\s*\{?\s*C\s*\}?")
#: One letter of a list (``z``, ``z_1``, ``\zeta``, ``\bar{z}_1``), its base captured.
_ITEM = re.compile(
    r"^\s*(?:\\(?:bar|overline|hat|tilde|mathbf|boldsymbol|mathit)\s*\{?\s*)?"
    r"(\\[A-Za-z]+|[A-Za-z])\s*\}?\s*(?:_\s*(?:\{[^{}]{0,20}\}|\w))?\s*(?:\^\s*\{?\*\}?)?\s*$"
)
#: A letter given as a real part plus ``i`` times another (``z = x + i y``, ``w = a - b i``).
_LETTER = r"(?:\\[A-Za-z]+|[A-Za-z])"
_X_PLUS_IY = re.compile(
    rf"^\s*({_LETTER})\s*=\s*[^=]{{0,40}}?[-+]\s*(?:\\[,;! ]\s*)?"
    rf"(?:i\s*(?:\\[,;! ]\s*)?{_LETTER}|{_LETTER}\s*(?:\\[,;! ]\s*)?i)\s*$"
)
_NOT_LETTERS = frozenset(r"\ldots \dots \cdots \dotsc \quad \qquad \ne \neq \mathbb \in".split())


def _letters(span: str) -> set[str]:
    """The letters a list formula names (``z_1, \\ldots, z_n`` -> ``{"z"}``); none when the
    formula is not a list of letters (``z = u + iv``)."""
    out: set[str] = set()
    for item in re.split(r",|\\text\s*\{\s*and\s*\}", span):
        if not item.strip() or item.strip() in _NOT_LETTERS:
            continue
        m = _ITEM.match(item)
        if m is None:
            return set()
        if m.group(1) in _NOT_LETTERS:
            continue
        out.add(m.group(1).lstrip("\\"))
    return out


def _declared_in(prose: str) -> set[str]:
    """Letters ``prose`` declares complex."""
    out: set[str] = set()
    spans = list(_INLINE.finditer(prose[:200_000]))
    for m in spans:
        body = m.group(1)
        given = _X_PLUS_IY.match(body)
        if given is not None:
            out.add(given.group(1).lstrip("\\"))
        found = _IN_C.search(body)
        if found is not None:
            out |= _letters(body[: found.start()])
        before = prose[max(0, m.start() - 40) : m.start()]
        after = prose[m.end() : m.end() + 40]
        if _COMPLEX_BEFORE.search(before) or _CONJUGATE_OF.search(before):
            out |= _letters(body)
        if _COMPLEX_AFTER.match(after):
            out |= _letters(body)
    for word in _COMPLEX_KIND.finditer(prose[:200_000]):
        starts = [s.end() for s in _SENTENCE_END.finditer(prose, 0, word.start())]
        start = starts[-1] if starts else 0
        for m in spans:
            if start <= m.start() and m.end() <= word.start():
                out |= _letters(m.group(1))
    return out


def _uses(text: str, letter: str) -> bool:
    """Does the LaTeX ``text`` use ``letter`` (as a letter, not inside a word or a command)?"""
    if len(letter) > 1:
        return re.search(rf"\\{letter}(?![A-Za-z])", text) is not None
    return re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", text) is not None


def _names(expr: Any) -> set[str]:
    """The letters of an expression's symbols (``bar_z`` and ``z[1]`` give ``z``)."""
    out: set[str] = set()
    for atom in getattr(expr, "free_symbols", ()):
        name = str(getattr(atom, "name", atom)).split("[")[0]
        out |= set(re.split(r"[_{}\s]+", name))
    return out


def _step_names(res: Any, report: Any) -> set[str]:
    steps = getattr(getattr(report, "derivation", None), "steps", None) or ()
    idx = {res.step} | {link.get("step") for link in res.links or ()}
    out: set[str] = set()
    for k in idx:
        if isinstance(k, int) and 0 <= k < len(steps):
            out |= _names(getattr(steps[k], "expr", None))
            if k > 0:
                out |= _names(getattr(steps[k - 1], "expr", None))
    return out


def complex_rows_unchecked(
    results: Sequence[Any], parsed: Sequence[Any], report: Any, cls: Any
) -> list:
    """``results`` with each proved, plausible or refuted row that uses a letter the prose
    before it declares complex turned into "unchecked"."""
    out = list(results)
    said: list[tuple[int, set[str]]] = []
    seen: set[str] = set()
    for pr in parsed:
        row = getattr(pr, "row", pr)
        prose = getattr(row, "prose", "") or ""
        if prose and prose not in seen:
            seen.add(prose)
            letters = _declared_in(prose)
            if letters:
                said.append((row.line, letters))
    if not said:
        return out
    for k, res in enumerate(out):
        if res.verdict not in ("proved", "plausible", "refuted"):
            continue
        letters = set().union(*(s for line, s in said if line <= res.line))
        if not letters:
            continue
        names = _step_names(res, report) if report is not None else set()
        used = sorted(x for x in letters if _uses(res.text, x) or x in names)
        if not used:
            continue
        why = (
            f"the post declares {', '.join(used)} complex; the engine checks letters as real "
            "numbers (real samples, branches and signs), so the row is not checked"
        )
        links = tuple(
            dict(link, verdict="unchecked", reason=why, counterexample=None)
            if link.get("verdict") in ("proved", "plausible", "refuted")
            else link
            for link in res.links or ()
        )
        out[k] = cls(
            **{
                **{f.name: getattr(res, f.name) for f in dataclasses.fields(res)},
                "verdict": "unchecked",
                "reason": why,
                "counterexample": None,
                "identified_rule": None,
                "open_conditions": (*res.open_conditions, f"{', '.join(used)} complex"),
                "links": links,
            }
        )
    return out
