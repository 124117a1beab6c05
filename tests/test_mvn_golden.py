"""Golden files for the multivariate derivation ``gaussian-mvn-mle``, and the pdflatex compile.

Written by this code, never by hand; after an intended change regenerate on
purpose and review the diff:

    DERIVATIONS_REGEN_GOLDEN=1 python -m pytest tests/test_mvn_golden.py
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import derivations
from derivations.render import derivation_latex, derivation_markdown
from derivations.render._compile import compile_pdf

GOLDEN = Path(__file__).parent / "golden"
NAME = "gaussian-mvn-mle"
FILES = (f"{NAME}.tex", f"{NAME}.standalone.tex", f"{NAME}.md")
REGEN = os.environ.get("DERIVATIONS_REGEN_GOLDEN") == "1"
IN_CI = os.environ.get("CI", "").lower() == "true"

needs_tex = pytest.mark.skipif(
    shutil.which("pdflatex") is None and not IN_CI,
    reason="pdflatex is not installed (CI=true makes this a failure)",
)


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    d = derivations.load(NAME)
    report = d.check(jobs=1)
    return {
        FILES[0]: derivation_latex(d, report),
        FILES[1]: derivation_latex(d, report, standalone=True),
        FILES[2]: derivation_markdown(d, report),
    }


@pytest.mark.parametrize("filename", FILES)
def test_golden(outputs: dict[str, str], filename: str) -> None:
    path = GOLDEN / filename
    if REGEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(outputs[filename].encode("utf-8"))
        pytest.skip(f"regenerated {path}")
    assert path.exists(), f"{path} is missing; create it with DERIVATIONS_REGEN_GOLDEN=1"
    assert outputs[filename] == path.read_bytes().decode("utf-8"), (
        f"{filename} differs from the golden file; if intended, regenerate with "
        "DERIVATIONS_REGEN_GOLDEN=1 and review the diff"
    )


def test_every_step_is_a_row_and_proved(outputs: dict[str, str]) -> None:
    d = derivations.load(NAME)
    for key in (FILES[0], FILES[2]):
        assert len([ln for ln in outputs[key].splitlines() if " && \\text{" in ln]) == len(d.steps)
    assert outputs[FILES[1]].count("\\tag*{") == len(d.steps)
    assert "\\boxed" not in outputs[FILES[0]]  # no step is marked as not proved


def test_matrix_notation_reads_like_mathematics(outputs: dict[str, str]) -> None:
    for text in outputs.values():
        assert "\\mathbf{x}_{n}" in text
        assert "\\Sigma^{-1}" in text
        assert "\\operatorname{tr}" in text
        assert "\\left|{\\Sigma}\\right|" in text
        assert "Scalar(" not in text and "MatrixSum(" not in text


@needs_tex
def test_standalone_compiles_without_overflow(outputs: dict[str, str]) -> None:
    pdf, log = compile_pdf(outputs[FILES[1]])
    assert pdf[:5] == b"%PDF-"
    assert "Overfull \\hbox" not in log
    assert "Missing character" not in log


@needs_tex
def test_fragment_compiles_inside_a_document(outputs: dict[str, str]) -> None:
    doc = (
        "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n"
        + outputs[FILES[0]]
        + "\\end{document}\n"
    )
    pdf, _ = compile_pdf(doc)
    assert pdf[:5] == b"%PDF-"
