"""OPAQUE8: the class of a call of a function the post never defines, read as an arbitrary
function (see ._opaque). Its own module, so that ._resolve can tell it apart without an
import circle."""

from __future__ import annotations

from sympy.core.function import AppliedUndef


class OpaqueCall(AppliedUndef):
    """A call of a function the post never defines, read as an arbitrary function."""
