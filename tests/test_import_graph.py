"""The import graph of `redactor/` points one way: no cycles, lower layers never import higher ones.

Every import counts, wherever it is written: module level, inside a function
(lazy), or under `if TYPE_CHECKING:`. A lazy import that closes a cycle still
couples the two modules both ways, which is what these rules exist to prevent.
The checker reads source with `ast` (nothing is imported), so it works on any
package directory; the planted-cycle tests show it can fail.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

REDACTOR = Path(__file__).resolve().parent.parent / "redactor"


def module_imports(package_dir: Path, package: str = "redactor") -> dict[str, set[str]]:
    """Each module of the package -> the package modules it imports (all imports, at any depth).

    `from a.b import c` counts as importing the module `a.b.c` when that is a
    module of the package, else as importing `a.b`. Relative imports are
    resolved against the importing module.
    """
    modules: dict[str, Path] = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = list(path.relative_to(package_dir).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join([package, *parts])] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets.add(_known(alias.name, modules))
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, name, is_package)
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    targets.add(submodule if submodule in modules else _known(base, modules))
        graph[name] = {target for target in targets if target and target != name}
    return graph


def _absolute(node: ast.ImportFrom, importer: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    anchor = importer.split(".")
    anchor = anchor if is_package else anchor[:-1]
    anchor = anchor[: len(anchor) - (node.level - 1)]
    return ".".join([*anchor, *([node.module] if node.module else [])])


def _known(name: str, modules: dict[str, Path]) -> str:
    """The longest prefix of `name` that is a package module ('' for outside imports)."""
    parts = name.split(".")
    while parts:
        candidate = ".".join(parts)
        if candidate in modules:
            return candidate
        parts.pop()
    return ""


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as [a, b, ..., a], or None when the graph has none."""
    done: set[str] = set()
    for start in sorted(graph):
        if start in done:
            continue
        path: list[str] = []
        on_path: set[str] = set()
        stack: list[tuple[str, list[str]]] = [(start, sorted(graph[start]))]
        path.append(start)
        on_path.add(start)
        while stack:
            node, pending = stack[-1]
            if not pending:
                stack.pop()
                path.pop()
                on_path.discard(node)
                done.add(node)
                continue
            target = pending.pop(0)
            if target in on_path:
                return path[path.index(target):] + [target]
            if target in done or target not in graph:
                continue
            stack.append((target, sorted(graph[target])))
            path.append(target)
            on_path.add(target)
    return None


def imports_into(graph: dict[str, set[str]], importers: str, forbidden: str) -> list[str]:
    """'a -> b' for every module under `importers` that imports a module under `forbidden`."""
    def under(module: str, package: str) -> bool:
        return module == package or module.startswith(package + ".")

    return sorted(f"{module} -> {target}" for module, targets in graph.items() if under(module, importers)
                  for target in targets if under(target, forbidden))


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    return module_imports(REDACTOR)


# -- the rules ---------------------------------------------------------------------------------


def test_redactor_has_no_import_cycles(graph):
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


@pytest.mark.parametrize("layer", ["redactor.wire", "redactor.backends"])
def test_wire_formats_and_backends_never_import_the_server(graph, layer):
    assert imports_into(graph, layer, "redactor.server") == []


def test_backends_contain_no_wire_format_code(graph):
    # Backends speak neutral chat records; the API families in wire/ speak to clients.
    # (local_http reads its own server's SSE with the shared parser, which is no client format.)
    allowed = {"redactor.backends.local_http -> redactor.wire.sse"}
    assert set(imports_into(graph, "redactor.backends", "redactor.wire")) <= allowed


# The layers that build on the core records; the core may reach none of them.
_ABOVE_THE_CORE = ("redactor.pipeline", "redactor.stages", "redactor.backends", "redactor.wire",
                   "redactor.server", "redactor.runtime", "redactor.cli", "redactor.mcp_server",
                   "redactor.audit_scan", "redactor.restore")


def test_the_core_depends_on_nothing_above_it(graph):
    reached, pending = set(), [*graph["redactor.core"]]
    while pending:
        module = pending.pop()
        if module not in reached:
            reached.add(module)
            pending.extend(graph.get(module, ()))
    above = sorted(module for module in reached if module.startswith(_ABOVE_THE_CORE))
    assert above == [], above


def test_the_core_is_imported_by_every_layer_that_shares_its_records(graph):
    for module in ("redactor.pipeline", "redactor.stages.route", "redactor.backends.local",
                   "redactor.server.proxy", "redactor.wire.local_reply"):
        assert "redactor.core" in graph[module], module


# -- the checker can fail ------------------------------------------------------------------------


def _package(root: Path, files: dict[str, str]) -> Path:
    for relative, source in files.items():
        path = root / "pkg" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    return root / "pkg"


def test_a_planted_lazy_cycle_is_found_and_reported(tmp_path):
    package = _package(tmp_path, {
        "__init__.py": "",
        "low.py": "def later():\n    from pkg.high import thing\n",
        "high.py": "from pkg.low import later\nthing = 1\n",
        "other.py": "import json\n",
    })
    cycle = find_cycle(module_imports(package, "pkg"))
    assert cycle is not None and cycle[0] == cycle[-1]
    assert set(cycle) == {"pkg.low", "pkg.high"}


def test_relative_submodule_and_type_checking_imports_are_edges(tmp_path):
    package = _package(tmp_path, {
        "__init__.py": "",
        "sub/__init__.py": "from . import leaf\n",
        "sub/leaf.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..top import T\n",
        "top.py": "from pkg.sub import leaf\nT = int\n",
    })
    graph = module_imports(package, "pkg")
    assert graph["pkg.sub"] == {"pkg.sub.leaf"}
    assert graph["pkg.sub.leaf"] == {"pkg.top"}
    assert find_cycle(graph) == ["pkg.sub.leaf", "pkg.top", "pkg.sub.leaf"]
    assert imports_into(graph, "pkg.sub", "pkg.top") == ["pkg.sub.leaf -> pkg.top"]


def test_an_acyclic_package_passes(tmp_path):
    package = _package(tmp_path, {"__init__.py": "", "a.py": "import pkg.b\n", "b.py": "import os\n"})
    assert find_cycle(module_imports(package, "pkg")) is None
