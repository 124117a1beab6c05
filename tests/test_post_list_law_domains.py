r"""The parameter space of a law stated for a list of variables, or given another variable,
reaches the engine.

``X_i \sim \mathrm{Exp}(\lambda)`` gives the engine ``\lambda > 0``; ``X_1, \ldots, X_n \sim
\mathrm{Exp}(\lambda)`` and ``X \mid \lambda \sim \mathrm{Exp}(\lambda)`` - the way most
statistics texts state a sample - kept the law as text only (``._law_subjects``), so a step that
needs ``\lambda > 0`` (``\log \lambda^2 = 2 \log \lambda``) stayed "plausible: open side
condition lambda > 0". The law of a conditional variable still needs its parameter in the
parameter space (the density is not defined elsewhere), so both forms give the domain. A law of a
vector (bold subject) gives nothing: its parameters are matrices the reader holds as numbers.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._run import _parse_file

LAWS = [
    r"X_1, \ldots, X_n \sim \mathrm{Exp}(\lambda)",
    r"Y_1, Y_2, \dots, Y_n \sim \text{Poisson}(\lambda)",
    r"X \mid \lambda \sim \mathrm{Exp}(\lambda)",
    r"X_i \mid \lambda \sim \mathrm{Exp}(\lambda)",
]
STEP = r"\log(\lambda^2 e^{x}) = 2\log\lambda + x"
WRONG = r"\log(\lambda^2 e^{x}) = \log\lambda + x"


@pytest.mark.parametrize("law", LAWS)
@pytest.mark.parametrize("where", ["display", "inline"])
def test_a_step_that_needs_the_parameter_space_is_proved(tmp_path, law, where):
    said = f"$${law}$$" if where == "display" else f"Let ${law}$ be independent."
    body = f"{said}\n\nThen\n\n$${STEP}$$\n"
    assert verdict_of_row(tmp_path, body, STEP) == "proved"


@pytest.mark.parametrize("law", LAWS)
def test_the_wrong_step_is_not_proved(tmp_path, law):
    body = f"$${law}$$\n\nThen\n\n$${WRONG}$$\n"
    assert verdict_of_row(tmp_path, body, WRONG) != "proved"


def _domains(tmp_path, body: str) -> dict:
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + body, encoding="utf-8")
    _, _, _, _, domains, _ = _parse_file(path, ())
    return {d.name: d for d in domains if not d.sample}


@pytest.mark.parametrize("law", LAWS)
def test_the_domain_names_its_row(tmp_path, law):
    d = _domains(tmp_path, f"$${law}$$\n")["lambda"]
    assert d.lower == 0 and d.lower_strict
    assert "line 4" in d.source


@pytest.mark.parametrize(
    "law",
    [
        r"\mathbf{x} \mid y = 0 \sim \mathcal{N}(\mu_0, \Sigma)",
        r"\mathbf{x}_1, \ldots, \mathbf{x}_n \sim \mathcal{N}(\mu, \Sigma)",
        r"\boldsymbol{x}_1, \ldots, \boldsymbol{x}_n \sim \mathcal{N}(\mu, \Sigma)",
    ],
)
def test_a_law_of_vectors_gives_no_domain(tmp_path, law):
    assert "Sigma" not in _domains(tmp_path, f"$${law}$$\n")
