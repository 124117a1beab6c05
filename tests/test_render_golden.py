"""Golden files for the bundled derivation, in every format, and the pdflatex compile.

The golden files under ``tests/golden/`` are written by this code, never by
hand. After an intended change to the renderer or to the bundled derivation,
regenerate them on purpose and review the diff:

    DERIVATIONS_REGEN_GOLDEN=1 python -m pytest tests/test_render_golden.py

In CI (``CI=true``) the compile tests fail instead of skipping when pdflatex is
missing.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

import derivations
from derivations.render import derivation_latex, derivation_markdown
from derivations.render._compile import compile_pdf

GOLDEN = Path(__file__).parent / "golden"
NAME = "gaussian-mle"
REGEN = os.environ.get("DERIVATIONS_REGEN_GOLDEN") == "1"
IN_CI = os.environ.get("CI", "").lower() == "true"

needs_tex = pytest.mark.skipif(
    shutil.which("pdflatex") is None and not IN_CI,
    reason="pdflatex is not installed (CI=true makes this a failure)",
)


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    d = derivations.load(NAME)
    report = d.check()
    return {
        f"{NAME}.tex": derivation_latex(d, report),
        f"{NAME}.standalone.tex": derivation_latex(d, report, standalone=True),
        f"{NAME}.md": derivation_markdown(d, report),
    }


@pytest.mark.parametrize("filename", [f"{NAME}.tex", f"{NAME}.standalone.tex", f"{NAME}.md"])
def test_golden(outputs: dict[str, str], filename: str) -> None:
    path = GOLDEN / filename
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(outputs[filename].encode("utf-8"))
        pytest.skip(f"regenerated {path}")
    assert path.exists(), (
        f"{path} is missing; create it with DERIVATIONS_REGEN_GOLDEN=1 python -m pytest {__file__}"
    )
    expected = path.read_bytes().decode("utf-8")
    assert outputs[filename] == expected, (
        f"{filename} differs from the golden file; if the change is intended, regenerate with "
        "DERIVATIONS_REGEN_GOLDEN=1 and review the diff"
    )


def test_every_step_is_a_row(outputs: dict[str, str]) -> None:
    d = derivations.load(NAME)
    for key in (f"{NAME}.tex", f"{NAME}.md"):
        assert len([ln for ln in outputs[key].splitlines() if " && \\text{" in ln]) == len(d.steps)
    assert outputs[f"{NAME}.standalone.tex"].count("\\tag*{") == len(d.steps)


def test_printing_reads_like_mathematics(outputs: dict[str, str]) -> None:
    for text in outputs.values():
        assert r"\left(\sigma^{2}\right)^{" not in text  # sigma2**2 is \sigma^{4}
        assert "{x}_{n}" not in text and "x_{n}" in text
        assert r"\sum\limits_{n=1}^{N}" in text
        assert not re.search(r"\\left\(-1\\right\) \\frac", text)  # no "(-1) 1/2"
        assert not re.search(r"(^|[ {(])1 \\(frac|log|sum)", text)  # no "1 \frac{...}"
        assert "sigma2" not in text.replace("sigma2 !=", "")  # the symbol's name never leaks
        assert r"\frac{\partial}{\partial \sigma^{2}}" in text
        assert r"\sigma^{4}" in text


def test_markdown_is_katex_safe(outputs: dict[str, str]) -> None:
    md = outputs[f"{NAME}.md"]
    assert "\\begin{align}" not in md and "\\begin{align*}" not in md
    assert md.count("$$\\begin{aligned}") == md.count("\\end{aligned}$$") > 10
    assert "### MLE of $$\\mu$$" in md


def test_notebook_displays_fit_mathjax_buffer() -> None:
    from derivations.render import repr_latex
    from derivations.render._display import MATHJAX_MAX_BUFFER

    d = derivations.load(NAME)
    displays = repr_latex(d).split("\n\n")
    assert len(displays) > 20
    assert all(s.startswith("$$") and s.endswith("$$") for s in displays)
    assert max(len(s) for s in displays) < MATHJAX_MAX_BUFFER


@needs_tex
def test_standalone_compiles_without_overflow(outputs: dict[str, str]) -> None:
    pdf, log = compile_pdf(outputs[f"{NAME}.standalone.tex"])
    assert pdf[:5] == b"%PDF-"
    # Rows and labels fit the page: TeX reports every overflow as Overfull \hbox.
    assert "Overfull \\hbox" not in log
    assert "Missing character" not in log
    # Only Type 1 fonts: a bitmap (.pk) font means pdflatex had to run METAFONT.
    assert "pk>" not in log.replace("\n", "")


@needs_tex
def test_fragment_compiles_inside_a_document(outputs: dict[str, str]) -> None:
    # The fragment is for pasting into a document with amsmath; its label
    # column may be wider than a page (the standalone layout handles that), so
    # only compiling is checked here.
    doc = (
        "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n"
        + outputs[f"{NAME}.tex"]
        + "\\end{document}\n"
    )
    pdf, _ = compile_pdf(doc)
    assert pdf[:5] == b"%PDF-"
