"""A likelihood the post defines is weighed against the density the post stated.

A question states f(x; theta) = e^{-(x - theta)} and writes its log-likelihood as
-theta n + sum x_i: both signs flipped (the likelihood is e^{n theta - sum x_i}). The
row defined L, so it was taken as given and the rows after it were proved from it.
Now ln L - sum_i ln f(x_i) must be free of the parameters (a likelihood may drop
factors of the data only); where it changes with them the row is refuted. Where the
density's row could not be read, the likelihood cannot be related to it: unchecked,
never proved. A Lagrangian or a loss named L is left alone.
"""

from __future__ import annotations

from derivations.post import check_post

HEAD = "---\ntitle: t\n---\n\n"
DENSITY = (
    "The sample $x_1, \\ldots, x_n$ is taken from the distribution with the p.d.f.\n\n"
    "$$ f(x;\\theta)= e^{-(x-\\theta)}$$\n\nwhere $x > \\theta$.\n\n"
    "I calculated the log-likelihood as:\n\n"
)
SUM = "\\sum_{i=1}^n x_i"
WRONG = f"$$ \\ln L = \\ln e^{{-\\theta n}} + \\ln e^{{{SUM}}} = -\\theta n + {SUM}$$\n"
RIGHT = f"$$ \\ln L = \\ln e^{{\\theta n}} + \\ln e^{{-{SUM}}} = \\theta n - {SUM}$$\n"


def _rows(tmp_path, text):
    path = tmp_path / "post.md"
    path.write_text(text, encoding="utf-8")
    return check_post(path, jobs=1).rows


def test_a_log_likelihood_with_the_signs_flipped_is_refuted(tmp_path):
    rows = _rows(tmp_path, HEAD + DENSITY + WRONG)
    row = max(rows, key=lambda r: r.line)
    assert row.verdict == "refuted", row
    assert "density" in row.reason


def test_the_right_log_likelihood_is_not_refuted(tmp_path):
    rows = _rows(tmp_path, HEAD + DENSITY + RIGHT)
    row = max(rows, key=lambda r: r.line)
    assert row.verdict in ("proved", "given"), row


def test_factors_free_of_the_parameters_may_be_left_out(tmp_path):
    text = HEAD + (
        "Each count has the pmf\n\n$$ p(x;\\lambda) = \\frac{\\lambda^x e^{-\\lambda}}{x!} $$\n\n"
        "so the likelihood, up to the factorials, is\n\n"
        "$$ L(\\lambda) = \\lambda^{\\sum_{i=1}^n x_i} e^{-n\\lambda} $$\n"
    )
    row = max(_rows(tmp_path, text), key=lambda r: r.line)
    assert row.verdict != "refuted", row
    wrong = text.replace("e^{-n\\lambda} $$", "e^{-\\lambda} $$")
    row = max(_rows(tmp_path, wrong), key=lambda r: r.line)
    assert row.verdict == "refuted", row


def test_a_lagrangian_is_not_a_likelihood(tmp_path):
    text = HEAD + (
        "Each count has the pmf\n\n$$ p(x;\\lambda) = \\frac{\\lambda^x e^{-\\lambda}}{x!} $$\n\n"
        "The Lagrangian is\n\n"
        "$$ \\mathcal{L}(\\lambda, \\eta) = \\sum_{i=1}^n x_i \\log \\lambda - n\\lambda"
        " + \\eta (\\lambda - 1) $$\n"
    )
    row = max(_rows(tmp_path, text), key=lambda r: r.line)
    assert row.verdict != "refuted", row


def test_after_an_unreadable_density_the_likelihood_is_not_proved(tmp_path):
    unread = DENSITY.replace("f(x;\\theta)= e^{-(x-\\theta)}", "f(x;)= e^{-(x-)}")
    rows = _rows(tmp_path, HEAD + unread + WRONG)
    row = max(rows, key=lambda r: r.line)
    assert row.verdict not in ("proved", "plausible"), row


POISSON = (
    HEAD
    + "Each count has the pmf\n\n"
    + "$$ p(x;\\lambda) = \\frac{\\lambda^x e^{-\\lambda}}{x!} $$\n\n"
)


def test_a_negated_or_averaged_log_likelihood_under_a_name_of_its_own(tmp_path):
    for value in (
        "-\\sum_{i=1}^n x_i \\log \\lambda + n\\lambda",
        "\\frac{1}{n}\\sum_{i=1}^n x_i \\log \\lambda - \\lambda",
    ):
        text = POISSON + f"We minimise\n\n$$ \\ell(\\lambda) = {value} $$\n"
        row = max(_rows(tmp_path, text), key=lambda r: r.line)
        assert row.verdict != "refuted", (value, row)
    wrong = POISSON + f"$$ \\ell(\\lambda) = {SUM} \\log \\lambda - \\lambda^2 $$\n"
    assert max(_rows(tmp_path, wrong), key=lambda r: r.line).verdict == "refuted"


def test_a_new_distribution_statement_replaces_the_model(tmp_path):
    text = POISSON + (
        "Now let the waiting times be $x_i \\sim \\mathrm{Exp}(\\lambda)$ instead.\n\n"
        "$$ L(\\lambda) = \\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i} $$\n"
    )
    row = max(_rows(tmp_path, text), key=lambda r: r.line)
    assert row.verdict != "refuted", row


def test_a_declared_gaussian_is_the_model_of_a_product_of_densities(tmp_path):
    # external4 linlinzhao line 18: the normaliser's power +N/2 instead of -N/2
    declared = HEAD + "$$\nx_k \\sim \\mathcal{N}(\\mu, \\sigma^2), \\quad k = 1, \\ldots, N\n$$\n"
    declared += "\n"
    body = (
        "$$\n\\prod_{k=1}^N p(x_k\\mid \\mu)=(2\\pi\\sigma^2)^{-\\frac{N}{2}}"
        "\\exp\\left(-\\frac{1}{2}\\sum_{k=1}^N(\\frac{x_k-\\mu}{\\sigma})^2\\right)\n$$\n"
    )
    assert max(_rows(tmp_path, declared + body), key=lambda r: r.line).verdict != "refuted"
    wrong = body.replace("^{-\\frac{N}{2}}", "^{\\frac{N}{2}}")
    assert wrong != body
    assert max(_rows(tmp_path, declared + wrong), key=lambda r: r.line).verdict == "refuted"


def test_a_declared_exponential_may_be_in_either_convention(tmp_path):
    declared = HEAD + "The sample:\n\n$$ x_i \\sim \\mathrm{Exp}(\\lambda) $$\n\n"
    for value, verdicts in (
        ("\\lambda^n e^{-\\lambda \\sum_{i=1}^n x_i}", ("given", "proved")),  # rate
        ("\\lambda^{-n} e^{-\\sum_{i=1}^n x_i / \\lambda}", ("given", "proved")),  # scale
        ("\\lambda^{n} e^{-\\sum_{i=1}^n x_i / \\lambda}", ("refuted",)),  # neither
    ):
        text = declared + f"$$ L(\\lambda) = {value} $$\n"
        row = max(_rows(tmp_path, text), key=lambda r: r.line)
        assert row.verdict in verdicts, (value, row)


def test_the_density_of_an_order_statistic_is_not_the_model(tmp_path):
    text = HEAD + (
        "Each observation $x_i$ has the density\n\n"
        "$$ f(x;\\theta) = \\theta e^{-\\theta x} $$\n\n"
        "The minimum of two has the density\n\n"
        "$$ f_{(1)}(x) = 2\\theta e^{-2\\theta x} $$\n\n"
        "and the likelihood of the sample is\n\n"
        "$$ L(\\theta) = \\theta^{n} e^{-\\theta \\sum_{i=1}^n x_i} $$\n"
    )
    rows = _rows(tmp_path, text)
    assert all(r.verdict != "refuted" for r in rows), [r for r in rows if r.verdict == "refuted"]
    wrong = text.replace("\\theta^{n} e^", "\\theta^{2n} e^")
    assert wrong != text
    assert max(_rows(tmp_path, wrong), key=lambda r: r.line).verdict == "refuted"
