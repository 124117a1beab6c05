"""The random numbers of the scalar numeric check, without numpy.

The engine draws a few hundred numbers per derivation (sample sizes, parameter
values, data points). numpy's generator did it, but importing numpy costs a
third of ``import sympy`` on this project's machine, on every cold
``derivations check`` of a derivation without vectors or matrices. Python's
Mersenne Twister is as good for this purpose, and reproducible across runs and
platforms for a given seed.

:class:`Rng` offers the four draws the engine makes, with numpy's meaning, so
the sampling code reads the same. Matrix derivations still draw their
matrices with numpy (``_matrix_sampling``), which they need anyway.
"""

from __future__ import annotations

import random
from collections.abc import Sequence


class Rng:
    """Reproducible draws from a seed: an integer or a sequence of integers.

    >>> r = Rng([7, 4099, 2])
    >>> 0 <= r.integers(10) < 10 and 3 <= r.integers(3, 5) < 5
    True
    >>> Rng(1).uniform(0, 1) == Rng(1).uniform(0, 1)
    True
    """

    def __init__(self, seed: int | Sequence[int] = 0) -> None:
        keys = [seed] if isinstance(seed, int) else list(seed)
        if not keys or not all(isinstance(k, int) and not isinstance(k, bool) for k in keys):
            raise ValueError(f"a seed is a whole number or a sequence of them, got {seed!r}.")
        # A str seed is hashed with SHA-512 by random.Random: the same stream on every
        # platform and Python version since 3.2, and distinct for [1, 23] and [12, 3].
        self._r = random.Random("rng:" + "/".join(str(k) for k in keys))

    def integers(self, low: int, high: int | None = None) -> int:
        """A whole number in ``[low, high)``, or in ``[0, low)`` without ``high`` (numpy's)."""
        if high is None:
            low, high = 0, low
        return self._r.randrange(int(low), int(high))

    def uniform(self, low: float = 0.0, high: float = 1.0) -> float:
        return self._r.uniform(low, high)

    def normal(self, loc: float = 0.0, scale: float = 1.0) -> float:
        return self._r.gauss(loc, scale)

    def random(self) -> float:
        return self._r.random()


__all__ = ["Rng"]
