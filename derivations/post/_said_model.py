"""The model of a post that declares it in a sentence, for weighing its likelihood.

"Let $X_1, \\ldots, X_n$ be a sample from an exponential distribution $X \\sim
\\text{Exp}(\\theta)$", then ``L(\\theta) = \\theta^{-n} \\exp\\{-\\theta^{-1} \\bar X\\}``
(held-out batch 16: the exponent lacks its factor ``n``). :mod:`._model_likelihood` weighs
a likelihood against the density of one observation, but took that density only from a
row (``x_i \\sim ...`` displayed, or ``f(x; \\theta) = ...``): a model said in words left
the likelihood "given" and its mistake unseen.

:func:`said_model` makes the model from the laws the post's sentences declare
(:func:`._prose_laws.stated_laws`, read as :mod:`._expectation` reads them):

- nothing in the post's prose says its data are other than plain draws (censored,
  truncated, a mixture, missing, EM, ...: the likelihood may then be another one);
- no row declares a law (``x_i \\sim ...``: the rows' models decide), and exactly one
  letter is declared, by one law, with no word that alters it (truncated,
  mixture, ... - ``stated_laws`` gives nothing then); a second letter or a second law for
  the letter gives no model (which one a likelihood is of is not guessed);
- the family is one a row's declaration is read with (:data:`._model_likelihood._DECLARED`,
  with its conventions: ``Exp(\\theta)`` rate and scale, a likelihood refuted only if it
  fits neither; ``N(\\mu, s)`` with ``s`` not a variance gives nothing) and every argument
  is a symbol the rows write (``\\theta``, ``\\sigma^2``) or a whole number.

The likelihood's value may hold the sample's mean ``\\bar X``: see
:func:`._model_likelihood.with_sample_mean`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sympy as sp

from ._expectation import _stated_name, _symbols_by_name, one_sample
from ._law_table import table_name
from ._model_likelihood import _DECLARED, Model, declared_labels, table_model
from ._tosympy import evaluating


def said_model(
    rows: Iterable[Any], stated: Iterable[tuple], altered: bool, extra: dict | None = None
) -> Model | None:
    """The model one law declared in words gives (see the module's docstring), or None;
    None too when the post's prose ``altered`` the data (:func:`._prose_laws.altered_data`).
    ``extra`` names symbols no row writes (the parameter of a stated estimate ``\\hat\\lambda``).
    """
    if altered:
        return None  # the data the likelihood is of may not be plain draws from the law
    rows = list(rows)
    displayed = (pr for pr in rows if pr.ok and pr.row.role == "row")
    if any(st.relations[:1] == ("~",) for pr in displayed for st in pr.statements):
        return None  # a row declares a law: the rows' own models decide (._model_likelihood)
    by_letter: dict[str, set] = {}
    for letter, word, written, args, _independent in stated:
        name = _stated_name(word, written)
        if name is None and not word:
            name = table_name(written)  # laws28: \\mathrm{NB}(r, p), \\mathrm{Weibull}(k, \\lambda)
        by_letter.setdefault(letter.lower(), set()).add((name, args))
    if len(by_letter) != 1:
        return None
    ((letter, said),) = by_letter.items()
    if len(said) != 1:
        return None
    if not letter:
        letter = one_sample(rows)  # laws28: "the data are ...": the one sample the rows write
        if letter is None:
            return None
    ((name, names),) = said
    if not name:
        return None
    symbols = {**(extra or {}), **_symbols_by_name(rows)}
    if "sigma" not in symbols and "sigma2" in symbols:
        # laws28: Rayleigh(sigma) and rows that write only sigma^2 (the variance symbol)
        symbols["sigma"] = sp.Symbol("sigma", positive=True)
    args = [sp.Integer(int(a)) if a.isdigit() else symbols.get(a) for a in names]
    if any(a is None for a in args):
        return None
    obs = sp.Symbol(letter, real=True)
    entry = _DECLARED.get(name)
    if entry is None:
        said_as = f"{table_name(name) or name}({', '.join(str(a) for a in args)})"
        return table_model(name, obs, tuple(args), 0, said=said_as)
    if entry[0] != len(names):
        return None
    with evaluating(True):
        forms = entry[1](obs, *args)
    if not forms:
        return None  # N(mu, s): the variance or the standard deviation, by convention
    said_as = f"{name}({', '.join(str(a) for a in args)})"
    labels = declared_labels(name, tuple(args), len(forms))
    return Model(
        forms[0],
        obs,
        0,
        tuple(forms[1:]),
        said=said_as,
        family=name,
        args=tuple(args),
        labels=labels,
    )
