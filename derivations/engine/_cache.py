"""A cache of step results keyed by what a step's check depends on - one that cannot lie.

A step's verdict depends only on its own line, rule, relation and parameters,
the line(s) it is compared with, the random seed and the versions of sympy and
of this checker. The key hashes exactly those, so editing one step re-checks
that step (and the next, whose previous line changed) and nothing else.

The cache lives in ``$DERIVATIONS_CACHE_DIR`` or ``~/.cache/derivations``: one
JSON object per derivation (``{key: entry}``), written atomically. The cache
directory may be shared (CI caches), so nothing in it is believed on its face:

- every entry carries an HMAC-SHA256 over the canonical JSON of the entry, its
  key, the file's name and the kind of entry, made with a secret kept outside
  the cache directory (:func:`secret`: ``$DERIVATIONS_CACHE_KEY``, or the file
  ``$XDG_CONFIG_HOME/derivations/cache-key``, created 0600 on first use). An
  entry edited by hand, moved to another key or written with another secret
  fails the check and is ignored: its step is checked again;
- a step's verdict is never read from the cache: it is re-derived from the
  stored outcomes of the three checks and the side conditions by the engine's
  own :func:`~derivations.engine._verdict.verdict`. A result whose verdict
  cannot be re-derived that way (a crash inside a check) is not cached;
- reading is bounded and never blocks: the file must be a regular file (not a
  FIFO, a device or a directory) of at most :data:`MAX_FILE_BYTES`, and valid
  strict JSON (no ``NaN``). A file or entry that fails is ignored, with one
  warning line on standard error per process;
- writes go through a temporary file in the same directory and a rename; the
  temporary file is removed on every failure (read-only directory, full disk,
  a directory in the way). A failed write is a warning, never a failed check.

Besides step results and confirmations, :meth:`Cache.get_value` and
:meth:`Cache.put_value` store any JSON value (``check-post`` keeps whole-post
reports that way), authenticated the same way.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._report import GIVEN, CheckOutcome, Confirmation, SideCondition, StepResult

if TYPE_CHECKING:
    import sympy as sp

#: Part of every step key: bump when what a check computes changes. The key also
#: holds the checker's source digest (:func:`engine_version`), so a changed checker
#: misses every entry even when nobody bumped this.
ENGINE_VERSION = "3"
#: Part of every entry's MAC: bump when the stored form of an entry changes.
FORMAT = "derivations-cache-1"
#: The environment variable that gives the secret (CI: one per trust domain).
KEY_ENV = "DERIVATIONS_CACHE_KEY"
#: A secret shorter than this is refused (the cache is then off, with a warning).
MIN_KEY_CHARS = 16
#: A cache file larger than this is not read (it is ignored, with a warning).
MAX_FILE_BYTES = 32 * 1024 * 1024
#: When a file to be written would be larger than this, only the entries used by
#: this run are kept: a cache that is never pruned stays below MAX_FILE_BYTES.
SOFT_FILE_BYTES = 8 * 1024 * 1024

_MAC = "mac"
_STATUSES = ("pass", "fail", "skip")
_SIDE_STATUSES = {"discharged": True, "open": False}


class CacheProblem(Exception):
    """The cache cannot be used (no secret); the message says why."""


class _Malformed(Exception):
    """An authentic entry of the wrong shape."""


# --------------------------------------------------------------------------- warnings

_warned = False


def _warn(message: str) -> None:
    """One warning line on standard error per process, whatever goes wrong how often."""
    global _warned
    if _warned:
        return
    _warned = True
    from .._options import warning

    warning(f"check cache: {message}")


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


# --------------------------------------------------------------------------- the secret


def engine_version() -> str:
    """:data:`ENGINE_VERSION` and the package's source digest (see :mod:`._versions`):
    a step result computed by other code (an upgrade, a fixed rule) is never served as
    this code's."""
    from ._versions import source_versions

    return f"{ENGINE_VERSION}|{source_versions()}"


def key_path() -> Path:
    """Where the secret is kept when ``$DERIVATIONS_CACHE_KEY`` is not set."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(base):
        base = str(Path.home() / ".config")
    return Path(base) / "derivations" / "cache-key"


_SECRETS: dict[str, bytes] = {}


def secret() -> bytes:
    """The secret that authenticates cache entries.

    ``$DERIVATIONS_CACHE_KEY`` when set (at least :data:`MIN_KEY_CHARS`
    characters), else the file :func:`key_path`, created with 32 random bytes
    and mode 0600 on first use (never overwritten). The secret lives outside the
    cache directory, so whoever can write the cache cannot sign entries.

    Raises
    ------
    CacheProblem
        When the secret cannot be had (too short, unreadable, not creatable).
    """
    env = os.environ.get(KEY_ENV, "").strip()
    if env:
        if len(env) < MIN_KEY_CHARS:
            raise CacheProblem(f"{KEY_ENV} is shorter than {MIN_KEY_CHARS} characters")
        return env.encode("utf-8", "surrogateescape")
    try:
        path = key_path()
    except RuntimeError as exc:  # no home directory
        raise CacheProblem(f"no place for the cache key ({exc}); set {KEY_ENV}") from None
    known = _SECRETS.get(str(path))
    if known is None:
        known = _read_key(path)
        if known is None:
            known = _create_key(path)
        _SECRETS[str(path)] = known
    return known


def _read_key(path: Path) -> bytes | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CacheProblem(f"cannot read the cache key {path}: {_reason(exc)}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise CacheProblem(f"the cache key {path} is not a regular file")
        data = os.read(fd, 4096).strip()
    except OSError as exc:
        raise CacheProblem(f"cannot read the cache key {path}: {_reason(exc)}") from None
    finally:
        os.close(fd)
    if len(data) < MIN_KEY_CHARS:
        raise CacheProblem(
            f"the cache key {path} is shorter than {MIN_KEY_CHARS} characters "
            "(delete it to have a new one made)"
        )
    return data


def _create_key(path: Path) -> bytes:
    """Make the key file: written in full under a temporary name, then linked into
    place, so that a concurrent process sees no key or the whole key, and the
    first key made wins."""
    tmp = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".cache-key.", suffix=".tmp", dir=path.parent)
        try:
            os.write(fd, os.urandom(32).hex().encode("ascii") + b"\n")
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process made it first: use theirs
        except OSError:  # no hard links on this file system
            if not os.path.lexists(path):
                os.rename(tmp, path)
                tmp = None
    except OSError as exc:
        raise CacheProblem(f"cannot create the cache key {path}: {_reason(exc)}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    found = _read_key(path)
    if found is None:
        raise CacheProblem(f"cannot create the cache key {path}")
    return found


def _canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _mac(key_bytes: bytes, kind: str, name: str, key: str, body: Any) -> str:
    message = _canonical([FORMAT, kind, name, key, body])
    return hmac.new(key_bytes, message, hashlib.sha256).hexdigest()


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# --------------------------------------------------------------------------- the cache


def _default_dir() -> Path:
    env = os.environ.get("DERIVATIONS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "derivations"


class Cache:
    """Authenticated entries in one JSON file per name (see the module docstring).

    Parameters
    ----------
    directory : Path
        The cache directory (created when something is written).
    key : bytes, optional
        The secret; by default :func:`secret`, read when the cache is first used.
    """

    def __init__(self, directory: Path, key: bytes | None = None) -> None:
        self.directory = Path(directory)
        self._key = key
        self._off = False
        self._files: dict[str, dict[str, Any]] = {}  # file stem -> entries as read
        self._touched: dict[str, set[str]] = {}  # keys read (authentic) or written
        self._bad: dict[str, set[str]] = {}  # keys whose entry was ignored
        self._dirty: set[str] = set()
        self._printed: dict[sp.Basic, str] = {}

    @classmethod
    def default(cls) -> Cache:
        return cls(_default_dir())

    # -- keys

    def key(self, d: Any, i: int, seed: int = 0, extra: str = "") -> str:
        # sympy loads here, not at import: check-post reads its cache of whole
        # posts (get_value) without it.
        import sympy as sp

        step = d.steps[i]
        refs = [d.steps[i - 1].expr] if step.relation != "start" and i > 0 else []
        for k in ("ref", "start", "end", "at"):
            j = step.params.get(k)
            if isinstance(j, int) and 0 <= j < len(d.steps):
                refs.append(d.steps[j].expr)
        parts = [
            engine_version(),
            sp.__version__,
            str(seed),
            extra,
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
            text = self._printed[e] = _keyed_srepr(e)
        return text

    # -- step results

    def get(self, name: str, key: str, step: Any, index: int) -> StepResult | None:
        """The cached result of derivation ``name``'s step under ``key``, or None.

        The verdict is re-derived from the stored check outcomes, never read.
        """
        body = self._lookup("step", name, key)
        if body is None:
            return None
        try:
            return _step_result(body, step, index)
        except _Malformed:
            self._ignore(name, key)
            return None

    def put(self, name: str, key: str, result: StepResult) -> None:
        """Store a step's result, unless its verdict cannot be re-derived from its outcomes."""
        premise = result.reason if result.verdict == GIVEN else None
        again = _rederive(result, result.index, result.step, premise)
        if (again.verdict, again.reason) != (result.verdict, result.reason):
            return  # e.g. a check that crashed: checked again next time
        body = result.to_json()
        body["premise"] = premise
        self._store("step", name, key, body)

    # -- confirmations of the results

    def get_confirmations(self, name: str, key: str) -> tuple[Confirmation, ...] | None:
        """The cached confirmations of derivation ``name`` under ``key``, or None."""
        body = self._lookup("confirmations", name, key)
        if body is None:
            return None
        items = body.get("confirmations")
        try:
            if not isinstance(items, list):
                raise _Malformed
            return tuple(_confirmation(c) for c in items)
        except _Malformed:
            self._ignore(name, key)
            return None

    def put_confirmations(self, name: str, key: str, value: tuple[Confirmation, ...]) -> None:
        self._store("confirmations", name, key, {"confirmations": [c.to_json() for c in value]})

    # -- any JSON value

    def get_value(self, name: str, key: str) -> Any | None:
        """The JSON value stored in cache file ``name`` under ``key``, or None.

        Authenticated like every entry; the caller still checks its shape.
        """
        body = self._lookup("value", name, key)
        if body is None:
            return None
        if "value" not in body:
            self._ignore(name, key)
            return None
        return body["value"]

    def put_value(self, name: str, key: str, value: Any) -> None:
        """Store a JSON value in cache file ``name`` under ``key`` (written by :meth:`flush`).

        A value that is not JSON (``NaN``, sets, ...) is not stored.
        """
        self._store("value", name, key, {"value": value})

    # -- writing

    def flush(self) -> None:
        """Write every changed file (atomically); a failure is a warning, never an error."""
        for stem in sorted(self._dirty):
            entries = self._files.get(stem, {})
            bad = self._bad.get(stem, set())
            keep = {
                k: v
                for k, v in entries.items()
                if k not in bad and isinstance(v, dict) and isinstance(v.get(_MAC), str)
            }
            text = None
            try:
                text = json.dumps(keep, allow_nan=False)
            except (TypeError, ValueError, RecursionError):
                pass
            if text is None or len(text) > SOFT_FILE_BYTES:
                touched = self._touched.get(stem, set())
                text = json.dumps({k: v for k, v in keep.items() if k in touched})
            self._write(stem, text)
        self._dirty.clear()

    def _write(self, stem: str, text: str) -> None:
        path = self.directory / f"{stem}.json"
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{stem[:40]}.", suffix=".tmp", dir=self.directory)
            try:
                fh = os.fdopen(fd, "w", encoding="utf-8")
            except BaseException:
                os.close(fd)
                raise
            with fh:
                fh.write(text)
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            _warn(f"cannot write {path}: {_reason(exc)}; this run's results are not cached")
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    # -- entries

    def _secret(self) -> bytes | None:
        if self._key is None and not self._off:
            try:
                self._key = secret()
            except CacheProblem as exc:
                self._off = True
                _warn(
                    f"{exc}; the cache is off for this run "
                    "(see 'Sharing the cache in CI' in docs/engine.md)"
                )
        return self._key

    @staticmethod
    def _stem(name: str) -> str:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name)
        if not safe or len(safe) > 100:
            digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
            safe = f"{safe[:60]}-{digest[:16]}"
        return safe

    def _entries(self, stem: str) -> dict[str, Any]:
        found = self._files.get(stem)
        if found is None:
            found = self._files[stem] = self._read(self.directory / f"{stem}.json")
        return found

    def _read(self, path: Path) -> dict[str, Any]:
        """The file's entries; {} (with a warning) for anything but a sound cache file."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        except FileNotFoundError:
            return {}
        except OSError as exc:
            _warn(f"cannot read {path}: {_reason(exc)}; its steps are checked again")
            return {}
        chunks: list[bytes] = []
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                _warn(f"{path} is not a regular file; it is ignored")
                return {}
            size = 0
            while size <= MAX_FILE_BYTES:
                chunk = os.read(fd, 1 << 20)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            _warn(f"cannot read {path}: {_reason(exc)}; its steps are checked again")
            return {}
        finally:
            os.close(fd)
        if size > MAX_FILE_BYTES:
            _warn(
                f"{path} is larger than the limit of {MAX_FILE_BYTES >> 20} MiB; "
                "it is ignored and its steps are checked again"
            )
            return {}
        try:
            data = json.loads(b"".join(chunks).decode("utf-8"), parse_constant=_no_constants)
        except (UnicodeDecodeError, ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            _warn(
                f"{path} is not a cache file (damaged?); it is ignored and its steps are "
                "checked again"
            )
            return {}
        return data

    def _lookup(self, kind: str, name: str, key: str) -> dict[str, Any] | None:
        """The authentic body stored under ``key``, or None (absent, or ignored)."""
        key_bytes = self._secret()
        if key_bytes is None:
            return None
        stem = self._stem(name)
        raw = self._entries(stem).get(key)
        if raw is None:
            return None
        body = _authentic(key_bytes, kind, name, key, raw)
        if body is None:
            self._ignore(name, key)
            return None
        self._touched.setdefault(stem, set()).add(key)
        return body

    def _ignore(self, name: str, key: str) -> None:
        stem = self._stem(name)
        self._bad.setdefault(stem, set()).add(key)
        _warn(
            f"an entry of {self.directory / (stem + '.json')} is not authentic (edited by hand, "
            "damaged, or written with another key); it is ignored and checked again"
        )

    def _store(self, kind: str, name: str, key: str, body: dict[str, Any]) -> None:
        key_bytes = self._secret()
        if key_bytes is None:
            return
        try:
            # Exactly the form it will be read back in (tuples as lists, keys as text).
            body = json.loads(json.dumps(body, allow_nan=False))
            mac = _mac(key_bytes, kind, name, key, body)
        except (TypeError, ValueError, RecursionError):
            return  # not JSON: not cached
        stem = self._stem(name)
        entries = self._entries(stem)
        self._touched.setdefault(stem, set()).add(key)
        old = entries.get(key)
        if isinstance(old, dict) and old.get(_MAC) == mac and key not in self._bad.get(stem, ()):
            return  # the same entry again: nothing to write
        entries[key] = {**body, _MAC: mac}
        self._bad.get(stem, set()).discard(key)
        self._dirty.add(stem)


def _authentic(key_bytes: bytes, kind: str, name: str, key: str, raw: Any) -> dict | None:
    if not isinstance(raw, dict):
        return None
    mac = raw.get(_MAC)
    if not isinstance(mac, str) or len(mac) != 64:
        return None
    body = {k: v for k, v in raw.items() if k != _MAC}
    try:
        want = _mac(key_bytes, kind, name, key, body)
    except (TypeError, ValueError, RecursionError):
        return None
    if not hmac.compare_digest(mac.encode("utf-8", "backslashreplace"), want.encode("ascii")):
        return None
    return body


# --------------------------------------------------------------------------- entry shapes


def _text(value: Any, optional: bool = False) -> Any:
    if isinstance(value, str) or (optional and value is None):
        return value
    raise _Malformed


def _outcome(value: Any) -> CheckOutcome:
    if not isinstance(value, dict) or value.get("status") not in _STATUSES:
        raise _Malformed
    return CheckOutcome(value["status"], _text(value.get("detail")))


def _side(value: Any) -> SideCondition:
    if not isinstance(value, dict) or value.get("status") not in _SIDE_STATUSES:
        raise _Malformed
    return SideCondition(
        _text(value.get("rule")),
        _text(value.get("condition")),
        _SIDE_STATUSES[value["status"]],
        _text(value.get("reason")),
    )


def _step_result(body: dict[str, Any], step: Any, index: int) -> StepResult:
    checks = body.get("checks")
    sides = body.get("side_conditions")
    counter = body.get("counterexample")
    if not isinstance(checks, dict) or not isinstance(sides, list):
        raise _Malformed
    if counter is not None and not isinstance(counter, dict):
        raise _Malformed
    result = StepResult(
        index,
        step,
        "",
        _outcome(checks.get("rule")),
        _outcome(checks.get("symbolic")),
        _outcome(checks.get("numeric")),
        tuple(_side(s) for s in sides),
        counter,
        _text(body.get("residual"), optional=True),
        "",
        _text(body.get("identified_rule"), optional=True),
    )
    return _rederive(result, index, step, _text(body.get("premise"), optional=True))


def _rederive(r: StepResult, index: int, step: Any, premise: str | None) -> StepResult:
    """The verdict the engine gives these outcomes (the engine's own combination)."""
    from ._verdict import verdict

    return verdict(
        index,
        step,
        r.rule_check,
        r.symbolic,
        r.numeric,
        tuple(r.side_conditions),
        r.counterexample,
        r.residual,
        r.identified_rule,
        premise=premise,
    )


def _confirmation(value: Any) -> Confirmation:
    if not isinstance(value, dict) or not isinstance(value.get("ok"), bool):
        raise _Malformed
    return Confirmation(_text(value.get("name")), value["ok"], _text(value.get("detail")))


__all__ = ["ENGINE_VERSION", "engine_version", "Cache", "CacheProblem", "key_path", "secret"]


def _keyed_srepr(e: Any) -> str:
    """``srepr(e)`` with the keywords of its undefined functions: sympy's own writes
    ``Function('p')`` for every undefined function of that name, whatever its keywords,
    and the keywords tell apart functions sympy keeps apart (``p(z | x)`` and ``p(z, x)``,
    a table's ``B`` and the post's), so two steps that differ only there must not share a
    key."""
    from sympy.printing.repr import ReprPrinter

    class _Printer(ReprPrinter):
        def _print_Function(self, expr: Any) -> str:
            out = super()._print_Function(expr)
            kwargs = getattr(expr.func, "_kwargs", None)
            if kwargs:
                out += "{" + ", ".join(f"{k}={v!r}" for k, v in sorted(kwargs.items())) + "}"
            return out

    return _Printer().doprint(e)
