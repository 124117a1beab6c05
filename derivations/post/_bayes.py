"""Bayes' rule as written: ``p(\\mu | y) \\propto p(y | \\mu)\\, p(\\mu)``.

Whatever the densities are, the posterior of ``mu`` given ``y`` is ``p(y | mu) p(mu) / p(y)``:
proportional, as a function of ``mu``, to the likelihood times the prior, and to the joint
density ``p(y, mu)``. A row that says so was unchecked ("p(...) is not defined in the post")
although it is a law: it is proved as an instance of the rule when the calls match name for
name as written (what the posterior is of and given, the likelihood given what the posterior
is of, the prior of it), and the chain goes on from the product's value, which the post may
have given. A call the reader read but the text does not match (a prior of the data, a
likelihood given another letter, a posterior given more than the likelihood is) is left to
the ordinary reading. ``p(y | mu) p(mu) = p(y, mu)`` after it is the product rule of
probability, proved the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import sympy as sp

from ._model_likelihood import likelihood_kind
from ._plans import OWN, LinkPlan, _Cur, _why
from ._relations import EQUALITIES, split_relations
from ._resolve import is_matrix, quantity_name
from ._tosympy import Named, NamedApplied
from ._upto import PROPORTIONAL, _before_the_bar
from ._written import _unfonted, arguments, written_calls

if TYPE_CHECKING:
    from ._parse import ParsedRow

#: the bar of a conditional density (not ``;``: ``p(x; \\theta)`` names a parameter)
_GIVEN = re.compile(r"\||\\mid\b|\\vert\b")


def _conditional(call: str) -> tuple[list[str], list[str]] | None:
    """``y | \\mu`` -> ``(["y"], ["\\mu"])``: what a call is of and what it is given;
    None for a call without one bar or with an empty side."""
    parts = _GIVEN.split(call)
    if len(parts) != 2:
        return None
    of, given = arguments(parts[0]), arguments(parts[1])
    return (of, given) if of and given else None


def _calls(e: sp.Basic, text: str) -> list[tuple[str, str]] | None:
    """The calls ``e`` is the product of, as ``(letter, arguments as written in text)``;
    None unless ``e`` is one call or a product of calls and ``text`` writes exactly those."""
    factors = sp.Mul.make_args(e)
    if not all(isinstance(f, NamedApplied) for f in factors):
        return None
    calls = []
    for name in dict.fromkeys(quantity_name(f) or "" for f in factors):
        calls += [(name, c) for c in _written_calls(text, name)]
    return calls if len(calls) == len(factors) else None


def _written_calls(text: str, name: str) -> list[str]:
    """The calls of ``name`` in ``text``, written bare or as a command (``\\pi(\\theta)``;
    ``\\Pr(\\theta)`` of the name the reader gives it, ``\\mathrm{Pr}``)."""
    spellings = dict.fromkeys([name, "\\" + name, _unfonted(name), "\\" + _unfonted(name)])
    return [c for written in spellings for c in written_calls(text, written)]


def _split(calls: list[tuple[str, str]]) -> tuple[tuple, tuple] | None:
    """Two calls as ``(conditional, marginal)``: ``((letter, of, given), (letter, args))``,
    each list of arguments sorted; None unless exactly one of the two has a bar."""
    parts = [_conditional(c) for _, c in calls]
    if len(calls) != 2 or parts.count(None) != 1:
        return None
    k = parts.index(None)
    cond = next(part for part in parts if part is not None)
    return (
        (calls[1 - k][0], sorted(cond[0]), sorted(cond[1])),
        (calls[k][0], sorted(arguments(calls[k][1]))),
    )


#: A conditional call ``(y \\mid \\theta`` in a definition: what it is of, before the bar.
_OF_BEFORE_BAR = re.compile(r"\(([^()|$]{1,80}?)(?:\||\\mid\b|\\vert\b)")
#: The letter a data argument names (``x`` of ``x_i``, ``\\mathbf{y}``, ``x_{1:n}``).
_BASE_LETTER = re.compile(r"\\(?:mathbf|boldsymbol|bm|vec)\{\s*(\\?[A-Za-z]+)|(\\?[A-Za-z]+)")
#: Distinct likelihood calls whose definitions are looked for in one post (hostile text:
#: a post of many names is not searched name by name; past it, no name is taken as matched).
MAX_LIKELIHOOD_SEARCHES = 8


def _letters(args: Iterable[str]) -> set[str]:
    """The letters data arguments name: ``["x_1", "\\ldots", "x_n"]`` -> ``{"x"}``."""
    out = set()
    for a in args:
        m = _BASE_LETTER.search(a)
        if m and (m.group(1) or m.group(2)) not in ("\\ldots", "\\dots", "\\cdots"):
            out.add(m.group(1) or m.group(2))
    return out


def likelihood_given_other_data(texts: Iterable[str], letter: str, args: str, given: list) -> bool:
    """Does a text define the likelihood ``letter(args)`` (``L(\\theta) = p(y \\mid \\theta)``,
    ``L(\\theta) := \\prod_i f(y_i | \\theta)``, ``L(\\theta) = p(x_1 | \\theta)``) as a density of
    data other than ``given``? Other than the data as written, or, in a product, than their
    elements ``x_i``. One search per text (``letter(`` then a definition sign); a definition
    whose right side holds no conditional says nothing either way (False)."""
    head = re.compile(
        r"(?<![A-Za-z\\])"
        + re.escape(letter)
        + r"\s*\(\s*"
        + re.escape(args.strip())
        + r"\s*\)\s*(?:=|:=|\\equiv\b|\\coloneqq\b|\\triangleq\b)([^$\n]{0,300})"
    )
    want = sorted(_plain(g) for g in given)
    for text in texts:
        if letter not in text:
            continue
        for m in head.finditer(text):
            product = "\\prod" in m.group(1)
            for of in _OF_BEFORE_BAR.findall(m.group(1)):
                args = arguments(of)
                if sorted(_plain(a) for a in args) == want:
                    continue  # the posterior's data, as written
                if (
                    product
                    and all(_ELEMENT.match(_plain(a)) for a in args)
                    and _letters(args) == _letters(given)
                ):
                    continue  # prod_i f(x_i | theta): the elements of the posterior's data
                return True
    return False


#: One element of a sample, ``x_i`` (the factor of a product over ``i``).
_ELEMENT = re.compile(r"^\\?[A-Za-z]+(?:\{[A-Za-z]+\})?_\{?[a-z]\}?$")


def _plain(arg: str) -> str:
    """An argument as written, without spaces."""
    return re.sub(r"\s+", "", arg)


def bayes_rule(
    e0: sp.Basic,
    e1: sp.Basic,
    left: str,
    right: str,
    other_data: Callable[[str, str, list], bool] | None = None,
) -> str:
    """What the link ``e0 \\propto e1`` (sides written ``left``, ``right``) is an instance
    of: the posterior of ``A`` given ``B`` proportional to ``p(B | A) p(A)`` or to the
    joint ``p(A, B)``; ``""`` when it is no such instance as written. The letters must say
    the densities are of one model: the joint and the prior under the posterior's letter or
    the likelihood's (``p, p, p``; ``\\pi(\\theta|x) \\propto f(x|\\theta) \\pi(\\theta)``), or the
    prior under the prior's letter ``\\pi``: a prior ``h(\\theta)`` under a letter of its own
    may be any function. ``other_data(letter, args, given)``: does the post define the
    likelihood ``letter(args)`` as the density of data other than ``given``
    (:func:`likelihood_given_other_data`)? Then ``L(\\theta)`` under its own name is not the
    posterior's likelihood."""
    name = quantity_name(e0) or ""
    head = _written_calls(left, name) if isinstance(e0, NamedApplied) else []
    posterior = _conditional(head[0]) if len(head) == 1 else None
    calls = _calls(e1, right)
    if posterior is None or calls is None:
        return ""
    of, given = sorted(posterior[0]), sorted(posterior[1])
    if set(of) & set(given):
        return ""
    if len(calls) == 1:
        letter, args = calls[0]
        joint = letter == name and not _GIVEN.search(args) and sorted(arguments(args))
        return "Bayes' rule: the posterior is proportional to the joint density" * (
            joint == sorted(of + given)
        )
    if _named_likelihood(calls, name, of, given, other_data):
        return "Bayes' rule: the posterior is proportional to the likelihood times the prior"
    split = _split(calls)
    if split is None:
        return ""
    (f, cond_of, cond_given), (g, prior) = split
    matched = g in (name, f, "pi") and cond_of == given and cond_given == of and prior == of
    return "Bayes' rule: the posterior is proportional to the likelihood times the prior" * (
        matched
    )


def _named_likelihood(
    calls: list[tuple[str, str]],
    name: str,
    of: list,
    given: list,
    other_data: Callable[[str, str, list], bool] | None = None,
) -> bool:
    """Are ``calls`` the likelihood under its own name and the prior, ``L(\\theta)
    \\pi(\\theta)``, of a posterior of ``of`` given ``given`` under the letter ``name``?
    Both must be functions of exactly ``of`` (no bar), the prior under ``name`` or ``pi``;
    the posterior must be given one name, the data (``L`` does not say what it is given:
    where the post defines it as the density of other data, ``other_data`` says so, and
    it is not this posterior's likelihood - adversarial set 17, 07)."""
    if len(calls) != 2 or len(given) != 1 or any(_GIVEN.search(c) for _, c in calls):
        return False
    kinds = [likelihood_kind(Named(letter)) for letter, _ in calls]
    if kinds.count("L") != 1:
        return False
    k = kinds.index("L")
    prior = calls[1 - k][0]
    if not (prior in (name, "pi") and all(sorted(arguments(c)) == of for _, c in calls)):
        return False
    return other_data is None or not other_data(calls[k][0], calls[k][1], given)


def _product_rule(product: sp.Basic, joint: sp.Basic, left: str, right: str) -> bool:
    """Is ``product = joint`` (written ``left``, ``right``) ``p(y | mu) p(mu) = p(y, mu)``:
    a conditional times the marginal of what it is given, equal to the joint density,
    all under one letter?"""
    calls, whole = _calls(product, left), _calls(joint, right)
    split = _split(calls) if calls is not None else None
    if split is None or whole is None or len(whole) != 1 or _GIVEN.search(whole[0][1]):
        return False
    (f, of, given), (g, marginal) = split
    return (
        f == g == whole[0][0]
        and marginal == given
        and sorted(arguments(whole[0][1])) == sorted(of + given)
    )


#: Why a kernel that disagrees with the product of the kernels stated before is no refutation.
_KERNELS_NOT_ESTABLISHED = (
    "the likelihood times the prior, by the kernels stated for them before: those rows are "
    "not established, so a disagreement cannot say which row is wrong"
)


class BayesLinks:
    """Rows that apply Bayes' rule (a mixin of :class:`._build._Builder`)."""

    def _bayes_chain(self: Any, pr: ParsedRow, sides: list, rels: list[str]) -> bool:
        """``p(mu | y) \\propto p(y | mu) p(mu) [= p(y, mu)] [\\propto ...]``: the first
        link proved as Bayes' rule, the rest read on from the product. False (nothing
        done) when the row's first link is no instance of the rule as written."""
        texts, _ = split_relations(pr.row.text)
        if len(texts) != len(sides) or sides[1] is None:
            return False
        self._bayes_row_prose = pr.row.prose
        how = bayes_rule(sides[0], sides[1], texts[0], texts[1], self._likelihood_given_other)
        if not how:
            return False
        self._remember(*sides[:2])
        self._link(pr, LinkPlan(rels[0], OWN, verdict="proved", reason=how, how=how))
        start = 1
        if (
            len(rels) > 1
            and rels[1] in EQUALITIES
            and sides[2] is not None
            and _product_rule(sides[1], sides[2], texts[1], texts[2])
        ):
            self._remember(sides[2])
            rule = "the product rule of probability: the conditional times the marginal"
            self._link(pr, LinkPlan(rels[1], OWN, verdict="proved", reason=rule, how=rule))
            start = 2
        kernel = self._kernel_of_product(sides[1]) if start == 1 else None
        if kernel is not None and isinstance(sides[0], NamedApplied):
            # the posterior's kernel for a later row of it (see _upto._restated_kernel)
            self.kernels[(sides[0], tuple(_before_the_bar(pr, sides[0])))] = kernel
        onward = kernel if len(rels) > start and rels[start] in PROPORTIONAL else None
        self._go_on_from(pr, sides[1], onward)
        self._rest(pr, sides, rels, start)
        return True

    def _likelihood_given_other(self: Any, letter: str, args: str, given: list) -> bool:
        """Does the post, up to the row being built, define ``letter(args)`` as the density of
        data other than ``given``? Searched once per call (cached), for at most
        :data:`MAX_LIKELIHOOD_SEARCHES` calls a post; past them, True (not matched)."""
        cache = self.__dict__.setdefault("_likelihood_searches", {})
        key = (letter, args, tuple(given))
        if key not in cache:
            if len(cache) >= MAX_LIKELIHOOD_SEARCHES:
                return True
            texts = [self._bayes_row_prose]
            for plan in self.plans:
                texts += [plan.parsed.row.prose, plan.parsed.row.text]
            cache[key] = likelihood_given_other_data(texts, letter, args, given)
        return cache[key]

    def _kernel_of_product(self: Any, product: sp.Basic) -> sp.Basic | None:
        """The likelihood times the prior of a row proved as Bayes' rule, each factor by
        the kernel an earlier row stated for it (``L(\\theta) \\propto ...``) or its value;
        None unless every factor has one and some factor is known only up to a factor.

        Only a factor written without a bar counts by its kernel: ``bayes_rule`` has made
        it a function of exactly what the posterior is of, and such a row's factor is
        free of its arguments, so the product is the posterior up to a factor free of what
        it is of. (A kernel of ``p(y | \\theta)`` may mean either side of the bar.)"""
        factors = sp.Mul.make_args(product)
        values, kernel_used = [], False
        for f in factors:
            k = self.kernels.get((f, ()))
            if k is not None:
                values.append(k)
                kernel_used = True
                continue
            value, why = self.names.resolve(f)
            if value is None or why or _why(value) or is_matrix(value):
                return None
            values.append(value)
        return sp.Mul(*values) if kernel_used else None

    def _go_on_from(self: Any, pr: ParsedRow, side: sp.Basic, kernel: Any = None) -> None:
        """The next link continues ``side``'s value, when the post gave it one: a product
        of densities read as the post gave them, a joint density only as the product rule
        gave it (the reader drops bars, so read as a call ``p(y, mu)`` is ``p(y | mu)``)."""
        if isinstance(side, NamedApplied):
            joint = self.names.joints.get((str(side.func), tuple(side.args)))
            value = joint.expr if joint is not None else None
        else:
            value, _ = self.names.resolve(side)
        disputed = ""
        if kernel is not None and (value is None or _why(value)):
            # the next link is a kernel too (\\propto): up to a factor is enough
            value, disputed = kernel, _KERNELS_NOT_ESTABLISHED
        if value is None or _why(value) or is_matrix(value):
            self.cur = _Cur()
            return
        step = self._anchor(pr, value)
        if disputed:
            self.kernel_steps[step] = disputed
        self.cur = _Cur("expr", step, value, self._row_index, None, pr.row.line)


__all__ = ["BayesLinks", "bayes_rule"]
