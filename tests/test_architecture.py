"""The package's shape: no import cycle, layers import downward only, a light root.

The import graph is built from the source (every import counts: at the top,
inside functions and under ``TYPE_CHECKING``), so a cycle cannot hide behind
a function-local import. ``make lint`` runs this file.
"""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

import painl10n

PACKAGE = Path(painl10n.__file__).resolve().parent

# Top to bottom. A module may import its own package and any package of a lower
# layer; packages of one layer are independent of each other.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(layer.split())
    for layer in (
        "__main__",
        "cli",
        "exchange reports",
        "pipeline",
        "project",
        "checks site localize memory review",
        "catalogs",
        "sources",
        "po terms",
        "text",
        "config",
        "languages runtime",
        "errors _version",
    )
)
RANK = {name: rank for rank, layer in enumerate(LAYERS) for name in layer}


def _module_name(path: Path) -> str:
    parts = ["painl10n", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _target(name: str) -> str:
    """The module an imported name lives in: itself if it is a module, else its parent."""
    return name if name in modules() else name.rpartition(".")[0]


@cache
def graph() -> dict[str, frozenset[str]]:
    """Every painl10n module and the painl10n modules it imports, anywhere in it."""
    found: dict[str, frozenset[str]] = {}
    for name, path in modules().items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(a.name for a in node.names if a.name.split(".")[0] == "painl10n")
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    origin = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    origin = node.module or ""
                if origin.split(".")[0] != "painl10n":
                    continue
                targets.update(_target(f"{origin}.{alias.name}") for alias in node.names)
        found[name] = frozenset(targets - {name})
    return found


def _room(module: str) -> str:
    """The package (or top-level module) a module belongs to: its layer's unit."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _cycles(edges: dict[str, frozenset[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in edges.get(node, ()):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_graph_sees_function_local_and_type_checking_imports() -> None:
    """The near miss: a graph of top-level imports only would miss these edges."""
    edges = {"a": frozenset({"b"}), "b": frozenset({"a"})}
    assert _cycles(edges) == [["a", "b"]]
    assert "painl10n.pipeline.incremental" in graph()["painl10n.pipeline.build"]
    assert "painl10n.sources.model" in graph()["painl10n"]  # under TYPE_CHECKING


def test_no_import_cycle() -> None:
    assert _cycles(dict(graph())) == []


def test_every_package_has_a_layer() -> None:
    rooms = {_room(module) for module in modules()} - {"painl10n"}
    assert rooms <= set(RANK), f"no layer for {sorted(rooms - set(RANK))}"


def test_layers_import_downward_only() -> None:
    wrong = []
    for module, targets in graph().items():
        if module == "painl10n":
            continue  # the public facade re-exports from every layer
        for target in targets:
            here, there = _room(module), _room(target)
            if here != there and RANK[there] <= RANK[here]:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_no_module_imports_the_package_root() -> None:
    importers = [module for module, targets in graph().items() if "painl10n" in targets]
    assert importers == []


def test_the_version_lives_in_one_leaf() -> None:
    defining = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets
            ):
                defining.append(name)
    assert defining == ["painl10n._version"]
    assert graph()["painl10n._version"] == frozenset()


@pytest.mark.parametrize("module", ["painl10n.po", "painl10n.po.wrap", "painl10n"])
def test_importing_a_leaf_loads_no_pipeline(module: str) -> None:
    """``import painl10n.po`` (or the root alone) loads neither jinja2 nor nh3, nor the
    stages: the root's names are imported on first use."""
    probe = (
        f"import sys, {module}; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'jinja2', 'nh3', 'markdown_it', "
        "'typer', 'rich', 'yaml'})); "
        "print(sorted(m for m in sys.modules if m.startswith('painl10n.pipeline')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out == "[]\n[]\n"


def test_the_public_api_is_declared_and_every_name_resolves() -> None:
    exported = set(painl10n._EXPORTS)
    assert set(painl10n.__all__) == exported | {"__version__"}
    for name in painl10n.__all__:
        value = getattr(painl10n, name)
        assert value is not None
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__.startswith("painl10n."), name
    with pytest.raises(AttributeError):
        _ = painl10n.no_such_name  # type: ignore[attr-defined]


def test_no_subpackage_is_named_like_a_public_name() -> None:
    """``painl10n.build`` must stay the function, never be shadowed by a submodule."""
    rooms = {_room(module) for module in modules()}
    assert rooms.isdisjoint(painl10n.__all__)


def test_tests_import_helpers_never_other_test_modules() -> None:
    """Helpers live in tests/helpers and are imported one way (``tests.helpers``)."""
    tests = PACKAGE.parent.parent / "tests"
    wrong = []
    for path in sorted(tests.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and not node.level:
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                last = name.rsplit(".", 1)[-1]
                if (
                    last.startswith("test_")
                    or last == "conftest"
                    or (name.startswith("tests.") and not name.startswith("tests.helpers"))
                ):
                    wrong.append(f"{path.relative_to(tests)}: {name}")
    assert wrong == []
