"""Shared fixtures: the bundled post's derivation and its report, checked once per session."""

import sys

import pytest

import derivations


@pytest.fixture(scope="session")
def post():
    return derivations.load("gaussian-mle")


@pytest.fixture(scope="session")
def post_report(post):
    return post.check()


#: Test files that take minutes, run first. With ``-n auto --dist loadfile`` each file
#: runs on one worker; pytest-xdist starts files in collection order (with
#: ``--no-loadscope-reorder``; its default starts the files with the most tests first),
#: so a long file started last kept one core busy for minutes while the other was idle.
#: Measured on 2 cores (durations of one run, 2026-12-04): the corpus 7 min, the
#: adversarial posts 5 min, the hostile inputs, the pre-commit hook and the density
#: weighing 1-2 min each. The held-out shards (about 4.5 min of CPU each, 2026-12-08) were
#: missing from the list and started wherever the alphabet put them.
LONG_FILES = (
    "test_corpus.py",
    "test_held_out_0.py",
    "test_held_out_1.py",
    "test_held_out_2.py",
    "test_held_out_3.py",
    "test_adversarial_posts.py",
    "test_adversarial_posts_1.py",
    "test_adversarial_posts_2.py",
    "test_adversarial_posts_3.py",
    "test_hostile.py",
    "test_precommit_hook.py",
    "test_post_density.py",
    "test_mvn_mutation.py",
    "test_library_mutation.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {name: i for i, name in enumerate(LONG_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A test using ``pytester`` must not import the project's or sympy's modules.

    pytester drops every module first imported during its test, and the next import
    makes second copies of their classes: a test run later in the same process failed
    on ``Symbol - One`` (test_ci_formats.py after test_pytest_plugin.py). Import what
    such a test needs at collection instead.
    """
    if "pytester" not in getattr(item, "fixturenames", ()):
        return (yield)
    before = set(sys.modules)
    result = yield
    new = sorted(m for m in set(sys.modules) - before if m.partition(".")[0] in _OURS)
    assert not new, f"{item.name} imported {len(new)} modules inside pytester: {new[:5]}"
    return result


#: The packages whose modules a pytester test must find imported already.
_OURS = ("derivations", "sympy")
