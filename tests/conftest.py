"""Shared fixtures: the bundled post's derivation and its report, checked once per session."""

import pytest

import derivations


@pytest.fixture(scope="session")
def post():
    return derivations.load("gaussian-mle")


@pytest.fixture(scope="session")
def post_report(post):
    return post.check()
