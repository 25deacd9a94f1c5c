"""Build the forty-seventh blind corpus (blind47) JSONL files from `src/*.txt`.

The source format, the span markup, the kinds and the manifest are those of the first
blind corpus: this script runs the one shared builder, `../blind/build.py`, on this directory:

    python leakbench/corpora/blind47/build.py              # rebuild, print counts
    python leakbench/corpora/blind47/build.py --markdown   # README count tables
    python leakbench/corpora/blind47/build.py --manifest   # re-freeze (deliberately only)
"""
import runpy
import sys
from pathlib import Path

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    sys.argv[1:1] = ["--corpus", str(here)]
    runpy.run_path(str(here.parent / "blind" / "build.py"), run_name="__main__")
