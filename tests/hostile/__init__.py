"""Hostile-input (robustness) cases: the harness, the contracts and the case data.

The tests are ``tests/test_hostile*.py``; ``python -m tests.hostile`` runs them
and prints the counts per category. See ``README.md`` in this directory.
"""
