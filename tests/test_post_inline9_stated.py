"""Values stated inline in a post with display math are rows by default (INLINE9).

In the held-out posts the largest share of truth lines with no row at all were formulas in
sentences: kramdown's ``\\\\( V(\\mu) = 1 \\\\)``, "the Fisher information is
$I(\\theta) = n/2$". ``._stated_rows`` made them *stated* rows behind a switch that was off;
it is on now, with two changes that keep what the switch protected:

- a stated row is numbered apart (``S1.1``), so the labels of the display rows are those of
  a reading without stated rows (CI test names, HTML anchors);
- a stated value that restates the end of a proved chain starting with the same left side
  (``._restated``) is proved; a different value, or the value of a chain that is not
  proved, is never proved, and a stated row is never refuted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from derivations.post import _extract, check_post
from derivations.post._extract import extract, split_front_matter

HERE = Path(__file__).parent
INCOMING = HERE / "posts" / "incoming"

CHAIN = "$$S = (a+b)^2 - (a-b)^2 = a^2 + 2ab + b^2 - (a^2 - 2ab + b^2) = {end}$$"
KCHAIN = "\\\\[ S = (a+b)^2 - (a-b)^2 = a^2 + 2ab + b^2 - (a^2 - 2ab + b^2) = {end} \\\\]"


def _post(chain: str, end: str, stated: str, kramdown: bool = False) -> str:
    if kramdown:
        return (
            "Expanding both squares,\n"
            + KCHAIN.format(end=end)
            + "\nso the difference is \\\\(S = "
            + stated
            + "\\\\).\n"
        )
    return (
        "Expanding both squares,\n\n"
        + chain.format(end=end)
        + "\n\nSo the difference is $S = "
        + stated
        + "$.\n"
    )


def _report(tmp_path: Path, body: str) -> list:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    return list(check_post(path, jobs=1).rows)


def _stated(rows: list) -> list:
    return [r for r in rows if r.label.startswith("S")]


def test_stated_rows_are_on_by_default():
    assert _extract.STATED_ROWS is True


@pytest.mark.parametrize("kramdown", [False, True], ids=["mathjax", "kramdown"])
def test_a_restated_value_of_a_proved_chain_is_a_row_and_proved(tmp_path, kramdown):
    rows = _report(tmp_path, _post(CHAIN, "4ab", "4ab", kramdown))
    stated = _stated(rows)
    assert len(stated) == 1
    assert stated[0].line == (8 if not kramdown else 6)
    assert stated[0].verdict == "proved"
    assert "restates the value derived on line" in stated[0].reason


@pytest.mark.parametrize("kramdown", [False, True], ids=["mathjax", "kramdown"])
def test_wrong_twin_a_different_value_is_not_proved_nor_refuted(tmp_path, kramdown):
    rows = _report(tmp_path, _post(CHAIN, "4ab", "2ab", kramdown))
    (stated,) = _stated(rows)
    assert stated.verdict not in ("proved", "refuted")
    assert [r.verdict for r in rows if not r.label.startswith("S")] == ["proved"]


def test_wrong_twin_restating_a_refuted_chain_is_not_proved(tmp_path):
    rows = _report(tmp_path, _post(CHAIN, "2ab", "2ab"))
    (stated,) = _stated(rows)
    assert stated.verdict not in ("proved", "refuted")
    assert any(r.verdict == "refuted" for r in rows)


def test_a_derivation_under_another_heading_proves_nothing(tmp_path):
    body = _post(CHAIN, "4ab", "4ab").replace("So the", "## Another model\n\nSo the")
    (stated,) = _stated(_report(tmp_path, body))
    assert stated.verdict != "proved"


def test_only_the_nearest_derivation_of_the_name_is_restated(tmp_path):
    # S is derived twice; the nearer chain ends in a refuted value, the far one is proved:
    # a restatement of the far value is not proved by it.
    far = CHAIN.format(end="4ab")
    near = "$$S = (a+b)^2 - (a-b)^2 = 2ab$$"
    body = "Squares,\n\n" + far + "\n\nAgain,\n\n" + near + "\n\nSo the difference is $S = 4ab$.\n"
    (stated,) = _stated(_report(tmp_path, body))
    assert stated.verdict != "proved"


def _labels(body: str) -> list[tuple[int, str]]:
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    return [(r.line, r.label) for r in rows if r.role == "row" and not r.stated]


@pytest.mark.parametrize(
    "body",
    [
        "The rate is $\\lambda = 1/\\bar{x}$.\n\n"
        "$$\\ell = n \\log \\lambda - \\lambda n \\bar x$$\n",
        _post(CHAIN, "4ab", "4ab") + "\n$$T = S + 1 = 4ab + 1$$\n",
        _post(CHAIN, "4ab", "4ab", kramdown=True) + "\\\\[ T = S + 1 = 4ab + 1 \\\\]\n",
    ],
)
def test_stated_rows_shift_no_display_label(body, monkeypatch):
    on = _labels(body)
    monkeypatch.setattr(_extract, "STATED_ROWS", False)
    assert on == _labels(body)
    assert all(label.startswith("B") for _, label in on)


FELIX = INCOMING / "external16" / "felixclark-glm-case-studies-gamma-negbin-invgauss-kramdown.md"


def _truth(path: Path) -> dict[int, str]:
    out = {}
    for raw in path.with_suffix(".truth").read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            line, judgement, *_ = raw.split("\t")
            out[int(line)] = judgement.strip()
    return out


def test_the_kramdown_case_studies_read_their_stated_values_soundly():
    """The held-out kramdown post: its inline values are rows now; no stated row is refuted
    and none the truth table calls wrong is proved."""
    rows = list(check_post(FELIX, jobs=1).rows)
    truth = _truth(FELIX)
    stated = _stated(rows)
    lines = {r.line for r in rows}
    # line 31: "The variance function is \\(V(\mu) = 1\\)." (a correct value)
    assert 31 in lines and 95 in lines
    assert len(stated) >= 15
    assert not [r for r in stated if r.verdict == "refuted"]
    assert not [r for r in stated if r.verdict == "proved" and truth.get(r.line) == "wrong"]


POSTS = HERE / "posts"


def test_the_equation_a_sentence_solves_is_no_stated_row():
    """ "and solving $$\\frac{d LL}{d \\lambda} = 0$$:" names the equation the display below
    works on: it is not a value the sentence states (the clean Poisson post stays OK)."""
    post = check_post(POSTS / "poisson-mle.md", jobs=1)
    assert post.ok, [(r.line, r.verdict, r.reason) for r in post.rows if not r.ok]
    assert not _stated(list(post.rows))


@pytest.mark.parametrize("lead", ["and solving", "We solve the equation", "Then:"])
def test_lead_ins_to_a_display_are_no_stated_rows(lead):
    body = f"{lead} $S = 4ab$:\n\n$$S = 4ab$$\n"
    rows, _ = extract(split_front_matter("---\ntitle: t\n---\n" + body)[1])
    assert not [r for r in rows if r.stated]
