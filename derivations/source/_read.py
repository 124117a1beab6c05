"""Read a derivation file: front matter, display rows with their marks, each row parsed.

The rows are found and parsed by the post reader (:mod:`derivations.post`):
the same display math, the same row splitting, the same LaTeX grammar, never
evaluated. Only display math counts; inline math is prose. Comments and
``\\tag{}`` are blanked before the rows are split (see :mod:`._annotations`),
so a ``\\\\`` inside a comment splits nothing and every line and column still
matches the file.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Any

from .._errors import AssumptionError, LoadError
from ..post._extract import Row, _front_matter, extract, normalise, scan_blocks
from ._annotations import Mark, assign, find

#: Front-matter keys a derivation file may use.
KEYS = ("title", "name", "assume", "source", "description")
_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


@dataclasses.dataclass(frozen=True)
class Front:
    """A derivation file's front matter."""

    title: str = ""
    name: str = ""
    source: str = ""
    #: (statement, file line) of every ``assume:`` item.
    assume: tuple[tuple[str, int], ...] = ()


@dataclasses.dataclass(frozen=True)
class MarkedRow:
    """A display row, its rule annotation (``None`` when none), whether it is boxed,
    the key its ``% result:`` mark gives the result and its ``% note:`` (``None`` when none)."""

    row: Row
    annotation: str | None = None
    boxed: bool = False
    result: str | None = None
    note: str | None = None


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def front_matter(front: str, where: str) -> Front:
    """Read ``title:``, ``name:``, ``source:`` and the ``assume:`` list (file lines from 2).

    Raises
    ------
    LoadError
        An unknown key or a line that is not ``key: value`` / ``- item``, naming its line.
    """
    values: dict[str, str] = {}
    assume: list[tuple[str, int]] = []
    current = None
    for k, line in enumerate(front.split("\n")):
        lineno = k + 2
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^\s+-\s*(.*?)\s*$|^-\s+(.*?)\s*$", line)
        if item:
            if current != "assume":
                raise LoadError(
                    f"{where}:{lineno}: a list item in the front matter belongs under 'assume:'."
                )
            text = _unquote(item.group(1) if item.group(1) is not None else item.group(2))
            assume.append((text, lineno))
            continue
        m = _KEY_LINE.match(line)
        if not m or line[0].isspace():
            raise LoadError(
                f"{where}:{lineno}: the front matter line {line.strip()[:60]!r} is not "
                "'key: value' or '- item'."
            )
        key, value = m.group(1), m.group(2)
        if key not in KEYS:
            raise LoadError(
                f"{where}:{lineno}: unknown front-matter key {key!r}; a derivation file "
                f"takes {', '.join(KEYS)}."
            )
        current = key
        if key == "assume":
            if value.startswith("["):
                if not value.endswith("]"):
                    raise LoadError(
                        f"{where}:{lineno}: the assume list {value[:60]!r} is not closed."
                    )
                value = value[1:-1]
            if value:
                from ..post._assume import _split_items

                assume += [(_unquote(s), lineno) for s in _split_items(value)]
        else:
            values[key] = _unquote(value)
    return Front(
        values.get("title", ""), values.get("name", ""), values.get("source", ""), tuple(assume)
    )


def domains(front: Front, where: str) -> list[Any]:
    """The domains of the ``assume:`` statements, merged per name."""
    from ..assumptions import parse

    merged: dict[Any, Any] = {}
    for text, lineno in front.assume:
        try:
            found = parse(text, f"{where}:{lineno}")
        except AssumptionError:
            raise
        except ValueError as exc:  # a statement the tokenizer refuses outright
            raise AssumptionError(f"{where}:{lineno}: {exc}") from None
        for d in found:
            merged[d.key] = merged[d.key].merge(d) if d.key in merged else d
    return list(merged.values())


def read(text: str, where: str, *, tex: bool) -> tuple[Front, str, list[MarkedRow]]:
    """The front matter, the body and the marked display rows of a derivation file's text.

    Raises
    ------
    LoadError
        A front matter that never ends, a structure problem (an unclosed ``$$`` or
        environment), or a mark that belongs to no row - naming file and line.
    """
    text = normalise(text)
    front_text, body, problem = _front_matter(text)
    if problem is not None:
        raise LoadError(f"{where}:{problem.line}: {problem.message}.")
    front = front_matter(front_text, where)
    blocks, problems = scan_blocks(body, tex=tex)
    if problems:
        p = problems[0]
        raise LoadError(f"{where}:{p.line}: {p.message}.")
    starts_of_lines = [0] + [m.end() for m in re.finditer("\n", body)]
    spans: list[tuple[int, int]] = []
    marks: list[Mark] = []
    for b in blocks:
        if b.kind != "display":
            continue
        clean, found, bad = find(b.text, b.offset)
        if bad:
            off, message = bad[0]
            raise LoadError(f"{where}:{_line(starts_of_lines, off)}: {message}.")
        body = body[: b.offset] + clean + body[b.offset + len(b.text) :]
        spans.append((b.offset, b.offset + len(b.text)))
        marks += found
    rows, _ = extract(body, tex=tex)
    kept: list[tuple[int, Row]] = []
    for r in rows:
        off = starts_of_lines[r.line - 1] + r.column - 1
        if r.role == "row" and any(a <= off < b for a, b in spans):
            kept.append((off, r))
    starts = [off for off, _ in kept]
    by_row, orphans = assign(marks, starts)
    for k, ms in by_row.items():
        off, _ = kept[k]
        block = next(s for s in spans if s[0] <= off < s[1])
        for mk in ms:
            if not block[0] <= mk.offset < block[1]:
                orphans.append(mk)
    for mk in sorted(orphans, key=lambda m: m.offset):
        if mk.kind in ("rule", "result", "note"):
            raise LoadError(
                f"{where}:{_line(starts_of_lines, mk.offset)}: the {mk.kind} annotation "
                f"{mk.text!r} follows no row of its block; put it on its row's line."
            )
    out: list[MarkedRow] = []
    for k, (off, r) in enumerate(kept):
        block = next(s for s in spans if s[0] <= off < s[1])
        ms = [mk for mk in by_row.get(k, []) if block[0] <= mk.offset < block[1]]
        rules = [mk for mk in ms if mk.kind == "rule"]
        results = [mk for mk in ms if mk.kind == "result"]
        notes = [mk for mk in ms if mk.kind == "note"]
        for mk in rules + results + notes:
            if mk.alone:
                raise LoadError(
                    f"{where}:{_line(starts_of_lines, mk.offset)}: a '% {mk.kind}:' comment must "
                    "end the line of its row, after the row's math (this line has no math)."
                )
        for kind, found in (("result", results), ("note", notes)):
            if len(found) > 1:
                raise LoadError(
                    f"{where}:{_line(starts_of_lines, found[1].offset)}: the row of line "
                    f"{r.line} has two {kind} annotations; give one."
                )
        if len(rules) > 1:
            raise LoadError(
                f"{where}:{_line(starts_of_lines, rules[1].offset)}: the row of line {r.line} "
                "has two rule annotations; name every rule of the row in one, "
                "'% rule: a, b'."
            )
        out.append(
            MarkedRow(
                r,
                rules[0].text if rules else None,
                any(mk.kind == "boxed" for mk in ms),
                results[0].text if results else None,
                notes[0].text if notes else None,
            )
        )
    return front, body, out


def _line(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)
