"""How much memory this process may still allocate, checked before large allocations.

Large inputs fail with a ``ValueError`` that says how much was needed and how much is
available, instead of a ``MemoryError`` (or the kernel's OOM killer) half-way through.
"Available" is the smaller of the free RAM (``MemAvailable``) and what the process's
address-space limit (``RLIMIT_AS``) leaves.
"""

from __future__ import annotations

import resource
from pathlib import Path

#: Allocations below this are not checked (reading /proc costs ~0.1 ms).
CHECK_ABOVE = 64 << 20


def available_memory() -> int | None:
    """Bytes this process can still allocate: free RAM, and its address-space limit."""
    limits = []
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                limits.append(int(line.split()[1]) * 1024)
                break
    except (OSError, ValueError, IndexError):
        pass
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft != resource.RLIM_INFINITY:
        limits.append(max(0, soft - _address_space_in_use()))
    return min(limits) if limits else None


def _address_space_in_use() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def human_bytes(n: float) -> str:
    """``1.5 GiB``, ``512 bytes``."""
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} TiB"


def check_memory(needed: int, what: str) -> None:
    """Raise ``ValueError`` if ``needed`` bytes exceed what this process may allocate.

    Needs below ``CHECK_ABOVE`` are accepted without looking.
    """
    if needed < CHECK_ABOVE:
        return
    free = available_memory()
    if free is not None and needed > free:
        raise ValueError(
            f"{what} would need about {human_bytes(needed)} of memory, but only "
            f"{human_bytes(free)} is available."
        )


__all__ = ["CHECK_ABOVE", "available_memory", "check_memory", "human_bytes"]
