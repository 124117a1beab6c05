"""The displayed rows of a Markdown post, numbered ``B<block>.<row>`` with line numbers.

Only what the row map of a bundled derivation needs: find ``$$ ... $$``
display blocks and split ``align`` bodies on ``\\\\``. Parsing the rows'
LaTeX is the post reader's job (``derivations.post``), not this module's.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

_ENV = re.compile(r"\\(begin|end)\{(align\*?|aligned)\}")


@dataclasses.dataclass(frozen=True)
class Row:
    id: str
    line: int
    text: str


def display_rows(path: str | Path) -> list[Row]:
    """Every non-empty row of every display block, in order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    rows: list[Row] = []
    block = 0
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("$$"):
            start = i
            body = [lines[i].lstrip()[2:]]
            while not body[-1].rstrip().endswith("$$") or (i == start and body[-1].strip() == ""):
                i += 1
                if i >= len(lines):
                    raise ValueError(
                        f"{path}:{start + 1}: display math opened with $$ is never closed."
                    )
                body.append(lines[i])
                if lines[i].rstrip().endswith("$$"):
                    break
            block += 1
            text = "\n".join(body).rstrip()
            text = text[:-2] if text.endswith("$$") else text
            # Rows are separated by \\ ; keep the line where each row starts.
            offset = start
            k = 0
            for chunk in re.split(r"\\\\", text):
                content = _ENV.sub("", chunk).strip()
                first = next(
                    (
                        j
                        for j, s in enumerate(chunk.splitlines())
                        if s.strip() and not _ENV.fullmatch(s.strip())
                    ),
                    0,
                )
                if content:
                    k += 1
                    rows.append(Row(f"B{block}.{k}", offset + first + 1, " ".join(content.split())))
                offset += chunk.count("\n")
        i += 1
    return rows
