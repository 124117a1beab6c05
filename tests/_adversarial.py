"""The harness the adversarial post sets share (tests/posts/incoming/adversarial*/).

Each set holds pairs of posts: ``NN-<what>-false.md`` with one planted false step and
its correct twin ``NN-<what>-true.md`` of the same shape; ``CASES.tsv`` gives each
post's name and the line of its planted row (further columns are for people).
"""

from __future__ import annotations

import csv
from pathlib import Path

from derivations.post import check_post


def cases(root: Path) -> list[tuple[str, int]]:
    """(post name, line of the planted row) for every post of the set in ``root``."""
    with open(root / "CASES.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return [(r[0], int(r[1])) for r in rows]


def _planted_verdict(root: Path, name: str, line: int) -> str:
    rows = [r.verdict for r in check_post(root / name, jobs=1).rows if r.line == line]
    return rows[0] if rows else "missing"


def planted_verdicts(root: Path) -> dict[str, str]:
    """Post name -> the verdict of its planted row ("missing" when no row is there)."""
    return {name: _planted_verdict(root, name, line) for name, line in cases(root)}


def pair_verdicts(root: Path, num: str) -> tuple[str, str]:
    """The planted rows' verdicts of pair ``num`` (``"93"``): (false post, true twin)."""
    lines = dict(cases(root))
    (false,) = root.glob(f"{num}-*-false.md")
    (true,) = root.glob(f"{num}-*-true.md")
    return tuple(_planted_verdict(root, p.name, lines[p.name]) for p in (false, true))


def unpaired(root: Path) -> set[str]:
    """Posts of the set without their twin (``-false.md`` beside ``-true.md``)."""
    names = {n for n, _ in cases(root)}
    falses = {n for n in names if n.endswith("-false.md")}
    return {n.replace("-false.md", "-true.md") for n in falses} ^ (names - falses)


def planted_off_display(root: Path) -> list[tuple[str, int]]:
    """Cases whose listed line is not a display row (``$$``), where no verdict is found."""
    out = []
    for name, line in cases(root):
        lines = (root / name).read_text(encoding="utf-8").splitlines()
        if not lines[line - 1].startswith("$$"):
            out.append((name, line))
    return out


def differing_lines(root: Path, false_name: str) -> list[int] | None:
    """Lines (1-based) where a false post and its twin differ; None when their lengths do."""
    false = (root / false_name).read_text(encoding="utf-8").splitlines()
    twin = root / false_name.replace("-false.md", "-true.md")
    true = twin.read_text(encoding="utf-8").splitlines()
    if len(false) != len(true):
        return None
    return [k + 1 for k, (a, b) in enumerate(zip(false, true, strict=True)) if a != b]


def false_steps_proved(verdicts: dict[str, str]) -> list[str]:
    return [n for n, v in verdicts.items() if n.endswith("-false.md") and v == "proved"]


def correct_twins_refuted(verdicts: dict[str, str]) -> list[str]:
    return [n for n, v in verdicts.items() if n.endswith("-true.md") and v == "refuted"]


def floors(verdicts: dict[str, str]) -> tuple[int, int]:
    """(false steps refuted, correct twins proved)."""
    false_refuted = sum(v == "refuted" for n, v in verdicts.items() if n.endswith("-false.md"))
    true_proved = sum(v == "proved" for n, v in verdicts.items() if n.endswith("-true.md"))
    return false_refuted, true_proved
