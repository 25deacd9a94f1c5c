"""What the parties-by-structure finders add to the PII detector's CPU time, in one process.

The PII detector runs over redaction_latency.py's benchmark texts (every 1 KB paragraph carries an e-mail, a
phone, a database URL and an AWS key) and over a text of statement lines, address blocks, an MRZ and contact
rows; alternately with the four finders (payment_parties, address_block_parties, machine_readable_zones,
organisations_in_structure) and with them replaced by no-ops, three rounds, the least loaded round of each kept
(the machine is shared). Prints µs/KB for both and the ratio:

    PYTHONPATH=$PWD python benchmarks/parties_cost.py [SIZE]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from redaction_latency import _text_of_size  # noqa: E402

import redactor.detect.pii as pii  # noqa: E402
from redactor.detect.base import DetectionInput  # noqa: E402

_FINDERS = ("payment_parties", "address_block_parties", "machine_readable_zones", "organisations_in_structure")
_STRUCTURED = """03/11/2025,FASTER PAYMENT FROM K ADEYEMI REF FLAT 4 RENT NOV,650.00,2140.55
05/11/2025,DD SEVERN TRENT WATER W-7Q41K2,-38.20,1982.35
Ksh3,450.00 sent to WANJIRU KAMAU 0722418831 on 2/9/25 at 7:14 PM.
SHIP TO:
DEVIKA RAMASWAMY IYER
FLAT 7C, LAKSHMI TOWERS, 12 CHURCH STREET, BENGALURU 560001
P<GBRWHITFIELD<<HANNAH<LOUISE<<<<<<<<<<<<<<<<<<<<
5331872046GBR8807143F3104227<<<<<<<<<<<<<<06
Larkspur Dental | reception | 0161 555 0142 | info@larkspurdental.com
Senior Analyst, Brightwater Logistics (2020–present)
Stop 12 | Bucktown Vet Clinic | 1600 N Damen Ave | 10:40
"""


def _cpu_per_kb(detector: pii.PiiDetector, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        detector.detect(DetectionInput(text))
    return (time.process_time() - started) / (sum(map(len, texts)) / 1024) * 1e6


def main(size: int) -> None:
    detector = pii.PiiDetector()
    workloads = {
        "benchmark prose": [_text_of_size(size, seed) for seed in range(20)],
        "statements, labels, MRZ": [(_STRUCTURED * (size // len(_STRUCTURED) + 1))[:size] + f"\n{seed}"
                                    for seed in range(20)],
    }
    for name, texts in workloads.items():
        _cpu_per_kb(detector, texts[:2])  # warm caches
        with_finders, without = [], []
        for _ in range(3):
            with_finders.append(_cpu_per_kb(detector, texts))
            with mock.patch.multiple(pii, **{finder: lambda text, detector_name: [] for finder in _FINDERS}):
                without.append(_cpu_per_kb(detector, texts))
        print(f"{name:24} {size} B: PII with the finders {min(with_finders):7.0f} µs/KB, without {min(without):7.0f} "
              f"µs/KB, ratio {min(with_finders) / min(without):.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10240)
