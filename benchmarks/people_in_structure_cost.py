"""CPU cost of people_in_structure.py and org_legal_forms.py: the NER detector with and without them, in one run.

The texts are the benchmark's usual mix (prose, code, .env, logs) plus tool output and
non-Latin text where the rules fire (git log, shortlog, `ps`, a CSV, Japanese, Arabic, Korean).
Every round times `NerDetector.detect_many` on unique texts (no cache) twice, interleaved:
once as shipped and once with both hooks replaced by no-ops, so the
machine's load hits both sides alike. Process CPU time, least-loaded round kept per side.
Also the rules alone, in µs per KB.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/people_in_structure_cost.py [--rounds N] [--size BYTES]
"""
from __future__ import annotations

import argparse
import time

import redactor.detect.ner as ner
from redactor.detect.base import DetectionInput
from redactor.detect.org_legal_forms import organisations_by_legal_form
from redactor.detect.people_in_structure import people_in_structure

_PLAIN = [
    ("prose", "Hi team, Maria Gonzalez from the Denver office asked me to rotate the staging keys before Friday. "
              "We rolled back and will retry after the maintenance window closes tonight.\n"),
    ("code", "import os\nclient = boto3.client('s3', region_name='us-east-1')\n"
             "def get_user(user_id: int) -> dict:\n    return db.fetch_one('SELECT * FROM users WHERE id = %s', user_id)\n"),
    ("tool_result", "2026-11-02T10:15:03Z INFO request handled path=/api/v1/orders status=200 duration_ms=12\n"
                    "LOG_LEVEL=info\nFEATURE_FLAGS=a,b,c\n"),
]
_STRUCTURED = [
    ("tool_result", "9f2c1ab Oluwaseun Adeyemi seun@fintrack.io\n17d03ef Hana Kobayashi <hana@fintrack.io>\n"
                    "   142\tTomasz Wiśniewski\n    87\tAisha Bello\n"),
    ("tool_result", "USER       PID CMD\nkpatel    4121 python train.py\nid,first,last\n1,Ingrid,Halvorsen\n"),
    ("prose", "お世話になっております。氏名：山田 太郎\n担当者: 佐藤花子\n이서연 님이 보낸 파일\n"
              "Dear محمد,\nthe export is fixed. See https://github.com/olena-kravets/pdf-tools\n"),
]


def _texts(pieces: list[tuple[str, str]], size: int, salt: int) -> list[DetectionInput]:
    items = []
    for kind, text in pieces:
        body = f"run {salt}\n" + text * max(1, size // len(text.encode()))
        items.append(DetectionInput(body, kind))
    return items


def _cpu(callable_, *args) -> float:
    started = time.process_time()
    callable_(*args)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--size", type=int, default=1024, help="bytes per text")
    args = parser.parse_args()
    detector = ner.NerDetector()
    detector.warm_up()
    shipped = ner.people_in_structure, ner.organisations_by_legal_form
    for label, pieces in (("plain mix", _PLAIN), ("structured + non-Latin", _STRUCTURED)):
        with_hook, without_hook, rules_only = [], [], []
        kilobytes = sum(len(text.encode()) for _, text in pieces) / 1024
        for round_index in range(args.rounds):
            items = _texts(pieces, args.size, round_index)
            kilobytes = sum(len(item.text.encode()) for item in items) / 1024
            ner.people_in_structure, ner.organisations_by_legal_form = shipped
            with_hook.append(_cpu(detector.detect_many, _texts(pieces, args.size, round_index + 10_000)))
            ner.people_in_structure = lambda text, kind, name: []
            ner.organisations_by_legal_form = lambda text, name: []
            without_hook.append(_cpu(detector.detect_many, _texts(pieces, args.size, round_index + 20_000)))
            ner.people_in_structure, ner.organisations_by_legal_form = shipped
            rules_only.append(_cpu(lambda: [(people_in_structure(i.text, i.segment_kind, "bench"),
                                             organisations_by_legal_form(i.text, "bench")) for i in items]))
        best_with, best_without, best_rules = min(with_hook), min(without_hook), min(rules_only)
        print(f"{label:24s} {kilobytes:6.1f} KB/call  NER without {best_without * 1e6 / kilobytes:8.0f} µs/KB"
              f"  with {best_with * 1e6 / kilobytes:8.0f} µs/KB  ratio {best_with / best_without:5.2f}x"
              f"  rules alone {best_rules * 1e6 / kilobytes:6.0f} µs/KB")


if __name__ == "__main__":
    main()
