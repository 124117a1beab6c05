"""build() returns None instead of a Derivation."""


def build():
    return None
