"""A letter's domain or constancy stated again otherwise further on (adversarial40, 19, 22, 29).

On 2bcc6bbc the prose's statements about a letter held for the whole post, merged: "Let
$a > 0$" under part (a) and "Now let $a < 0$" under part (b) left ``a`` no value, and part
(b)'s ``\\sqrt{4a^2} = 2a`` was proved (vacuously); ``x \\in \\{0, 1\\}`` under part (a) held
after "Now $x$ is any real number" (``x^3 = x^2`` proved); "Here $c$ is a constant" held
after "Now $c$ is a random variable" (``E[c^2 X] = c^2 E[X]`` proved).

Properties: statements of one letter that no value satisfies together, or a bounded one
followed by a release to the whole real line, are each a case up to the next: no row is
proved from them, a counterexample outside the statement over the row refutes nothing, one
inside it refutes. One statement, or two that agree, or a release before the statement,
keep the domain. A letter the prose calls random is no constant, wherever it is called one.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

from derivations.post._restated_domains import restated
from derivations.post._said_constants import said_constants

_PARTS = "## Part (a)\n\n{a}\n\n$$z = 1$$\n\n## Part (b)\n\n{b}\n\n$${row}$$\n"


def _verdict(tmp_path, a: str, b: str, row: str) -> str:
    return verdict_of_row(tmp_path, "\n" + _PARTS.format(a=a, b=b, row=row), row)


@pytest.mark.parametrize(
    "a, b",
    [
        (r"Let $a > 0$.", r"Now let $a < 0$."),
        (r"Let $a > 0$.", r"Now let $a \le -1$."),
        (r"Suppose $a \in (0, 1)$.", r"Now take $a < 0$."),
        # probe 54: the sign in words
        (r"Let $a > 0$.", r"Now let $a$ be negative."),
        # probe 65: signs that meet at 0
        (r"Let $a \ge 0$.", r"Now let $a \le 0$."),
    ],
)
def test_signs_that_conflict_hold_each_in_its_part(tmp_path, a, b):
    assert restated(f"{a}\n\n{b}\n")[0] == {("a", False)}
    assert _verdict(tmp_path, a, b, r"\sqrt{4a^2} = 2a") != "proved"
    assert _verdict(tmp_path, a, b, r"\sqrt{4a^2} = -2a") != "refuted"


def test_one_sign_stated_twice_alike_stays_a_domain(tmp_path):
    a, b = r"Let $a < 0$.", r"Again $a < 0$."
    assert restated(f"{a}\n\n{b}\n")[0] == set()
    assert _verdict(tmp_path, a, b, r"\sqrt{4a^2} = -2a") in ("proved", "plausible")
    assert _verdict(tmp_path, a, b, r"\sqrt{4a^2} = 2a") == "refuted"


@pytest.mark.parametrize(
    "text",
    [
        "Let $p \\in (0, 1)$.\n\nNote that $p > 0$.\n",
        "Let $p > 0$.\n\nFrom here on $p \\in (0, 1)$.\n",
        "Let $\\sigma > 0$.\n\nHere $\\sigma$ is positive.\n",
    ],
)
def test_a_statement_that_refines_another_is_no_restatement(text):
    assert restated(text)[0] == set()


@pytest.mark.parametrize(
    "release",
    [
        r"Now $x$ is any real number.",
        r"Now let $x \in \mathbb{R}$.",
        r"Now $x$ is a real number.",
        r"From now on $x$ may take any real value.",  # probe 56
        r"Now $x \in \{-1, 1\}$.",  # probe 57: another finite set, not a release
    ],
)
def test_a_finite_domain_released(tmp_path, release):
    a = r"Here $x \in \{0, 1\}$."
    assert restated(f"{a}\n\n{release}\n")[0] == {("x", False)}
    assert _verdict(tmp_path, a, release, r"x^3 = x^2") != "proved"
    assert _verdict(tmp_path, a, release, r"x^3 = x \cdot x^2") != "refuted"


def test_a_finite_domain_not_released_still_splits(tmp_path):
    a, b = r"Here $x \in \{0, 1\}$.", "Now we go on."
    assert restated(f"{a}\n\n{b}\n")[0] == set()
    assert _verdict(tmp_path, a, b, r"x^3 = x^2") == "proved"


def test_a_release_before_the_statement_keeps_it():
    text = "Let $x$ be any real number.\n\nFrom here on $x \\in \\{0, 1\\}$.\n"
    assert restated(text)[0] == set()


def test_a_release_ends_no_case():
    """Words may be loose: after "any real number" a counterexample outside {0, 1} still
    refutes nothing, and a sign said in a case ("If $a$ is negative") states nothing."""
    keys, cases = restated("Here $x \\in \\{0, 1\\}$.\n\nNow $x$ is any real number.\n")
    assert keys == {("x", False)} and [until for *_, until in cases] == [10**9]
    assert restated("Let $a > 0$.\n\nIf $a$ is negative, the root is $-a$.\n")[0] == set()


@pytest.mark.parametrize(
    "b",
    [
        r"Now $c$ is a random variable independent of $X$.",
        r"Now let $c$ be random, independent of $X$.",
        r"Now take a random variable $c$ independent of $X$.",
        r"Now treat $c$ as random, independent of $X$.",  # probe 64
    ],
)
def test_a_constant_called_random_is_no_constant(tmp_path, b):
    a = r"Here $c$ is a constant."
    assert "c" not in said_constants(f"{a}\n\n{b}\n")
    row = r"\mathbb{E}[c^2 X] = c^2\,\mathbb{E}[X]"
    assert _verdict(tmp_path, a, b, row) != "proved"
    row = r"\mathbb{E}[c^2 X] = \mathbb{E}[c^2]\,\mathbb{E}[X]"
    assert _verdict(tmp_path, a, b, row) != "refuted"


def test_a_constant_beside_a_random_capital_stays(tmp_path):
    a, b = r"Here $c$ is a constant and $X$ is a random variable.", "Then:"
    assert "c" in said_constants(f"{a}\n\n{b}\n")
    assert _verdict(tmp_path, a, b, r"\mathbb{E}[c^2 X] = c^2\,\mathbb{E}[X]") == "proved"


@pytest.mark.parametrize(
    "signs",
    [
        r"In part (a) we take $a > 0$, and in part (b) we take $a < 0$.",  # probe 69
        r"We take $a \ge 0$ in part (a), and $a \le -1$ in part (b).",
    ],
)
def test_signs_that_conflict_on_one_line_prove_nothing_that_rests_on_a_sign(tmp_path, signs):
    """Both signs in one paragraph (one line): the merged declarations leave no value, and
    the sign flag they give is one case's fact; a proof resting on it is none, a proof that
    holds for a letter of no sign stands."""
    body = f"\n{signs} For part (b),\n\n$$\\sqrt{{4a^2}} = 2a$$\n"
    assert verdict_of_row(tmp_path, body, r"\sqrt{4a^2} = 2a") != "proved"
    body = f"\n{signs} For part (b),\n\n$$\\sqrt{{4a^2}} = -2a$$\n"
    assert verdict_of_row(tmp_path, body, r"\sqrt{4a^2} = -2a") != "refuted"
    body = f"\n{signs} For part (b),\n\n$$(a + 1)^2 = a^2 + 2a + 1$$\n"
    assert verdict_of_row(tmp_path, body, r"(a + 1)^2 = a^2 + 2a + 1") == "proved"


def test_statements_on_one_line_stay_the_domain(tmp_path):
    """Two statements on one line (a paragraph) are not told apart by line: they stay the
    merged domain, as on 2bcc6bbc (held-out jackey8616's ``P > 0.5``, ``P < 0.5``: lines
    62, 85, 86 are proved with it)."""
    assert restated("In one case $q > 0.5$, in the other $q < 0.5$.\n")[0] == set()
    body = "\nIn one case $q > 0.5$, in the other $q < 0.5$.\n\n$$(q + 1)^2 = q^2 + 2q + 1$$\n"
    assert verdict_of_row(tmp_path, body, r"(q + 1)^2 = q^2 + 2q + 1") == "proved"
