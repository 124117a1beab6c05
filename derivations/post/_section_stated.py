"""Laws declared in sentences, by the heading they are declared under (helper laws67).

An exercise sheet declares a law per exercise: "Suppose $X_1, \\ldots, X_n$ are independent
$\\text{Bernoulli}(p)$" under Part (a), "For $X_i \\sim \\text{Poisson}(\\lambda)$" under
Part (b). Read from the whole post (:func:`._prose_laws.stated_laws`), the letter has two
laws and so none, and part (b)'s ``E[\\bar X] = \\lambda`` was "a moment of a statistic the
reader cannot work out". :func:`stated_by_section` reads the sentences of each heading's own
text apart, for :class:`ScopedLaws` to give each heading the law declared under it.

A law declared under a heading holds there and under the headings after it up to the next
heading that declares a law (in a sentence or on a row, ``\\sim``): headings without rows
count too, so a problem's statement under "Part (b)" is the law of the solution under the
next heading, and part (a)'s law never reaches part (b)'s solution. The scope's law is
worked out from the scope's rows and sentences alone; it is used only for a variable the
whole post gives no law (:meth:`ScopedLaws.added`), so a law the post already reads is
never replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._extract import _blank_code_and_comments, _headings, normalise
from ._prose_laws import Stated, stated_laws, unread_declarations

#: Upper bound on the text read, and on the headings kept (a bound on hostile text).
_MAX_TEXT = 200_000
_MAX_HEADINGS = 400

#: (heading, the laws its own text declares) of every heading, in order ("" before the first).
Sections = tuple[tuple[str, tuple[Stated, ...]], ...]


def stated_by_section(
    prose: str, row_sections: set[str] | frozenset[str]
) -> tuple[Sections, dict[str, dict[str, set[str]]]]:
    """The laws declared in each heading's own text, headings read as ``._extract`` reads
    them for rows (Markdown, or LaTeX ``\\section``: whichever names every heading the rows
    stand under); () when neither does (the rows' headings cannot be placed). With them,
    lead67: for each heading, the letters its sentences name a family beside, in a sentence
    no law was read from ("Later let $X$ be Bernoulli with probability $p$"), with the
    families named (:func:`._prose_laws.unread_declarations`)."""
    texts = _section_texts(prose, row_sections)
    stated = tuple((title, stated_laws(text)) for title, text in texts)
    unread = {title: named for title, text in texts if (named := unread_declarations(text))}
    return stated, unread


def _section_texts(prose: str, row_sections: set[str] | frozenset[str]) -> list[tuple[str, str]]:
    """``(heading, its own text)`` of every heading ("" before the first), or [] when the
    rows' headings cannot be placed."""
    for tex in (False, True):
        # as ._extract.extract finds them: code and comments blanked (a "# ..." line in code
        # is no heading, and would count a title twice)
        text = _blank_code_and_comments(normalise(prose[:_MAX_TEXT]), tex)
        heads = _headings(text, tex)[:_MAX_HEADINGS]
        titles = {title for _, title in heads} | {""}
        if set(row_sections) <= titles and len(heads) < _MAX_HEADINGS:
            break
    else:
        return []
    starts = [(0, ""), *heads]
    out = []
    for k, (at, title) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        out.append((title, text[at:end]))
    return out


class ScopedLaws:
    """The laws of each heading's scope: from the last heading at or before it that
    declares a law (``declaring``: rows that write ``\\sim``, or its own sentences) to it.

    ``compute(rows, stated)``: the laws the rows and sentences of a scope declare (as the
    whole post's are worked out). Nothing for a heading no declaring heading precedes, or
    for a post whose headings could not be placed (``sections`` empty)."""

    def __init__(
        self,
        rows: Sequence[Any],
        sections: Sections,
        row_declaring: set[str],
        compute: Callable[[list, tuple], Any],
        unread: dict[str, dict[str, set[str]]] | None = None,
    ):
        self._rows = list(rows)
        self._order = [title for title, _ in sections]
        self._stated = dict(sections)
        self._unread = {t: named for t, named in (unread or {}).items() if t in self._stated}
        self._declaring = set(row_declaring) | {title for title, said in sections if said}
        self._compute = compute
        self._cache: dict[tuple[str, ...], Any] = {}

    def scope(self, section: str) -> tuple[str, ...]:
        if section not in self._stated or len(self._order) < 2:
            return ()
        upto = self._order[: self._order.index(section) + 1]
        starts = [k for k, s in enumerate(upto) if s in self._declaring]
        return tuple(upto[starts[-1] :]) if starts else ()

    def laws(self, section: str) -> Any:
        """The laws declared in ``section``'s scope (None when it has none)."""
        scope = self.scope(section)
        if not scope:
            return None
        if scope not in self._cache:
            mine = [pr for pr in self._rows if pr.row.section in scope]
            said = tuple(st for s in scope for st in self._stated[s])
            try:
                self._cache[scope] = self._compute(mine, said) if mine else None
            except RecursionError:  # deep in a row's plan: the whole post's laws, as before
                self._cache[scope] = None
        return self._cache[scope]

    def contradicted(self, section: str, laws: Any) -> Any:
        """``laws`` without the law of a letter that a sentence of ``section``'s scope, read
        as no law, names another family of (part (a)'s ``X \\sim \\mathrm{Poisson}``, then
        "Later let $X$ be Bernoulli with probability $p$": ``E[X] = \\lambda`` was proved
        under it). A sentence naming the family the letter has changes nothing."""
        named: dict[str, set[str]] = {}
        for s in self.scope(section) or (section,):
            for letter, families in self._unread.get(s, {}).items():
                named.setdefault(letter.lower(), set()).update(families)
        if not named or laws is None:
            return laws
        gone = [v for v, law in laws.items() if _other_family(v, law, named)]
        gone_open = [
            v
            for v, ls in (getattr(laws, "conventions", None) or {}).items()
            if _other_family(v, ls[0], named)
        ]
        if not gone and not gone_open:
            return laws
        out = type(laws)(laws)
        out.__dict__.update(laws.__dict__)
        for v in gone:
            out.pop(v, None)
        out.conventions = {
            v: ls
            for v, ls in (getattr(laws, "conventions", None) or {}).items()
            if v not in gone_open
        }
        return out

    def added(self, section: str, whole: Any, here: Any) -> Any:
        """``here`` (the whole post's laws that hold under ``section``) with the scope's own
        law for each variable its heading's scope declares (a sentence or a row there names
        its letter): the whole post's law of such a variable gives way to the scope's, or to
        none when the scope reads none (part (a)'s Bernoulli never holds where part (b) says
        Poisson); a variable the whole post gives no law takes the scope's. ``here`` itself
        when nothing changes."""
        own = self.laws(section)
        if own is None:
            return here
        said = self._letters(section, own)
        own_open = getattr(own, "conventions", None) or {}
        here_open = dict(getattr(here, "conventions", None) or {})
        taken = set(whole) | set(getattr(whole, "conventions", None) or {})
        mine = [v for v in [*here, *here_open] if _declared_in(v, said)]
        new = {v: law for v, law in own.items() if v not in taken or _declared_in(v, said)}
        new_open = {v: ls for v, ls in own_open.items() if v not in taken or _declared_in(v, said)}
        if not mine and not new and not new_open:
            return here
        out = type(here)(here)
        out.__dict__.update(here.__dict__)
        for v in mine:
            out.pop(v, None)
            here_open.pop(v, None)
        out.update(new)
        out.conventions = {**here_open, **new_open}
        out.statistics = {**(getattr(here, "statistics", None) or {}), **own.statistics}
        out.redeclared = getattr(own, "redeclared", frozenset())  # as the scope declares
        args = {a for law in new.values() for x in law.args for a in x.free_symbols}
        args |= {a for ls in new_open.values() for x in ls[0].args for a in x.free_symbols}
        out.fixed = frozenset(getattr(here, "fixed", frozenset())) | (
            frozenset(getattr(own, "fixed", frozenset())) & args
        )
        return out

    def _letters(self, section: str, own: Any) -> set[str]:
        """The letters (lower case) the scope of ``section`` declares a law of: in its
        sentences ("*" for "the data are ...", which names no letter) or on its rows."""
        said = {st[0].lower() or "*" for s in self.scope(section) for st in self._stated[s]}
        return said | {str(name).lower() for name in getattr(own, "declared", ())}


def _other_family(v: Any, law: Any, named: dict[str, set[str]]) -> bool:
    """Does a sentence name the letter of ``v`` with a family other than ``law``'s? The
    families as the laws write them ("exponential (rate)" is an "exponential")."""
    families = next((f for letter, f in named.items() if _declared_in(v, {letter})), None)
    if families is None:
        return False
    mine = str(getattr(law, "family", "")).lower()
    return not any(mine.startswith(f.lower()) for f in families)


def _declared_in(v: Any, letters: set[str]) -> bool:
    """Is the variable ``v`` (``X``, ``X_i``, ``x``) one of ``letters``?"""
    if "*" in letters:
        return True
    label = getattr(v, "label", None) or getattr(getattr(v, "base", None), "label", None)
    return str(label if label is not None else v).lower() in letters


__all__ = ["ScopedLaws", "Sections", "stated_by_section"]
