"""A letter a stated moment brings in has no value yet (held-out batch 46).

Casella and Berger 7.8 as Jimmy Hickey solved it (external46, line 20): one observation from
n(0, sigma^2), and ``E(X^2) = V(X) + E(X)^2 = \\sigma^2 + \\mu^2 = \\sigma^2 + 0``. The link
``V(X) + E(X)^2 = \\sigma^2 + \\mu^2`` states the distribution's moments and is taken as given;
``\\mu`` is new there. The next link puts in its value, 0 (the mean of the stated law), and was
compared with mu drawn freely and refuted. A letter first seen in a link the reader took as
given is as new as one first seen in any chain link (REFUTE20, ``_after_given.unsettled_reason``):
the link that drops or gives it a value is not refuted for it. A link that keeps the letter
and changes something else is still compared, and a letter the post gave a value is not new.
"""

from __future__ import annotations

from derivations.post import check_post
from tests._post_rows import verdict_of_row

_CHAIN = "$$E(X^2) = Var(X) + E(X)^2 = \\sigma^2 + \\mu^2 = {tail}$$\n"


def _post(intro: str, tail: str) -> str:
    return intro + "\n\n" + _CHAIN.replace("{tail}", tail)


def test_putting_in_the_value_of_a_letter_a_stated_moment_named_is_not_refuted(tmp_path):
    body = _post(
        "One observation $X$ is taken from a $n(0, \\sigma^2)$ population.", "\\sigma^2 + 0"
    )
    assert verdict_of_row(tmp_path, body, "\\sigma^2 + 0") != "refuted"


def test_the_same_link_is_refuted_when_the_post_gave_the_letter_a_value(tmp_path):
    # mu = 2 is said before: sigma^2 + mu^2 = sigma^2 + 0 is then false, and refuted
    body = _post("Let $\\mu = 2$ and let $X$ be one observation.", "\\sigma^2 + 0")
    assert verdict_of_row(tmp_path, body, "\\sigma^2 + 0") == "refuted"


def test_a_link_that_keeps_the_letter_and_changes_another_term_is_refuted(tmp_path):
    # mu is in both sides: the slip (2 sigma^2) is this link's whatever mu is
    body = _post("One observation $X$.", "2\\sigma^2 + \\mu^2")
    assert verdict_of_row(tmp_path, body, "2\\sigma^2 + \\mu^2") == "refuted"


def test_a_right_link_after_it_is_never_refuted_whatever_value_is_put_in(tmp_path):
    # property: for several values put in for mu, the link is never refuted (it may be
    # the value the law gives), and the value kept as mu^2 itself is proved
    for value in ("0", "1", "4"):
        body = _post("One observation $X$.", f"\\sigma^2 + {value}")
        assert verdict_of_row(tmp_path, body, f"\\sigma^2 + {value}") != "refuted", value
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: t\n---\n" + _post("One observation $X$.", "\\mu^2 + \\sigma^2"))
    (row,) = [r for r in check_post(path, jobs=1).rows if "\\mu^2 + \\sigma^2" in r.text]
    assert row.links[-1]["verdict"] == "proved", row.links
