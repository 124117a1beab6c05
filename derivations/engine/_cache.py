"""A cache of step results keyed by what a step's check depends on.

A step's verdict depends only on its own line, rule, relation and parameters,
the line(s) it is compared with, the random seed and the versions of sympy and
of this checker. The key hashes exactly those, so editing one step re-checks
that step (and the next, whose previous line changed) and nothing else.

The cache lives in ``$DERIVATIONS_CACHE_DIR`` or ``~/.cache/derivations``; one
JSON file per derivation, written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import sympy as sp

from .._report import CheckOutcome, Confirmation, SideCondition, StepResult
from .._settings import DEFAULT, Settings

ENGINE_VERSION = "2"


def _default_dir() -> Path:
    env = os.environ.get("DERIVATIONS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "derivations"


class Cache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._data: dict[str, dict[str, Any]] = {}
        self._dirty: set[str] = set()
        self._printed: dict[sp.Basic, str] = {}

    @classmethod
    def default(cls) -> Cache:
        return cls(_default_dir())

    def _file(self, name: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
        return self.directory / f"{safe}.json"

    def _load(self, name: str) -> dict[str, Any]:
        if name not in self._data:
            try:
                self._data[name] = json.loads(self._file(name).read_text())
            except (OSError, ValueError):
                self._data[name] = {}
        return self._data[name]

    def key(self, d: Any, i: int, seed: int = 0, settings: Settings = DEFAULT) -> str:
        step = d.steps[i]
        refs = [d.steps[i - 1].expr] if step.relation != "start" and i > 0 else []
        for k in ("ref", "start", "end"):
            j = step.params.get(k)
            if isinstance(j, int) and 0 <= j < len(d.steps):
                refs.append(d.steps[j].expr)
        parts = [
            ENGINE_VERSION,
            sp.__version__,
            str(seed),
            settings.key(),
            d.name,
            self._srepr(step.expr),
            repr(step.rules),
            step.relation,
            repr(
                sorted(
                    (k, self._srepr(v) if isinstance(v, sp.Basic) else repr(v))
                    for k, v in step.params.items()
                )
            ),
            *(self._srepr(r) for r in refs),
            repr(sorted(map(sp.srepr, d.symbols), key=str)),
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def _srepr(self, e: sp.Basic) -> str:
        # Neighbouring steps share lines; print each line once.
        text = self._printed.get(e)
        if text is None:
            text = self._printed[e] = sp.srepr(e)
        return text

    def get(self, name: str, key: str, step: Any, index: int) -> StepResult | None:
        """The cached result of derivation ``name``'s step under ``key``, or None."""
        raw = self._load(name).get(key)
        if raw is None:
            return None
        return StepResult(
            index,
            step,
            raw["verdict"],
            *(
                CheckOutcome(raw["checks"][c]["status"], raw["checks"][c]["detail"])
                for c in ("rule", "symbolic", "numeric")
            ),
            side_conditions=tuple(
                SideCondition(s["rule"], s["condition"], s["status"] == "discharged", s["reason"])
                for s in raw["side_conditions"]
            ),
            counterexample=raw["counterexample"],
            residual=raw["residual"],
            reason=raw["reason"],
            identified_rule=raw["identified_rule"],
        )

    def put(self, name: str, key: str, result: StepResult) -> None:
        self._load(name)[key] = result.to_json()
        self._dirty.add(name)

    def get_confirmations(self, name: str, key: str) -> tuple[Confirmation, ...] | None:
        """The cached confirmations of derivation ``name`` under ``key``, or None."""
        raw = self._load(name).get(key)
        if raw is None:
            return None
        return tuple(Confirmation(**c) for c in raw)

    def put_confirmations(self, name: str, key: str, value: tuple[Confirmation, ...]) -> None:
        self._load(name)[key] = [c.to_json() for c in value]
        self._dirty.add(name)

    def flush(self) -> None:
        for name in self._dirty:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
                fd, tmp = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
                with os.fdopen(fd, "w") as fh:
                    json.dump(self._data[name], fh)
                os.replace(tmp, self._file(name))
            except OSError:
                # A read-only home is no reason to fail a check; the cache is an optimisation.
                pass
        self._dirty.clear()
