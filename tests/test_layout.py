"""The package's shape: rooms per pipeline stage, no import circle, small modules, a CLI without the web stack, and
one registry of file types that ingest, upload and check-corpus all use."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.corpus.admin import safe_file_name
from assistant.corpus.filetypes import FILE_TYPES, SUPPORTED, is_document
from assistant.errors import CorpusError
from assistant.index.loaders import scan
from assistant.web.limits import check_upload

PACKAGE = Path(__file__).resolve().parent.parent / "assistant"
STAGES = ("corpus", "index", "search", "safety", "llm", "answering", "web", "records", "tools")


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def import_graph() -> dict[str, set[str]]:
    """Every import inside a module (lazy ones included; TYPE_CHECKING blocks excluded), resolved to our modules."""
    mods = modules()

    def resolve(name: str) -> str | None:
        while name and name not in mods:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {m: set() for m in mods}
    for mod, path in mods.items():
        package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]

        def visit(node: ast.AST, mod: str = mod, package: str = package) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                    continue
                targets: list[str] = []
                if isinstance(child, ast.Import):
                    targets = [a.name for a in child.names]
                elif isinstance(child, ast.ImportFrom):
                    base = child.module or ""
                    if child.level:
                        up = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                        base = ".".join([*up, *([child.module] if child.module else [])])
                    targets = [base, *(f"{base}.{a.name}" for a in child.names)]
                for target in targets:
                    found = resolve(target)
                    if found and found != mod and not mod.startswith(found + "."):
                        graph[mod].add(found)
                visit(child)

        visit(ast.parse(path.read_text(encoding="utf-8")))
    return graph


def test_no_import_cycle() -> None:
    graph = import_graph()
    state: dict[str, int] = {}
    path: list[str] = []

    def walk(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt) :], nxt]
                raise AssertionError("importcirkel: " + " → ".join(cycle))
            if nxt not in state:
                walk(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)


def test_a_room_per_stage_and_small_modules() -> None:
    assert all((PACKAGE / stage / "__init__.py").is_file() for stage in STAGES)
    too_big = {m: n for m, p in modules().items() if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not too_big, too_big


def test_the_command_line_does_not_load_the_web_stack() -> None:
    code = "import sys, assistant.cli; sys.exit(1 if 'chainlit' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize("suffix", SUPPORTED)
def test_every_indexed_type_can_be_uploaded(suffix: str, tmp_path: Path) -> None:
    """One registry: a type that ingest reads is one a coordinator may upload and check-corpus checks."""
    name = safe_file_name(f"voorbeeld{suffix}")
    assert name.endswith(suffix) and is_document(name)
    family = FILE_TYPES[suffix].family
    if family in ("text", "html", "records"):
        check_upload(name, b"title: x\n")  # text passes the byte checks
    (tmp_path / "overig").mkdir()
    (tmp_path / "overig" / name).write_bytes(b"x")
    assert [f.rel for f in scan(tmp_path)] == [f"overig/{name}"]


def test_an_unknown_type_is_refused_everywhere(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="bestandstype"):
        safe_file_name("programma.exe")
    (tmp_path / "programma.exe").write_bytes(b"MZ")
    (tmp_path / "notities.pdf.meta.yaml").write_text("title: x\n", encoding="utf-8")
    assert scan(tmp_path) == []
