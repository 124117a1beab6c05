"""The assumption language: what a derivation may assume of its symbols.

One statement says what is known of one name, the way an author writes it::

    0 < p < 1            \\theta \\in (0, 1)        \\sigma^2 > 0       x \\geq 0
    \\lambda > 0          x \\neq 0                 x_i \\in \\{0, 1\\}     k_n \\in \\mathbb{N}
    0 \\le x_i \\le m      m positive integer        N integer          \\Sigma \\succ 0

It is read by :func:`parse` into :class:`Domain` objects, used by the Python
API (``Assumption(p, "a probability", domain="0 < p < 1")``), by
``check-post --assume`` and by a post's front matter (``assume:``). Nothing is
evaluated: statements are read by a small tokenizer of this module's own.

Names
-----
``p``, ``\\lambda`` (or ``λ``), ``\\theta_0`` are parameters; ``\\sigma^2`` (or
``\\sigma^{2}``) is the variance ``sigma2``; a name with an index subscript
(``x_i``, ``k_{n}``, ``\\mathbf{x}_n``; index letters i j k l m n t) speaks
about every sample of that name.

Sets
----
``(a, b)``, ``[a, b]``, ``(a, b]``, ``[a, b)`` intervals (``\\infty`` allowed),
``\\{0, 1\\}`` and ``\\{0, 1, \\ldots, m\\}`` finite sets, ``\\mathbb{N}`` = {0, 1,
2, ...} (``\\mathbb{N}^{+}``, ``\\mathbb{N}_{>0}``, ``\\mathbb{Z}^{+}``: from 1),
``\\mathbb{Z}``, ``\\mathbb{R}``, ``\\mathbb{R}^{+}`` (positive reals).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from fractions import Fraction

from ._errors import AssumptionError

#: Letters that make a subscript an index over samples (``x_i``).
INDEX_LETTERS = frozenset("ijklmnt")

#: Matrix properties a statement can declare.
MATRIX_PROPERTIES = ("spd", "symmetric")

ACCEPTED_FORMS = (
    "'0 < p < 1', 'NAME > 0', 'NAME >= 0', 'NAME != 0', 'NAME \\in (0, 1)', "
    "'x_i \\in \\{0, 1\\}', 'k_n \\in \\mathbb{N}', '0 \\le x_i \\le m', "
    "'NAME positive|nonnegative|integer|real', '\\Sigma \\succ 0' or "
    "'\\Sigma positive definite'"
)

Value = Fraction | str  # a number, or the name of another symbol (a symbolic bound)


@dataclasses.dataclass(frozen=True)
class Domain:
    """What is assumed of one name.

    Attributes
    ----------
    name : str
        ``"p"``, ``"lambda"``, ``"sigma2"``; for samples the name of the
        sample (``"x"`` for ``x_i``).
    sample : bool
        The statement speaks about every sample ``name_i``.
    lower, upper : Fraction, str or None
        Bounds: a number, the name of another symbol, or None (unbounded).
    lower_strict, upper_strict : bool
    integer : bool
    members : tuple of Fraction or None
        A finite set of allowed values (``{0, 1}``).
    excluded : tuple of Fraction
        Values the name never takes (``x != 0``).
    matrix : str or None
        ``"spd"`` (symmetric positive definite) or ``"symmetric"``.
    source : str
        Where the statement comes from ("front matter line 3", "--assume",
        "the prose of line 12", "assumed from the definition (line 8)").
    text : str
        The statement as written.
    """

    name: str
    sample: bool = False
    lower: Value | None = None
    lower_strict: bool = False
    upper: Value | None = None
    upper_strict: bool = False
    integer: bool = False
    members: tuple[Fraction, ...] | None = None
    excluded: tuple[Fraction, ...] = ()
    matrix: str | None = None
    source: str = ""
    text: str = ""

    @property
    def key(self) -> tuple[str, bool]:
        """``(name, sample)``: what the domain is about."""
        return (self.name, self.sample)

    def merge(self, other: Domain) -> Domain:
        """Both domains at once (the intersection); sources and texts are joined."""
        if other.key != self.key:
            raise ValueError(f"cannot merge domains of {self.key} and {other.key}")
        lower, lower_strict = _tighter(
            (self.lower, self.lower_strict), (other.lower, other.lower_strict), lower=True
        )
        upper, upper_strict = _tighter(
            (self.upper, self.upper_strict), (other.upper, other.upper_strict), lower=False
        )
        members = self.members
        if other.members is not None:
            members = (
                other.members
                if members is None
                else tuple(v for v in members if v in set(other.members))
            )
        return dataclasses.replace(
            self,
            lower=lower,
            lower_strict=lower_strict,
            upper=upper,
            upper_strict=upper_strict,
            integer=self.integer or other.integer,
            members=members,
            excluded=tuple(sorted(set(self.excluded) | set(other.excluded))),
            matrix=self.matrix or other.matrix,
            source="; ".join(s for s in (self.source, other.source) if s),
            text="; ".join(t for t in (self.text, other.text) if t),
        )

    def describe(self) -> str:
        """The domain in one short phrase (``0 < p < 1``, ``x_n in {0, 1}``)."""
        who = f"{self.name}_n" if self.sample else self.name
        if self.matrix:
            return f"{who} {'symmetric positive definite' if self.matrix == 'spd' else 'symmetric'}"
        if self.members is not None:
            return f"{who} in {{{', '.join(_show(v) for v in self.members)}}}"
        parts = []
        if self.lower is not None:
            parts.append(f"{_show(self.lower)} {'<' if self.lower_strict else '<='} ")
        parts.append(who)
        if self.upper is not None:
            parts.append(f" {'<' if self.upper_strict else '<='} {_show(self.upper)}")
        text = "".join(parts)
        if self.integer:
            text += " (an integer)" if len(parts) > 1 else " an integer"
        excluded = ", ".join(f"{who} != {_show(v)}" for v in self.excluded)
        if text == who:
            return excluded or f"{who} real"
        return f"{text}, {excluded}" if excluded else text


def _show(v: Value) -> str:
    if isinstance(v, Fraction):
        return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"
    return str(v)


def _tighter(a: tuple, b: tuple, *, lower: bool) -> tuple:
    (va, sa), (vb, sb) = a, b
    if va is None:
        return vb, sb
    if vb is None:
        return va, sa
    if isinstance(va, str) or isinstance(vb, str):
        # A symbolic bound cannot be compared with a number here; keep the numeric one
        # (a number is what the numeric check can draw within) unless both are names.
        if isinstance(va, Fraction):
            return va, sa
        return vb, sb
    if va == vb:
        return va, sa or sb
    if lower:
        return (va, sa) if va > vb else (vb, sb)
    return (va, sa) if va < vb else (vb, sb)


# --------------------------------------------------------------------------- reading

_REPLACEMENTS = [
    (r"\\left\b|\\right\b|\\bigl|\\bigr|\\Bigl|\\Bigr|\\big|\\Big", ""),
    (r"\\(?:leqslant|leq|le)\b|≤|⩽", "<="),
    (r"\\(?:geqslant|geq|ge)\b|≥|⩾", ">="),
    (r"\\(?:neq|ne)\b|≠", "!="),
    (r"\\lt\b", "<"),
    (r"\\gt\b", ">"),
    (r"\\in\b|∈", " in "),
    # attack60: \succeq 0 too (it was not read, and S drawn any matrix refuted (S + S^T)^T = 2S):
    # drawn positive definite, a refutation there holds for it; an identity proved there holds
    # on the singular ones too where both sides are defined and continuous
    (r"\\succ(?:eq|curlyeq)?\b|≻|⪰|≽", " succ "),
    (r"\\infty\b|∞", " oo "),
    (r"\\ldots|\\dots|\\cdots|…", " ... "),
    (r"\\[,;:! ]|~|\\quad|\\qquad", " "),
    (r"\\text\{([^{}]*)\}|\\mathrm\{([^{}]*)\}", r" \1\2 "),
    (r"−", "-"),
]

_GREEK_UNICODE = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu",
    "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau",
    "υ": "upsilon", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega", "Σ": "Sigma",
    "Θ": "Theta", "Λ": "Lambda", "Φ": "Phi", "Ω": "Omega", "Γ": "Gamma", "Δ": "Delta",
}  # fmt: skip

_SETS = {
    "N": (Fraction(0), None, True),
    "N0": (Fraction(0), None, True),
    "N+": (Fraction(1), None, True),
    "Z+": (Fraction(1), None, True),
    "Z": (None, None, True),
    "R": (None, None, False),
    "R+": (Fraction(0), None, False),  # strictly positive, set below
}

_TRAILING = re.compile(
    r"(?:,?\s*(?:\\forall|for\s+(?:all|every|each))\s+[A-Za-z](?:\s*=\s*[^,]*)?"
    r"|,\s*[a-z]\s*=\s*1\s*,?\s*(?:\.\.\.|\\ldots)?.*)\s*$"
)

#: Greek letters written without their backslash (``lambda > 0`` on a command line).
_BARE_GREEK = (
    "(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau"
    "|phi|chi|psi|omega|Sigma|Theta|Lambda)"
)

_NAME = re.compile(
    r"(?:\\(?:mathbf|boldsymbol|bm|mathit|mathrm|mathcal)\s*\{\s*)?"
    r"(?P<base>\\[A-Za-z]+|" + _BARE_GREEK + r"(?![A-Za-z])|[A-Za-z](?![A-Za-z]))\s*\}?"
    r"(?:\s*_\s*(?:\{\s*(?P<sub1>[A-Za-z0-9]+)\s*\}|(?P<sub2>[A-Za-z0-9])))?"
    r"(?:\s*\^\s*(?:\{\s*(?P<sup1>\d+)\s*\}|(?P<sup2>\d)))?"
)


def _normalise(text: str) -> str:
    s = text.strip()
    for ch, name in _GREEK_UNICODE.items():
        s = s.replace(ch, "\\" + name + " ")
    s = s.strip().strip("$").strip()
    s = re.sub(r"^\\\(|\\\)$|^\\\[|\\\]$", "", s).strip()
    for pattern, repl in _REPLACEMENTS:
        s = re.sub(pattern, repl, s)
    s = re.sub(r"\\mathbb\s*\{\s*([NZR])\s*\}", r" \\set\1 ", s)
    s = s.rstrip(" .;,")
    s = _TRAILING.sub("", s)
    return " ".join(s.split())


@dataclasses.dataclass
class _Reader:
    text: str
    where: str
    pos: int = 0

    def fail(self, why: str) -> AssumptionError:
        return AssumptionError(
            f"{self.where}: cannot read assumption {self.text.strip()!r} ({why}); "
            f"write it as {ACCEPTED_FORMS}."
        )

    def rest(self) -> str:
        return self.text[self.pos :]

    def skip(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    def at_end(self) -> bool:
        self.skip()
        return self.pos >= len(self.text)

    def take(self, pattern: str) -> re.Match[str] | None:
        self.skip()
        m = re.compile(pattern).match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m

    def relation(self) -> str | None:
        m = self.take(r"<=|>=|!=|<|>|=(?!=)| in\b|in\b| succ\b|succ\b")
        return m.group(0).strip() if m else None

    def name(self) -> tuple[str, bool] | None:
        self.skip()
        m = _NAME.match(self.text, self.pos)
        if not m or m.end() == self.pos:
            return None
        base = m.group("base").lstrip("\\")
        if base in ("set", "frac", "infty") or base.startswith("set"):
            return None
        sub = m.group("sub1") or m.group("sub2")
        sup = m.group("sup1") or m.group("sup2")
        sample = False
        name = base
        if sub:
            if len(sub) == 1 and sub in INDEX_LETTERS:
                sample = True
            else:
                name = f"{base}_{sub}"
        if sup:
            if sup != "2" or sample:
                raise self.fail(f"a power {base}^{sup} is not a name")
            name = f"{name}2"
        self.pos = m.end()
        return name, sample

    def number(self) -> Value | None:
        self.skip()
        m = self.take(r"-?\s*oo\b")
        if m:
            return "-oo" if m.group(0).replace(" ", "").startswith("-") else "oo"
        m = self.take(r"-?\s*\\frac\s*\{\s*(-?\d+)\s*\}\s*\{\s*(\d+)\s*\}")
        if m:
            sign = -1 if m.group(0).lstrip().startswith("-") else 1
            if int(m.group(2)) == 0:
                raise self.fail("a fraction with a zero denominator")
            return sign * Fraction(int(m.group(1)), int(m.group(2)))
        m = self.take(r"-?\s*\d+(?:\.\d+)?(?:\s*/\s*\d+)?")
        if m:
            text = m.group(0).replace(" ", "")
            if "/" in text and int(text.partition("/")[2]) == 0:
                raise self.fail("a fraction with a zero denominator")
            return Fraction(text)
        return None

    def value(self) -> Value | None:
        v = self.number()
        if v is not None:
            return v
        start = self.pos
        found = self.name()
        if found is None:
            return None
        name, sample = found
        if sample:
            self.pos = start
            return None
        return name


def parse(text: str, where: str = "an assumption") -> list[Domain]:
    """Read one statement into the domains it declares.

    Parameters
    ----------
    text : str
        The statement (``"0 < p < 1"``, ``"x_i \\\\in \\\\{0, 1\\\\}"``).
    where : str
        Where the statement comes from, for error messages and reports.

    Raises
    ------
    AssumptionError
        The statement is not in an accepted form; the message shows the forms.
    """
    if not isinstance(text, str) or not text.strip():
        raise AssumptionError(f"{where}: an assumption must be a non-empty statement.")
    if len(text) > 500:
        raise AssumptionError(f"{where}: an assumption longer than 500 characters.")
    r = _Reader(_normalise(text), where)
    raw = text.strip()
    first = r.value()
    if first is not None and (not isinstance(first, str) or _name_then_chain(r)):
        return [_chain_from_number(r, first, raw)]
    r.pos = 0
    found = r.name()
    if found is None:
        raise r.fail("no name found")
    name, sample = found
    base = Domain(name, sample, source=where, text=raw)
    words = r.take(r"(?:is\s+|are\s+)?([a-z][a-z ]*)$")
    if words:
        return [_from_words(r, base, words.group(1))]
    rel = r.relation()
    if rel is None:
        raise r.fail("no relation such as <, >=, != or \\in")
    if rel == "in":
        return [_from_set(r, base)]
    if rel == "succ":
        if r.number() != 0 or not r.at_end():
            raise r.fail("only '\\succ 0' is understood")
        return [dataclasses.replace(base, matrix="spd")]
    value = r.value()
    if value is None:
        raise r.fail("no value after the relation")
    d = _bound(r, base, rel, value, name_left=True)
    if not r.at_end():
        raise r.fail(f"unexpected {r.rest()!r}")
    return [d]


def _name_then_chain(r: _Reader) -> bool:
    """After a name: is the statement a chain ``a <= NAME <= 1`` that ends in a number (the
    domain of the middle name, whose lower end is a name)? The reader is left where it was.
    Two names alone (``a < x``) stay the first name's bound, two names at the ends (``a < x
    < b``) are not read."""
    at = r.pos
    try:
        rel1, found = r.relation(), r.name()
        rel2, last = r.relation(), r.value()
        return (
            rel1 in ("<", "<=", ">", ">=")
            and found is not None
            and rel2 in ("<", "<=", ">", ">=")
            and last is not None
            and not isinstance(last, str)
            and r.at_end()
        )
    except AssumptionError:
        return False
    finally:
        r.pos = at


def _chain_from_number(r: _Reader, first: Value, raw: str) -> Domain:
    rel1 = r.relation()
    found = r.name()
    if rel1 not in ("<", "<=", ">", ">=") or found is None:
        raise r.fail("a statement that starts with a number reads 'a < NAME' or 'a < NAME < b'")
    name, sample = found
    d = _bound(r, Domain(name, sample, source=r.where, text=raw), rel1, first, name_left=False)
    if r.at_end():
        return d
    rel2 = r.relation()
    second = r.value()
    same_way = {"<": ("<", "<="), "<=": ("<", "<="), ">": (">", ">="), ">=": (">", ">=")}
    if rel2 not in same_way[rel1] or second is None or not r.at_end():
        raise r.fail("a chain reads 'a < NAME < b' (or with <=)")
    return _bound(r, d, rel2, second, name_left=True)


def chain_bound(text: str, where: str = "an assumption") -> list[Domain]:
    """The bound a chain ``a < NAME < b`` with one end a name gives that name (``0 < x <
    b``: ``b > 0``; ``a < x < 1``: ``a < 1``; strictly when either step is), which
    :func:`parse` leaves out: it reads a
    statement as the domain of its one subject (a density's range ``0 < x < \\theta`` is
    x's, and ``theta > 0`` read from it there made ``f(2 theta)`` fall inside it). Only
    for statements of the post's own assumptions (front matter, prose); [] otherwise."""
    r = _Reader(_normalise(text), where)
    first = r.value()
    if first is None:
        return []
    try:
        rel1, found = r.relation(), r.name()
        rel2, second = r.relation(), r.value()
    except AssumptionError:
        return []
    if found is None or not r.at_end() or second is None:
        return []
    if isinstance(first, str) == isinstance(second, str):
        return []  # two names (a < x < b) or two numbers: no bound of one name
    same_way = {"<": ("<", "<="), "<=": ("<", "<="), ">": (">", ">="), ">=": (">", ">=")}
    name, sample = found
    if rel1 not in same_way or rel2 not in same_way[rel1] or sample:
        return []
    bounded, value = (second, first) if isinstance(second, str) else (first, second)
    if bounded in ("oo", "-oo", name) or bounded in INDEX_LETTERS | {"N", "M", "K"}:
        # 1 <= k <= n: n is a count, a positive integer by its own convention, which a
        # bound read here would replace (the sums over 1..n were no longer proved)
        return []
    rel = rel1.rstrip("=") if "=" not in rel2 or "=" not in rel1 else rel1
    d = Domain(bounded, False, source=where, text=text.strip())
    # 0 <= x <= a: a >= 0 (the name on the right); a <= x <= 1: a <= 1 (on the left)
    return [_bound(r, d, rel, value, name_left=bounded == first)]


def _bound(r: _Reader, d: Domain, rel: str, value: Value, *, name_left: bool) -> Domain:
    """``NAME rel value`` (name_left) or ``value rel NAME``."""
    if rel in ("=",):
        raise r.fail("'=' states a value, not a domain")
    if rel == "!=":
        if not name_left or not isinstance(value, Fraction):
            raise r.fail("'!=' needs a number: 'NAME != 0'")
        return dataclasses.replace(d, excluded=tuple(sorted(set(d.excluded) | {value})))
    if value in ("oo", "-oo"):
        return d  # "x < oo" says nothing
    flipped = {"<": ">", "<=": ">=", ">": "<", ">=": "<="}
    if not name_left:
        rel = flipped[rel]
    strict = rel in ("<", ">")
    new = (
        Domain(d.name, d.sample, lower=value, lower_strict=strict)
        if rel in (">", ">=")
        else Domain(d.name, d.sample, upper=value, upper_strict=strict)
    )
    merged = d.merge(new)
    return dataclasses.replace(merged, source=d.source, text=d.text)


def _from_words(r: _Reader, d: Domain, words: str) -> Domain:
    ws = words.replace("-", " ").split()
    text = " ".join(ws)
    if text in ("positive definite", "symmetric positive definite", "spd", "pd"):
        return dataclasses.replace(d, matrix="spd")
    if text == "symmetric":
        return dataclasses.replace(d, matrix="symmetric")
    out = d
    for w in ws:
        if w in ("a", "an", "number", "numbers", "and", "is", "are"):
            continue
        if w in ("positive",):
            out = dataclasses.replace(out, lower=Fraction(0), lower_strict=True)
        elif w in ("nonnegative", "non negative"):
            out = dataclasses.replace(out, lower=Fraction(0), lower_strict=False)
        elif w in ("negative",):
            out = dataclasses.replace(out, upper=Fraction(0), upper_strict=True)
        elif w in ("integer", "integers", "whole"):
            out = dataclasses.replace(out, integer=True)
        elif w in ("real", "reals"):
            continue
        else:
            raise r.fail(f"unknown word {w!r}")
    return out


def _from_set(r: _Reader, d: Domain) -> Domain:
    m = r.take(r"\\set([NZR])")
    if m:
        out = _number_set(r, d, m.group(1), _decorations(r))
        if not r.at_end():
            raise r.fail(f"unexpected {r.rest()!r}")
        return out
    m = r.take(r"\\?\{")
    if m:
        values: list[Fraction] = []
        upto: Value | None = None
        while True:
            if r.take(r"\.\.\."):
                r.take(r",")
                upto = r.value()
                if upto is None:
                    raise r.fail("'...' needs a last value")
            else:
                v = r.number()
                if v is None or isinstance(v, str):
                    raise r.fail("a finite set lists numbers")
                values.append(v)
            if r.take(r","):
                continue
            if r.take(r"\\?\}"):
                break
            raise r.fail("a set closes with '}'")
        if not r.at_end():
            raise r.fail(f"unexpected {r.rest()!r}")
        if upto is not None:
            if not values or any(v.denominator != 1 for v in values):
                raise r.fail("a set with '...' counts whole numbers: {0, 1, ..., m}")
            if isinstance(upto, Fraction):
                values += [Fraction(k) for k in range(int(values[-1]) + 1, int(upto) + 1)][:1000]
                return dataclasses.replace(d, members=tuple(values))
            return dataclasses.replace(
                d, lower=values[0], lower_strict=False, upper=upto, integer=True
            )
        return dataclasses.replace(d, members=tuple(sorted(set(values))))
    m = r.take(r"[(\[]")
    if m:
        lo_strict = m.group(0) == "("
        lo = r.value()
        if lo is None or not r.take(r","):
            raise r.fail("an interval reads (a, b) or [a, b]")
        hi = r.value()
        close = r.take(r"[)\]]")
        if hi is None or close is None or not r.at_end():
            raise r.fail("an interval reads (a, b) or [a, b]")
        out = d
        if lo != "-oo":
            out = _bound(r, out, ">" if lo_strict else ">=", lo, name_left=True)
        if hi != "oo":
            out = _bound(r, out, "<" if close.group(0) == ")" else "<=", hi, name_left=True)
        return out
    raise r.fail("the set after \\in is not one of the accepted forms")


#: One decoration of a number set: ``^{+}``, ``^-``, ``_{>0}``, ``_{<= 0}``, ``_0``, ``^*``.
_DECORATION = re.compile(r"\s*([_^])\s*(?:\{([^{}]{0,12})\}|([^\s{}]))")
#: What each decoration says, once its spaces are removed: the sign of the set's members
#: and whether 0 is among them (None: the decoration does not say).
_DECORATION_MEANS = {
    "+": ("+", None), ">0": ("+", False), ">=0": ("+", True),
    "-": ("-", None), "<0": ("-", False), "<=0": ("-", True),
    "0": (None, True), "*": (None, False), "!=0": (None, False),
}  # fmt: skip


def _decorations(r: _Reader) -> tuple[str | None, bool | None]:
    """The sign and the zero of the decorations after ``\\mathbb{R}`` (``\\mathbb{R}^{-}``,
    ``\\mathbb{R}^{+}_{0}``). Any other decoration (``\\mathbb{R}^{n}``, a vector space) is
    an error: read as "the reals" it would let a sign the post excludes be drawn."""
    sign: str | None = None
    zero: bool | None = None
    while True:
        m = _DECORATION.match(r.text, r.pos)
        if not m:
            return sign, zero
        word = (m.group(2) if m.group(2) is not None else m.group(3)).replace(" ", "")
        if word not in _DECORATION_MEANS:
            raise r.fail(f"the decoration {m.group(0).strip()!r} of a number set")
        s, z = _DECORATION_MEANS[word]
        sign = s or sign
        zero = z if z is not None else zero
        r.pos = m.end()


def _number_set(
    r: _Reader, d: Domain, letter: str, decor: tuple[str | None, bool | None]
) -> Domain:
    """``\\mathbb{N}``, ``\\mathbb{Z}``, ``\\mathbb{R}`` with their decorations, as a domain.

    ``\\mathbb{N}`` counts from 0 and ``\\mathbb{N}^{+}`` / ``\\mathbb{N}^*`` from 1;
    ``\\mathbb{R}^{+}`` is (0, oo) and ``\\mathbb{R}^{+}_{0}`` [0, oo); ``^{-}`` the same below 0.
    """
    sign, zero = decor
    integer = letter in "NZ"
    if letter == "N":
        if sign == "-":
            raise r.fail("\\mathbb{N} has no negative members")
        zero = zero if zero is not None else sign is None  # N holds 0, N^+ does not
        sign = "+"
    out = dataclasses.replace(d, integer=integer or d.integer)
    if sign is None:
        if zero is False:
            return dataclasses.replace(out, excluded=tuple(sorted(set(d.excluded) | {Fraction(0)})))
        return out
    step = Fraction(1) if integer and not zero else Fraction(0)
    if sign == "+":
        return dataclasses.replace(out, lower=step, lower_strict=not integer and not zero)
    return dataclasses.replace(out, upper=-step, upper_strict=not integer and not zero)


def parse_all(statements: Iterable[tuple[str, str]]) -> list[Domain]:
    """Every domain of ``(statement, where)`` pairs, merged per name."""
    merged: dict[tuple[str, bool], Domain] = {}
    for text, where in statements:
        for d in parse(text, where):
            merged[d.key] = merged[d.key].merge(d) if d.key in merged else d
    return list(merged.values())


__all__ = ["ACCEPTED_FORMS", "Domain", "INDEX_LETTERS", "chain_bound", "parse", "parse_all"]
