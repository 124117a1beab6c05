"""``derivations check-post PATH...``: finding posts, checking many, the two caches, progress."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from derivations.engine import _versions
from derivations.post import _batch, _cli, _post_cache
from derivations.post._batch import check_posts, find_posts

POSTS = Path(__file__).parent / "posts"
ROOT = Path(__file__).resolve().parents[1]
GOOD = POSTS / "exponential-mle.md"
WRONG = POSTS / "exponential-mle-wrong.md"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):
    d = tmp_path / "cache"
    monkeypatch.setenv("DERIVATIONS_CACHE_DIR", str(d))
    return d


def touch(path: Path, text: str = "$$a = a$$\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- finding posts


def test_a_directory_is_searched_recursively_for_posts_only(tmp_path):
    for name in ["b.md", "a.markdown", "sub/c.tex", "sub/deeper/d.MD", "notes.txt", "x.html"]:
        touch(tmp_path / name)
    targets, errors = find_posts([str(tmp_path)])
    assert errors == []
    got = [Path(t.path).relative_to(tmp_path).as_posix() for t in targets]
    assert got == ["a.markdown", "b.md", "sub/c.tex", "sub/deeper/d.MD"]


def test_jekyll_and_hugo_layouts(tmp_path):
    jekyll, hugo = tmp_path / "blog", tmp_path / "site"
    touch(jekyll / "_posts" / "2024-01-02-mle.md")
    touch(jekyll / "_drafts" / "draft.markdown")
    touch(jekyll / "_site" / "2024" / "mle.md")  # Jekyll's output: never searched
    touch(jekyll / "vendor" / "bundle" / "gem" / "README.md")
    touch(jekyll / ".git" / "x.md")
    touch(hugo / "content" / "posts" / "mle" / "index.md")  # a page bundle
    touch(hugo / "content" / "_index.md")
    touch(hugo / "public" / "posts" / "index.md")  # Hugo's output
    touch(hugo / "node_modules" / "pkg" / "README.md")
    targets, errors = find_posts([str(jekyll), str(hugo)])
    assert errors == []
    got = sorted(Path(t.path).relative_to(tmp_path).as_posix() for t in targets)
    assert got == [
        "blog/_drafts/draft.markdown",
        "blog/_posts/2024-01-02-mle.md",
        "site/content/_index.md",
        "site/content/posts/mle/index.md",
    ]


def test_globs_files_and_repeats(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ["p/a.md", "p/b.md", "p/q/c.md", "p/d.txt"]:
        touch(tmp_path / name)
    targets, errors = find_posts(["p/*.md", "p/**/*.md", "p/a.md", "p/d.txt"])
    assert errors == []
    # in the order named, each post once; a file named explicitly is read whatever its suffix
    assert [t.path for t in targets] == ["p/a.md", "p/b.md", "p/q/c.md", "p/d.txt"]
    assert [t.explicit for t in targets] == [False, False, False, True]


@pytest.mark.parametrize(
    "make, arg, message",
    [
        (
            lambda d: None,
            "missing.md",
            "missing.md: cannot read the post: no such file or directory.",
        ),
        (lambda d: None, "nothing/*.md", "nothing/*.md: no file matches this pattern."),
        (lambda d: (d / "empty").mkdir(), "empty", "empty: no posts found in this directory"),
        (
            lambda d: os.mkfifo(d / "fifo.md"),
            "fifo.md",
            "fifo.md: cannot read the post: not a regular file.",
        ),
    ],
)
def test_unusable_paths_are_errors_naming_them(tmp_path, monkeypatch, make, arg, message):
    monkeypatch.chdir(tmp_path)
    make(tmp_path)
    targets, errors = find_posts([arg])
    assert targets == [] and len(errors) == 1
    assert errors[0][0] == arg and errors[0][1].startswith(message)


# --------------------------------------------------------------------------- checking many


def test_a_bad_post_is_reported_and_the_others_still_checked(tmp_path, capsys):
    # found unusable while checking (in a worker) and before (no such file)
    bad = touch(tmp_path / "bad.md", "---\nassume: mu is nice\n---\n$$a = a$$\n")
    status = _cli.main([str(GOOD), str(bad), str(WRONG), str(tmp_path / "gone.md"), "--jobs", "2"])
    out, err = capsys.readouterr()
    assert status == 2
    errors = [ln for ln in err.splitlines() if ln.startswith("error: ")]
    assert len(errors) == 2
    assert any(f"{bad}, front matter line 2" in e for e in errors)
    assert any("gone.md: cannot read the post" in e for e in errors)
    # both readable posts were checked and reported, with one summary at the end
    assert f"{GOOD}\n" in out and f"{WRONG}\n" in out
    assert "line   24 B2.2    refuted" in out
    last = out.strip().splitlines()
    # INLINE9: + the density its sentence states (a stated row, S1.1, given) in each post
    assert last[-2].startswith("4 post(s): 1 OK; 1 not OK; 2 input error(s). 20 rows: ")
    assert last[-1] == "NOT OK: some input could not be used (see the error lines)."


@pytest.mark.parametrize(
    "posts, status",
    [([GOOD], 0), ([GOOD, WRONG], 1), ([GOOD, GOOD.with_suffix(".tex")], 0)],
)
def test_exit_status(posts, status, capsys):
    argv = [str(p) for p in posts] + ["--assume", r"\lambda > 0", "--quiet"]
    assert _cli.main(argv) == status


def test_posts_without_display_math_pass_among_others_but_not_alone(tmp_path, capsys):
    prose = touch(tmp_path / "about.md", "# About\n\nNo mathematics here.\n")
    shutil.copy(GOOD, tmp_path / "mle.md")
    assert _cli.main([str(tmp_path), "--quiet"]) == 0
    assert "1 without display math" in capsys.readouterr().out
    assert _cli.main([str(prose)]) == 1  # a run that checked nothing fails ...
    assert "NOT OK: no display math found" in capsys.readouterr().out
    assert _cli.main([str(prose), "--allow-no-math"]) == 0  # ... unless told otherwise
    capsys.readouterr()
    assert _cli.main([str(prose), "--json"]) == 1
    assert "no display math found" in capsys.readouterr().err


def test_json_of_several_posts(tmp_path, capsys):
    assert _cli.main([str(GOOD), str(WRONG), str(tmp_path / "gone.md"), "--json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"ok", "summary", "posts", "errors"}
    assert doc["ok"] is False and [p["file"] for p in doc["posts"]] == [str(GOOD), str(WRONG)]
    s = doc["summary"]
    assert (s["posts"], s["posts_ok"], s["posts_not_ok"], s["posts_unreadable"]) == (3, 1, 1, 1)
    # INLINE9: + the density its sentence states (a stated row, S1.1, given) in each post
    assert s["rows"] == 20 and s["counts"]["refuted"] >= 1
    assert doc["errors"][0]["file"] == str(tmp_path / "gone.md")


def test_the_report_does_not_depend_on_the_number_of_workers(tmp_path):
    paths = [str(GOOD), str(WRONG), str(GOOD.with_suffix(".tex"))]
    kw = dict(assume=[r"\lambda > 0"], cache=False)
    one, two = check_posts(paths, jobs=1, **kw), check_posts(paths, jobs=2, **kw)

    def strip(b):
        return [{k: v for k, v in p.items() if k != "timings"} for p in b.posts]

    assert strip(one) == strip(two) and len(one.posts) == 3


def test_a_bad_assumption_is_said_once(tmp_path, capsys):
    status = _cli.main([str(GOOD), str(WRONG), "--assume", "lambda is big"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("error: ") == 1 and "--assume 'lambda is big'" in err


# --------------------------------------------------------------------------- the caches


def test_cache_names_do_not_collide(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    names = {
        _post_cache.cache_name(p)
        for p in ["a/x.md", "b/x.md", "a_x.md", "a/x.tex", str(tmp_path / "a/x.md")]
    }
    assert len(names) == 4  # the relative and the absolute a/x.md are one post
    assert all(n.startswith("post-") for n in names)


def test_an_unchanged_post_comes_from_the_cache_without_being_parsed(tmp_path, monkeypatch):
    post = tmp_path / "mle.md"
    shutil.copy(WRONG, post)
    cold = check_posts([str(post)], jobs=1)
    assert cold.from_cache == 0

    from derivations.post import _run

    calls = []
    real = _run.check_post

    def spy(path, **kwargs):
        calls.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(_run, "check_post", spy)
    warm = check_posts([str(post)], jobs=1)
    assert warm.from_cache == 1 and calls == []
    assert warm.posts == cold.posts  # timings included: the stored report itself
    # another seed, other assumptions or other bytes are other keys
    for kwargs in ({"seed": 1}, {"assume": ["x_n > 0"]}):
        check_posts([str(post)], jobs=1, **kwargs)
    post.write_text(post.read_text() + "\n")
    check_posts([str(post)], jobs=1)
    assert calls == [str(post)] * 3


def test_no_cache_checks_again(tmp_path, monkeypatch, cache_dir):
    check_posts([str(GOOD)], jobs=1, cache=False)
    assert not cache_dir.exists()


def _entries(cache_dir: Path, post: Path) -> set[str]:
    f = cache_dir / f"{_post_cache.cache_name(post)}.json"
    return set(json.loads(f.read_text())) if f.exists() else set()


def test_editing_one_row_rechecks_that_row_and_the_row_after_it(tmp_path, cache_dir):
    post = tmp_path / "mle.md"
    shutil.copy(GOOD, post)
    first = check_posts([str(post)], jobs=1)
    before = _entries(cache_dir, post)
    assert first.ok and len(before) >= 9
    # line 31: an equivalent way to write the same equation
    text = post.read_text().replace(
        r"\frac{N}{\lambda} &= \sum\limits_{n=1}^{N} x_{n} \\",
        r"N &= \lambda \sum\limits_{n=1}^{N} x_{n} \\",
    )
    assert text != post.read_text()
    post.write_text(text)
    second = check_posts([str(post)], jobs=1)
    assert second.from_cache == 0 and second.ok
    rechecked = _entries(cache_dir, post) - before
    # row 31 itself and row 32, which is compared with it (each equation step is a few
    # steps: the comparison, both ways since lead22, and the copies of the line above)
    f = cache_dir / f"{_post_cache.cache_name(post)}.json"
    stored = json.loads(f.read_text())
    lines = {int(row.split("@")[1]) for key in rechecked for row in stored[key]["rows"]}
    assert lines == {31, 32}


def test_a_warm_run_from_process_start_imports_no_sympy(tmp_path, cache_dir):
    post = tmp_path / "mle.md"
    shutil.copy(GOOD, post)
    # the source digest as it is now, as the child sees it
    _versions.source_versions.cache_clear()
    check_posts([str(post)], jobs=1)
    code = (
        "import sys\n"
        "from derivations.__main__ import main\n"
        f"status = main(['check-post', {str(post)!r}, '--quiet'])\n"
        "print(status, 'sympy' in sys.modules, 'lark' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip().splitlines()[-1] == "0 False False", out.stderr


# --------------------------------------------------------------------------- progress


def test_no_progress_bar_when_piped(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "derivations", "check-post", str(GOOD), str(WRONG), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DERIVATIONS_CACHE_DIR": str(tmp_path / "c")},
    )
    assert proc.returncode == 1
    assert "\r" not in proc.stderr and "posts" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal(tmp_path):
    master, slave = os.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["DERIVATIONS_CACHE_DIR"] = str(tmp_path / "c")
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "derivations", "check-post", str(GOOD), str(WRONG), "--quiet"],
            stdout=subprocess.PIPE,
            stderr=slave,
            cwd=ROOT,
            env=env,
        )
        os.close(slave)
        seen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 1
    text = seen.decode()
    assert "2/2 posts" in text and "\r" in text
    assert text.endswith("\r\x1b[K")  # the bar is cleared before the report


def test_the_bar_fits_the_terminal():
    bar = _cli._Bar()
    bar.width = 60
    lines = []

    class Err:
        def write(self, s):
            lines.append(s)

        def flush(self):
            pass

    real, sys.stderr = sys.stderr, Err()
    try:
        bar(3, 10, "content/posts/" + "x" * 200 + ".md")
        bar(1, 1, "a.md")  # one post: no bar
    finally:
        sys.stderr = real
    assert len(lines) == 1
    shown = lines[0].removeprefix("\r").removesuffix("\x1b[K")
    assert len(shown) <= 60 and shown.startswith("[#######") and shown.endswith("x.md")


def test_module_stays_light():
    assert _batch.POST_SUFFIXES == (".md", ".markdown", ".tex")


def test_an_edited_post_replaces_its_oldest_report(tmp_path, cache_dir):
    post = tmp_path / "p.md"
    for k in range(_post_cache.KEEP + 2):
        post.write_text(f"$$\n{k} + 1 = 1 + {k}\n$$\n", encoding="utf-8")
        check_posts([str(post)], jobs=1)
    stored = json.loads((cache_dir / f"{_post_cache.report_cache_name(post)}.json").read_text())
    # the engine cache's entry: {"value": ..., "mac": ...} (authenticated, see engine/_cache.py)
    assert list(stored) == ["reports"] and len(stored["reports"]["value"]) == _post_cache.KEEP
    assert check_posts([str(post)], jobs=1).from_cache == 1  # the newest is kept
