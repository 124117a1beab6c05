"""Rows after a row the reader could not read.

A row that writes both sides after an implication sign is a claim of its own: proved when
its sides are equal as an identity, whatever the unread row above says; otherwise left
unchecked (it may be an equation that follows from that row), never refuted for it. A row
opened by ``\\because`` that could not be read is a premise between two rows of a chain:
the row after it continues the row before it; a failure there is no refutation (it may use
the premise), and a false step is never proved.
"""

from __future__ import annotations

import pytest
from _post_rows import verdict_of_row

#: jackey's proof that sigma(-z) = 1 - sigma(z): its first row is not read (its reason
#: gives sigma a value the row uses), the rows after it state identities of their own.
_IMPLIED = r"""$$
\begin{align*}
\text{Proof } \sigma(-z) = 1 - \sigma(z) => \frac{1}{1 + e^z} &= 1 - \frac{1}{1 + e^{-z}}\quad\because \sigma(z) = \frac{1}{1 + e^{-z}}, \sigma(-z) = \frac{1}{1 + e ^ {-(-z)}}\\
=> \frac{1}{1 + e^z} &= ROW \\
\end{align*}
$$
"""  # noqa: E501


@pytest.mark.parametrize(
    "row", [r"\frac{1 + e^{-z} - 1}{1 + e^{-z}}", r"\frac{e^{-z}}{1 + e^{-z}}"]
)
def test_an_identity_after_an_unread_row_holds_on_its_own(tmp_path, row):
    assert verdict_of_row(tmp_path, _IMPLIED.replace("ROW", row), row) == "proved"


@pytest.mark.parametrize(
    "row", [r"\frac{e^{z}}{1 + e^{-z}}", r"\frac{1 + e^{-z} + 1}{1 + e^{-z}}", "2"]
)
def test_a_non_identity_after_an_unread_row_is_neither_proved_nor_refuted(tmp_path, row):
    # It may be an equation that follows from the row the reader could not see.
    assert verdict_of_row(tmp_path, _IMPLIED.replace("ROW", row), row) == "unchecked"


_BECAUSE = r"""$$
\begin{align*}
g(a) &= (a + 1)^2 + \ln(1) \\
\because \ln(1) &= 0 \\
&= STEP \\
&= NEXT
\end{align*}
$$
"""


def test_the_row_after_a_because_premise_continues_the_row_before_it(tmp_path):
    body = _BECAUSE.replace("STEP", "a^2 + 2a + 1").replace("NEXT", "(a + 1)(a + 1)")
    assert verdict_of_row(tmp_path, body, "a^2 + 2a + 1") == "proved"
    assert verdict_of_row(tmp_path, body, "(a + 1)(a + 1)") == "proved"


@pytest.mark.parametrize("slip", ["a^2 + a + 1", "a^2 + 2a", "(a - 1)^2"])
def test_a_slip_after_a_because_premise_is_never_proved_nor_refuted(tmp_path, slip):
    # The premise (not read) may be what the step uses: a difference is no refutation.
    body = _BECAUSE.replace("STEP", slip).replace("NEXT", "(a + 1)(a + 1)")
    assert verdict_of_row(tmp_path, body, slip) == "unchecked"


def test_the_row_after_the_slip_is_compared_with_the_slip(tmp_path):
    # The chain goes on from the row written: a^2 + a + 1 = (a + 1)^2 - a holds. A row that
    # disagrees with it is not refuted (the unchecked row above may be the wrong one, and
    # then this row is right), nor proved.
    body = _BECAUSE.replace("STEP", "a^2 + a + 1")
    assert verdict_of_row(tmp_path, body.replace("NEXT", "(a + 1)^2 - a"), "(a + 1)^2 - a") == (
        "proved"
    )
    # (the last line holding "(a + 1)^2" is the row after the slip)
    assert verdict_of_row(tmp_path, body.replace("NEXT", "(a + 1)^2"), "(a + 1)^2") == "unchecked"


#: newbedev's Bernoulli Fisher information: the first row's E(...) has no value, so the
#: rows continuing it have nothing to be compared with at their first link; their later
#: links compare sides the rows write out.
_CONTINUED = r"""$$I_X(p)=E_p \left[\frac{X^2}{p^2}\right]-2E_p \left[ \frac{X - X^2}{p(1-p)} \right] + E_p \left[ \frac{X^2 - 2X + 1}{(1-p)^2}\right]$$

In this case, for instance, you get

$$I_X(p)=-E_p\left(\frac{d^2}{dp^2}\log p^X(1-p)^{1-X}\right)=$$
$$=-E_p\left(-\frac X{p^2}-\frac{1-X}{(1-p)^2} \right) = \frac {E_p(X)}{p^2}+\frac{E_p(1-X)}{(1-p)^2}=$$
$$=\frac {p}{p^2}+\frac{1-p}{(1-p)^2}=\frac 1p+\frac 1{1-p}=LAST,$$
"""  # noqa: E501


def test_later_links_of_a_row_continuing_an_unchecked_row_are_compared(tmp_path):
    body = _CONTINUED.replace("LAST", r"\frac 1{p(1-p)}")
    assert verdict_of_row(tmp_path, body, r"\frac 1{p(1-p)}") in ("proved", "given")


@pytest.mark.parametrize("slip", [r"\frac 1{p(1+p)}", r"\frac 2{p(1-p)}"])
def test_a_slip_in_a_later_link_of_such_a_row_is_refuted(tmp_path, slip):
    # 1/p + 1/(1-p) is written on the row itself: the link after it claims equality with it.
    assert verdict_of_row(tmp_path, _CONTINUED.replace("LAST", slip), slip) == "refuted"


def test_a_continuation_whose_first_link_states_a_moment_is_not_proved(tmp_path):
    # "= -E(-X/p^2 - (1-X)/(1-p)^2) = E(X)/p^2 + ...": its first link is compared with the
    # row above, whose expectation the reader takes as a stated moment (given): that claim
    # of the row is unchecked, so the row is not proved as a whole, whatever its later links.
    body = "Let $X \\sim \\mathrm{Bernoulli}(p)$.\n\n" + _CONTINUED.replace(
        "LAST", r"\frac 1{p(1-p)}"
    )
    row = r"=-E_p\left(-\frac X{p^2}"
    assert verdict_of_row(tmp_path, body, row) != "proved"
