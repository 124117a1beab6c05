"""What a cached result depends on besides its input: this checker's own source and
the versions of the libraries it computes with.

Both caches key on it - the step cache (:mod:`._cache`) and the whole-report cache
(:mod:`._report_cache`) - so a changed checker (a new rule, a fixed reader, an edited
bundled derivation file) misses every entry even when the version number stayed the
same.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import metadata
from pathlib import Path


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


@functools.lru_cache(maxsize=1)
def source_versions() -> str:
    """This package's version and source digest, sympy's, mpmath's and lark's versions."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for p in digested(root):
        h.update(str(p.relative_to(root)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return "|".join(
        [
            f"derivations {_version('derivations')} {h.hexdigest()[:20]}",
            *(f"{dist} {_version(dist)}" for dist in ("sympy", "mpmath", "lark")),
        ]
    )


def digested(root: Path) -> list[Path]:
    """The files of the package whose bytes :func:`source_versions` digests: every
    ``*.py`` and every ``*.md`` (the bundled derivation files among them)."""
    found = [*root.rglob("*.py"), *root.rglob("*.md")]
    return sorted(p for p in found if "__pycache__" not in p.parts)


__all__ = ["digested", "source_versions"]
