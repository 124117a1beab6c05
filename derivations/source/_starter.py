"""``derivations new NAME``: a starter derivation file that checks as written.

Front matter with one assumption and three rows, each naming its rule; the
tests check that every row of both starters is proved.
"""

from __future__ import annotations

import re
from pathlib import Path

from .._errors import LoadError

ROWS = r"""f &= \log\left(\theta e^{-\theta x}\right) \\ % rule: definition
&= \log\theta + \log e^{-\theta x} \\ % rule: log-product
&= \log\theta - \theta x % rule: log-of-exp"""

MARKDOWN = """---
title: {title}
assume:
  - \\theta > 0
---
# {title}

Each row names the rule that turns the row above into it (`derivations rules`
lists them); `derivations check {path}` or `pytest` checks every row.

$$
\\begin{{aligned}}
{rows}
\\end{{aligned}}
$$
"""

LATEX = """---
title: {title}
assume:
  - \\theta > 0
---
% Each row names the rule that turns the row above into it ('derivations rules'
% lists them); 'derivations check {path}' or 'pytest' checks every row.
\\begin{{align}}
{rows}
\\end{{align}}
"""


def starter_text(title: str, path: str, *, tex: bool = False) -> str:
    """The starter file's text."""
    template = LATEX if tex else MARKDOWN
    return template.format(title=title, path=path, rows=ROWS)


def write_starter(name: str, *, tex: bool = False) -> Path:
    """Write ``derivation_NAME.md`` (``.tex`` with ``tex``), or ``NAME`` if it has that suffix.

    Raises
    ------
    LoadError
        When the name is empty or the file exists already (it is never overwritten).
    """
    if not name or not name.strip():
        raise LoadError("derivations new needs a name, such as 'poisson-rate'.")
    p = Path(name)
    if p.suffix.lower() in (".md", ".tex"):
        tex = p.suffix.lower() == ".tex"
        title = re.sub(r"^derivation_", "", p.stem)
    else:
        if "/" in name or "\\" in name:
            raise LoadError(f"{name!r}: give a name, or a file path ending in .md or .tex.")
        title = name
        p = Path(f"derivation_{re.sub(r'[^A-Za-z0-9_-]+', '_', name)}{'.tex' if tex else '.md'}")
    if p.exists():
        raise LoadError(f"{p} exists already; derivations new never overwrites a file.")
    try:
        with open(p, "x", encoding="utf-8") as f:
            f.write(starter_text(title.replace("_", " ").replace("-", " "), str(p), tex=tex))
    except OSError as exc:
        raise LoadError(f"cannot write {p}: {(exc.strerror or str(exc)).lower()}.") from None
    return p
