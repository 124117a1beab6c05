"""Held-out posts, shard 2 of ``test_corpus.HELD_OUT_SHARDS``: a file per shard, so that
``pytest -n auto --dist loadfile`` checks the shards on different workers."""

from test_corpus import check_held_out_shard


def test_held_out_shard_is_sound():
    check_held_out_shard(2)
