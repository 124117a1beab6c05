"""Derivations shipped with the package, by name."""

from __future__ import annotations


#: name -> module defining ``build() -> Derivation``; the first is the default.
BUNDLED: dict[str, str] = {
    "gaussian-mle": "derivations.bundled.gaussian_mle",
}
DEFAULT = "gaussian-mle"
