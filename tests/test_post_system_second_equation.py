"""The second equation of a system is not a step from the first (batch 43).

``a \\sum x_i^2 + b \\sum x_i = \\sum x_i y_i`` then ``a \\sum x_i + b n = \\sum y_i`` on the
next row: the two normal equations of a least-squares line, each a quantity of the data
equated with the model's (an estimating equation). The second was read as a step from the
first, because the two data sides share a sample (``y_i``), and refuted ("a solves the
previous equation"): a correct row refuted (external43, the Math Wiki's least squares). Two
data sides are the same quantity only when they differ by a factor free of the data (or one
holds the other); another data quantity starts another equation of the system, given like
the first. A row whose data side is a multiple of the equation's just above is still a step
from it, and a false one is not proved (refuted after a single equation).
"""

from __future__ import annotations

from pathlib import Path

from tests._post_rows import first_verdicts

REPRO = (
    Path(__file__).parent
    / "posts/incoming/repro43b/normal-equations-second-equation-read-as-a-step.md"
)


def _post(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "post.md"
    path.write_text(text, "utf-8")
    return path


def test_the_second_normal_equation_is_not_refuted_and_a_false_step_is():
    got = first_verdicts(REPRO)
    assert got[12] == "proved", got
    assert got[18] not in ("refuted",), got  # the other equation of the system
    # the data side doubled: a false step, never proved (after a system a row that follows
    # from none of its equations alone is left unchecked: the system as a whole is not
    # checked)
    assert got[22] not in ("proved", "given"), got


def test_two_moment_equations_with_a_shared_sample_form_a_system(tmp_path):
    # the first and second sample moments share x_i: still two equations, not one step
    text = (
        "Let $X_1, \\dots, X_n$ be a sample from the gamma law with shape $\\alpha$ and "
        "scale $\\beta$. The method of moments gives\n\n"
        "$$\\frac{1}{n}\\sum_{i=1}^n x_i = \\alpha \\beta$$\n"
        "$$\\frac{1}{n}\\sum_{i=1}^n x_i^2 = \\alpha (\\alpha + 1) \\beta^2$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[4] != "refuted", got


def test_the_same_data_quantity_scaled_is_still_a_step(tmp_path):
    text = (
        "Let $X_1, \\dots, X_n$ be a sample from the gamma law with shape $\\alpha$ and "
        "scale $\\beta$. The method of moments gives\n\n"
        "$$\\frac{1}{n}\\sum_{i=1}^n x_i = \\alpha \\beta$$\n\n"
        "so\n\n"
        "$$\\sum_{i=1}^n x_i = n \\alpha \\beta$$\n\n"
        "and wrongly\n\n"
        "$$\\sum_{i=1}^n x_i = 2 n \\alpha \\beta$$\n"
    )
    got = first_verdicts(_post(tmp_path, text))
    assert got[7] == "proved", got
    assert got[11] == "refuted", got
