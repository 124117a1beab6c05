"""Rendering a small derivation: layout, marks on broken steps, notebook display, CLI.

The derivation here is built in the test (a few steps with a sum, logs, a
derivative and an equation chain) so these tests do not depend on the bundled
post; the broken variant carries a hand-built report with a refuted step.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import shutil
import subprocess
import sys

import pytest
import sympy as sp

from derivations import Assumption, Derivation, Step
from derivations._report import CheckOutcome, Report, StepResult
from derivations.render import (
    _cli,
    derivation_latex,
    derivation_markdown,
    latex_expr,
    repr_latex,
    text,
)
from derivations.render._compile import INSTALL_HINT, compile_pdf, write_atomic
from derivations.symbols import N, mu, n, sigma2, x

IN_CI = os.environ.get("CI", "").lower() == "true"


def _sum(f: sp.Basic) -> sp.Sum:
    return sp.Sum(f, (n, 1, N))


def small_derivation() -> Derivation:
    with sp.evaluate(False):
        density = sp.Mul(
            sp.Pow(sp.sqrt(sp.Mul(2, sp.pi, sigma2)), -1),
            sp.Pow(sp.E, sp.Mul(sp.Rational(-1, 2), sp.Pow(x[n] - mu, 2), sp.Pow(sigma2, -1))),
        )
        k = sp.Mul(sp.Rational(-1, 2), sp.Pow(sigma2, -1))
        sq = sp.Pow(x[n] - mu, 2)
        ll, mle = "The log-likelihood", "MLE of mu"
        steps = [
            Step(
                _sum(sp.log(density)), "definition", "start", section=ll, lhs_latex=r"\mathcal{LL}"
            ),
            Step(
                _sum(sp.Add(sp.log(density.args[0]), sp.log(density.args[1]))),
                "log-product",
                section=ll,
            ),
            Step(
                sp.Derivative(_sum(sp.Mul(k, sq)), mu),
                "definition",
                "start",
                section=mle,
                lhs_latex=r"\frac{\partial \mathcal{LL}}{\partial \mu}",
            ),
            Step(
                _sum(sp.Derivative(sp.Mul(k, sq), mu)),
                "diff-through-sum",
                section=mle,
                post_rule="move the derivative inside the summation",
            ),
            Step(
                sp.Eq(0, sp.Mul(sp.Pow(sigma2, -1), _sum(x[n] - mu))),
                "definition",
                "start",
                section=mle,
                params={"unknown": mu},
            ),
            Step(
                sp.Eq(0, _sum(x[n] - mu)),
                "multiply-both-sides",
                "<=>",
                params={"factor": sigma2},
                section=mle,
            ),
            Step(
                sp.Eq(0, sp.Add(_sum(x[n]), sp.Mul(-1, _sum(mu)))), "sum-split", "<=>", section=mle
            ),
            Step(
                sp.Eq(mu, sp.Mul(sp.Pow(N, -1), _sum(x[n]))),
                ("sum-of-constant", "add-both-sides", "divide-both-sides"),
                "=>",
                params={"term": N * mu, "divisor": N},
                section=mle,
            ),
        ]
    return Derivation(
        "small",
        "A small test derivation",
        (
            Assumption(N, "N is a positive integer", "N"),
            Assumption(x, "the samples x_n are real", "x_{n}"),
            Assumption(mu, "mu is real", r"\mu"),
            Assumption(sigma2, "sigma^2 is positive & 100% known, a^b_c", r"\sigma^{2}"),
        ),
        steps,
        results={"mu": sp.Eq(mu, _sum(x[n]) / N)},
    )


COUNTEREXAMPLE = {
    "N": 2,
    "x": [0.31, -1.2],
    "mu": 0.5,
    "sigma2": 1.7,
    "previous": -3.25,
    "written": 2.5e-07,
}


def broken_report(d: Derivation) -> Report:
    """Every step proved except step 1 (refuted) and step 6 (plausible, open condition)."""
    from derivations._report import SideCondition

    ok = CheckOutcome("pass", "")
    steps = []
    for i, step in enumerate(d.steps):
        verdict = "given" if step.rules == ("definition",) else "proved"
        steps.append(StepResult(i, step, verdict, ok, ok, ok))
    steps[1] = dataclasses.replace(
        steps[1],
        verdict="refuted",
        numeric=CheckOutcome("fail", "differ"),
        counterexample=COUNTEREXAMPLE,
        reason="numeric counterexample: the written line does not follow",
    )
    steps[6] = dataclasses.replace(
        steps[6],
        verdict="plausible",
        side_conditions=(SideCondition("sum-split", "sigma2 != 0", False, "not shown"),),
        reason="open side condition(s): sigma2 != 0",
    )
    return Report(d, tuple(steps))


@pytest.fixture(scope="module")
def small() -> Derivation:
    return small_derivation()


@pytest.fixture(scope="module")
def small_report(small: Derivation) -> Report:
    return small.check()


# -- layout -------------------------------------------------------------------------


def test_engine_proves_the_small_derivation(small_report: Report) -> None:
    # The other tests assume sound steps render unmarked; make sure they are sound.
    assert [r.verdict for r in small_report.steps if r.verdict not in ("proved", "given")] == []


def test_fragment_has_one_row_per_step_with_its_rule(small, small_report) -> None:
    tex = derivation_latex(small, small_report)
    rows = [line for line in tex.splitlines() if "&&" in line]
    assert len(rows) == len(small.steps)
    assert rows[1] == (
        r" &= \sum\limits_{n=1}^{N} \left(\log\left(\frac{1}{\sqrt{2 \pi \sigma^{2}}}\right) "
        r"+ \log\left(e^{- \frac{1}{2} \cdot \frac{\left(x_{n} - \mu\right)^{2}}{\sigma^{2}}}"
        r"\right)\right) && \text{log product rule}"
    )
    assert (
        r"\text{derivative through a sum (post: move the derivative inside the summation)}" in tex
    )
    assert tex.count(r"\begin{aligned}") == 3  # a block per chain
    assert "boxed" not in tex  # nothing to mark


def test_equation_steps_are_marked_with_their_relation(small, small_report) -> None:
    tex = derivation_latex(small, small_report)
    assert re.search(r"^\\iff & & 0 &= \\sum", tex, re.M)
    assert re.search(r"^\\implies & & \\mu &= \\frac\{1\}\{N\} \\sum", tex, re.M)
    # The chain's first equation has no arrow but keeps the arrow column.
    assert re.search(r"^& & 0 &= \\frac\{1\}\{\\sigma\^\{2\}\}", tex, re.M)


def test_broken_step_is_marked_with_its_counterexample(small) -> None:
    report = broken_report(small)
    for out in (
        derivation_latex(small, report),
        derivation_latex(small, report, standalone=True),
        derivation_markdown(small, report),
        repr_latex(report),
    ):
        assert "refuted, note 1" in out or "Note 1. Step 1 (log product rule) is refuted" in out
        assert "0.31, -1.2" in out
        assert r"2.5 \times 10^{-7}" in out
        assert "not proved, note 2" in out or "Note 2. Step 6" in out
    md = derivation_markdown(small, report)
    assert "**Note 1.** Step 1 (log product rule) is **refuted**" in md
    assert "is **not proved**: open side condition(s): $$\\sigma^{2}$$ != 0." in md
    assert "Open side conditions" not in md  # the reason already names it
    assert r"&& \text{log product rule} && \boxed{\text{refuted, note 1}}" in md
    assert r"&& \text{log product rule}\quad\boxed{\text{refuted, note 1}}" in (
        derivation_latex(small, report)
    )
    # The note follows the block that holds the broken step, before the next section.
    assert md.index("**Note 1.**") < md.index("### MLE of $$\\mu$$")


def test_markdown_blocks_are_kramdown_aligned_with_verdicts(small, small_report) -> None:
    md = derivation_markdown(small, small_report)
    assert md.count("$$\\begin{aligned}") == md.count("\\end{aligned}$$") == 3
    assert "\\begin{align}" not in md and "\\begin{align*}" not in md
    assert r"&& \text{log product rule} && \text{proved}" in md
    assert r"&& \text{definition} && \text{given}" in md
    assert "### The log-likelihood" in md and "### MLE of $$\\mu$$" in md
    assert "- $$\\sigma^{2}$$: $$\\sigma^{2}$$ is positive & 100% known, a^b\\_c" in md


def test_standalone_escapes_text_and_boxes_results(small, small_report) -> None:
    doc = derivation_latex(small, small_report, standalone=True)
    assert doc.startswith("\\documentclass")
    assert doc.rstrip().endswith("\\end{document}")
    assert r"\item $\sigma^{2}$: $\sigma^{2}$ is positive \& 100\% known, a{\char94}b\_c" in doc
    assert r"\section*{MLE of $\mu$}" in doc
    assert r"\boxed{\mu = \frac{1}{N} \sum\limits_{n=1}^{N} x_{n}}" in doc


def test_rendering_without_a_report_checks_the_derivation(small, small_report) -> None:
    assert derivation_markdown(small) == derivation_markdown(small, small_report)
    unchecked = derivation_markdown(small, check=False)
    assert r"\text{proved}" not in unchecked
    assert r"&& \text{log product rule}" + "\n" in unchecked


def test_a_report_of_another_derivation_is_refused(small) -> None:
    other = dataclasses.replace(small, steps=small.steps[:3])
    with pytest.raises(ValueError, match=r"^The report has 8 steps but derivation 'small' has 3"):
        derivation_latex(other, broken_report(small))


# -- notebook display -----------------------------------------------------------------


def _displays(out: str) -> list[str]:
    """The ``$$`` displays of a repr, asserting nothing lies outside them."""
    chunks = out.split("\n\n")
    for chunk in chunks:
        assert chunk.startswith("$$") and chunk.endswith("$$") and chunk.count("$$") == 2, chunk
    return [c[2:-2] for c in chunks]


def test_repr_latex_is_dollar_displays_only(small, small_report) -> None:
    assert _displays(repr_latex(small.steps[5])) == [
        "\\begin{aligned}\n\\iff & & 0 &= \\sum\\limits_{n=1}^{N} \\left(x_{n} - \\mu\\right) "
        "&& \\text{multiply both sides}\n\\end{aligned}"
    ]
    shown = _displays(repr_latex(small_report))
    # title, two section titles, three blocks, the boxed result
    assert len(shown) == 7
    assert shown[0] == r"\textbf{A small test derivation}"
    assert shown[-1].startswith(r"\boxed{\mu = ")
    assert r"&& \text{proved}" in repr_latex(small_report)
    assert r"\text{proved}" not in repr_latex(small)
    broken = _displays(repr_latex(broken_report(small)))
    assert len(broken) == 9  # and a note for each of the two unproved steps
    assert broken[3].startswith("\\begin{array}{l}\n\\text{Note 1. Step 1 (log product rule)")


def test_text_is_readable(small) -> None:
    out = text(small)
    lines = out.splitlines()
    assert lines[0] == "A small test derivation (small)"
    assert "  [5] <=> 0 = Sum(x[n] - mu, (n, 1, N))    [multiply both sides]" in lines
    assert text(small.steps[1]).endswith("[log product rule]")


def test_display_rejects_other_objects() -> None:
    with pytest.raises(
        TypeError, match=r"^repr_latex needs a Derivation, Step or Report, got int\.$"
    ):
        repr_latex(3)
    with pytest.raises(TypeError, match=r"^text needs a Derivation or a Step, got str\.$"):
        text("x")
    with pytest.raises(TypeError, match=r"^latex_expr needs a sympy expression, got str\.$"):
        latex_expr("x")


# -- CLI ------------------------------------------------------------------------------


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="derivations")
    _cli.register(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(argv)


@pytest.fixture
def cli_small(monkeypatch, small):
    monkeypatch.setattr(_cli, "_load", lambda name: small if name == "small" else _unknown(name))


def _unknown(name: str):
    raise ValueError(f"Unknown derivation {name!r}.")


def test_cli_defaults_and_functions() -> None:
    args = _parse(["latex"])
    assert args.name == "gaussian-mle" and args.func is _cli.run_latex
    assert not args.standalone and not args.pdf and args.output is None
    assert _parse(["markdown", "x", "-o", "f.md"]).func is _cli.run_markdown


def test_cli_writes_latex_and_markdown_files(cli_small, small, small_report, tmp_path) -> None:
    out = tmp_path / "sub" / "d.tex"
    assert _cli.run_latex(_parse(["latex", "small", "-o", str(out), "--standalone"])) == 0
    assert out.read_text() == derivation_latex(small, small_report, standalone=True)
    md = tmp_path / "d.md"
    assert _cli.run_markdown(_parse(["markdown", "small", "-o", str(md)])) == 0
    assert md.read_text() == derivation_markdown(small, small_report)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["d.md", "d.tex", "sub"]


def test_cli_prints_to_stdout_and_reports_unknown_names(
    cli_small, small, small_report, capsys
) -> None:
    assert _cli.run_markdown(_parse(["markdown", "small"])) == 0
    assert capsys.readouterr().out == derivation_markdown(small, small_report)
    assert _cli.run_latex(_parse(["latex", "nope"])) == 2
    assert "Unknown derivation 'nope'" in capsys.readouterr().err


def test_cli_pdf_without_tex_says_how_to_install(cli_small, monkeypatch, tmp_path, capsys) -> None:
    from derivations.render import _compile

    monkeypatch.setattr(_compile, "pdflatex_path", lambda: None)
    out = tmp_path / "d.tex"
    assert _cli.run_latex(_parse(["latex", "small", "--pdf", "-o", str(out)])) == 2
    err = capsys.readouterr().err
    assert "pdflatex was not found" in err and INSTALL_HINT in err
    assert INSTALL_HINT == (
        "apt-get install -y --no-install-recommends "
        "texlive-latex-base texlive-latex-recommended poppler-utils"
    )
    assert list(tmp_path.iterdir()) == []


def test_write_atomic_leaves_nothing_on_failure(tmp_path) -> None:
    target = tmp_path / "f.txt"
    write_atomic(target, "old")
    with pytest.raises(TypeError):
        write_atomic(target, 3)  # type: ignore[arg-type]
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_cli_module_imports_no_renderer() -> None:
    # `derivations --help` imports _cli to register parsers: it must not pull
    # in the printer (and with it sympy's printing machinery).
    code = (
        "import sys, derivations.render._cli as c; "
        "print(sorted(m for m in sys.modules if m.startswith('derivations.render.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=os.path.dirname(os.path.dirname(__file__)),
        env={**os.environ, "PYTHONPATH": os.path.dirname(os.path.dirname(__file__))},
    )
    assert out.stdout.strip() == "['derivations.render._cli']"


# -- compiling ---------------------------------------------------------------------------

needs_tex = pytest.mark.skipif(
    shutil.which("pdflatex") is None and not IN_CI,
    reason="pdflatex is not installed (CI=true makes this a failure)",
)


@needs_tex
def test_cli_pdf_compiles_the_broken_document(cli_small, small, monkeypatch, tmp_path) -> None:
    # A derivation with a refuted step must still give a document that compiles.
    monkeypatch.setattr(Derivation, "check", lambda self, **kw: broken_report(self))
    out = tmp_path / "broken.tex"
    assert _cli.run_latex(_parse(["latex", "small", "--pdf", "-o", str(out)])) == 0
    assert (tmp_path / "broken.pdf").read_bytes()[:5] == b"%PDF-"
    assert "refuted, note 1" in out.read_text()
    _, log = compile_pdf(out.read_text())
    assert "Overfull \\hbox" not in log


def test_open_conditions_not_in_the_reason_are_listed(small) -> None:
    from derivations._report import SideCondition

    report = broken_report(small)
    steps = list(report.steps)
    steps[7] = dataclasses.replace(
        steps[7],
        verdict="unchecked",
        side_conditions=(SideCondition("divide-both-sides", "N != 0", False, "not shown"),),
        reason="symbolic: no proof; numeric: no root found",
    )
    md = derivation_markdown(small, dataclasses.replace(report, steps=tuple(steps)))
    assert (
        "> **Note 3.** Step 7 (sum of a constant, then add to both sides, then divide both sides) "
        "is **unchecked**: symbolic: no proof; numeric: no root found. "
        "Open side conditions: `N != 0`."
    ) in md
    assert r"\boxed{\text{unchecked, note 3}}" in md


@needs_tex
def test_cli_pdf_failure_reports_the_log_and_writes_nothing(
    cli_small, monkeypatch, tmp_path, capsys
) -> None:
    import derivations.render as render

    bad = "\\documentclass{article}\n\\begin{document}\n\\undefinedmacro\n\\end{document}\n"
    monkeypatch.setattr(render, "derivation_latex", lambda d, **kw: bad)
    out = tmp_path / "d.tex"
    assert _cli.run_latex(_parse(["latex", "small", "--pdf", "-o", str(out)])) == 1
    err = capsys.readouterr().err
    assert "pdflatex failed with exit status 1." in err and "Undefined control sequence" in err
    assert list(tmp_path.iterdir()) == []


def test_a_row_too_wide_for_the_page_is_broken_at_an_outer_plus():
    from derivations.render._latex import MAX_ROW_CHARS, _broken_rhs, _visible_chars
    from derivations.render._layout import Row

    term = (
        r"\frac{1}{\left(a + b + c\right)^{2}} \sum\limits_{n=1}^{N} \left(y_{n} - x_{n}\right)^{2}"
    )
    wide = Row(1, "=", "", "L", f"{term} + {term} - {term} + {term}", "arithmetic", "proved")
    pieces = _broken_rhs(wide)
    assert len(pieces) == 2 and pieces[0] + " " + pieces[1] == wide.rhs
    # broken between the outer terms, never inside a bracket
    assert pieces[0].count(r"\left(") == pieces[0].count(r"\right)")
    assert pieces[1].lstrip().startswith(("+", "-"))
    narrow = Row(1, "=", "", "L", "a + b", "arithmetic", "proved")
    assert _broken_rhs(narrow) == ["a + b"]
    # no outer operator: left whole however wide
    one = Row(1, "=", "", "L", r"\left(" + " + ".join([term] * 5) + r"\right)", "x", None)
    assert _visible_chars(one.rhs) > MAX_ROW_CHARS and _broken_rhs(one) == [one.rhs]
