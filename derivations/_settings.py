"""The checker's numeric and search limits, in one place.

``DEFAULT`` is what every check uses unless a caller passes its own
:class:`Settings`. Changing a value changes verdicts only in the direction
documented next to it; the cache key includes the settings, so cached results
never outlive a change.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Settings:
    """Limits of the three checks.

    Attributes
    ----------
    precision : int
        Significant digits of the numeric check's arithmetic.
    sizes : tuple of int
        The values a sample size such as ``N`` takes in the numeric check
        (sums are written out term by term for each).
    points_per_size : int
        Random points drawn per size.
    rtol : float
        Relative agreement two values need to count as equal.
    zero : float
        A residual of an equation counts as zero below this.
    max_sites : int
        A rule that matches at more places than this is applied at all of
        them or at one at a time, not at every subset.
    max_candidates : int
        At most this many candidate lines per composed rule.
    max_nodes, max_depth : int
        A line has at most this many terms and factors, nested at most this deep.
    max_digits : int
        No number in a line (a literal, a power or factorial of literals) may
        have more digits.
    max_exponent : int
        A power of a non-number has an exponent of at most this size.
    max_factorial : int
        Factorials and binomials of numbers take arguments up to this.
    max_terms : int
        A sum or product with numeric limits has at most this many terms.
    step_seconds : float
        CPU-time limit of one step's checks (seconds); past it the step is unchecked.
    post_seconds : float
        Wall-clock seconds for checking one post (``check-post``), from its start:
        a step not started by then is unchecked, naming this budget, and is never
        cached. Every row is bounded by ``step_seconds``, but a post of many slow
        rows is not (forty took 724 s on a loaded machine); the default is seven
        times the slowest of the 395 held-out posts (84 s, two at a time at load 2-5).
    max_post_rows : int
        ``check-post`` refuses a post with more display rows than this (bad
        input, exit 2): each row costs a parse and a check, so a post ten
        times this size would run for minutes.

    Every limit is enforced before anything is evaluated (see
    :mod:`derivations._budget`); a line past one is "unchecked" with the limit named.
    """

    precision: int = 30
    sizes: tuple[int, ...] = (1, 2, 3, 5)
    points_per_size: int = 1
    rtol: float = 1e-18
    zero: float = 1e-15
    max_sites: int = 6
    max_candidates: int = 400
    max_nodes: int = 20_000
    max_depth: int = 200
    max_digits: int = 1_000
    max_exponent: int = 1_000
    max_factorial: int = 1_000
    max_terms: int = 5_000
    step_seconds: float = 3.0
    post_seconds: float = 600.0
    max_post_rows: int = 1_000

    def key(self) -> str:
        """A stable text of every value, for cache keys."""
        return repr(dataclasses.astuple(self))


DEFAULT = Settings()

__all__ = ["DEFAULT", "Settings"]
