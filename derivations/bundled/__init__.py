"""Derivations shipped with the package, by name.

A bundled derivation is written either as a derivation file in this folder
(``exponential_mle.md``: Markdown rows, a named rule per row; see
``docs/derivation-files.md``), or as a module defining ``build() ->
Derivation``, where Python is clearer or the file format cannot say it yet
(``docs/library.md`` says which and why). A module may also register start
rules of its own (a reference density) and give its derivation a
confirmation hook (``Derivation.confirm``) - the engine knows no distribution.
The files' reference densities are registered by :mod:`._references`.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

#: name -> a derivation file in this folder (``*.md``) or a module defining
#: ``build() -> Derivation``; the first is the default.
BUNDLED: dict[str, str] = {
    "gaussian-mle": "derivations.bundled.gaussian_mle",
    "gaussian-mvn-mle": "derivations.bundled.gaussian_mvn_mle",
    "exponential-mle": "exponential_mle.md",
    "poisson-mle": "poisson_mle.md",
    "bernoulli-mle": "bernoulli_mle.md",
    "binomial-mle": "binomial_mle.md",
    "geometric-mle": "geometric_mle.md",
    "rayleigh-mle": "rayleigh_mle.md",
    "gamma-known-shape-mle": "derivations.bundled.gamma_known_shape_mle",
    "laplace-mle": "derivations.bundled.laplace_mle",
    "gamma-mle": "derivations.bundled.gamma_mle",
    "ols-regression": "derivations.bundled.ols_regression",
}
DEFAULT = "gaussian-mle"
#: Suffix of the entries of :data:`BUNDLED` that are derivation files.
FILE_SUFFIX = ".md"
_HERE = Path(__file__).resolve().parent


def file_of(name: str) -> Path | None:
    """The derivation file of bundled derivation ``name``; None when it is a module."""
    entry = BUNDLED[name]
    return _HERE / entry if entry.endswith(FILE_SUFFIX) else None


def module_of(name: str) -> ModuleType | None:
    """The module of bundled derivation ``name``; None when it is a derivation file."""
    entry = BUNDLED[name]
    return None if entry.endswith(FILE_SUFFIX) else importlib.import_module(entry)


def origin(name: str) -> str:
    """The file that defines bundled derivation ``name`` (a ``.md`` or a ``.py``)."""
    path = file_of(name)
    if path is not None:
        return str(path)
    spec = importlib.util.find_spec(BUNDLED[name])
    return str(spec.origin) if spec is not None and spec.origin else ""


def attribute(name: str, key: str, default: Any = None) -> Any:
    """A module-level constant of a Python derivation (``NOT_STATIONARY``,
    ``ROW_NOTES`` ...); ``default`` for a derivation file, which has none."""
    module = module_of(name)
    return default if module is None else getattr(module, key, default)


def read(name: str) -> Any:
    """The :class:`~derivations.source.Source` of a bundled derivation file."""
    from ..source import read_file

    path = file_of(name)
    if path is None:
        raise ValueError(f"Bundled derivation {name!r} is a Python module, not a file.")
    importlib.import_module(f"{__name__}._references")
    return read_file(path)


def title(name: str) -> str:
    """The title of bundled derivation ``name``; a file's from its front matter alone
    (no row is read: ``derivations list`` stays fast)."""
    path = file_of(name)
    if path is None:
        return str(build(name).title)
    from ..post._extract import _front_matter, normalise
    from ..source._read import front_matter

    front, _, _ = _front_matter(normalise(path.read_text(encoding="utf-8")))
    return front_matter(front, str(path)).title or read(name).derivation.title


def build(name: str) -> Any:
    """The bundled derivation ``name`` as a :class:`~derivations.Derivation`."""
    module = module_of(name)
    return read(name).derivation if module is None else module.build()


def load_modules() -> None:
    """Import every bundled module (and the files' references), so that the rules they
    contribute are in the table."""
    importlib.import_module(f"{__name__}._references")
    for name in BUNDLED:
        module_of(name)
