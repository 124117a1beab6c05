"""Cache names and keys for posts: the engine's per-step cache and the whole-post cache.

Two levels, both stored through the engine's one cache
(:class:`derivations.engine._cache.Cache`):

- per step, by the engine itself (``check(d, cache=True)``), under a name
  derived from the post's path (:func:`cache_name`), so that editing one row
  re-checks that row and the rows compared with it;
- per post, through :mod:`derivations.engine._report_cache`: the post's JSON
  report keyed by the file's bytes, its path as shown, the extra assumptions,
  the seed, and the versions of this package (a digest of its source), sympy
  and lark. An unchanged post is not even parsed, and neither sympy nor lark is
  imported to find that out.

Imports nothing heavy: this module runs on the fast path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..engine._report_cache import KEEP, ReportCache, versions
from ..engine._report_cache import report_key as _report_key


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


def report_key(data: bytes, shown_path: str, assume: Sequence[str], seed: int) -> str:
    """The whole-post cache key: file bytes, path as shown, assumptions, seed, versions."""
    return _report_key(data, "check-post", shown_path, list(assume), int(seed))


class PostCache(ReportCache):
    """Whole-post reports, one cache file per post (:func:`report_cache_name`)."""

    def __init__(self) -> None:
        super().__init__(lambda r: isinstance(r, dict) and isinstance(r.get("rows"), list))

    def get(self, path: str, key: str) -> dict[str, Any] | None:
        return super().get(report_cache_name(path), key)

    def put(self, path: str, key: str, report: dict[str, Any]) -> None:
        super().put(report_cache_name(path), key, report)


__all__ = ["KEEP", "PostCache", "cache_name", "report_cache_name", "report_key", "versions"]
