"""Build the sixth blind corpus (blind6) JSONL files from `src/*.txt`.

The source format, the span markup, the kinds and the manifest are exactly those
of the first two blind corpora; this script runs `../blind/build.py` on this
directory so there is one builder for all of them:

    python leakbench/corpora/blind6/build.py              # rebuild, print counts
    python leakbench/corpora/blind6/build.py --markdown   # README count tables
    python leakbench/corpora/blind6/build.py --manifest   # re-freeze (deliberately only)
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_BUILDER = HERE.parent / "blind" / "build.py"


def load_builder():
    """The shared builder module (leakbench/corpora is data, not a package)."""
    spec = importlib.util.spec_from_file_location("blind_corpus_build", _BUILDER)
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve string annotations through sys.modules.
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> int:
    return load_builder().main(["--corpus", str(HERE), *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
