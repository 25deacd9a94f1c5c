"""The finding kinds the built-in detectors can emit, derived from their source.

Policies name kinds (`kind_actions: {PRIVATE_KEY: local}`), and a misspelt
kind would silently never match. The list is not written by hand: detectors
are added and changed by several people, so it is read from the detector
modules themselves, statically (no detector is imported, so `policy check`
stays fast and never loads a model).

What counts as an emitted kind, found with `ast` in every module of this
package:
- a string passed as the `kind` argument of any call, by keyword or by
  position, where the callee (a function, method or dataclass of this
  package, e.g. `Span`, `_span`, `_pattern`) has a parameter or field named
  `kind`;
- when that argument is a variable or a call, the strings it can hold: module
  constants, assignments to it in the same function, and what a function of
  this package returns;
- module-level tables whose name says they hold kinds (`*_KIND`, `*_KINDS`;
  for a dict, its values) and `for kind, ... in (...)` loops over literals;
- `kind:` entries of rule catalogues kept as data files (YAML/JSON) in this
  package or in redactor/data/;
- the kinds of the maintained credential catalogue (Kingfisher's rule ids,
  named as kingfisher_catalogue.rule_kind names them): listed from the
  installed package only when a kind is not among the kinds above, since
  listing them costs about 0.4 s.
Only upper-snake-case strings are kinds. tests/test_policy.py checks that every
kind the detectors actually emit on the test corpora is in this list.
"""
from __future__ import annotations

import ast
import functools
import re
from pathlib import Path

from redactor.detect.base import CATEGORIES

__all__ = ["CATEGORIES", "detector_kinds", "is_detector_kind"]

_KIND_TEXT = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*")
_PACKAGE_DIR = Path(__file__).resolve().parent
# Kinds that are not detector findings: placeholder look-alikes typed by the
# user (detect/engine.py LITERAL_KIND) are always redacted as themselves.
_NOT_POLICY_KINDS = frozenset({"LITERAL"})


@functools.lru_cache(maxsize=1)
def detector_kinds() -> frozenset[str]:
    """Every kind a built-in detector of this package can put on a Span."""
    modules = {path.stem: ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
               for path in sorted(_PACKAGE_DIR.glob("*.py"))}
    index = _CallableIndex(modules.values())
    kinds: set[str] = set()
    for tree in modules.values():
        kinds |= _ModuleKinds(tree, index).collect()
    kinds |= _catalogue_kinds()
    return frozenset(kinds - _NOT_POLICY_KINDS)


def is_detector_kind(kind: str) -> bool:
    """Whether a built-in detector can emit `kind` (the maintained catalogue included)."""
    return kind in detector_kinds() or kind in catalogue_rule_kinds()


@functools.lru_cache(maxsize=1)
def catalogue_rule_kinds() -> frozenset[str]:
    """The kinds of the maintained credential catalogue's rules; empty when it is not installed."""
    try:
        import kingfisher_sdk
    except ImportError:
        return frozenset()
    from redactor.detect.kingfisher_catalogue import rule_kind

    rules = kingfisher_sdk.Rules(confidence="low").metadata()
    return frozenset(rule_kind(rule["id"]) for rule in rules if isinstance(rule.get("id"), str))


class _CallableIndex:
    """Parameter names of every function, method and dataclass of the package, by name."""

    def __init__(self, trees) -> None:
        self.parameters: dict[str, list[list[str]]] = {}
        self.functions: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                    if names and names[0] in ("self", "cls"):
                        names = names[1:]
                    self.parameters.setdefault(node.name, []).append(names + [a.arg for a in node.args.kwonlyargs])
                    self.functions.setdefault(node.name, []).append(node)
                elif isinstance(node, ast.ClassDef):
                    fields = [item.target.id for item in node.body
                              if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)]
                    if fields:
                        self.parameters.setdefault(node.name, []).append(fields)


class _ModuleKinds:
    def __init__(self, tree: ast.Module, index: _CallableIndex) -> None:
        self._tree = tree
        self._index = index
        self._constants = {target.id: node.value for node in tree.body if isinstance(node, ast.Assign)
                           for target in node.targets if isinstance(target, ast.Name)}
        self._kinds: set[str] = set()
        self._seen_functions: set[int] = set()

    def collect(self) -> set[str]:
        for name, value in self._constants.items():
            if name.endswith(("_KIND", "_KINDS")):
                self._strings(value.values if isinstance(value, ast.Dict) else [value])
        # Module-level calls (catalogue tables) resolve names in the module, calls in a function in it.
        scopes = [self._tree, *(n for n in ast.walk(self._tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]
        for function in scopes:
            for node in _walk_scope(function):
                if isinstance(node, ast.Call):
                    argument = self._kind_argument(node)
                    if argument is not None:
                        self._resolve(argument, function)
                elif isinstance(node, ast.For) and _binds_kind(node.target):
                    self._strings([node.iter])
        return self._kinds

    def _kind_argument(self, call: ast.Call) -> ast.expr | None:
        for keyword in call.keywords:
            if keyword.arg == "kind":
                return keyword.value
        callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", None)
        for names in self._index.parameters.get(callee, []):
            if "kind" in names and names.index("kind") < len(call.args):
                return call.args[names.index("kind")]
        return None

    def _resolve(self, expression: ast.expr, function: ast.AST) -> None:
        for node in ast.walk(expression):
            if isinstance(node, ast.Constant):
                self._strings([node])
            elif isinstance(node, ast.Name):
                if node.id in self._constants:
                    self._strings([self._constants[node.id]])
                for assigned in _assignments_to(function, node.id):
                    if assigned is not expression:
                        self._strings([assigned])
                        self._follow_calls(assigned)
            elif isinstance(node, ast.Call):
                self._follow_calls(node)

    def _follow_calls(self, expression: ast.expr) -> None:
        # A kind computed by a helper (`kind = _classify_key(name)`): what the helper can return.
        for node in ast.walk(expression):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            for helper in self._index.functions.get(node.func.id, []):
                if id(helper) in self._seen_functions:
                    continue
                self._seen_functions.add(id(helper))
                for inner in ast.walk(helper):
                    if isinstance(inner, ast.Return) and inner.value is not None:
                        self._strings([inner.value])
                        for name in [n.id for n in ast.walk(inner.value) if isinstance(n, ast.Name)]:
                            self._strings(_assignments_to(helper, name))

    def _strings(self, expressions) -> None:
        for expression in expressions:
            for node in ast.walk(expression):
                # Strings passed to calls inside (regex sources, dict keys looked up) are not kinds.
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and _KIND_TEXT.fullmatch(node.value):
                    if not _inside_call_argument(expression, node):
                        self._kinds.add(node.value)


def _catalogue_kinds() -> set[str]:
    import json

    import yaml

    kinds: set[str] = set()
    for directory in (_PACKAGE_DIR, _PACKAGE_DIR.parent / "data"):
        for path in sorted(directory.rglob("*")):
            if path.suffix not in (".yaml", ".yml", ".json"):
                continue
            text = path.read_text(encoding="utf-8")
            document = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
            pending = [document]
            while pending:
                item = pending.pop()
                if isinstance(item, dict):
                    value = item.get("kind")
                    if isinstance(value, str) and _KIND_TEXT.fullmatch(value):
                        kinds.add(value)
                    pending.extend(item.values())
                elif isinstance(item, list):
                    pending.extend(item)
    return kinds


def _walk_scope(scope: ast.AST):
    """The nodes of `scope` without descending into nested functions (they are scopes of their own)."""
    pending = list(ast.iter_child_nodes(scope))
    while pending:
        node = pending.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            pending.extend(ast.iter_child_nodes(node))


def _binds_kind(target: ast.expr) -> bool:
    return any(isinstance(node, ast.Name) and node.id == "kind" for node in ast.walk(target))


def _assignments_to(scope: ast.AST, name: str) -> list[ast.expr]:
    values = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            values.append(node.value)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign)) and isinstance(node.target, ast.Name) \
                and node.target.id == name and node.value is not None:
            values.append(node.value)
    return values


def _inside_call_argument(root: ast.expr, target: ast.AST) -> bool:
    for node in ast.walk(root):
        if isinstance(node, ast.Call):
            for argument in (*node.args, *(k.value for k in node.keywords)):
                if any(inner is target for inner in ast.walk(argument)):
                    return True
    return False
