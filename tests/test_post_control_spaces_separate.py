"""Two or more control spaces (``\\ \\ \\``) between two statements separate them, as ``\\quad``
does: ``f(x)={{r+x-1}\\choose{x}}p^r(1-p)^x \\ \\ \\ \\ \\ \\ x=0,1,2...`` (held-out batch 12's
negative binomial) was unparsed, "unexpected ','", its support read into the density.
"""

from __future__ import annotations

from _post_rows import display_rows

from derivations.post._relations import statements


def test_control_spaces_between_relations_separate_statements():
    text = r"f(x) = p(1-p)^x \ \ \ x = 0, 1, 2"
    assert [s.relations for s in statements(text)] == [("=",), ("=",)]


def test_one_control_space_separates_nothing():
    text = r"f(x) = p \ (1-p)^x"
    assert [s.relations for s in statements(text)] == [("=",)]


def test_a_density_with_its_support_after_control_spaces_is_read(tmp_path):
    rows = display_rows(tmp_path, r"f(x)={{r+x-1}\choose{x}}p^r(1-p)^x \ \ \ \ \ \ x=0,1,2...")
    assert rows[5].verdict != "unparsed", rows[5].reason
