"""The hostile harness times a case by its CPU time, so that load cannot fail a case and a
blow-up cannot hide behind it (tests/hostile/README.md, contract 1)."""

from __future__ import annotations

import os
import time

from tests.hostile import _harness as H


def _spin() -> None:
    while True:
        pass


def _sleep() -> None:
    time.sleep(30)


def _quick() -> None:
    sum(range(10_000))


def test_a_busy_child_is_killed_by_its_cpu_time():
    o = H.run(H.Job(label="spin", target=_spin, timeout=0.5, wall=20))
    assert o.killed and o.hung
    assert 0.4 <= o.cpu < 5, o.brief()
    assert "of CPU" in o.brief()


def test_a_blocked_child_is_killed_by_the_wall_clock():
    o = H.run(H.Job(label="sleep", target=_sleep, timeout=5, wall=0.5))
    assert o.killed and o.hung
    assert o.cpu < 0.5 and o.elapsed >= 0.5, o.brief()


def test_a_quick_child_is_not_hung_however_long_it_waited():
    o = H.run(H.Job(label="quick", target=_quick))
    assert not o.killed and not o.hung and o.status == 0, o.brief()
    assert o.cpu < H.TIME_LIMIT


def test_load_stretches_wall_time_not_cpu_time():
    # four children on the machine's cores at once: each waits, none computes longer
    jobs = [H.Job(label=f"busy{k}", target=_busy_half_second) for k in range(4)]
    out = H.run_many(jobs, jobs=4)
    for o in out.values():
        assert o.status == 0 and not o.hung, o.brief()
        assert 0.3 < o.cpu < 2.0, o.brief()
    if (os.cpu_count() or 1) < 4:
        assert max(o.elapsed for o in out.values()) > min(o.cpu for o in out.values())


def _busy_half_second() -> None:
    t0 = time.process_time()
    while time.process_time() - t0 < 0.5:
        pass
