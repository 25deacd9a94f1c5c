"""What round 7's address finders cost on the latency benchmark's text, measured in one process.

Times, on the texts `redaction_latency.py` sends (SIZE bytes each, default 10240), the whole
`find_street_addresses` and, alone, the two finders it gained: every country's postcode layout beside a
place (`coded_places.coded_place_anchors`) and addresses over record fields
(`address_records.find_address_records`). Prints ms per KB and each finder's share of the whole:

    PYTHONPATH=$PWD python benchmarks/address_layouts_cost.py [SIZE]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redaction_latency import _text_of_size  # noqa: E402

from redactor.detect import place_names, postcode_layouts  # noqa: E402
from redactor.detect.address_records import find_address_records  # noqa: E402
from redactor.detect.addresses import find_street_addresses  # noqa: E402
from redactor.detect.coded_places import coded_place_anchors  # noqa: E402


def _per_kb(function, texts: list[str], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        for text in texts:
            list(function(text))
        best = min(best, time.perf_counter() - started)
    return best / (sum(map(len, texts)) / 1024) * 1000


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 10240
    place_names.load()
    postcode_layouts.load()
    texts = [_text_of_size(size, seed) for seed in range(30)]
    whole = _per_kb(find_street_addresses, texts)
    layouts = _per_kb(coded_place_anchors, texts)
    records = _per_kb(find_address_records, texts)
    print(f"{len(texts)} texts of {size} bytes, best of 5 rounds")
    print(f"find_street_addresses  {whole:.3f} ms/KB")
    print(f"  coded_place_anchors  {layouts:.3f} ms/KB ({layouts / whole:.0%} of it)")
    print(f"  find_address_records {records:.3f} ms/KB ({records / whole:.0%} of it)")


if __name__ == "__main__":
    main()
