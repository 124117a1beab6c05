"""DERIVATION is not a Derivation."""

DERIVATION = 42
