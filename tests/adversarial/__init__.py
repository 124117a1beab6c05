"""Adversarial cases for the derivation checker: false claims, each with a true twin.

"proved" must never be said of a false step. Every ``cases_<family>.py`` module
lists :class:`~adversarial._support.Case` objects in ``CASES``; a false claim
and its true twin name each other. ``tests/test_adversarial.py`` checks each
case with the public API only (``derivations.Derivation.check`` and
``derivations.post.check_post``) and asserts:

- a false claim is never ``proved`` nor ``given``, and the checker does not
  crash on it; when it is not refuted, the verdict says why (a non-empty
  reason, and the named open side condition when the case gives one);
- a true twin is ``proved``, or ``plausible`` with an open side condition
  named; never ``refuted``, never a crash; the natural-domain side conditions
  the case lists (``t != 0``, ``N != 4`` ...) are listed, open or discharged;
- every ``refuted`` verdict carries a counterexample.

The suite was written before the fix: many of its tests fail on purpose (they
are the to-do list). Each false claim also carries a *witness*, a point of the
declared domain where the claim fails, re-evaluated by the suite itself with
plain sympy under both conventions for sums whose upper limit is below the
lower one (sympy's Karr convention and "an empty range sums to 0"), so that a
false claim is false whichever convention the checker documents.
"""

from __future__ import annotations

from ._support import Case, all_cases, post_cases

__all__ = ["Case", "all_cases", "post_cases"]
