"""Adversarial set 9 (tests/posts/incoming/adversarial9/README.md): the planted false steps
the reader proved and the correct twins it refuted, by cause, each with variants of our own."""

from __future__ import annotations

from pathlib import Path

import pytest
from _adversarial import pair_verdicts
from _post_rows import verdict_of_row

SET9 = Path(__file__).parent / "posts" / "incoming" / "adversarial9"


# -- an unread row between two rows of a chain anchors the next row only if every command in
# it is notation the reader knows: a relation or words in any other command may hide a bound


@pytest.mark.parametrize("num", ["45", "47", "48", "49", "50", "51", "52"])
def test_an_unread_row_with_an_unknown_command_anchors_nothing(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


_CHAIN = (
    "For real $t$,\n\n$$(\\cos t)^2 + 2 = 3 - (\\sin t)^2$$\n\n"
    "$$= \\left\\| (\\cos t, 1) \\right\\|^2 + 1 HIDDEN 2 + 1$$\n\n$$= (\\cos t)^2 + 2$$\n"
)


@pytest.mark.parametrize(
    "hidden",
    [
        "\\ggg",
        "\\multimap",
        "\\textsc{ is at most }",
        "\\texttt{ <= }",
        "\\mathsf{\\ at\\ most\\ }",
        "\\mathrm{\\ below\\ }",
        "\\operatorname{is\\ below}",
    ],
)
def test_hidden_relations_of_our_own_do_not_prove_the_row_after(tmp_path, hidden):
    body = _CHAIN.replace("HIDDEN", hidden)
    assert verdict_of_row(tmp_path, body, "= (\\cos t)^2 + 2") != "proved"


# -- a bare row after "taking the log ...": the log of the line above only when the sentence
# says nothing more (not "and dividing by n", "of the reciprocal", "base-10", "of the odds")


@pytest.mark.parametrize("num", ["105", "106", "108", "109"])
def test_a_bare_row_is_the_log_only_when_the_sentence_says_no_more(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


_BARE = "For $t > 0$,\n\n$$M(t) = t^{k} e^{-2 t}$$\n\nSENTENCE\n\n$$ROW$$\n"


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Taking the log and multiplying by $2$:", "k \\log t - 2 t"),
        ("Taking the log of the inverse:", "k \\log t - 2 t"),
        ("Taking the log and then the derivative in $t$:", "k \\log t - 2 t"),
        ("Taking the log of $M(t)/t$:", "k \\log t - 2 t"),
        ("Taking logs, then halving:", "k \\log t - 2 t"),
    ],
)
def test_log_sentences_of_our_own_that_say_more(tmp_path, sentence, wrong):
    body = _BARE.replace("SENTENCE", sentence).replace("ROW", wrong)
    assert verdict_of_row(tmp_path, body, wrong) != "proved"


def test_a_plain_log_sentence_still_reads_the_bare_row(tmp_path):
    body = _BARE.replace("SENTENCE", "Taking the natural log of both sides:")
    assert verdict_of_row(tmp_path, body.replace("ROW", "k \\log t - 2 t"), "k \\log") == "proved"
    assert verdict_of_row(tmp_path, body.replace("ROW", "k \\log t - t"), "k \\log") != "proved"


# -- after a bound (``\le D``, ``\ge D``, ``< D``) the next ``= C`` continues from D


@pytest.mark.parametrize("num", ["55", "220", "221"])
def test_a_row_after_a_bound_continues_from_the_bound(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("rows", "right", "wrong"),
    [
        ("$$x^2 + 1 = (x - 1)^2 + 2x$$\n\n$$\\ge 2x$$", "= x + x", "= x^2 + 1"),
        ("$$e^{-t} = \\frac{1}{e^{t}}$$\n\n$$< 1$$", "= 2 - 1", "= e^{-t}"),
        ("$$u^2 + 4 \\ge 4 = 2 + 2$$", "= 2 \\cdot 2", "= u^2 + 4"),
    ],
)
def test_bounds_of_our_own(tmp_path, rows, right, wrong):
    body = "For real $x$, $t > 0$ and real $u$,\n\n" + rows + "\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


# -- an order between letters the prose states (a chain, a multiple, in words, through a
# third letter): no counterexample outside it, or that cannot be placed, refutes


@pytest.mark.parametrize("num", ["15", "16", "18", "19", "36"])
def test_an_order_the_post_states_is_never_crossed_by_a_refutation(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("prose", "right", "wrong"),
    [
        ("Let $u > v > w$.", "|u - w| = u - w", "|u - w| = w - u"),
        ("Let $s < 0 < r$.", "|r s| = -r s", "|r s| = r s"),
        ("Let $v > 0$ and $u > 3v$.", "|u - 2v| = u - 2v", "|u - 2v| = 2v - u"),
        ("Here $u$ is greater than $v$.", "|u - v| = u - v", "|u - v| = v - u"),
        ("Note that $v$ is smaller than $u$.", "|v - u| = u - v", "|v - u| = v - u"),
    ],
)
def test_orders_of_our_own(tmp_path, prose, right, wrong):
    body = prose + "\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


# -- cases in words: "unless" negates its formula, a bare "otherwise" negates the case before
# it, a sign in words ("for negative x") is a case


@pytest.mark.parametrize("num", ["02", "03", "216", "219"])
def test_a_case_in_words_is_taken_as_it_means(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("prose", "right", "wrong"),
    [
        ("Unless $u > 0$, we get", "\\sqrt{u^2} = -u", "\\sqrt{u^2} = u"),
        ("If $u < 0$ then $|u| = -u$; else", "|u| = u", "|u| = -u"),
        ("When $s$ is negative,", "\\sqrt{s^2} = -s", "\\sqrt{s^2} = s"),
        ("For positive $s$,", "|s| = s", "|s| = -s"),
    ],
)
def test_cases_in_words_of_our_own(tmp_path, prose, right, wrong):
    body = "For real $u$ and $s$.\n\n" + prose + "\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


# -- a membership the assumption language cannot read (]-inf, 0[, R_{>1}, a builder on another
# letter, a named set): the letter is not any real, so its counterexamples do not refute


@pytest.mark.parametrize("num", ["26", "32", "35", "41", "42", "43"])
def test_an_unread_domain_keeps_its_letter_from_refutations(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("prose", "right", "wrong"),
    [
        ("Let $w \\in ]0, +\\infty[$.", "\\sqrt{w^2} = w", "\\sqrt{w^2} = -w"),
        ("Let $w \\in \\mathbb{R}_{>2}$.", "|w - 1| = w - 1", "|w - 1| = 1 - w"),
        ("Let $w \\in \\{s : s > 0\\}$.", "|w| = w", "|w| = -w"),
        ("Let $T = \\{s \\in \\mathbb{R} : s > 0\\}$ and $w \\in T$.", "|w| = w", "|w| = -w"),
        ("Let $-w < 0$.", "|w| = w", "|w| = -w"),
    ],
)
def test_unread_domains_of_our_own(tmp_path, prose, right, wrong):
    body = prose + "\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


# -- \mathbb{V}[X] is the variance, never a letter V times [X]


@pytest.mark.parametrize("num", ["182", "222"])
def test_blackboard_v_is_the_variance(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("\\mathbb{V}(3Y) = 9\\,\\mathbb{V}(Y)", "\\mathbb{V}(3Y) = 3\\,\\mathbb{V}(Y)"),
        ("\\mathbb{V}[Y - 5] = \\mathbb{V}[Y]", "\\mathbb{V}[Y - 5] = \\mathbb{V}[Y] - 5"),
    ],
)
def test_blackboard_v_of_our_own(tmp_path, right, wrong):
    body = "For a random variable $Y$ with finite variance,\n\n$$ROW$$\n"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


# -- a \because premise holds in its display only


@pytest.mark.parametrize("num", ["86", "224"])
def test_a_premise_does_not_reach_the_next_display(num):
    false, true = pair_verdicts(SET9, num)
    assert false != "proved"
    assert true != "refuted"


def test_a_premise_of_our_own_ends_with_its_display(tmp_path):
    body = (
        "Here,\n\n$$|w - 1| = w - 1 \\quad \\because w \\ge 1$$\n\n"
        "and for every real $w$,\n\n$$ROW$$\n"
    )
    right, wrong = "\\sqrt{(w - 1)^2} = |w - 1|", "\\sqrt{(w - 1)^2} = w - 1"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"


def test_a_row_under_its_own_premise_is_not_refuted_outside_it(tmp_path):
    body = "Here,\n\n$$ROW \\quad \\because w \\ge 1$$\n"
    right, wrong = "|w - 1| = w - 1", "|w - 1| = 1 - w"
    assert verdict_of_row(tmp_path, body.replace("ROW", right), right) != "refuted"
    assert verdict_of_row(tmp_path, body.replace("ROW", wrong), wrong) != "proved"
