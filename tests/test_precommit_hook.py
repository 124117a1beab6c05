"""The pre-commit hook (``.pre-commit-hooks.yaml``), tried with pre-commit itself.

A copy of the project is committed to a temporary git repository (the hook's
repository); a temporary blog repository uses it as a blog would, with the
three usual lines of ``.pre-commit-config.yaml``. With a wrong post the commit
fails and names the line; with the post fixed it goes through.

pre-commit builds the hook's virtualenv with pip from PyPI (sympy, numpy,
scipy, ...), which takes a minute or two: the test is marked ``slow`` and runs
in CI. It skips when ``pre-commit`` or ``git`` is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
POSTS = Path(__file__).parent / "posts"
PRE_COMMIT = shutil.which("pre-commit")
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        PRE_COMMIT is None, reason="pre-commit is not installed (pip install pre-commit)"
    ),
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
]

IDENTITY = {
    "GIT_AUTHOR_NAME": "hook test",
    "GIT_AUTHOR_EMAIL": "hook@example.invalid",
    "GIT_COMMITTER_NAME": "hook test",
    "GIT_COMMITTER_EMAIL": "hook@example.invalid",
}


def sh(*cmd: str, cwd: Path, env: dict, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    if check and proc.returncode != 0:
        raise AssertionError(
            f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    return proc


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-home")
    out = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    out.update(IDENTITY)
    out["PRE_COMMIT_HOME"] = str(home / "pre-commit")
    out["DERIVATIONS_CACHE_DIR"] = str(home / "derivations-cache")
    # no git configuration (hooks path, signing, templates) of the machine or its user
    (home / "gitconfig").write_text("", encoding="utf-8")
    out["GIT_CONFIG_GLOBAL"] = str(home / "gitconfig")
    out["GIT_CONFIG_NOSYSTEM"] = "1"
    return out


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory, env) -> tuple[Path, str]:
    """The project as the hook's repository: a clean commit of what ``pip install .`` needs."""
    d = tmp_path_factory.mktemp("hook-repo")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy(ROOT / name, d / name)
    for pkg in ("derivations", "estimators"):
        shutil.copytree(ROOT / pkg, d / pkg, ignore=ignore)
    sh(GIT, "init", "-q", cwd=d, env=env)
    sh(GIT, "add", "-A", cwd=d, env=env)
    sh(GIT, "commit", "-q", "-m", "the hook's repository", cwd=d, env=env)
    rev = sh(GIT, "rev-parse", "HEAD", cwd=d, env=env).stdout.strip()
    return d, rev


def test_the_hook_fails_a_commit_with_a_wrong_post_and_passes_the_fixed_one(
    hook_repo, env, tmp_path
):
    repo, rev = hook_repo
    blog = tmp_path / "blog"
    (blog / "_posts").mkdir(parents=True)
    sh(GIT, "init", "-q", cwd=blog, env=env)
    (blog / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n      - id: check-post\n",
        encoding="utf-8",
    )
    post = blog / "_posts" / "2024-01-01-mle.md"
    shutil.copy(POSTS / "exponential-mle-wrong.md", post)
    (blog / "about.md").write_text("# About\n\nNo mathematics here.\n", encoding="utf-8")

    # pre-commit try-repo: the hook as defined, on the wrong post
    tried = sh(
        PRE_COMMIT,
        "try-repo",
        str(repo),
        "check-post",
        "--ref",
        rev,
        "--files",
        "_posts/2024-01-01-mle.md",
        cwd=blog,
        env=env,
        check=False,
    )
    said = tried.stdout + tried.stderr
    assert tried.returncode == 1, said
    assert "line   24 B2.2    refuted" in said and "counterexample: N=" in said

    # a real commit through the installed hook
    sh(PRE_COMMIT, "install", cwd=blog, env=env)
    sh(GIT, "add", "-A", cwd=blog, env=env)
    failed = sh(GIT, "commit", "-m", "a post with a wrong row", cwd=blog, env=env, check=False)
    said = failed.stdout + failed.stderr
    assert failed.returncode != 0, said
    assert "_posts/2024-01-01-mle.md" in said and "line   24 B2.2    refuted" in said
    assert sh(GIT, "rev-list", "--all", cwd=blog, env=env).stdout.strip() == ""  # nothing committed

    # the post fixed: the commit goes through (about.md has no math and does not fail it)
    shutil.copy(POSTS / "exponential-mle.md", post)
    sh(GIT, "add", "-A", cwd=blog, env=env)
    ok = sh(GIT, "commit", "-m", "the post fixed", cwd=blog, env=env, check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "check the math of posts" in ok.stdout + ok.stderr  # the hook ran (and passed)
