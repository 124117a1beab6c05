"""Adversarial sets, shard 1 of ``test_adversarial_posts.SHARDS``: the same tests as
``test_adversarial_posts.py`` on other sets, in a file of their own so that
``pytest -n auto --dist loadfile`` checks the shards on different workers."""

import pytest
from test_adversarial_posts import (
    shard,
    test_every_case_is_a_pair_with_its_planted_row,
    test_every_planted_row_has_a_verdict,
    test_floors,
    test_no_correct_twin_is_refuted,
    test_no_false_step_is_proved,
    test_open_breaches_are_still_open,
    test_twins_differ_only_where_planted,
)

__all__ = [
    "test_every_case_is_a_pair_with_its_planted_row",
    "test_every_planted_row_has_a_verdict",
    "test_floors",
    "test_no_correct_twin_is_refuted",
    "test_no_false_step_is_proved",
    "test_open_breaches_are_still_open",
    "test_twins_differ_only_where_planted",
]


@pytest.fixture(params=shard(1), ids=lambda s: s.directory)
def adversarial_set(request):
    return request.param
