"""Finding derivations: bundled ones by name, a user's own from a Python file."""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path

from ._errors import LoadError
from ._model import Derivation
from .bundled import BUNDLED, DEFAULT


def names() -> list[str]:
    """Names of the bundled derivations; the first is the default."""
    return list(BUNDLED)


def load(name: str = DEFAULT) -> Derivation:
    """Return a bundled derivation by name, or the derivations of a ``.py`` file.

    Parameters
    ----------
    name : str
        A bundled name (see :func:`names`) or a path to a Python file that
        defines ``DERIVATION`` (a :class:`Derivation`) or ``build()``.

    Raises
    ------
    LoadError
        If the name is unknown or the file does not define a derivation.
    """
    if name in BUNDLED:
        return importlib.import_module(BUNDLED[name]).build()
    path = Path(name)
    if path.suffix == ".py":
        return load_file(path)
    raise LoadError(f"Unknown derivation {name!r}. Bundled derivations: {', '.join(BUNDLED)}.")


def load_file(path: str | Path) -> Derivation:
    path = Path(path)
    if not path.is_file():
        raise LoadError(f"Derivation file {str(path)!r} does not exist.")
    spec = importlib.util.spec_from_file_location(f"_derivation_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)  # the user's own Python code, run as code on purpose
    except Exception as exc:  # noqa: BLE001
        raise LoadError(
            f"Derivation file {str(path)!r} does not import: {type(exc).__name__}: {exc}"
        ) from exc
    found = getattr(module, "DERIVATION", None)
    if found is None and callable(getattr(module, "build", None)):
        try:
            found = module.build()
        except Exception as exc:  # noqa: BLE001 - the user's code, reported as bad input
            raise LoadError(
                f"Derivation file {str(path)!r}: build() raised {type(exc).__name__}: {exc}"
            ) from exc
    if not isinstance(found, Derivation):
        raise LoadError(
            f"Derivation file {str(path)!r} defines neither DERIVATION nor build() returning a Derivation."
        )
    return found
