"""Markdown/LaTeX derivation files (derivations.source): rows, named rules, verdicts.

Properties over every row of the example: a slip planted in any row is caught
at that row, with its file line and a counterexample; naming a wrong rule for
a correct row is a rule mismatch while the right rule is proved.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from derivations import Derivation
from derivations.source import describe_row, read_file, read_text, row_verdicts

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "derivation_exponential.md"
TEXT = EXAMPLE.read_text(encoding="utf-8")
_RULE = re.compile(r"%\s*rule:\s*(.*)$")


def _check(source):
    report = source.derivation.check(cache=False, jobs=1, confirm=True)
    return report, row_verdicts(source, report)


@pytest.fixture(scope="module")
def example():
    source = read_file(EXAMPLE)
    report, rows = _check(source)
    return source, report, rows


def _rule_lines() -> list[int]:
    """File lines (1-based) of the example's rows that name a rule."""
    return [k + 1 for k, line in enumerate(TEXT.split("\n")) if _RULE.search(line)]


def _write(tmp_path: Path, text: str, name: str = "derivation_x.md") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


# --------------------------------------------------------------------------- the example


def test_example_is_short_and_every_row_is_proved(example) -> None:
    source, report, rows = example
    assert len(TEXT.rstrip("\n").split("\n")) <= 25
    assert rows, "no rows read"
    kinds = {rv.row.kind for rv in rows}
    assert "derivative" in kinds
    for rv in rows:
        expected = "given" if rv.row.kind == "definition" else "proved"
        assert rv.verdict == expected, "\n".join(describe_row(source, rv))
    # every step the rows need (helpers included) is proved or a premise
    assert all(r.ok for r in report.steps)
    assert report.confirmations and all(c.ok for c in report.confirmations)


def test_rows_are_the_files_display_rows_in_order(example) -> None:
    source, _, rows = example
    lines = [rv.row.line for rv in rows]
    assert lines == sorted(lines)
    text_lines = TEXT.split("\n")
    for rv in rows:
        # the row's line holds the row's math (first characters of its display text)
        assert rv.row.text.split()[0].lstrip("&") in text_lines[rv.row.line - 1]


def test_the_derivative_row_is_checked_against_the_line_it_differentiates(example) -> None:
    source, report, rows = example
    (drow,) = [rv for rv in rows if rv.row.kind == "derivative"]
    helper = source.derivation.steps[drow.row.steps[0]]
    assert helper.rules == ("differentiate",)
    ref = source.derivation.steps[helper.params["ref"]]
    assert int(ref.rows[0][1:]) < drow.row.line
    assert report.steps[drow.row.steps[-1]].verdict == "proved"


def test_from_markdown_and_from_latex_give_the_same_steps(tmp_path: Path) -> None:
    a = Derivation.from_markdown(EXAMPLE)
    b = Derivation.from_latex(TEXT, markdown=True)
    assert [s.expr for s in a.steps] == [s.expr for s in b.steps]
    assert [s.rules for s in a.steps] == [s.rules for s in b.steps]


def _as_tex(text: str) -> str:
    """The example as a .tex file: an align environment, each rule in a \\tag{}."""
    text = text.replace("$$\n\\begin{aligned}", "\\begin{align}")
    text = text.replace("\\end{aligned}\n$$", "\\end{align}")
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(.*?)(\s*\\\\)?\s*% rule: (.*)$", line)
        if m:
            # parameters are math: inside a tag (text mode) they need $...$
            rule = re.sub(r"\(([^()]*)\)", r"($\1$)", m.group(3))
            line = f"{m.group(1)} \\tag{{{rule}}}{m.group(2) or ''}"
        out.append(line)
    return "\n".join(out)


def test_tex_file_with_tags_reads_and_checks_the_same(tmp_path: Path, example) -> None:
    source, _, rows = example
    tex = _as_tex(TEXT)
    assert "\\tag{multiply-both-sides($\\lambda$)" in tex
    t = read_file(_write(tmp_path, tex, "derivation_x.tex"))
    assert [s.expr for s in t.derivation.steps] == [s.expr for s in source.derivation.steps]
    _, trows = _check(t)
    assert [r.verdict for r in trows] == [r.verdict for r in rows]


# --------------------------------------------------------------------------- properties


@pytest.mark.parametrize("line", _rule_lines())
def test_a_slip_planted_in_any_row_is_refuted_at_that_row(tmp_path: Path, line: int) -> None:
    lines = TEXT.split("\n")
    before = lines[line - 1]
    math, sep, rest = before.partition(" % rule:")
    math = math.rstrip()
    tail = " \\\\" if math.endswith("\\\\") else ""
    math = math[:-2].rstrip() if tail else math
    lines[line - 1] = f"{math} + 1{tail}{sep}{rest}"  # the written line is off by one
    source = read_file(_write(tmp_path, "\n".join(lines)))
    _, rows = _check(source)
    (rv,) = [r for r in rows if r.row.line == line]
    assert rv.verdict == "refuted", "\n".join(describe_row(source, rv))
    report = "\n".join(describe_row(source, rv))
    assert f"derivation_x.md:{line}: refuted" in report
    assert "counterexample:" in report
    # rows before the slip are untouched
    assert all(r.ok for r in rows if r.row.line < line)


def _with_rules(rules_by_line: dict[int, str]) -> str:
    lines = TEXT.split("\n")
    for line, rule in rules_by_line.items():
        lines[line - 1] = _RULE.sub(lambda _m, r=rule: f"% rule: {r}", lines[line - 1])
    return "\n".join(lines)


def _chain_rows() -> dict[int, str]:
    """Rows that relate a line to the line above (not set-to-zero), with their rules."""
    out = {}
    for k, line in enumerate(TEXT.split("\n")):
        m = _RULE.search(line)
        if m and m.group(1).strip() != "set-to-zero":
            out[k + 1] = m.group(1).strip()
    return out


@pytest.mark.parametrize("wrong", ["identity", "rotated"])
def test_a_wrong_rule_on_a_correct_row_is_a_rule_mismatch(tmp_path: Path, wrong: str) -> None:
    rows = _chain_rows()
    assert len(rows) >= 6
    lines = list(rows)
    if wrong == "identity":
        # 'arithmetic' only reorders: every row of the example does more than that.
        swapped = {line: "arithmetic" for line in lines}
    else:
        # every row takes the rule of the next row
        swapped = {line: rows[lines[(k + 1) % len(lines)]] for k, line in enumerate(lines)}
    assert all(swapped[line] != rows[line] for line in lines)
    source = read_file(_write(tmp_path, _with_rules(swapped)))
    _, verdicts = _check(source)
    for rv in verdicts:
        if rv.row.line in swapped:
            assert rv.verdict == "rule-mismatch", "\n".join(describe_row(source, rv))
            assert rv.result.counterexample is None  # the row itself is right


# --------------------------------------------------------------------------- errors

GOOD_HEAD = "---\nassume: [\\lambda > 0]\n---\n$$\n\\begin{aligned}\n"
GOOD_TAIL = "\\end{aligned}\n$$\n"


def _rows(*rows: str) -> str:
    return GOOD_HEAD + "\n".join(rows) + "\n" + GOOD_TAIL


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            _rows("f &= \\log(\\lambda^2) \\\\", "&= 2\\log\\lambda % rule: log-powr"),
            r"^.*derivation_x\.md:7: unknown rule 'log-powr'; did you mean 'log-power'\?$",
        ),
        (
            _rows("f &= \\log(\\lambda^2) \\\\", "&= 2\\log(\\lambda % rule: log-power"),
            r"^.*derivation_x\.md:7: cannot read this row: .*",
        ),
        (
            "---\ntitle: x\ncolour: red\n---\n$$\nf = 1\n$$\n",
            r"^.*derivation_x\.md:3: unknown front-matter key 'colour'; .*",
        ),
        (
            "---\nassume:\n  - \\lambda >> 0\n---\n$$\nf = 1\n$$\n",
            r"^.*derivation_x\.md:3: cannot read assumption .*",
        ),
        (
            "---\ntitle: x\n$$\nf = 1\n$$\n",
            r"^.*derivation_x\.md:1: the front matter .* never closed\.$",
        ),
        (
            _rows("f &= \\log(\\lambda^2) \\\\", "% rule: log-power", "&= 2\\log\\lambda"),
            r"^.*derivation_x\.md:7: a '% rule:' comment must end the line of its row.*",
        ),
        (
            _rows("&= \\log\\lambda"),
            r"^.*derivation_x\.md:6: '= \.\.\.' continues the expression of the row above, "
            "but there is none.*",
        ),
        (
            _rows("f &= \\log\\lambda \\\\", "&= \\log\\lambda \\\\", "\\iff \\lambda &= 1"),
            r"^.*derivation_x\.md:8: '\\iff' and '\\implies' relate an equation .*",
        ),
        (
            _rows("\\frac{\\partial \\ell}{\\partial \\lambda} &= 1"),
            r"^.*derivation_x\.md:6: .* differentiates a name that no row above defines\.$",
        ),
        (
            _rows("0 &= \\lambda - 1 \\\\", "\\iff 1 &= \\lambda % rule: add-both-sides"),
            r"^.*derivation_x\.md:7: rule 'add-both-sides' needs the parameter 'term': .*",
        ),
        (
            _rows("f &= \\log\\lambda \\\\", "&= \\log\\lambda % rule: arithmetic(2)"),
            r"^.*derivation_x\.md:7: rule 'arithmetic' takes no parameter\.$",
        ),
        (
            _rows("f &= \\log\\lambda \\tag{log-power} \\\\ % rule: log-power"),
            r"^.*derivation_x\.md:6: the row of line 6 has two rule annotations.*",
        ),
        (
            "---\ntitle: x\n---\nNo math here.\n",
            r"^.*derivation_x\.md: the file has no display math rows.*",
        ),
    ],
)
def test_a_bad_file_is_one_error_naming_file_and_line(
    tmp_path: Path, text: str, message: str
) -> None:
    p = _write(tmp_path, text)
    with pytest.raises(ValueError, match=message) as info:
        read_file(p)
    assert "\n" not in str(info.value)


def test_unknown_rule_is_an_unknown_rule_error(tmp_path: Path) -> None:
    from derivations import UnknownRule

    with pytest.raises(UnknownRule):
        read_file(_write(tmp_path, _rows("f &= 1 \\\\", "&= 1 % rule: no-such-rule")))


def test_missing_file_and_wrong_suffix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        read_file(tmp_path / "derivation_none.md")
    with pytest.raises(ValueError, match="is not Markdown or LaTeX"):
        read_file(_write(tmp_path, "x", "derivation_x.txt"))


def test_a_row_without_a_rule_is_identified_by_the_engine(tmp_path: Path) -> None:
    source = read_text(_rows("f &= \\log(\\lambda^2) \\\\", "&= 2\\log\\lambda"))
    _, rows = _check(source)
    assert rows[1].verdict == "proved"
    assert source.derivation.steps[1].rules == ("auto",)
    assert rows[1].result.identified_rule == "log-power"


def test_a_boxed_result_must_be_an_equation(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"a boxed result must be an equation"):
        read_text(_rows("f &= \\log\\lambda^2 \\\\", "&= \\boxed{2\\log\\lambda}"), where="f.md")
