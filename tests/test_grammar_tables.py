"""The shipped LALR tables (``derivations/post/_grammar_tables.json``) are the grammar's.

They spare a cold check-post the quarter of a second lark takes to build them;
stale or different tables would parse posts differently from the grammar.
"""

from __future__ import annotations

import json

import pytest

from derivations.post import _grammar


def _table(parser):
    return parser.parser.parser.parser.parse_table


def _same_automaton(t1, t2) -> bool:
    """Equal up to the numbering of states (lark numbers them differently per process)."""
    pairs = [(t1.start_states["start"], t2.start_states["start"])]
    seen: dict = {}
    while pairs:
        s1, s2 = pairs.pop()
        if s1 in seen:
            if seen[s1] != s2:
                return False
            continue
        seen[s1] = s2
        d1, d2 = t1.states[s1], t2.states[s2]
        if set(d1) != set(d2):
            return False
        for token, (a1, arg1) in d1.items():
            a2, arg2 = d2[token]
            if str(a1) != str(a2):
                return False
            if str(a1) == "Shift":
                pairs.append((arg1, arg2))
            elif str(arg1) != str(arg2):
                return False
    return {t1.end_states["start"]} <= set(seen) and seen[t1.end_states["start"]] == t2.end_states[
        "start"
    ]


def test_shipped_tables_are_current():
    stored = json.loads(_grammar.TABLES.read_text(encoding="utf-8"))
    assert stored["digest"] == _grammar.digest(), (
        "the grammar changed: run `python -m derivations.post._grammar` to store its tables"
    )


def test_shipped_tables_are_the_grammars_automaton():
    _grammar.parser.cache_clear()
    loaded = _grammar.parser()
    assert _same_automaton(_table(loaded), _table(_grammar._build()))


def test_stale_or_broken_tables_fall_back_to_the_grammar(tmp_path, monkeypatch):
    for text in ("{", '{"digest": "0"}', "[]", f'{{"digest": "{_grammar.digest()}"}}'):
        bad = tmp_path / "tables.json"
        bad.write_text(text)
        monkeypatch.setattr(_grammar, "TABLES", bad)
        _grammar.parser.cache_clear()
        try:
            assert _same_automaton(_table(_grammar.parser()), _table(_grammar._build()))
        finally:
            _grammar.parser.cache_clear()


@pytest.mark.parametrize("value", [(1, (2, "a")), {1: "x", "k": [3]}, [("a", 1)], "plain"])
def test_encoding_round_trips(value):
    text = json.dumps(_grammar._encode(value))
    assert json.loads(text, object_hook=_grammar._decode) == value
