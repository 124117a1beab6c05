"""A variable the post differentiates by, which it also gave a value (``\\eta = \\log\\lambda``).

The reader differentiates by ``eta`` with ``eta`` free (a variable is not replaced by the value
an earlier sentence gave it), so in ``A'(\\eta) = e^{\\eta} = \\lambda`` the link ``e^\\eta =
\\lambda`` compared ``eta`` and ``lambda`` as two free letters and was refuted, though it is
the post's own reparametrisation (probe post of this session, the Poisson in
exponential-family form). A link between the variable and the letters of its value is
not refuted: it may use the value. A link in the variable alone is checked as before.
"""

from __future__ import annotations

from derivations.post import check_post

POST = r"""# Poisson as an exponential family

With natural parameter $\eta = \log\lambda$ and $A(\eta) = e^{\eta}$,

$$A'(\eta) = e^{\eta} = WRITTEN$$
"""


def _row(tmp_path, written):
    path = tmp_path / "post.md"
    path.write_text(POST.replace("WRITTEN", written), encoding="utf-8")
    return list(check_post(path, jobs=1).rows)[-1]


def test_the_value_of_the_variable_is_no_refutation(tmp_path):
    row = _row(tmp_path, r"\lambda")
    assert row.verdict != "refuted", (row.reason, row.counterexample)


def test_a_wrong_link_in_the_variable_alone_is_refuted(tmp_path):
    row = _row(tmp_path, r"2e^{\eta}")
    assert row.verdict == "refuted", row.reason
