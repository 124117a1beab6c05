"""A parameter alone against the data, after an estimating equation, is the system solved.

posts43 reads a second estimating equation after a first as another equation of the system,
given (the second normal equation: its sum of y_i is a quantity the first does not hold).
The merge of it refuted two correct rows of held-out external34: there ``m = \\sum x_i / n``
then ``\\sigma = \\sqrt{\\sum (x_i - \\frac{\\sum x_i}{n})^2 / n}`` solve the likelihood
equations, and read as another equation (given) the second left sigma without its value,
so the Hessian entries written at the estimate were refuted with sigma free.
"""

from __future__ import annotations

from pathlib import Path

from derivations.post import check_post

HELD_OUT = Path(__file__).parent / "posts" / "incoming"


def test_the_hessian_at_the_solved_sigma_is_not_refuted():
    (post,) = (HELD_OUT / "external34").glob(
        "imathworks-math-proving-normal-mle-hessian-en-dash*.md"
    )
    by_line = {r.line: r for r in check_post(post, jobs=1).rows}
    assert by_line[26].verdict != "given", by_line[26].reason
    for line in (31, 32):
        assert by_line[line].verdict != "refuted", (line, by_line[line].reason)
