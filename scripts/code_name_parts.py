"""Write redactor/data/code_name_parts.txt: the words code names its classes with ("Service", "Node", "List").

Programmers build a class name from a small vocabulary of parts ("UserService", "ReactNode", "TodoList"); a
firm that writes its name in InterCaps ("BrightPath", "SwiftPay") mostly picks words code never uses
(org_intercaps.py). The vocabulary is read from maintained code, not written by hand: every `class Name` of
the installed Python packages and the standard library, split at its capitals; a part that at least
MIN_CLASSES distinct class names use is a part of code's vocabulary.

    .venv/bin/python scripts/code_name_parts.py
"""
from __future__ import annotations

import collections
import re
import sys
import sysconfig
from pathlib import Path

MIN_CLASSES = 25
_CLASS = re.compile(r"^[ \t]*class[ \t]+([A-Z][A-Za-z0-9]+)", re.MULTILINE)
_PART = re.compile(r"[A-Z][a-z]{2,}")
OUT = Path(__file__).resolve().parent.parent / "redactor" / "data" / "code_name_parts.txt"


def main() -> None:
    roots = {Path(sysconfig.get_paths()["stdlib"]), Path(sysconfig.get_paths()["purelib"])}
    names: set[str] = set()
    for root in roots:
        for path in root.rglob("*.py"):
            try:
                names.update(_CLASS.findall(path.read_text(encoding="utf-8", errors="ignore")))
            except OSError:
                continue
    uses = collections.Counter(part.lower() for name in names for part in set(_PART.findall(name)))
    parts = sorted(part for part, count in uses.items() if count >= MIN_CLASSES)
    OUT.write_text(f"# Words code names its classes with: parts of at least {MIN_CLASSES} class names of the\n"
                   "# installed Python packages and the standard library. Written by scripts/code_name_parts.py.\n"
                   + "\n".join(parts) + "\n", encoding="utf-8")
    print(f"{len(parts)} parts from {len(names)} class names", file=sys.stderr)


if __name__ == "__main__":
    main()
