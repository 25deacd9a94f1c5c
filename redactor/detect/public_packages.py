"""Names of public software packages: the standard library, installed distributions, PyPI's and npm's most used.

A word these lists hold names a public project, not a codebase's own module nor a person. They live apart from
code_identifiers.py (which reads them too) so the name lists (name_parts.py) can consult them without importing the
code detector, which imports name_parts.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data"


def _data_lines(name: str) -> list[str]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@functools.lru_cache(maxsize=1)
def public_python_modules() -> frozenset[str]:
    """Top-level import names that are not a codebase's own: stdlib, installed, popular on PyPI."""
    distributions = _data_lines("public_python_modules.txt")
    names = set(sys.stdlib_module_names) | set(distributions)
    # Import names that differ from the distribution's: apache-airflow -> airflow,
    # python-dateutil -> dateutil, google-cloud-storage -> google (namespace packages).
    for name in distributions:
        for prefix in ("apache_", "python_", "py_", "pyobjc_"):
            if name.startswith(prefix) and len(name) > len(prefix) + 2:
                names.add(name[len(prefix):])
        if name.count("_") >= 2:
            names.add(name.split("_")[0])
    try:
        from importlib.metadata import packages_distributions

        own = {"redactor", "leakbench", "benchmarks", "tests", "examples"}
        names.update(top for top in packages_distributions() if top not in own)
    except Exception:  # noqa: BLE001 - a broken environment only makes the list shorter (more redaction)
        pass
    return frozenset(name.lower() for name in names)


@functools.lru_cache(maxsize=1)
def public_npm_packages() -> frozenset[str]:
    return frozenset(name.lower() for name in _data_lines("public_npm_packages.txt"))


@functools.lru_cache(maxsize=1)
def public_npm_scopes() -> frozenset[str]:
    """Scopes of well-known npm packages (``@angular``): every package under them is public."""
    return frozenset(name.split("/")[0] for name in public_npm_packages() if name.startswith("@"))


@functools.lru_cache(maxsize=1)
def public_package_words() -> frozenset[str]:
    """Names of well-known Python and npm packages, lower case, a scoped npm package by its last part
    ("pandas", "lodash", "core" of "@angular/core")."""
    return public_python_modules() | frozenset(name.rsplit("/", 1)[-1] for name in public_npm_packages())
