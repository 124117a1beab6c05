"""Adversarial post sets: pairs of posts written to make the reader lie, run as soundness tests.

Each set under ``tests/posts/incoming/adversarial*/`` holds pairs: ``NN-<what>-false.md``
with one planted false step and its correct twin ``NN-<what>-true.md`` of the same shape;
``CASES.tsv`` gives each post and the line of its planted row, README.md what each pair
attacks and what the reader gave when it was written. Every set was written before
anyone fixed what it found, and is kept as it was: a failure of
``test_no_false_step_is_proved`` or ``test_no_correct_twin_is_refuted`` names a reading
that proves a false step or refutes a correct one. The floors (false steps refuted,
correct twins proved) are measured; raise them as the reader improves, and lower one
only with the reason written beside it.

The sets, by who wrote them:

1. ``adversarial``: twenty pairs by someone who had not seen the reader's code (sum
   index letters, signed marked groups, a difference of 1e-50, ...). Written before the
   shape conventions below existed, so they are not checked on it.
2. ``adversarial2``: a second adversary who had read the code, on the readings learned
   after set 1 (moments of declared laws, density conventions, prose labels, products
   side by side, ``\\Sigma`` as a sum, estimates after first-order conditions, roundings).
3. ``adversarial3``: a third, after set 2 (derivatives by one element of an indexed name,
   ``\\because``/``\\therefore``, the sign function, laws declared inline, ``Pr(X = k)``,
   one letter for several densities, a name defined anew under another heading, chains).
4. ``adversarial4``: a fourth, after set 3 (``Gam``/``Bet`` by name, a value under another
   heading, ``dJ/dw`` of a value with hidden dependence, ``p(mu)`` beside ``p(y | mu)``,
   laws for one variable or for every ``X_i``, ``\\because``, ``E[y_i y_j]``, sums
   without limits).
5. ``adversarial5``: a fifth, after set 4 (a function read at a formula of its letter,
   at another letter, with another number of arguments; math the page does not show -
   HTML comments, ``<pre>``, indented code, nested fences; letters the prose redefines -
   ``e = 2``, ``\\pi = 1/4``, log in base 10; matrices declared in prose; ``n!!``; joint
   densities). On first contact 19 false steps proved and 17 twins refuted.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from _adversarial import (
    cases,
    correct_twins_refuted,
    differing_lines,
    false_steps_proved,
    floors,
    planted_off_display,
    planted_verdicts,
    unpaired,
)

INCOMING = Path(__file__).parent / "posts" / "incoming"


@dataclasses.dataclass(frozen=True)
class AdversarialSet:
    """One set's directory and what is measured of it."""

    directory: str
    #: posts in CASES.tsv (at least)
    min_posts: int
    min_false_refuted: int
    min_true_proved: int
    #: rows besides the planted one (after a 4-line front matter) where twins may differ;
    #: None: the set predates the convention that twins differ only where planted
    other_differences: int | None
    #: false posts whose planted row is, by design, not among the lines that differ
    planted_elsewhere: frozenset[str] = frozenset()
    #: posts whose planted row is still a breach (a false step proved, a twin refuted),
    #: each with its cause in the set's README: the list may only shrink - a new breach
    #: fails, and so does a listed one that is fixed (remove it then)
    open_breaches: frozenset[str] = frozenset()


#: Adversarial set 12's breaches, open on first contact (2026-12-03, 14:40 UTC, main at
#: 34ab499), each with its cause in its README.md.
OPEN12: set[str] = set()  # all twelve closed by sound12 (tests/test_post_sound12_*.py)

#: Adversarial set 13's breaches, open on first contact (2026-12-03, 17:36 UTC, main at
#: 8ffff4d), each with its cause in its README.md ("Measured on main").
OPEN13: set[str] = {
    # false steps proved
    # correct twins refuted
}

#: Adversarial set 14's breaches, open on first contact (2026-12-03, 20:35 UTC, main at
#: 3fd5c84), each with its cause in its README.md ("Measured on main").
OPEN14: set[str] = set()  # all closed by sounda and soundb (tests/test_post_sound[ab]_*.py)

#: Adversarial set 15's breaches, open on first contact (2026-12-03, 23:58 UTC, main at
#: 8ed54b6), each with its cause in its README.md ("Measured on main").
OPEN15: set[str] = set()  # all closed by sounda and soundb (tests/test_post_sound[ab]_*.py)

#: Adversarial set 16's breaches, open on first contact (2026-12-04, 14:03 UTC, main at
#: 321be78), each with its cause in its README.md ("Measured on main").
OPEN16: set[str] = set()  # all five closed by adv16 (tests/test_post_adv16_complex_letters.py)

#: Adversarial set 17's breaches, open on first contact (2026-12-04, 17:44 UTC, main at
#: f9f8aaa), each with its cause in its README.md ("Measured on main").
OPEN17: set[str] = set()  # all six closed by adv17 (tests/test_post_adv17_*.py)

#: Adversarial set 19's breaches, open on first contact (2026-12-05, 08:35 UTC, main at
#: 99179ea), each with its cause in its README.md: a conditional density's value read as the
#: joint's of the same letters (the bar was dropped).
OPEN19: set[str] = set()  # all three closed by bayes28 (tests/test_post_bayes28_bar.py)

#: Adversarial set 22's breaches, open on first contact (2026-12-05, 14:15 UTC, main at
#: fa1dc12), each with its cause in its README.md ("Measured on main").
OPEN22: set[str] = set()  # all 22 closed by attack30 (tests/test_post_attack30_*.py)

#: Adversarial set 23's breaches, open on first contact (2026-12-05, 17:05 UTC, main at
#: 6f5d9e4), each with its cause in its README.md ("Measured on main").
OPEN23: set[str] = set()  # all six closed by attack31 (tests/test_post_attack31_*.py)

#: Adversarial set 24's breaches, open on first contact (2026-12-05, 20:02 UTC, main at
#: 5f05f19), each with its cause in its README.md ("Measured on main"). Seven of eight closed
#: by attack32 (tests/test_post_attack32_*.py); 20-false is the plug-in reading of a name
#: restated at the estimate (README.md, "Left open").
OPEN24: set[str] = {
    "20-solved-for-the-estimate-not-the-parameter-false.md",
}

#: Adversarial set 25's breaches, open on first contact (2026-12-05, 23:10 UTC, main at
#: 00fa771), each with its cause in its README.md ("Measured on main"). Both closed by attack33
#: (tests/test_post_attack33_*.py).
OPEN25: set[str] = set()

#: Adversarial set 26's breaches, open on first contact (2026-12-06, 02:14 UTC, main at
#: 0cfc1da), each with its cause in its README.md ("Measured on main"). All three closed by
#: attack34 (tests/test_post_attack34_*.py).
OPEN26: set[str] = set()

#: Adversarial set 27's breaches, open on first contact (2026-12-06, 05:25 UTC, main at
#: 047f722), each with its cause in its README.md ("Measured on main"). All six closed by
#: attack35 (tests/test_post_attack35_*.py).
OPEN27: set[str] = set()

#: Adversarial set 28's breaches, open on first contact (2026-12-06, 08:12 UTC, main at
#: f31b68c), each with its cause in its README.md ("Measured on main"); 75-83 were written
#: after the blind measure, on the kinds it and the hostile inputs found.
OPEN28: set[str] = set()  # all closed by attack36 (tests/test_post_attack36_*.py)

#: Adversarial set 29's breaches, open on first contact (2026-12-06, 11:28 UTC, main at
#: b24a138), each with its cause in its README.md ("Measured on main"). All three closed by
#: attack37 (tests/test_post_attack37_*.py).
OPEN29: set[str] = set()

#: Adversarial set 30's breaches, open on first contact (2026-12-06, 15:00 UTC, main at
#: 8788d40), each with its cause in its README.md ("Measured on main"). All four closed by
#: attack38 (tests/test_post_attack38_*.py).
OPEN30: set[str] = set()

#: Adversarial set 31's breaches, open on first contact (2026-12-06, 18:05 UTC, main at
#: bf263d2), each with its cause in its README.md ("Measured on main"). All three closed by
#: attack59 (tests/test_post_attack59_*.py).
OPEN31: set[str] = set()

#: Adversarial set 32's breaches, open on first contact (2026-12-06, 21:12 UTC, main at
#: 2758026), each with its cause in its README.md ("Measured on main"); 41-42 were written
#: after the blind measure, probing the cause of 16. All four closed by attack60
#: (tests/test_post_attack60_*.py): matrices listed in one math span are declared, and a
#: capital left undeclared beside a matrix is read a matrix. 43 was written later, probing
#: the declaration's words ("the numbers of rows and columns of the matrix" declares sizes).
#: 43 closed too (a declaration's words name no size of the matrix); 44-45 were written
#: probing the matrices' declarations once more, and closed (\succ 0 declares a matrix).
OPEN32: set[str] = set()

#: Adversarial set 33's breaches, open on first contact (2026-12-07, 00:21 UTC, main at
#: 0f54e7b), each with its cause in its README.md ("Measured on main").
OPEN33: set[str] = set()  # all eleven closed by attack61 (tests/test_post_attack61_*.py)

#: Adversarial set 34's breaches, open on first contact (2026-12-07, 03:27 UTC, main at
#: 9cd2f03), each with its cause in its README.md ("Measured on main").
OPEN34: set[str] = set()  # all five closed by attack62 (tests/test_post_attack62_*.py)

#: Adversarial set 35's breaches, open on first contact (2026-12-07, 06:59 UTC, main at
#: f70b355), each with its cause in its README.md ("Measured on main").
OPEN35: set[str] = set()  # both (08, 09) closed by attack63 (tests/test_post_attack63_*.py)

#: Adversarial set 36's breaches, open on first contact (2026-12-07, 09:52 UTC, main at
#: 752e8f3), each with its cause in its README.md ("Measured on main").
OPEN36: set[str] = set()  # all five (07, 24, 41, 43, 44) closed by attack64 (test_post_attack64_*)

#: Adversarial set 37's breaches, open on first contact (2026-12-07, 13:00 UTC, main at
#: 4926d99), each with its cause in its README.md ("Measured on main").
OPEN37: set[str] = set()  # all three (28, 41, 44) closed by attack65 (test_post_attack65_*)

#: Adversarial set 38's breaches, open on first contact (2026-12-07, 16:04 UTC, main at
#: de44787), each with its cause in its README.md ("Measured on main").
OPEN38: set[str] = set()  # all nine (04, 12, 21, 42-47) closed by attack66 (test_post_attack66_*)
#: Adversarial set 39's breaches: none among the 57 blind pairs; the probes 72, 74, 75, 79 and
#: 93-103 (15 false steps proved, 5 twins refuted on 4ae2e340) all closed by attack67
#: (tests/test_post_attack67_*.py).
OPEN39: set[str] = set()

#: Adversarial set 40's breaches: 5 in the 53 blind pairs (09, 19, 22, 29 on 2bcc6bbc), 16 more
#: in the probes 54-69, all closed by attack68 (tests/test_post_attack68_*.py).
OPEN40: set[str] = set()

#: Adversarial set 41's breaches: 4 in the 52 blind pairs (04 and 05 both ways on 554d7160),
#: 16 more in the probes 53-73, all closed by attack69 (tests/test_post_attack69_*.py).
OPEN41: set[str] = set()

SETS = (
    # Lowered once, 18 -> 17, for soundness: 01-log-prod-squares-false (log prod x_n^2 =
    # 2 sum log x_n, x_n undeclared) was refuted at x_n < 0, where the written line is not
    # real - the ground on which a correct multinomial row was refuted too; both rows are
    # now "unchecked" with the open condition named (tests/test_engine_real_analysis.py).
    AdversarialSet("adversarial", 40, 17, 15, None),
    # Lowered once, 24 -> 21 and 21 -> 20, by the soundness fixes this set called for:
    # 32/34-false had been refuted only because E[X_1 X_2] was read as E[X]; 30-false was
    # refuted with its true twin alike; 38-true was proved by fitting either exponential
    # convention; 07-true was proved only with another engineer's uncommitted change.
    # 22-absolute-value-support: the same row under two densities, planted in the density.
    AdversarialSet(
        "adversarial2", 78, 21, 20, 1, frozenset({"22-absolute-value-support-false.md"})
    ),
    # Lowered once, 14 -> 13: a value restated under another heading is neither compared
    # nor kept, so 42-false's wrong likelihood there is unchecked, no longer refuted.
    AdversarialSet("adversarial3", 84, 19, 21, 1),
    # Lowered once, 23 -> 21: false steps refuted for a wrong reason (11, 12, 42, 60, 61:
    # a value put into one side only; 82: a section the reader did not see) are unchecked
    # or given now, as their twins; 08, 94 (a false reason after \because) and 100 gained.
    AdversarialSet("adversarial4", 202, 21, 17, 0),
    # Written against 958d5aa (50 false refuted, 44 twins proved, README.md); measured
    # after the fixes of its findings, 0 false proved and 0 twins refuted.
    AdversarialSet("adversarial5", 236, 68, 62, 0),
    # Written against bc75e39 before this afternoon's integrals, moments-by-expansion,
    # support conditions and sum-count changes landed (157 of 282 planted rows unparsed
    # then, every integral among them): 0 false proved, 0 twins refuted, 14 / 17. With
    # them: 3 false proved and 3 twins refuted by the sum count (fixed), then 39 / 46.
    AdversarialSet("adversarial6", 282, 41, 51, 0),
    # Written against 117d68f while this evening's two-index, integral-region, moment and
    # unread-anchor changes were being built (55 of 318 planted rows unparsed then): 12
    # false proved and 9 twins refuted on main (bound letters of integrals/sums/products,
    # point values at letters, a derivation under another heading, a penalised objective's
    # condition, g^2 as an iterate, named parameter spaces), all fixed; then 47 / 45, and
    # 51 / 49 with integrals over a region or the variable's range read.
    AdversarialSet("adversarial7", 318, 51, 51, 0),
    # Written on 2026-12-02 (night) against 6981b7b while the night's fixes were being
    # built: 40 false steps proved and 36 twins refuted on that code. Fixed the same night
    # but for eleven, kept open here (README.md, "Measured on main"): Greek elements with an
    # index that is not the sum's (61, 170) or valued in a condition (172) and the
    # Dirichlet alpha_1 (65); a name defined by an unread row, differentiated as a constant
    # (112); a density defined on a range in a sentence, used outside it (84, 85, 88, 164).
    # All eleven fixed 2026-12-03 (test_post_elements_free_index.py,
    # test_post_semantics_unread_definition.py, post/_density_range.py).
    AdversarialSet(
        "adversarial8",
        408,
        41,
        36,
        0,
    ),
    # Written on 2026-12-03 against 3f2f7d7 while the morning's fixes were being built:
    # 24 false steps proved and 28 twins refuted on that code (causes in README.md).
    # Closed in the next session: definitions by cases used outside their range (76, 77, 79,
    # 82), a condition after \text{ if } inside the display (12), a valued name before a
    # bracket read as a call (98), a sum without a range taking it from another sum of the
    # row where the prose lists the elements from 0 (165); floors 63/59 -> 65/61. Then
    # p(0) after p(k) = Poisson(k | lambda): the post's function at 0, not p times 0 (139).
    # Floors 65/61 -> 68/67 with the fixes of set 10 (2026-12-03, late morning).
    AdversarialSet(
        "adversarial9",
        448,
        68,
        67,
        0,
    ),
    # Written on 2026-12-03 (morning) against 56154c0, blind to the fixes being built the
    # same hours: 12 false steps proved and 18 twins refuted on that code (README.md). Fixed
    # the same morning but for one, fixed in the afternoon: a labelled square defined in a
    # sentence ("$s^2_{pooled} = ...$, with $n_1, n_2 \ge 2$") defines the name
    # (._prose_squares), so 23-true is proved and 23-false refuted.
    # Floors 66/56 -> 67/58 with the fixes of the afternoon.
    AdversarialSet("adversarial10", 362, 67, 58, 0),
    # Written on 2026-12-03 (noon) against 159374c, blind to the fixes being built the same
    # hours: 15 false steps proved and 21 twins refuted on that code (README.md; pair 51's
    # twin under some hash seeds only). All closed the same afternoon (README.md, "After
    # the fixes"); floors 84/71 on first contact, 84/87 after.
    AdversarialSet("adversarial11", 480, 84, 87, 0),
    # Written on 2026-12-03 (afternoon) against 34ab499, blind: 6 false steps proved and 6
    # twins refuted on that code (README.md). OPEN12 lists what is still open.
    AdversarialSet(
        "adversarial12",
        400,
        74,
        72,
        0,
        open_breaches=frozenset(OPEN12),
    ),
    # Written on 2026-12-03 (evening) against 8ffff4d, blind: 9 false steps proved and 7
    # twins refuted on that code (README.md). OPEN13 lists what is still open. Raised
    # 87/83 -> 91/87 by sound13 (settings released, redefinitions, ranges, sizes, counts).
    AdversarialSet(
        "adversarial13",
        400,
        91,
        89,
        0,
        open_breaches=frozenset(OPEN13),
    ),
    # Written on 2026-12-03 (night) against 3fd5c84, blind: 24 false steps proved and 10
    # twins refuted on that code (README.md), floors 78/92. Raised the same night to 91/99
    # by lead5's fixes (a \propto read in the reading its paragraph names, counts said in
    # words, a function named in words, structures and sizes in words, released settings).
    # OPEN14 lists what is still open. Lowered once, 91 -> 90, for soundness (sounda): 130's
    # false twin was refuted at n = 1 on the ground that refuted its correct twin (two
    # numbers said for n); both are unchecked now (test_post_sounda_counts.py).
    # Raised by soundb ("from now on", "alternatively", "we now work with", "in the second
    # model" introduce a definition: 49-51, 56 checked on the new value): 93/101 with both.
    AdversarialSet(
        "adversarial14",
        400,
        93,
        101,
        0,
        open_breaches=frozenset(OPEN14),
    ),
    # Written on 2026-12-03 (night) against 8ed54b6, blind: 18 false steps proved and 14
    # twins refuted on that code (README.md), floors 76/76. OPEN15 lists what is still open.
    # Raised by sounda (said data, event chains, readings, counts, cases: 76/76 -> 85/81
    # alone); lowered by soundb for soundness (76 -> 71, 76 -> 75 alone): 62, 63, 66-false
    # were refuted with general matrices where the words say symmetric / skew / idempotent
    # ("be an idempotent ... matrix" now read), 77-false at n = 1 though the prose says
    # n = 2, 101-false as psi_1 times (x + 1); 71-true is no longer proved at the setting
    # m = 3 the words release. Both together: 80/81.
    AdversarialSet(
        "adversarial15",
        400,
        80,
        81,
        0,
        open_breaches=frozenset(OPEN15),
    ),
    # Written on 2026-12-04 (afternoon) against 321be78, blind: 3 false steps proved and 2
    # twins refuted on that code (README.md), floors 10/14. OPEN16 lists what is still open.
    # Lowered by adv16 for soundness (._complex_letters: a row with a letter declared complex
    # is unchecked), 10 -> 9 and 14 -> 13: 38-false was refuted only by reading the conjugate
    # \bar{z}_1 as another sample, 04-true ((e^z)^2 = e^{2z}) was proved with z real.
    AdversarialSet(
        "adversarial16",
        78,
        9,
        13,
        0,
        open_breaches=frozenset(OPEN16),
    ),
    # Written on 2026-12-04 (evening) against f9f8aaa, blind: 6 false steps proved and 0
    # twins refuted on that code (README.md), floors 8/10. OPEN17 lists what is still open:
    # all six closed by adv17 (a named likelihood of other data, a stated estimate under
    # words that restrict its space, change its model or name a higher moment), floors 8/10.
    AdversarialSet(
        "adversarial17",
        112,
        8,
        10,
        0,
        open_breaches=frozenset(OPEN17),
    ),
    # Written on 2026-12-05 (morning) against 99179ea by bayes28, before its fixes: 3 false
    # steps proved and 0 twins refuted on that code (README.md), floors 10/8. Raised to 12/18
    # by bayes28: the bar is part of a call (a value of p(z | x) is not p(z, x)'s; laws of
    # probability between them proved) and \propto rows whose head has no value read as a
    # stated kernel, the rest of the row compared with it in the head's variable.
    AdversarialSet(
        "adversarial19",
        40,
        12,
        18,
        0,
        open_breaches=frozenset(OPEN19),
    ),
    # Written on 2026-12-05 (morning) by laws28 against 99179ea, before its fix: a density,
    # likelihood or log-likelihood after a law declared in words, inline or by name, under
    # each convention (README.md). On 99179ea 8 false rows were refuted and no true twin
    # proved; with ._law_table 18/18 (the uniform likelihoods, free of the data, stay given).
    AdversarialSet("adversarial18", 40, 18, 18, 0),
    # Written on 2026-12-05 (late morning) by moments29 against ab981cf, before its fix:
    # moments and probabilities after a law declared in a formula or in words, under each
    # convention (README.md). On ab981cf 0 false proved, 1 twin refuted (23), floors 11/12.
    AdversarialSet("adversarial20", 46, 17, 21, 0),
    # Written on 2026-12-05 (late morning) by congr29 against ab981cf, before its fix: links
    # with functions the post never gives a value (f(a + b) = f(a) + f(b), log sum = sum log,
    # p(x | y) = p(y | x), a factor dropped inside a log); no false step proved, 7 twins proved
    # on that code (README.md). None of the false steps can be refuted (the author may mean
    # another function): floor 0. 14 twins proved with the joint reading of ._opaque.
    AdversarialSet("adversarial21", 32, 0, 14, 0),
    # Written on 2026-12-05 (afternoon) by attack30 against fa1dc12, before any fix: the
    # mechanisms added last (listed data, + C either side of a bar, trailing domains,
    # reparametrisations, rows at numbers, moments of declared laws, second derivatives,
    # stated estimates); 22 breaches on that code (README.md), floors 10/13. Lowered once by
    # attack30 for soundness, 10 -> 9: 28-false (lambda^4 e^{-12 lambda} after "four
    # observations whose total is ten") was refuted only as an identity in n and s, the
    # ground on which its correct twin was refuted too; both are unchecked now.
    AdversarialSet("adversarial22", 96, 9, 13, 0, open_breaches=frozenset(OPEN22)),
    # Written on 2026-12-05 (evening) by attack31 against 6f5d9e4, before any fix: the
    # mechanisms added last (sums to infinity, |t| < 1, R = 0 identities, sgn, densities'
    # domains, moment estimates, the slash doubt, tags, thick spaces, bold labels, a moment
    # named by a new letter, systems); 6 breaches on that code (README.md), floors 12/29.
    # Lowered once by attack31 for soundness, 12/29 -> 10/28: 47-false and 58-false were
    # refuted on the ground their correct twins were (a lambda drawn where the post names the
    # mean lambda), and 11-true's finite sum (1 - t^4)/(1 - t) was proved only under the
    # |t| < 1 the post denies (plausible now: t = 1 is open).
    AdversarialSet("adversarial23", 116, 10, 28, 0, open_breaches=frozenset(OPEN23)),
    # Written on 2026-12-05 (night) by attack32 against 5f05f19, before any fix: the
    # mechanisms of the last two sessions (equation steps with no arrow, listed equations,
    # solved letters put in, evaluations between two ends, moment names, P and MGFs given a
    # value, the new notation, an integral's bound letter); 8 breaches on that code
    # (README.md), floors 30/42. Lowered once by attack32 for soundness, 42 -> 40 twins
    # proved (31 false refuted, up from 30): 37/39/40-true were proved as a definition ("defines
    # P", "defines M_X", "defines mu_1'") then a right rewrite, the ground on which their
    # false twins were proved; a formula for a quantity the declared law fixes is a claim now,
    # unchecked both ways. 23 is proved and refuted now (the constraint put in).
    AdversarialSet("adversarial24", 130, 31, 40, 0, open_breaches=frozenset(OPEN24)),
    # Written on 2026-12-05 (night) by attack33 against 00fa771, before any fix: the
    # mechanisms of the late evening (chain bounds, conditions on an integral's ends, Gaussian
    # tails with letters, sigma_p, densities at a letter, argmin/max/Ln/Log, generating
    # functions as claims, constraints put in, names per heading, posts34/35's notation);
    # 2 breaches on that code (README.md), floors 23/35; both closed by attack33, the floors
    # unchanged (06-false is unchecked now, 34-true plausible).
    AdversarialSet("adversarial25", 136, 23, 35, 0, open_breaches=frozenset(OPEN25)),
    # Written on 2026-12-06 (night) by attack34 against 0cfc1da, before any fix: the
    # mechanisms of the late night (arg min as the arg max of the negation, both readings of
    # a doubted row, a number in a display row as a letter's definition, signs of a
    # difference for \ne, \approx within half a unit, counts, posts36/37's readings,
    # attack33's fixes); 3 breaches on that code (README.md), floors 18/39. Lowered once by
    # attack34 for soundness, 18 -> 16 false refuted (40 twins proved, up from 39): 28-false
    # (d/db log a b = 1/a) is unchecked now that the operator's product carries the doubt of
    # log a b (a failing doubted link is never refuted), 55-false (123456 ~ 124000) is a
    # rounding to three figures in one direction, unchecked, as its twin is.
    AdversarialSet("adversarial26", 152, 16, 40, 0, open_breaches=frozenset(OPEN26)),
    # Written on 2026-12-06 (early morning) by attack35 against 047f722, before any fix: the
    # mechanisms of the early morning (the sign asked where a row is defined, derivatives by
    # an element beside numbered elements and operators that take the product after them,
    # inline pi and e values, log_2 without its backslash, links traded through an equation,
    # expectations as quantities, attack34's fixes); 6 breaches on that code (README.md),
    # floors 20/53; all closed by attack35, floors 20/54 (20-true proved).
    AdversarialSet("adversarial27", 144, 20, 54, 0, open_breaches=frozenset(OPEN27)),
    # Adversarial set 28 (attack36): two subscripts on one letter, derivatives of elements
    # without a value, Phi/phi under the normal law's words, primes, events after a bar,
    # words boxes, arrows alone; 1 breach on that code (README.md), floors 22/31; 75-83 written
    # after, 10 breaches; all closed by attack36, floors 21/31 (56-false, a = 3 under its
    # condition, unchecked now, not refuted without it).
    AdversarialSet("adversarial28", 170, 21, 31, 0, open_breaches=frozenset(OPEN28)),
    # Adversarial set 29 (attack37): labels above a name, E, Var, Cov, tr and det without a
    # bracket, matrices declared in prose, a Greek function's inverse, readings in doubt,
    # names without a value, conditions in words, posts40's readings, numbers; written blind
    # against b24a138: 3 breaches on that code (README.md), floors 23/31; all closed by
    # attack37, floors 22/30 for soundness: 48-false (a log's letter power, now a doubt) is
    # unchecked, not refuted; 39-true (matrices declared in words) holds for 1x1 only.
    AdversarialSet("adversarial29", 138, 22, 30, 0, open_breaches=frozenset(OPEN29)),
    # Adversarial set 30 (attack38): the shape rule, log densities weighed, statements that
    # claim nothing, \rightarrow, one-limit sums, f_{X|Y}, pattern matrices, prove-only
    # readings, conditions and reasons, prose values, \choose, zeta, matrices declared by
    # membership; written blind against 8788d40: 4 breaches on that code (README.md),
    # floors 29/41; all closed by attack38, floors 31/41 (63-false and 64-false, commuted
    # matrices, are refuted now).
    AdversarialSet("adversarial30", 136, 31, 41, 0, open_breaches=frozenset(OPEN30)),
    # Adversarial set 31 (attack59): the family reading of subscripted calls, matrices and
    # vectors declared by membership, the infinite-mass density rule, joints, the system
    # solved for a parameter, \vect, angle brackets, \mathcal{a_i}, x_i^*, \sup, sums from
    # a later index, powers of 0/1 samples; written blind against bf263d2: 3 breaches on
    # that code (README.md), floors 28/34; all closed by attack59, floors 29/34 (43-false,
    # \vect capitals commuted, is refuted now).
    AdversarialSet("adversarial31", 126, 29, 34, 0, open_breaches=frozenset(OPEN31)),
    # Adversarial set 32 (attack60): values under another heading, support room, starred
    # roots and Newton updates, letters that become matrices, [math] tags, ellipses after
    # leading terms, sample means, "for n observations", "defined as follows", Let/Suppose
    # sentences, undeclared and reused matrix letters; written blind against 2758026:
    # 2 breaches on that code, 2 more found probing them (README.md), floors 21/24; all
    # closed by attack60; 43-45 written after, 2 more breaches, closed; floors 23/27
    # (41-false, AB = BA after "$A, B$ be square matrices", is refuted now).
    AdversarialSet("adversarial32", 90, 23, 27, 0, open_breaches=frozenset(OPEN32)),
    # Adversarial set 33 (attack61): unnamed first-order conditions, the point mass under
    # "for any random variable", bare rows after "simplifies to", bounds on a moment, notes
    # that name a premise, \DeclareMathOperator, tuples and patterns, A <=> B rows, matrices
    # declared in words, angle means, lettered laws, indicators by cases, \nabla \log, n = 1,
    # integer-only identities, letters redefined; written blind against 0f54e7b: 9 breaches
    # on that code (README.md), floors 13/15; 38-39 written after, 2 more twins refuted.
    # All closed by attack61; lowered once for soundness, 13 -> 7 false refuted: 04-07-false
    # (the point mass under words that restrict the law), 11-false (a bare row after a
    # \propto line compared as '=') and 24-false (an orthogonal Q drawn general) were refuted
    # on the ground that refuted their correct twins; both twins of each are unchecked now.
    AdversarialSet("adversarial33", 78, 7, 15, 0, open_breaches=frozenset(OPEN33)),
    # Adversarial set 34 (attack62): likelihoods given another value, chains ending in '= 0'
    # behind 'set'/'solve'/'score', values stated after a proved link, bookdown labels, the
    # point mass under 'mean $...$', sigma, \propto rows, constant densities after a bar,
    # letters given through their square, constraints on the row above, n = 1 and
    # integer-only steps, letters redefined; written blind against 9cd2f03: 5 breaches on
    # that code (README.md), floors 16/22; 40-42 written after, 3 more false steps proved.
    # All closed by attack62; lowered once for soundness, 16 -> 15 false refuted: 22-false
    # was refuted proportional in theta and x at once, the reading that refuted 23-true (in
    # x alone, the likelihood reading, it holds; both twins' readings now count apart).
    AdversarialSet("adversarial34", 84, 15, 23, 0, open_breaches=frozenset(OPEN34)),
    # Adversarial set 35 (attack63): chains with a false last link, '= 0' behind words that
    # set nothing, linearity where the parameter is the variable's own mean, unstated signs
    # under roots and logs, \propto dropping a factor of the parameter, values put in, sums
    # from a wrong index, restated functions, second derivatives, Hessian signs, estimates in
    # the wrong expression, constraints, Lagrange multipliers; written blind against f70b355:
    # 2 breaches on that code (README.md), floors 19/21; both closed by attack63 (a data-only
    # '= 0' is no first-order condition; a moment without value under a derivative is no
    # constant of its letter), floors 19/21.
    AdversarialSet("adversarial35", 80, 19, 21, 0, open_breaches=frozenset(OPEN35)),
    # Adversarial set 36 (attack64): domains that allow both signs, coloured bodies, letters
    # brought in by := and \triangleq, counts named n, recurrences, headings that declare a
    # law, sums from 0 to N, rows after an unread row, derivatives' own domains, shifted
    # rational integrands, log and root moments, iid members, {\rm E}, chains, \propto,
    # Hessian signs; written blind against 752e8f3: 2 breaches on that code (README.md),
    # floors 20/21; 41-44 written after, probing both causes: 3 more breaches. All closed by
    # attack64 (a stated domain of sigma with a negative value makes it a real letter; a colour
    # switch or coloured body in braces is a marked group), floors 24/26.
    AdversarialSet("adversarial36", 88, 24, 26, 0, open_breaches=frozenset(OPEN36)),
    # Adversarial set 37 (attack65): expressions alone before '= R', products of unwritten
    # scope, subscripted expectations, periods as product dots, number rows with special
    # functions and limits, sums to a function's letter, derivatives by an element, sigma's
    # stated domain, colour switches, two-point laws, chains, \propto, another section's
    # estimate, index ranges, Hessian signs, transposes, E[XY]; written blind against
    # 4926d99: 1 breach on that code (README.md), floors 24/29; 41-44 written after, probing
    # its cause (a domain said in words): 2 more breaches, floors 24/32 over the 44 pairs.
    # All closed by attack65 (words that let a letter take every real value state its domain
    # as "\\in \\mathbb{R}" does, so sigma is no standard deviation there), floors 25/32
    # (41-false refuted now). 28/33 after lead66: a sign the post declares itself is stated
    # in the numeric check (27-, 42- and 44-false refuted; tests/test_post_root_sign_stated.py).
    AdversarialSet("adversarial37", 88, 28, 33, 0, open_breaches=frozenset(OPEN37)),
    # Adversarial set 38 (attack66): restatements through a letter that holds the quantity,
    # a sentence's number and the words that let it vary, N(mu, 1), densities at a point,
    # definitions' letters, the letter i, sigma's domain in words, integrals in number rows,
    # values across headings, P(X = k) and "For X ~", labelled subscripts, events after a bar,
    # [...]'_theta, log|x|, decimals, chains, \propto, index ranges, second derivatives,
    # gradients, E[X(X - 1)], normalisation, atoms, the uniform MLE; written blind against
    # de44787: 3 breaches on that code (README.md), floors 28/32; 42-47 written after, probing
    # their causes: 6 more, 28/38 over the 47 pairs. All closed by attack66 (one noun of the
    # letter's role, "unknown" and "in general" release a number; words of sigma's own clause
    # that allow a negative value state its domain), floors 31/36: 12-true and 45-true
    # (log sigma^2 = 2 log|sigma|) were proved only on the positive reading of sigma that
    # proved their false twins, and are plausible now. 31/38 after lead67: the log of an even
    # power of a real base is k log|b| (12-true and 45-true proved for a sigma that may be
    # negative; tests/test_engine_log_of_even_powers.py).
    AdversarialSet("adversarial38", 94, 31, 38, 0, open_breaches=frozenset(OPEN38)),
    # Adversarial set 39 (attack67): \pm and \mp, finite domains, sqrt of squares and |x|,
    # declared signs, equations solved row by row, constants inside E[...], expectation
    # subscripts, gamma moments under a stated bound, joint densities of a sample, mu'_k,
    # sentence numbers and their release, logs of squares, limits, shifted sums, products,
    # Fisher information, conjugate posteriors, MGFs, order statistics, indicators,
    # Jacobians, sympy's branches; written blind against 4ae2e340: 0 breaches in the 57
    # pairs, floors 19/20; 58-103 written after, probing the same mechanisms: 20 breaches
    # (README.md), floors 27/46 over the 103 pairs. All closed by attack67 (mu'_k the post
    # defines otherwise is no raw moment; a sentence's number named again after it is
    # doubted; the Fisher information of the count the words name), floors 27/41: the five
    # twins 74, 75, 100-102 were proved only at the number that proved their false twins.
    # 27/44 after lead67 (merged with it): an equation solved into its two roots with \pm is
    # proved when both solve it and no other root exists (01-, 17- and 92-true; their false
    # twins stay unchecked, prove-only; tests/test_post_plus_minus_roots.py).
    AdversarialSet("adversarial39", 206, 27, 44, 0, open_breaches=frozenset(OPEN39)),
    # Adversarial set 40 (attack68): laws, signs, finite domains and constants by heading,
    # laws in sentences (a mean, a named D, the squares of the sample), mu'_k as a factorial
    # moment, \pm and \mp, roots, square roots, logs, equations solved row by row, numbers in
    # sentences, sympy's branches; written blind against 2bcc6bbc: 5 breaches in 53 pairs
    # (README.md), floors 14/19; 54-69 written after, probing the same causes: 16 more,
    # floors 14/21 over the 69 pairs. All closed by attack68 (a letter's domain stated again
    # otherwise is a case up to the next statement; a letter the prose calls random is no
    # constant; mu'_k named another kind of moment is no raw moment; a proof that rests on
    # a sign the declarations give both ways is none), floors 15/21.
    AdversarialSet("adversarial40", 138, 15, 21, 0, open_breaches=frozenset(OPEN40)),
    # Adversarial set 41 (attack69): restated domains, random letters, mu'_k named in words,
    # \xrightarrow, brace labels, claims restated, \pm and \mp, finite domains, roots,
    # square roots, equations solved row by row, constants, subscripts, parameter bounds,
    # numbers in sentences, signs, logs, limits, sums, products, Fisher information,
    # posteriors, MGFs, order statistics, Jacobians, sympy's branches; written blind against
    # 554d7160: 4 breaches in 52 pairs (04, 05: mu'_k named "the negative moment", "the
    # moment of the reciprocal", read as E[X^k]), floors 13/17; 53-73 written after: 16
    # more (mu'_k from other sides; a display row proved as following from an equation a
    # sentence states as a fact). All closed by attack69, floors 15/25 over the 73 pairs
    # (13/17 blind).
    AdversarialSet("adversarial41", 146, 15, 25, 0, open_breaches=frozenset(OPEN41)),
)

#: The sets are checked in this many shards, a test file each (this file is shard 0,
#: ``test_adversarial_posts_<k>.py`` the others), so that ``pytest -n auto --dist loadfile``
#: checks them on different workers: as one file the thirty-nine sets kept one core busy
#: for most of a CI run while the other had finished.
SHARDS = 4


def shard(index: int) -> tuple[AdversarialSet, ...]:
    """The sets of shard ``index``: the largest set (by posts listed) goes to the shard with
    the fewest posts so far, so that the shards take about as long."""
    sizes = {s.directory: len(cases(INCOMING / s.directory)) for s in SETS}
    loads, members = [0] * SHARDS, [[] for _ in range(SHARDS)]
    for spec in sorted(SETS, key=lambda s: (-sizes[s.directory], s.directory)):
        k = loads.index(min(loads))
        loads[k] += sizes[spec.directory]
        members[k].append(spec)
    return tuple(s for s in SETS if s in members[index])


_VERDICTS: dict[str, dict[str, str]] = {}


@pytest.fixture(params=shard(0), ids=lambda s: s.directory)
def adversarial_set(request) -> AdversarialSet:
    return request.param


def _verdicts(spec: AdversarialSet) -> dict[str, str]:
    """The planted rows' verdicts, computed once per set and run."""
    if spec.directory not in _VERDICTS:
        _VERDICTS[spec.directory] = planted_verdicts(INCOMING / spec.directory)
    return _VERDICTS[spec.directory]


def test_every_case_is_a_pair_with_its_planted_row(adversarial_set):
    root = INCOMING / adversarial_set.directory
    listed = cases(root)
    names = {n for n, _ in listed}
    assert len(names) == len(listed) >= adversarial_set.min_posts
    assert not unpaired(root)
    if adversarial_set.other_differences is not None:
        # the listed line is a display row of the post (so a verdict can be looked up)
        assert not planted_off_display(root)


def test_twins_differ_only_where_planted(adversarial_set):
    """Each pair has the same shape: the planted row differs, and at most the set's
    allowance of other rows (a density a pair needs to make its twin correct)."""
    if adversarial_set.other_differences is None:
        pytest.skip("written before twins had to differ only where planted")
    root = INCOMING / adversarial_set.directory
    for name, line in cases(root):
        if not name.endswith("-false.md"):
            continue
        differ = differing_lines(root, name)
        assert differ is not None, name  # the twins have as many lines
        assert line in differ or name in adversarial_set.planted_elsewhere, name
        assert len([k for k in differ if k > 4]) <= 1 + adversarial_set.other_differences, (
            name,
            differ,
        )


def test_every_planted_row_has_a_verdict(adversarial_set):
    if adversarial_set.other_differences is None:
        pytest.skip("set 1 lists some planted rows inside multi-line displays")
    assert not [n for n, v in _verdicts(adversarial_set).items() if v == "missing"]


def test_no_false_step_is_proved(adversarial_set):
    proved = set(false_steps_proved(_verdicts(adversarial_set)))
    assert not proved - adversarial_set.open_breaches


def test_no_correct_twin_is_refuted(adversarial_set):
    refuted = set(correct_twins_refuted(_verdicts(adversarial_set)))
    assert not refuted - adversarial_set.open_breaches


def test_open_breaches_are_still_open(adversarial_set):
    """A breach that is fixed leaves the list, so the list says what is open."""
    verdicts = _verdicts(adversarial_set)
    now = set(false_steps_proved(verdicts)) | set(correct_twins_refuted(verdicts))
    assert not adversarial_set.open_breaches - now


def test_floors(adversarial_set):
    false_refuted, true_proved = floors(_verdicts(adversarial_set))
    assert false_refuted >= adversarial_set.min_false_refuted
    assert true_proved >= adversarial_set.min_true_proved


def test_every_shard_has_its_test_file():
    """A shard without its file would leave its sets unchecked; a set in two shards would be
    checked twice."""
    here = Path(__file__).parent
    for k in range(1, SHARDS):
        text = (here / f"test_adversarial_posts_{k}.py").read_text(encoding="utf-8")
        assert f"shard({k})" in text, k
    shards = [s.directory for k in range(SHARDS) for s in shard(k)]
    assert sorted(shards) == sorted(s.directory for s in SETS)
