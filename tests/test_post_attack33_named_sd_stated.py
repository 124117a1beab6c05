"""A standard deviation named by its subscript (``\\sigma_p``, ``\\sigma_{MLE}``) is positive
by its name only when the post says nothing of it.

Adversarial set 25 (written blind against 00fa771), pair 34: after "Let $\\sigma_m < 0$ be the
drift of the model", ``\\sqrt{\\sigma_m^2} = -\\sigma_m`` was refuted at sigma_m = 0.31: the
prose's ``\\sigma_m < 0`` was read as a statement about every element of a sample sigma (the
subscript a letter), the rows' ``\\sigma_m`` as one scalar, positive by its name, and the
statement never reached it.

Properties: what the post states of ``\\sigma_m`` holds for the ``\\sigma_m`` the rows use (a
statement of every sigma_i is one of sigma_m), so a row true under it is never refuted and a
row false under it is never proved; with nothing stated, sigma_m keeps its reading.
"""

from __future__ import annotations

import pytest


def _verdict(tmp_path, prose: str, row: str) -> str:
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(f"---\ntitle: t\n---\n{prose}\n\n$${row}$$\n", encoding="utf-8")
    return [r.verdict for r in check_post(post, jobs=1).rows][-1]


@pytest.mark.parametrize("name", [r"\sigma_m", r"\sigma_q", r"\sigma_{d}"])
def test_a_stated_sign_reaches_the_named_sd(tmp_path, name):
    prose = f"Let ${name} < 0$ be the drift of the model. Then"
    assert _verdict(tmp_path, prose, rf"\sqrt{{{name}^2}} = -{name}") != "refuted"
    assert _verdict(tmp_path, prose, rf"\sqrt{{{name}^2}} = {name}") != "proved"


def test_a_stated_sign_in_words_reaches_it(tmp_path):
    prose = r"Here $\sigma_q$ is negative. Then"
    assert _verdict(tmp_path, prose, r"\sqrt{\sigma_q^2} = -\sigma_q") != "refuted"
    assert _verdict(tmp_path, prose, r"|\sigma_q| = \sigma_q") != "proved"


def test_unstated_it_keeps_its_reading(tmp_path):
    # sigma_p of a normal density, nothing stated: a standard deviation (held-out KL posts)
    prose = r"Let $p(x) = \mathcal{N}(x; \mu_p, \sigma_p^2)$. Then"
    assert _verdict(tmp_path, prose, r"\sqrt{\sigma_p^2} = \sigma_p") != "refuted"
    assert _verdict(tmp_path, "Then", r"\sqrt{\sigma_p^2} = -\sigma_p") != "proved"


def test_negative_in_words_is_read_for_any_letter(tmp_path):
    # "is negative" was not read at all: sqrt(b^2) = -b was refuted at b = 1
    prose = r"Here $b$ is negative. Then"
    assert _verdict(tmp_path, prose, r"\sqrt{b^2} = -b") != "refuted"
    assert _verdict(tmp_path, prose, r"\sqrt{b^2} = b") != "proved"


@pytest.mark.parametrize(
    "sentence",
    [
        r"$X$ is a negative binomial variable.",
        r"$X$ is negative-binomial.",
        r"$J$ is negative definite.",
        r"$\ell$ is the negative log-likelihood.",
    ],
)
def test_negative_in_a_name_is_no_sign(sentence):
    from derivations.post._assume import read_prose

    assert read_prose(sentence) == []


@pytest.mark.parametrize(
    "prose",
    [
        r"The covariance is $\sigma_{cov}$, possibly negative.",
        r"Let $\sigma_c$ be the signed correlation term.",
    ],
)
def test_a_sigma_the_post_never_gives_a_law_is_not_positive_by_its_name(tmp_path, prose):
    # found after the set: sqrt(h) = sigma_cov after h = sigma_cov^2 was proved, sigma_{cov}
    # read as a standard deviation by its word subscript alone
    name = r"\sigma_{cov}" if "cov" in prose else r"\sigma_c"
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        f"---\ntitle: t\n---\n{prose}\n\n$$h = {name}^2$$\n\n$$\\sqrt{{h}} = {name}$$\n",
        encoding="utf-8",
    )
    assert [r.verdict for r in check_post(post, jobs=1).rows][-1] != "proved"


@pytest.mark.parametrize(
    "law", [r"$p(x) = \mathcal{N}(x; \mu_p, \sigma_p^2)$", r"$Y \sim N(\mu_p, \sigma_p^2)$"]
)
def test_the_scale_of_a_normal_law_is_positive(tmp_path, law):
    from derivations.post import check_post

    post = tmp_path / "post.md"
    post.write_text(
        f"---\ntitle: t\n---\nConsider {law}.\n\n"
        "$$h = \\sigma_p^2$$\n\n$$\\sqrt{h} = \\sigma_p$$\n",
        encoding="utf-8",
    )
    assert [r.verdict for r in check_post(post, jobs=1).rows][-1] == "proved"
