"""A heading whose sentence declares a law the reader cannot read gives the letter no law
there (``._prose_laws.unread_declarations``, ``._section_stated.ScopedLaws``).

laws67 found it: part (a) declares ``X \\sim \\mathrm{Poisson}(\\lambda)``; part (b) says
"Later let $X$ be Bernoulli with probability $p$", which the reader does not read ("with
probability" is mixture wording). Part (a)'s law then held under part (b), and the false
``E[X] = \\lambda`` there was proved. A sentence that names a family beside a letter, when no
law is read from it, now starts a scope of its own in which the letter has no law.

Properties: the false row under the unread law is not proved, its right twin is not refuted;
part (a)'s rows keep their proofs; a law read from part (b)'s sentence is used as before.
"""

from __future__ import annotations

import pytest
from _post_rows import rows_of_text

_POST = """---
title: t
---

## Part (a)

Let $X \\sim \\mathrm{{Poisson}}(\\lambda)$.

$$E[X] = \\lambda$$

## Part (b)

{said}

$${row}$$
"""

_UNREAD = "Later let $X$ be Bernoulli with probability $p$."
_READ = "Now let $X$ be a Bernoulli variable with success probability $p$."


def _verdicts(tmp_path, said, row):
    rows = rows_of_text(tmp_path, _POST.format(said=said, row=row))
    return {line: r.verdict for line, r in rows.items()}


@pytest.mark.parametrize("row", [r"E[X] = \lambda", r"E[X^2] = \lambda + \lambda^2"])
def test_an_earlier_law_does_not_hold_under_an_unread_declaration(tmp_path, row):
    v = _verdicts(tmp_path, _UNREAD, row)
    assert v[9] == "proved"
    assert v[15] != "proved", v


@pytest.mark.parametrize("row", [r"E[X] = p", r"E[X^2] = p"])
def test_the_right_value_under_the_unread_law_is_not_refuted(tmp_path, row):
    assert _verdicts(tmp_path, _UNREAD, row)[15] != "refuted"


def test_a_law_read_under_the_heading_is_used(tmp_path):
    assert _verdicts(tmp_path, _READ, r"E[X^2] = \lambda + \lambda^2")[15] == "refuted"
    assert _verdicts(tmp_path, _READ, r"E[X^2] = p")[15] == "proved"


def test_a_sentence_naming_the_letters_own_family_keeps_its_law(tmp_path):
    """external53 l2-3-3: "The probability mass function of a Poisson random variable $X$
    with parameter $\\lambda$ is:" is read as no law, and names the law X has: a first
    version that dropped the law for any such sentence lost six proofs of that post."""
    said = "The probability mass function of a Poisson random variable $X$ with parameter $\\lambda$ is:"
    assert _verdicts(tmp_path, said, r"E[X] = \lambda")[15] == "proved"


def test_a_law_in_the_limit_is_no_declaration(tmp_path):
    """external16 aliquis (the delta method): "If $X$ is asymptotically Gaussian, so is the
    estimate." names a family beside X, of a limit: it took X's law away and lost a proof."""
    said = "If $X$ is asymptotically Gaussian, so is the estimate."
    assert _verdicts(tmp_path, said, r"E[X] = \lambda")[15] == "proved"
