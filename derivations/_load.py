"""Finding derivations: bundled ones by name, a user's own from a Python file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from ._errors import LoadError
from ._model import Derivation
from ._options import one_line
from .bundled import BUNDLED, DEFAULT, build


def names() -> list[str]:
    """Names of the bundled derivations; the first is the default."""
    return list(BUNDLED)


def load(name: str = DEFAULT) -> Derivation:
    """Return a bundled derivation by name, or the derivation of a file.

    Parameters
    ----------
    name : str
        A bundled name (see :func:`names`; a bundled derivation is a packaged
        derivation file or a module), a path to a Python file that
        defines ``DERIVATION`` (a :class:`Derivation`) or ``build()``, or a
        path to a Markdown/LaTeX derivation file (``.md``, ``.tex``; see
        :mod:`derivations.source`).

    Raises
    ------
    LoadError
        If the name is unknown or the file does not define a derivation.
    """
    if name in BUNDLED:
        return build(name)
    path = Path(name)
    if path.suffix == ".py":
        return load_file(path)
    from .source import SUFFIXES

    if path.suffix.lower() in SUFFIXES:
        return Derivation.from_markdown(path)
    raise LoadError(
        f"Unknown derivation {name!r}. Bundled derivations: {', '.join(BUNDLED)}; "
        f"or a file: .py, {', '.join(SUFFIXES)}."
    )


def load_file(path: str | Path) -> Derivation:
    """The derivation a Python file defines (``DERIVATION``, or ``build()`` returning one).

    The file is the user's own code and runs as code. Whatever goes wrong while it
    runs - an exception, a ``sys.exit()`` at import or in ``build()`` - is a
    :class:`LoadError` naming the file, never an exit of the caller.
    """
    path = Path(path)
    shown = str(path)
    if path.is_dir():
        raise LoadError(f"Derivation file {shown!r} is a directory, not a Python file.")
    if not path.is_file():
        raise LoadError(f"Derivation file {shown!r} does not exist.")
    spec = importlib.util.spec_from_file_location(f"_derivation_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise LoadError(f"Derivation file {shown!r} cannot be imported as a Python module.")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # the user's own Python code, run as code on purpose
    except SystemExit as exc:
        raise LoadError(
            f"Derivation file {shown!r} calls sys.exit({_exit_code(exc)}) while being imported."
        ) from None
    except Exception as exc:  # noqa: BLE001
        raise LoadError(f"Derivation file {shown!r} does not import: {_describe(exc)}") from exc
    found = getattr(module, "DERIVATION", None)
    if found is None and callable(getattr(module, "build", None)):
        try:
            found = module.build()
        except SystemExit as exc:
            raise LoadError(
                f"Derivation file {shown!r}: build() calls sys.exit({_exit_code(exc)})."
            ) from None
        except Exception as exc:  # noqa: BLE001 - the user's code, reported as bad input
            raise LoadError(f"Derivation file {shown!r}: build() raised {_describe(exc)}") from exc
    if not isinstance(found, Derivation):
        got = "" if found is None else f" (it gives an object of type {type(found).__name__})"
        raise LoadError(
            f"Derivation file {shown!r} defines neither DERIVATION nor build() returning a "
            f"Derivation{got}."
        )
    return found


def _exit_code(exc: SystemExit) -> str:
    code = exc.code
    return "" if code is None else one_line(repr(code), 60)


def _describe(exc: BaseException) -> str:
    """``TypeName: message`` on one line, shortened (a message may be a whole file)."""
    return one_line(f"{type(exc).__name__}: {exc}", 500)
