"""Benchmark: slips planted in the proved rows of real posts, which must not stay proved.

For every row of the held-out posts (``tests/posts/incoming/*/``) that the truth table
judges correct and ``check-post`` proves, one copy of the post is written with one slip in
that row's math - the kinds a person makes copying a line:

- ``sign``: one ``+`` written ``-`` or the reverse,
- ``digit``: one digit ``d`` written ``d + 1`` (not in a subscript, nor in spacing such as
  ``\\[3ex]``),
- ``n``: one lone ``n`` written ``(n+1)``,
- ``frac``: one ``\\frac{a}{b}`` written ``\\frac{b}{a}``,
- ``lim``: a sum's or product's lower limit raised by one (``\\sum_{t=2}`` -> ``\\sum_{t=3}``),
- ``square``: one ``^2`` left out,
- ``letter``: the first Greek letter right of the relation written as another Greek letter
  the row holds (``\\phi`` -> ``\\sigma``),
- ``shift``: an index one step back written without the step (``x_{t-1}`` -> ``x_t``),

only to the right of the row's first relation sign (the left side is often the name the row
defines). The copy is checked and the row's verdict counted. A slipped row that is still
**proved** is printed with the slip and the reason: either the slip left the row's value as
it was (a sign flipped in front of a term that is 0, a digit of a number written twice), or
the reader proves a false row - a breach of the first rule to reduce and fix. The harness
cannot tell the two apart; read each one.

A row *after* the slip, judged correct and not refuted in the post as written, that the copy
refutes is printed too (``DOWNSTREAM``): the author's slip made the reader refute a later
row whose text did not change - a breach of the second rule when that row does not depend on
the slipped value (the right estimate after a wrong derivative), and no breach when it
restates that value (read each one).

Usage::

    python benchmarks/bench_mutants.py [--post SUBSTRING] [--per-row K] [--seed S]

Run from the repository root. Each slipped copy is a whole check of its post (about a
second each; all held-out posts with ``--per-row 1`` take 30-60 min on two cores): use
``--post`` for a batch. The text of the posts is only edited and read by the reader, never
evaluated.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import test_corpus as C  # noqa: E402

#: The first relation sign of a row's text: slips go to its right.
_RELATION = re.compile(r"(?<![\\{_^])=|\\(?:approx|leq?|geq?|propto)(?![A-Za-z])|[<>]")
#: A binary + or - between two operands.
_SIGN = re.compile(r"(?<=[\s}\)\w])\s*([+-])\s*(?=[\w\\({])")
#: A lone digit that is not part of a longer number, a name or a subscript.
_DIGIT = re.compile(r"(?<![_\w\\.^])(\d)(?![\d.])")
#: Spacing after a row break (``\\[3ex]``): its digits are not mathematics.
_SPACING = re.compile(r"\[\s*-?\d+(?:\.\d+)?\s*(?:ex|em|pt|mm|cm)\s*\]")
#: A fraction whose two groups follow at once (``\\frac{a}{b}``): written upside down.
_FRAC = re.compile(r"\\[dt]?frac(?=\{)")
#: A sum's or product's lower limit (``\\sum_{t=2}``): the digit is group 1.
_LIMIT = re.compile(r"\\(?:sum|prod)_\{?\s*[A-Za-z]\s*=\s*(\d)")
#: A square (``^2``, ``^{2}``), not a higher power's first digit.
_SQUARE = re.compile(r"\^\{?2\}?(?!\d)")
#: Greek letters a slip may trade for one another.
_GREEK = re.compile(
    r"\\(alpha|beta|gamma|delta|theta|lambda|mu|nu|rho|sigma|tau|phi|psi|kappa|eta|pi)(?![A-Za-z])"
)
#: An index one step back (``_{t-1}``): the letter is group 1.
_STEP_BACK = re.compile(r"_\{([A-Za-z])\s*-\s*1\}")
#: A lone n (not in a command, a name or a subscript).
_N = re.compile(r"(?<![\\\w_{])n(?![\w}])")


def slips(text: str) -> list[tuple[str, str]]:
    """Every slip of the kinds above in ``text``, as ``(kind, slipped text)``."""
    m = _RELATION.search(text)
    start = m.end() if m else 0
    spacing = [s.span() for s in _SPACING.finditer(text)]

    def free(i: int) -> bool:
        return i >= start and not any(a <= i < b for a, b in spacing)

    out = []
    for s in _SIGN.finditer(text):
        if free(s.start(1)):
            new = "-" if s.group(1) == "+" else "+"
            out.append(("sign", text[: s.start(1)] + new + text[s.end(1) :]))
    for s in _DIGIT.finditer(text):
        if free(s.start()):
            out.append(("digit", text[: s.start()] + str(int(s.group(1)) + 1) + text[s.end() :]))
    for s in _N.finditer(text):
        if free(s.start()):
            out.append(("n", text[: s.start()] + "(n+1)" + text[s.end() :]))
    for s in _FRAC.finditer(text):
        parts = _two_groups(text, s.end())
        if free(s.start()) and parts is not None:
            (a, b), (c, d) = parts
            upside_down = "{" + text[c + 1 : d] + "}{" + text[a + 1 : b] + "}"
            out.append(("frac", text[:a] + upside_down + text[d + 1 :]))
    out += _structural_slips(text, free)
    return out


def _structural_slips(text: str, free: Callable[[int], bool]) -> list[tuple[str, str]]:
    """The ``lim``, ``square``, ``letter`` and ``shift`` slips of ``text`` at free places."""
    out = []
    for s in _LIMIT.finditer(text):
        if free(s.start(1)):
            out.append(("lim", text[: s.start(1)] + str(int(s.group(1)) + 1) + text[s.end(1) :]))
    for s in _SQUARE.finditer(text):
        if free(s.start()):
            out.append(("square", text[: s.start()] + text[s.end() :]))
    letters = sorted({g.group(1) for g in _GREEK.finditer(text)})
    first = next((g for g in _GREEK.finditer(text) if free(g.start())), None)
    if first is not None and len(letters) > 1:
        other = next(x for x in letters if x != first.group(1))
        out.append(("letter", text[: first.start()] + "\\" + other + text[first.end() :]))
    for s in _STEP_BACK.finditer(text):
        if free(s.start()):
            out.append(("shift", text[: s.start()] + "_{" + s.group(1) + "}" + text[s.end() :]))
    return out


def _two_groups(text: str, i: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (opening, closing brace) of the two brace groups that start at ``text[i]``
    (a fraction's numerator and denominator), None unless both are there, back to back."""
    spans = []
    for _ in range(2):
        if i >= len(text) or text[i] != "{":
            return None
        depth = 0
        for j in range(i, len(text)):
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            if depth == 0:
                spans.append((i, j))
                i = j + 1
                break
        else:
            return None
    return spans[0], spans[1]


_WRITTEN: dict = {}


def _as_written(path: Path) -> list:
    """The rows of the post as written (checked once per post)."""
    from derivations.post import check_post

    if path not in _WRITTEN:
        _WRITTEN.clear()
        _WRITTEN[path] = list(check_post(path, jobs=1).rows)
    return _WRITTEN[path]


def _downstream(path: Path, line: int, rows: list) -> list:
    """Rows after ``line`` judged correct, not refuted as written, refuted in the copy."""
    truth = {t.line: t.judgement for t in C.load_truth(path)}
    before = {(r.line, r.text): r.verdict for r in _as_written(path)}
    return [
        r
        for r in rows
        if r.line > line
        and r.verdict == "refuted"
        and truth.get(r.line) == "correct"
        and before.get((r.line, r.text), "refuted") != "refuted"
    ]


def _mutants(path: Path, rng: random.Random, per_row: int) -> Iterator[tuple[int, str, str, str]]:
    """``(line, kind, slipped row text, slipped post text)`` for the post at ``path``."""

    truth = {t.line: t.judgement for t in C.load_truth(path)}
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    for row in _as_written(path):
        if row.verdict != "proved" or truth.get(row.line) != "correct" or not row.text:
            continue
        line = lines[row.line - 1] if row.line <= len(lines) else ""
        if line.count(row.text) != 1:
            continue  # the row spans lines, or its text is not found once on its line
        found = slips(row.text)
        rng.shuffle(found)
        for kind, new in found[:per_row]:
            copy = list(lines)
            copy[row.line - 1] = line.replace(row.text, new)
            yield row.line, kind, new, "\n".join(copy)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--post", default="", help="only posts whose folder/name contains this")
    ap.add_argument("--per-row", type=int, default=1, help="slips per proved row (default 1)")
    ap.add_argument("--seed", type=int, default=0, help="which slips are drawn (default 0)")
    args = ap.parse_args()

    from derivations.post import check_post

    rng = random.Random(args.seed)
    t0 = time.perf_counter()
    counts = {"slipped": 0, "proved": 0, "refuted": 0, "other": 0, "downstream": 0}
    posts = [p for p in C.held_out_posts() if args.post in f"{p.parent.name}/{p.name}"]
    with tempfile.TemporaryDirectory() as tmp:
        for path in posts:
            copy = Path(tmp) / path.name
            for line, kind, new, body in _mutants(path, rng, args.per_row):
                copy.write_text(body, encoding="utf-8")
                every = list(check_post(copy, jobs=1).rows)
                for r in _downstream(path, line, every):
                    counts["downstream"] += 1
                    print(
                        f"DOWNSTREAM {C.post_key(path)}:{r.line} refuted after the slip of line "
                        f"{line} [{kind}] {new}  -- {r.reason}",
                        flush=True,
                    )
                rows = [r for r in every if r.line == line]
                verdicts = {r.verdict for r in rows if r.text == new} or {"missing"}
                verdict = (
                    "proved"
                    if verdicts == {"proved"}
                    else "refuted"
                    if "refuted" in verdicts
                    else "other"
                )
                counts["slipped"] += 1
                counts[verdict] += 1
                if verdict == "proved":
                    why = next((r.how for r in rows if r.text == new), "")
                    print(f"PROVED {C.post_key(path)}:{line} [{kind}] {new}  -- {why}", flush=True)
            print(f"  {C.post_key(path)} done, {counts['slipped']} slips so far", file=sys.stderr)
    print()
    print(f"slipped rows:   {counts['slipped']} (seed {args.seed}, {args.per_row} per proved row)")
    print(f"still proved:   {counts['proved']} (read each: an equal value, or a breach)")
    print(f"refuted:        {counts['refuted']}")
    print(f"other verdicts: {counts['other']}")
    print(f"later correct rows refuted after a slip: {counts['downstream']} (read each)")
    print(f"total time: {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
