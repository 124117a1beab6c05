"""Bundled derivations written as Markdown files, and the file-format constructs they use.

- the registry: a name maps to a packaged ``.md`` or a module, never both; every file
  is read by the same reader as a user's file and is in the report cache's digest;
- the observed-information rows (``-\\frac{\\partial^2 X}{\\partial v^2}``,
  ``\\left. X \\right|_{v = \\hat v}``) and the ``% result:`` / ``% note:`` marks:
  a planted slip in any of them is caught, a missing antecedent is an error
  naming file and line.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import sympy as sp

import derivations
from derivations import LoadError
from derivations.bundled import BUNDLED, file_of, module_of, read
from derivations.engine import check
from derivations.engine._versions import digested
from derivations.source import read_text
from derivations.symbols import N, n, x

FILES = [name for name in BUNDLED if file_of(name) is not None]
PACKAGE = Path(derivations.__file__).resolve().parent


def test_registry_holds_files_and_modules_and_no_derivation_twice():
    assert {"exponential-mle", "poisson-mle"} <= set(FILES)
    for name in BUNDLED:
        path = file_of(name)
        if path is None:
            assert module_of(name) is not None
            continue
        assert path.is_file() and path.suffix == ".md"
        # No Python module beside the file: one source per derivation.
        stem = path.with_suffix("").name
        assert importlib.util.find_spec(f"derivations.bundled.{stem}") is None
        assert module_of(name) is None


@pytest.mark.parametrize("name", FILES)
def test_file_names_its_derivation_and_is_digested(name):
    source = read(name)
    assert source.derivation.name == name
    assert file_of(name).resolve() in digested(PACKAGE)
    # The results speak of the project's samples (the estimator compiler's x).
    for eq in source.derivation.results.values():
        assert eq.rhs.has(x[n])


def _text(name: str) -> str:
    return file_of(name).read_text(encoding="utf-8")


def _verdicts(text: str):
    d = read_text(text, name="t", where="derivation_t.md").derivation
    return d, check(d, cache=False, confirm=False)


def test_information_result_is_kept_under_its_key_and_not_confirmed_as_a_parameter():
    d = derivations.load("exponential-mle")
    info = d.results["information_lambda"]
    assert info.lhs == sp.Symbol(r"I_{\lambda}", real=True)
    assert sp.simplify(info.rhs - sp.Sum(x[n], (n, 1, N)) ** 2 / N) == 0
    report = check(d, cache=False, confirm=True)
    names = [c.name for c in report.confirmations]
    assert not any("I_lambda" in c for c in names)
    assert all(c.ok for c in report.confirmations)


# A slip in each observed-information row: the row is no longer proved.
SLIPS = [
    (r"&= \frac{N}{\lambda^{2}} \\", r"&= \frac{N}{\lambda^{3}} \\"),
    (
        r"&= -N\left(-\lambda^{-2}\right) \\",
        r"&= -N\left(-\lambda^{-1}\right) \\",
    ),
    (
        r"\right|_{\lambda = \hat{\lambda}} &= \frac{N}{\left(\frac{N}{",
        r"\right|_{\lambda = \hat{\lambda}} &= \frac{2N}{\left(\frac{N}{",
    ),
    (
        r"&= \boxed{\frac{\left(\sum_{n=1}^{N} x_n\right)^{2}}{N}}",
        r"&= \boxed{\frac{\left(\sum_{n=1}^{N} x_n\right)^{2}}{N^{2}}}",
    ),
]


@pytest.mark.parametrize("slip", SLIPS, ids=range(len(SLIPS)))
def test_a_slip_in_the_information_rows_is_not_proved(slip):
    text = _text("exponential-mle")
    assert slip[0] in text
    _, report = _verdicts(text.replace(slip[0], slip[1], 1))
    bad = [r for r in report.steps if r.verdict not in ("proved", "given")]
    assert bad and all(r.verdict in ("refuted", "rule-mismatch") for r in bad)
    assert any(r.verdict == "refuted" and r.counterexample for r in bad)


def test_the_unchanged_file_is_proved_through_the_same_path():
    _, report = _verdicts(_text("exponential-mle"))
    assert report.ok and all(r.verdict == "proved" for r in report.steps)


HEAD = "---\nassume: [\\lambda > 0, x_n > 0]\n---\n$$\n\\begin{aligned}\n"
TAIL = "\\end{aligned}\n$$\n"
LL = (
    "\\mathcal{LL} &= N\\log\\lambda - \\lambda\\sum_{n=1}^{N} x_n \\\\\n"
    "\\frac{\\partial \\mathcal{LL}}{\\partial \\lambda} &= \\frac{N}{\\lambda} - "
    "\\sum_{n=1}^{N} x_n \\\\ % rule: diff-sum-rule, constant-multiple, "
    "logarithm-derivative, power-rule\n"
)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            "\\left. \\mathcal{LL} \\right|_{\\lambda = \\hat{\\lambda}} &= 0 "
            "% rule: evaluate-at\n",
            r"derivation_t\.md:8: .*needs a boxed result \\lambda = \.\.\. on a row above",
        ),
        (
            "-\\frac{\\partial^{2} \\mathcal{M}}{\\partial \\lambda^{2}} &= 0\n",
            r"derivation_t\.md:8: .*differentiates a derivative that no row above writes out",
        ),
        (
            "&= \\frac{N}{\\lambda} % rule: arithmetic; result: information_lambda\n",
            r"derivation_t\.md:8: a '% result:' mark names the row's boxed result",
        ),
        (
            "&= \\boxed{\\frac{N}{\\lambda}} % result: 2x\n",
            r"derivation_t\.md:8: the result key '2x' is not a name",
        ),
    ],
)
def test_constructs_without_their_antecedent_are_errors_naming_the_line(rows, message):
    with pytest.raises(LoadError, match=message):
        read_text(HEAD + LL + rows + TAIL, name="t", where="derivation_t.md")


def test_note_reaches_the_rows_step_and_result_symbol_is_optional():
    rows = (
        "&= \\boxed{\\frac{N}{\\lambda} - \\sum_{n=1}^{N} x_n} "
        "% rule: arithmetic; result: score_lambda; note: the score, restated\n"
    )
    d = read_text(HEAD + LL + rows + TAIL, name="t", where="derivation_t.md").derivation
    assert d.steps[-1].note == "the score, restated"
    assert d.results["score_lambda"].lhs == sp.Symbol("score_lambda", real=True)
