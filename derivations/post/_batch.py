"""Check many posts: paths -> posts -> whole-post cache -> worker pool -> one result.

``derivations check-post PATH...`` takes files, directories (searched
recursively for ``.md``, ``.markdown`` and ``.tex``, so Jekyll's ``_posts/``
and Hugo's ``content/`` page bundles are found as they are) and glob patterns.
Each post's report is kept in its JSON form (``PostReport.to_json()``), which
is also what the whole-post cache stores and what every output format reads.

Posts whose bytes, assumptions, seed and checker versions are unchanged come
from the cache without being parsed (and without importing sympy). The others
are checked on the engine's one worker pool (:mod:`derivations.engine._pool`):
several posts - one per worker, largest first; a single post - its steps spread
over the workers by the engine, as ``derivations check-post FILE`` always did.

A post that cannot be read is an error of its own (exit status 2) and never
stops the others.
"""

from __future__ import annotations

import dataclasses
import glob
import os
import stat
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

#: What a directory is searched for.
POST_SUFFIXES = (".md", ".markdown", ".tex")

#: Folders never searched: version control, dependencies, and site generators' output.
SKIP_DIRS = frozenset({"node_modules", "vendor", "_site", "public", "resources", "__pycache__"})


@dataclasses.dataclass(frozen=True)
class Target:
    """A post to check: the path as shown in reports, and how it was named."""

    path: str
    explicit: bool  # named on the command line (not found in a directory or by a pattern)


@dataclasses.dataclass
class Batch:
    """Every post's JSON report (in the order found) and every input error."""

    posts: list[dict[str, Any]]
    errors: list[tuple[str | None, str]]  # (path or None, message)
    single: bool  # one file named: the output keeps the one-post shape
    allow_no_math: bool = False
    from_cache: int = 0
    seconds: float = 0.0

    @property
    def rows(self) -> int:
        return sum(len(p.get("rows") or ()) for p in self.posts)

    def post_ok(self, post: dict[str, Any]) -> bool:
        """A post without display math passes among others; alone, it passes only when
        ``allow_no_math`` says so (a run that checked nothing is not a success)."""
        if not post.get("rows") and not post.get("problems"):
            return self.allow_no_math or (not self.single and self.rows > 0)
        return bool(post.get("ok"))

    @property
    def ok(self) -> bool:
        return not self.errors and all(self.post_ok(p) for p in self.posts) and bool(self.posts)

    @property
    def exit_status(self) -> int:
        from .._options import EXIT_FAILED, EXIT_OK, EXIT_USAGE

        if self.errors:
            return EXIT_USAGE
        return EXIT_OK if self.ok else EXIT_FAILED

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.posts:
            for r in p.get("rows") or ():
                v = str(r.get("verdict"))
                out[v] = out.get(v, 0) + 1
        return dict(sorted(out.items()))

    def summary(self) -> dict[str, Any]:
        no_math = sum(1 for p in self.posts if not p.get("rows"))
        return {
            "posts": len(self.posts) + len(self.errors),
            "posts_checked": len(self.posts),
            "posts_ok": sum(1 for p in self.posts if p.get("rows") and self.post_ok(p)),
            "posts_not_ok": sum(1 for p in self.posts if not self.post_ok(p)),
            "posts_without_math": no_math,
            "posts_unreadable": len(self.errors),
            "posts_from_cache": self.from_cache,
            "rows": self.rows,
            "counts": self.counts(),
            "seconds": round(self.seconds, 3),
        }


# --------------------------------------------------------------------------- finding posts


def _is_post(name: str) -> bool:
    return name.lower().endswith(POST_SUFFIXES)


def _walk(directory: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        found += [os.path.join(root, f) for f in sorted(files) if _is_post(f)]
    return found


def _describe_os_error(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def find_posts(paths: Sequence[str]) -> tuple[list[Target], list[tuple[str | None, str]]]:
    """Expand files, directories and glob patterns into posts, in order, without repeats.

    Returns the posts and the errors (a path that does not exist, a pattern
    that matches nothing, a directory without posts, a file that is not a
    regular file such as a FIFO or a device).
    """
    targets: list[Target] = []
    errors: list[tuple[str | None, str]] = []
    seen: set[str] = set()

    def add(path: str, explicit: bool) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            targets.append(Target(path, explicit))

    for arg in paths:
        if not os.path.lexists(arg) and glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                errors.append((arg, f"{arg}: no file matches this pattern."))
            for m in matches:
                if os.path.isdir(m):
                    for f in _walk(m):
                        add(f, False)
                elif _is_post(m):
                    add(m, False)
            continue
        try:
            mode = os.stat(arg).st_mode
        except OSError as exc:
            errors.append((arg, f"{arg}: cannot read the post: {_describe_os_error(exc)}."))
            continue
        except ValueError:  # a NUL byte in the name
            errors.append((arg, f"{arg!r}: cannot read the post: not a valid file name."))
            continue
        if stat.S_ISDIR(mode):
            found = _walk(arg)
            if not found:
                errors.append(
                    (arg, f"{arg}: no posts found in this directory (.md, .markdown, .tex).")
                )
            for f in found:
                add(f, False)
        elif stat.S_ISREG(mode):
            add(arg, True)
        else:
            errors.append((arg, f"{arg}: cannot read the post: not a regular file."))
    return targets, errors


def is_single(paths: Sequence[str]) -> bool:
    """One file named on the command line (the output keeps the one-post JSON shape)."""
    if len(paths) != 1:
        return False
    arg = paths[0]
    if os.path.isdir(arg):
        return False
    return os.path.lexists(arg) or not glob.has_magic(arg)


# --------------------------------------------------------------------------- checking


class _CheckPost:
    """One post checked in a worker; returns its JSON form or an error message."""

    def __init__(
        self,
        path: str,
        assume: Sequence[str],
        seed: int,
        jobs: int | None,
        cache: bool,
        post_seconds: float | None = None,
    ):
        self.path, self.assume, self.seed, self.jobs, self.cache = path, assume, seed, jobs, cache
        self.post_seconds = post_seconds

    def __call__(self) -> dict[str, Any]:
        from ._run import check_post

        try:
            post = check_post(
                self.path,
                assume=self.assume,
                seed=self.seed,
                jobs=self.jobs,
                cache=self.cache,
                post_seconds=self.post_seconds,
            )
            return {"post": post.to_json()}
        except ValueError as exc:
            return {"error": str(exc)}
        except RecursionError:
            return {"error": f"{self.path}: the post is nested too deeply to be checked."}
        except Exception as exc:  # noqa: BLE001 - one post's crash must not stop the others
            return {
                "error": f"{self.path}: the checker failed on this post ({type(exc).__name__})."
            }


def check_posts(
    paths: Sequence[str],
    *,
    assume: Sequence[str] = (),
    seed: int = 0,
    jobs: int | None = None,
    cache: bool = True,
    allow_no_math: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    post_seconds: float | None = None,
) -> Batch:
    """Check every post that ``paths`` names; see the module docstring.

    Parameters
    ----------
    paths : sequence of str
        Files, directories and glob patterns.
    assume, seed :
        As for :func:`~derivations.post.check_post`.
    jobs : int, optional
        Worker processes (see :mod:`derivations.engine._pool`).
    cache : bool
        Reuse whole-post reports and the engine's step results.
    allow_no_math : bool
        A run in which no post has display math passes (else it fails: nothing
        was checked).
    progress : callable, optional
        ``progress(done, total, path)`` as each post is finished.
    on_error : callable, optional
        Called with each input error's message as soon as it is known.
    post_seconds : float, optional
        Each post's time budget (see :func:`~derivations.post.check_post`); a post
        that used it up is reported but not cached.
    """
    t0 = time.perf_counter()
    targets, found_errors = find_posts(paths)
    errors: list[tuple[str | None, str]] = []

    def bad(path: str | None, message: str) -> None:
        # The same message for every post (a bad --assume) is said once.
        if all(message != m for _, m in errors):
            errors.append((path, message))
            if on_error is not None:
                on_error(message)

    for path, message in found_errors:
        bad(path, message)
    results: list[dict[str, Any] | None] = [None] * len(targets)
    store = None
    if cache:
        from ._post_cache import PostCache, report_key

        store = PostCache()
    keys: list[str | None] = [None] * len(targets)
    todo: list[int] = []
    sizes: dict[int, int] = {}
    for i, t in enumerate(targets):
        try:
            data = Path(t.path).read_bytes()
        except OSError as exc:
            bad(t.path, f"{t.path}: cannot read the post: {_describe_os_error(exc)}.")
            continue
        sizes[i] = len(data)
        if store is not None:
            keys[i] = report_key(data, t.path, assume, seed)
            hit = store.get(t.path, keys[i])
            if hit is not None:
                results[i] = hit
                continue
        todo.append(i)
    hits = sum(r is not None for r in results)
    done = [hits]
    total = len(targets)
    if progress is not None and hits:
        progress(hits, total, "")
    if todo:
        # Largest first, so that the longest post does not start last.
        todo.sort(key=lambda i: -sizes[i])
        many = len(todo) > 1
        tasks = [
            _CheckPost(targets[i].path, assume, seed, 1 if many else jobs, cache, post_seconds)
            for i in todo
        ]
        if many:
            # Workers fork from this process: build what they share first.
            from ._grammar import parser
            from ._run import check_post  # noqa: F401 - imported once, for every worker

            parser()

        def on_result(k: int, value: dict[str, Any]) -> None:
            i = todo[k]
            if "error" in value:
                bad(targets[i].path, value["error"])
            else:
                results[i] = value["post"]
                # A spent budget is the machine's verdict, not the post's: check it again.
                spent = value["post"].get("budget_spent")
                if store is not None and keys[i] is not None and not spent:
                    store.put(targets[i].path, keys[i], value["post"])
            done[0] += 1
            if progress is not None:
                progress(done[0], total, targets[i].path)

        from ..engine import _pool

        _pool.run(tasks, jobs if many else 1, on_result)
    if store is not None:
        store.flush()
    return Batch(
        posts=[r for r in results if r is not None],
        errors=errors,
        single=is_single(paths),
        allow_no_math=allow_no_math,
        from_cache=hits,
        seconds=time.perf_counter() - t0,
    )


__all__ = ["Batch", "POST_SUFFIXES", "Target", "check_posts", "find_posts", "is_single"]
