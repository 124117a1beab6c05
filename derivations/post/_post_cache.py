"""Cache names and keys for posts: the engine's per-step cache and the whole-post cache.

Two levels, both stored through the engine's one cache
(:class:`derivations.engine._cache.Cache`):

- per step, by the engine itself (``check(d, cache=True)``), under a name
  derived from the post's path (:func:`cache_name`), so that editing one row
  re-checks that row and the rows compared with it;
- per post, here: the post's JSON report keyed by the file's bytes, its path
  as shown, the extra assumptions, the seed, and the versions of this package
  (a digest of its source), sympy and lark. An unchanged post is not even
  parsed, and neither sympy nor lark is imported to find that out.

Imports nothing heavy: this module runs on the fast path.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

#: Bump when the stored form of a post's report changes.
FORMAT = "check-post-report-1"

#: Reports kept per post (the newest first): an edited post replaces its oldest
#: report instead of growing its cache file, while two alternating settings
#: (another seed, other assumptions) still both hit.
KEEP = 4


def cache_name(path: str | Path) -> str:
    """The engine cache's name for a post's derivation.

    The file's stem for people reading the cache directory, and a hash of the
    absolute path, so that ``a/x.md`` and ``b/x.md`` (or ``a_x.md``, which the
    cache's file naming would otherwise confuse with ``a/x.md``) never share a file.
    """
    p = Path(path)
    digest = hashlib.sha256(str(p.absolute()).encode("utf-8", "surrogateescape")).hexdigest()
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in p.stem[:40])
    return f"post-{stem}-{digest[:16]}"


def report_cache_name(path: str | Path) -> str:
    """The cache file holding the whole-post reports of the post at ``path``."""
    return cache_name(path) + "-report"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


@functools.lru_cache(maxsize=1)
def versions() -> str:
    """This package's version and source digest, sympy's and lark's versions.

    The source digest makes a changed checker (a new rule, a fixed reader) miss
    the cache even when the version number stayed the same.
    """
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for p in sorted(root.rglob("*.py")):
        if "__pycache__" in p.parts:
            continue
        h.update(str(p.relative_to(root)).encode())
        h.update(b"\0")
        h.update(p.read_bytes())
    return "|".join(
        [
            FORMAT,
            f"derivations {_version('derivations')} {h.hexdigest()[:20]}",
            f"sympy {_version('sympy')}",
            f"lark {_version('lark')}",
        ]
    )


def report_key(data: bytes, shown_path: str, assume: Sequence[str], seed: int) -> str:
    """The whole-post cache key: file bytes, path as shown, assumptions, seed, versions."""
    head = json.dumps([versions(), shown_path, list(assume), int(seed)]).encode()
    return hashlib.sha256(head + b"\0" + data).hexdigest()


class PostCache:
    """Whole-post reports, stored through the engine's cache (one file per post, holding
    the :data:`KEEP` newest reports as ``[{"key": ..., "report": ...}, ...]``)."""

    def __init__(self) -> None:
        from ..engine._cache import Cache

        self._store = Cache.default()

    def _entries(self, path: str) -> list[dict[str, Any]]:
        value = self._store.get_value(report_cache_name(path), "reports")
        if not isinstance(value, list):
            return []
        return [e for e in value if isinstance(e, dict) and isinstance(e.get("key"), str)]

    def get(self, path: str, key: str) -> dict[str, Any] | None:
        for entry in self._entries(path):
            report = entry.get("report")
            if entry["key"] == key and isinstance(report, dict):
                return report if isinstance(report.get("rows"), list) else None
        return None

    def put(self, path: str, key: str, report: dict[str, Any]) -> None:
        kept = [e for e in self._entries(path) if e["key"] != key][: KEEP - 1]
        value = [{"key": key, "report": report}, *kept]
        self._store.put_value(report_cache_name(path), "reports", value)

    def flush(self) -> None:
        self._store.flush()


__all__ = ["PostCache", "cache_name", "report_cache_name", "report_key", "versions"]
