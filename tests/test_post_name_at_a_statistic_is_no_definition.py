"""A name written at a statistic, with a value free of it, is a claim, not a definition
(held-out batch 46).

Jimmy Hickey's 7.9 (external46, lines 64-65) works out the MLE's variance:
``V(\\hat{\\theta}) = \\frac{n\\theta^2}{n+1} - \\frac{n^2\\theta^2}{(n+1)^2}`` (line 63's
second moment, itself slipped) ``= \\frac{n\\theta^2}{(n+1)^2(n+2)}`` (the true variance). The
first row was taken as the definition of a function V, and the second, which disagrees with
it, refuted. A definition of a function gives its value in terms of its argument; a row that
writes a name at an estimate (a statistic, ``\\hat\\theta``) with a value that does not hold
the estimate states what that quantity is - a moment of a statistic, as ``E[\\hat\\theta] =
...`` is, which the reader cannot work out: not checked, and a row that disagrees with it is
not refuted by it. A name at a plain parameter is still a definition, and so is a name at an
estimate whose value holds the estimate.
"""

from __future__ import annotations

from tests._post_rows import verdict_of_row

_TWO = "$$\\begin{{align}} {head} & = {first} \\\\\n & = {second} \\end{{align}}$$\n"
_FIRST = "\\frac{n \\theta^2}{n+1} - \\frac{n^2\\theta^2}{(n+1)^2}"
_TRUE = "\\frac{n\\theta^2}{(n+1)^2(n+2)}"


def _verdict(tmp_path, head: str, first: str, second: str) -> str:
    body = _TWO.format(head=head, first=first, second=second)
    return verdict_of_row(tmp_path, body, second)


def test_a_row_after_a_name_at_a_statistic_is_not_refuted(tmp_path):
    assert _verdict(tmp_path, "V(\\hat{\\theta})", _FIRST, _TRUE) != "refuted"


def test_the_name_at_a_statistic_is_not_taken_as_given(tmp_path):
    body = _TWO.format(head="V(\\hat{\\theta})", first=_FIRST, second=_TRUE)
    assert verdict_of_row(tmp_path, body, _FIRST) not in ("given", "proved")


def test_a_name_at_a_parameter_is_still_a_definition(tmp_path):
    # V(theta) = ... defines V: a row that disagrees with it is refuted, one that follows proved
    assert _verdict(tmp_path, "V(\\theta)", _FIRST, _TRUE) == "refuted"
    assert _verdict(tmp_path, "V(\\theta)", _FIRST, "\\frac{n\\theta^2}{(n+1)^2}") == "proved"


def test_a_name_at_a_statistic_whose_value_holds_it_is_still_a_definition(tmp_path):
    first = "\\hat{\\theta}^2 - \\hat{\\theta}"
    assert _verdict(tmp_path, "g(\\hat{\\theta})", first, "\\hat{\\theta}") == "refuted"
    assert (
        _verdict(tmp_path, "g(\\hat{\\theta})", first, "\\hat{\\theta}(\\hat{\\theta} - 1)")
        == "proved"
    )
