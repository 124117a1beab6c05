"""Whole reports keyed by everything they depend on: the fast path of an unchanged input.

The engine's step cache (:mod:`._cache`) saves the checks of unchanged steps,
but a run that finds every step cached still imports sympy, builds the
derivation and walks it. When nothing the report depends on has changed, the
report itself can be reused: ``check-post`` keeps a post's JSON report keyed by
the post's bytes, and ``derivations check`` keeps a bundled derivation's
output keyed by its name. Both keys include :func:`versions`, a digest of this
package's own source and Markdown files (a changed rule, engine or bundled
derivation misses),
and the versions of sympy and lark.

The reports are stored through the engine's one cache (authenticated entries,
atomic writes; see :mod:`._cache`), :data:`KEEP` per file, newest first: an
edited input replaces its oldest report instead of growing the file, while two
alternating settings (another seed) both hit.

Imports nothing heavy: this module runs on the fast path.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ._versions import source_versions

#: Bump when the stored form of a report changes.
FORMAT = "report-cache-1"
#: Reports kept per cache file (the newest first).
KEEP = 4


def versions() -> str:
    """The report format, this package's version and source digest, and the versions of
    sympy, mpmath and lark (see :mod:`._versions`)."""
    return f"{FORMAT}|{source_versions()}"


def report_key(data: bytes, *settings: Any) -> str:
    """A report's key: the input's bytes, the settings that change it (JSON values), versions."""
    head = json.dumps([versions(), *settings]).encode()
    return hashlib.sha256(head + b"\0" + data).hexdigest()


class ReportCache:
    """Reports stored through the engine's cache, :data:`KEEP` per file, as
    ``[{"key": ..., "report": ...}, ...]`` under the value name ``"reports"``.

    ``valid(report)`` tells a usable report from an authentic one of another shape.
    """

    def __init__(self, valid: Any = lambda report: isinstance(report, dict)) -> None:
        from ._cache import Cache

        self._store = Cache.default()
        self._valid = valid

    def _entries(self, file: str) -> list[dict[str, Any]]:
        value = self._store.get_value(file, "reports")
        if not isinstance(value, list):
            return []
        return [e for e in value if isinstance(e, dict) and isinstance(e.get("key"), str)]

    def get(self, file: str, key: str) -> Any:
        """The report stored under ``key`` in cache file ``file``, or None."""
        for entry in self._entries(file):
            if entry["key"] == key:
                report = entry.get("report")
                return report if self._valid(report) else None
        return None

    def put(self, file: str, key: str, report: Any) -> None:
        kept = [e for e in self._entries(file) if e["key"] != key][: KEEP - 1]
        self._store.put_value(file, "reports", [{"key": key, "report": report}, *kept])

    def flush(self) -> None:
        self._store.flush()


__all__ = ["KEEP", "ReportCache", "report_key", "versions"]
