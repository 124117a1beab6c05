"""A function written at an indexed variable of another letter is not its value at the first.

Batch external38 (a question on two discretisations of Brownian motion) defines
``L_i(\\sigma | \\{Z_i\\}) = ... = \\frac{1}{\\sqrt{2\\pi}}\\exp(-(X_i - X_{i-1})^2/
(2\\sigma^2\\Delta))`` and then ``L_i(\\sigma | \\{Y_i\\}) = ...``, the likelihood given other
data. The reader matched the call at ``Y_i`` to the value written at ``Z_i`` without putting
``Y_i`` anywhere (two indexed letters with different bases scored as a loose match, with no
substitution), compared the density of ``Y_i`` with the last value of the one at ``Z_i`` and
refuted a correct row. A call at ``w_i`` after a value at ``v_i`` is either another function
under the same letter (a density of other data) or the same function at another argument,
whose value the rows after the definition may have rewritten with facts about ``v_i`` only:
neither is the value as last written. Failed at 0cfc1da (the first three cases). The
comparison of a link that writes ``Y_i`` through an equation no row led to (``X_i-X_{i-1} =
Y_i``) is the second half of the same breach: once the call at ``Y_i`` is no longer the value
at ``Z_i``, the row's own second link was refuted at random ``X`` and ``Y``; it is now compared
with the equation put in (the last case, refuted at 0cfc1da).
"""

from __future__ import annotations

from derivations.post import check_post


def _verdicts(tmp_path, body: str) -> dict[int, tuple[str, str]]:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: t\n---\n\n" + body, encoding="utf-8")
    return {r.line: (r.verdict, r.reason) for r in check_post(post, jobs=1).rows}


def _brownian(given_first: str = "Z", given_then: str = "Y", letters: dict | None = None) -> str:
    """The question's rows (external38 lines 13-27), the second likelihood written given
    ``{<given_then>_i}``; ``letters`` renames the letters throughout."""
    body = (
        "Say we have a set of observations $\\{X_i : i=0,...,N\\}$ from a simple Brownian "
        "motion $$dX_t = \\sigma dW_t .$$ If we discretise this to\n\n"
        "$$X_i-X_{i-1} = \\sigma\\sqrt{\\Delta}Z_i$$\n\n"
        "with $Z_i \\sim N(0,1)$ then the likelihood function is a product of\n\n"
        "$$L_i(\\sigma | \\{Z_i\\}) = \\frac{1}{\\sqrt{2\\pi}}\\exp\\left(-\\frac{Z_i^2}{2}\\right)"
        "= \\frac{1}{\\sqrt{2\\pi}}"
        "\\exp\\left(-\\frac{(X_i-X_{i-1})^2}{2\\sigma^2\\Delta}\\right) .$$\n\n"
        "However, if we discretise this to\n\n$$X_i-X_{i-1} = Y_i$$\n\n"
        "with $Y_i \\sim N(0,\\sigma^2\\Delta)$ then the likelihood function is a product of\n\n"
        "$$L_i(\\sigma | \\{@_i\\}) = \\frac{1}{\\sqrt{2\\pi\\sigma^2\\Delta}}"
        "\\exp\\left(-\\frac{Y_i^2}{2\\sigma^2\\Delta}\\right) = "
        "\\frac{1}{\\sqrt{2\\pi\\sigma^2\\Delta}}"
        "\\exp\\left(-\\frac{(X_i-X_{i-1})^2}{2\\sigma^2\\Delta}\\right) .$$\n"
    ).replace("@", given_then)
    for old, new in (letters or {}).items():
        body = body.replace(old, new)
    return body


def _last(got: dict) -> tuple[str, str]:
    return got[max(got)]


def test_the_likelihood_given_other_data_is_not_refuted(tmp_path):
    got = _verdicts(tmp_path, _brownian())
    assert _last(got)[0] != "refuted", got


def test_the_same_with_other_letters_is_not_refuted(tmp_path):
    # G for L, U for Z, V for Y, S for X: the rule is not the example's letters
    got = _verdicts(
        tmp_path, _brownian(letters={"L_i": "G_i", "Z_i": "U_i", "Y_i": "V_i", "X_": "S_"})
    )
    assert _last(got)[0] != "refuted", got


def test_a_link_through_an_equation_no_row_led_to_is_not_refuted(tmp_path):
    # the second link writes Y_i as X_i - X_{i-1}, which line 5 states (no row leads to it,
    # so the reader keeps it as an equation, not as Y_i's value): at random X and Y the
    # link fails, where the post says it holds
    body = "$$X_i-X_{i-1} = Y_i$$\n\n$$g = Y_i^2 = (X_i-X_{i-1})^2$$\n"
    got = _verdicts(tmp_path, body)
    assert got[7][0] != "refuted", got


def test_a_link_false_even_through_the_equation_is_still_refuted(tmp_path):
    # control: with Y_i = X_i - X_{i-1} put in, Y_i^2 is not (X_i - X_{i-1})^3
    body = "$$X_i-X_{i-1} = Y_i$$\n\n$$g = Y_i^2 = (X_i-X_{i-1})^3$$\n"
    got = _verdicts(tmp_path, body)
    assert got[7][0] == "refuted", got


def test_another_index_of_the_same_letter_is_still_compared(tmp_path):
    # f(x_j) after f(x_i) = x_i^2: the same function at another sample, x_i -> x_j put in
    got = _verdicts(tmp_path, "$$f(x_i) = x_i^2$$\n\n$$f(x_j) = x_j^3$$\n")
    assert got[7][0] == "refuted", got


def test_a_link_through_the_equation_is_proved_with_it(tmp_path):
    # the equation of line 5 gives Y_i alone on one side: put in, the two lines agree
    body = "$$X_i-X_{i-1} = Y_i$$\n\n$$g = Y_i^2 = (X_i-X_{i-1})^2$$\n"
    got = _verdicts(tmp_path, body)
    assert got[7][0] == "proved", got
