"""The general rows of a likelihood post: argmax, a data set's density, naming, the goal."""

from __future__ import annotations

from derivations.post import check_post

SEED = "/work/shared/seed/mle-gaussian-post.md"


def _rows(tmp_path, body: str):
    p = tmp_path / "g.md"
    p.write_text(body, encoding="utf-8")
    return {r.line: r for r in check_post(p).rows}


def test_argmax_of_log_is_proved_and_a_wrong_transform_is_not(tmp_path):
    argmax = r"\underset{\theta}{\operatorname{argmax}} "
    good = f"$${argmax}\\log(f(\\theta)) = {argmax}f(\\theta)$$"
    rows = _rows(tmp_path, good + "\n")
    assert rows[1].verdict == "proved"
    # -f is decreasing in f: its argmax is f's argmin. Never proved.
    bad = good.replace(r"\log(f(\theta))", r"-f(\theta)")
    assert _rows(tmp_path, bad + "\n")[1].verdict != "proved"


def test_data_set_density_is_the_product_of_the_points(tmp_path):
    row = (
        r"$$\log(\mathcal{N}(\mathbf{X}|\theta)) = \sum_{n=1}^{N} "
        r"\log(\mathcal{N}(\mathbf{x}_{n}|\theta))$$"
    )
    r = _rows(tmp_path, row + "\n")[1]
    assert r.verdict == "proved" and "i.i.d." in r.how
    # A factor 2 more than the product gives is never proved (the density has no
    # formula here, so the engine cannot draw a counterexample: unchecked or refuted).
    wrong = row.replace(r"= \sum", r"= 2 \sum")
    assert _rows(tmp_path, wrong + "\n")[1].verdict in ("refuted", "unchecked", "plausible")


def test_the_bundled_post_has_every_row_checked():
    report = check_post(SEED)
    counts = report.counts()
    assert len(report.rows) == 87 and report.ok
    assert set(counts) <= {"proved", "given"} and counts["proved"] >= 75
