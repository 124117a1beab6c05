"""An equation in a parameter at the start of a chain is not refuted as an identity
when the derivative it comes from is named only in the prose.

mse-ar2-conditional-mle-techqa: "First take dL/dphi_0 and set it to zero", then
(T-2) phi_0 = sum (r_t - phi_2 r_{t-2}). The parameter is the post's (an argument of
S(phi), an estimate hat phi), though no display row differentiates by it: the row is
an equation in it, which holds at one value, not an identity that fails.
"""

from __future__ import annotations

from pathlib import Path

from _post_rows import rows_of

POST = (
    Path(__file__).resolve().parent
    / "posts"
    / "incoming"
    / "prose-derivative"
    / "equation-after-prose-derivative.md"
)


def _row(path: Path, line: int = 15):
    return rows_of(path)[line]


def test_the_equation_in_the_parameter_is_not_refuted():
    row = _row(POST)
    assert row.verdict != "refuted", row.reason


def test_a_wrong_equation_is_not_proved(tmp_path):
    p = tmp_path / POST.name
    p.write_text(POST.read_text(encoding="utf-8").replace(r"T \phi =", r"2 T \phi ="), "utf-8")
    assert _row(p).verdict not in ("proved", "plausible")


def test_an_identity_without_parameters_is_still_refuted(tmp_path):
    # no parameter in the row: a wrong identity about the data is a mistake
    p = tmp_path / POST.name
    p.write_text(
        POST.read_text(encoding="utf-8").replace(
            r"T \phi = \sum_{t=1}^{T} r_t", r"\sum_{t=1}^{T} 2 r_t = \sum_{t=1}^{T} r_t"
        ),
        "utf-8",
    )
    assert _row(p).verdict == "refuted"
