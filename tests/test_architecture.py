"""The package's structure: no import circles, the engine knows no distribution.

The import graph is read from the source with ``ast`` - every ``import`` and
``from ... import``, at module level *and* inside functions, because an import
inside a function that closes a circle is still a circle (it only moves the
failure to run time). Imports under ``if TYPE_CHECKING:`` are left out: they
never run. Importing ``a.b.c`` also imports the packages ``a`` and ``a.b``, so
those count as edges too.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("derivations", "estimators")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((ROOT / pkg).rglob("*.py")):
            out[_module_name(path)] = path
    return out


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool) -> set[str]:
    """Every module ``module`` imports (absolute names), TYPE_CHECKING blocks excluded."""
    base = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                anchor = base[: len(base) - node.level + 1]
                target = ".".join(anchor + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # ``from pkg import sub`` imports the submodule ``pkg.sub`` when there is one.
            found.update(f"{target}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = _imports(tree, name, path.name == "__init__.py")
        edges = set()
        for t in targets:
            parts = t.split(".")
            # the module itself and every package above it run on import
            for k in range(1, len(parts) + 1):
                candidate = ".".join(parts[:k])
                if candidate in modules and candidate != name:
                    edges.add(candidate)
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def dfs(u: str) -> list[str] | None:
        state[u] = 1
        stack.append(u)
        for v in sorted(graph.get(u, ())):
            # A package's own __init__ is already running when its modules import it.
            if u.startswith(v + "."):
                continue
            if state.get(v) == 1:
                return stack[stack.index(v) :] + [v]
            if state.get(v) is None:
                found = dfs(v)
                if found:
                    return found
        stack.pop()
        state[u] = 2
        return None

    for u in sorted(graph):
        if state.get(u) is None:
            found = dfs(u)
            if found:
                return found
    return None


def test_the_cycle_finder_finds_a_planted_circle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    cycle = find_cycle(graph)
    assert cycle is not None and cycle[0] == cycle[-1] and set(cycle) == {"a", "b", "c"}
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_function_level_imports_count(tmp_path):
    tree = ast.parse("def f():\n    from .b import g\nif TYPE_CHECKING:\n    from .c import h\n")
    assert _imports(tree, "p.a", False) == {"p.b", "p.b.g"}


def test_no_import_circle():
    cycle = find_cycle(import_graph())
    assert cycle is None, "import circle: " + " -> ".join(cycle)


@pytest.mark.parametrize("folder", ["engine", "rules"])
def test_the_engine_and_rules_know_no_distribution(folder):
    """Nothing in the engine or the rules names the Gaussian's parameters."""
    pattern = re.compile(r"sigma2|\"mu\"|[Gg]aussian(?! elimination)|\bNormal\(")
    assert (ROOT / "derivations" / folder / "__init__.py").is_file()
    hits = [
        f"{p.relative_to(ROOT)}:{k}: {line.strip()}"
        for p in sorted((ROOT / "derivations" / folder).rglob("*.py"))
        for k, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not hits, "\n".join(hits)


def test_the_layout_in_the_readme_matches_the_tree():
    """Every path the README's layout section names exists, and every package is named."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Layout", 1)[1]
    named = set(re.findall(r"`((?:derivations|estimators)/[\w/.]*)`", section))
    assert named, "the README's layout section names no paths"
    missing = [p for p in sorted(named) if not (ROOT / p).exists()]
    assert not missing, f"README names paths that do not exist: {missing}"
    packages = {
        str(p.parent.relative_to(ROOT)) + "/"
        for pkg in PACKAGES
        for p in (ROOT / pkg).rglob("__init__.py")
    }
    # A package counts as named when the folder or a module directly inside it is.
    unnamed = sorted(
        p for p in packages if not any(n == p or n.rpartition("/")[0] + "/" == p for n in named)
    )
    assert not unnamed, f"README's layout section does not name the packages {unnamed}"


def test_importing_the_package_does_not_import_sympy():
    """``derivations --help`` must stay fast: the package facade loads nothing heavy."""
    code = "import sys, derivations, derivations.__main__; print('sympy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
