"""The MLE of an exponential rate from Python: the rows of ``derivation_exponential.md``.

Each line is LaTeX read by ``derivations.latex`` (the project's own reader:
nothing is evaluated), so the Python form is as short as the Markdown one.
The derivative is checked, not assumed: step 5 is d/dlambda of step 4, and
step 6 must follow from it by the rules it names.

``derivations check examples/derivation_exponential.py`` checks it, and pytest
collects it step by step through the plugin (files named ``derivation_*.py``).
"""

from derivations import Assumption, Derivation, Step, latex
from derivations.symbols import N

ASSUME = [r"\lambda > 0", r"y_n > 0"]


def L(text: str):
    return latex(text, assume=ASSUME)


lam, y = L(r"\lambda"), L(r"y_n").base
S = r"\sum_{n=1}^{N} y_n"
LL = rf"N\log\lambda - \lambda {S}"
DLL = rf"\frac{{N}}{{\lambda}} - {S}"
D = r"\frac{\partial}{\partial\lambda}"
steps = [
    Step(L(r"\sum_{n=1}^{N} \log(\lambda e^{-\lambda y_n})"), "definition", "start"),
    Step(L(r"\sum_{n=1}^{N} (\log\lambda + \log e^{-\lambda y_n})"), "log-product"),
    Step(L(r"\sum_{n=1}^{N} (\log\lambda - \lambda y_n)"), "log-of-exp"),
    Step(L(r"N\log\lambda - \sum_{n=1}^{N} \lambda y_n"), ("sum-split", "sum-of-constant")),
    Step(L(LL), "constant-out-of-sum"),
    Step(L(rf"{D}({LL})"), "differentiate", "start", params={"ref": 4, "wrt": lam}),
    Step(L(DLL), ("diff-sum-rule", "constant-multiple", "logarithm-derivative", "power-rule")),
    Step(L(rf"{D}({LL}) = {DLL}"), "chain-result", "start", params={"start": 5, "end": 6}),
    Step(L(rf"0 = {DLL}"), "set-to-zero", "start", params={"ref": 7, "unknown": lam}),
    Step(
        L(rf"\lambda {S} = N"),
        ("multiply-both-sides", "add-both-sides"),
        "<=>",
        params={"factor": lam, "term": L(rf"\lambda {S}")},
    ),
    Step(L(rf"\lambda = \frac{{N}}{{{S}}}"), "divide-both-sides", "<=>", params={"divisor": L(S)}),
]

DERIVATION = Derivation(
    name="exponential-mle",
    title="MLE of an exponential rate",
    assumptions=[
        Assumption(N, "N is a positive integer"),
        Assumption(y, "the samples y_n are positive"),
        Assumption(lam, "the rate lambda is positive"),
    ],
    steps=steps,
)
