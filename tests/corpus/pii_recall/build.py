"""Builds dev.jsonl and heldout.jsonl, the personal-data recall sets, from samples.py and samples_heldout.py.

A sample marks each sensitive value as ⟦KIND:value⟧; the builder removes the
marks and records [start, end) annotations in leakbench's JSONL format. Run:
    python tests/corpus/pii_recall/build.py
The set is written by hand to look like what developers and support engineers
paste into coding agents (tickets, CRM exports, logs, JSON, SQL, HR records);
dev.jsonl is for tuning; heldout.jsonl was written after tuning on dev and is
only measured (it is no substitute for the blind corpus either); forms.jsonl
holds the forms issue 12 names as leaking (nested ids, bare INSERTs, chat
nicks, split and one-line addresses, partly covered e-mails), written before
the fixes for them; round4.jsonl holds the mechanisms round 4 found weak (far
labels, ids after verbs, addresses without street words, tool-output columns,
odd phone layouts, many countries' ids) and negatives, written before its fixes;
round4_check.jsonl was written after them and never tuned on (measured only); round5.jsonl holds
the kinds round 5 found with no detector (SWIFT/BIC, plates, coordinates, passports, licences, VAT and
tax ids, bank details, birth dates in many languages, more address layouts), written before its fixes;
round5_check.jsonl was written after them and never tuned on (measured only); round6.jsonl holds issue 12's
weakest kinds (record ids under any label or in a person's record, birth dates in records and more layouts,
national/tax ids under python-stdnum's local names, bank accounts) and negatives, written before its fixes;
round6_check.jsonl was written after them and never tuned on (measured only); unlabelled.jsonl holds values with
no label of their own (codes in prose, national ids next to a name, birth dates in name/date lists, bank numbers
next to a routing number or bank, licence plates after vehicle words), written before their fixes;
unlabelled_check.jsonl was written after them and never tuned on (measured only); addresses7.jsonl holds round 7's
address mechanisms (more countries' postcode layouts, whole extents, addresses in vCard/HL7/JSON/YAML records)
and negatives, written before its fixes; addresses7_check.jsonl was written after them and never tuned on
(measured only); names8.jsonl holds round 8's person mechanisms (names in capitals, in lower case without
a slot word, a first name of any country alone, names the windows lose) and negatives, written before its fixes;
names8_check.jsonl was written after them and never tuned on (measured only); names9.jsonl holds round 9's
(names in capitals surname first, lower-case mentions of a word-name found in full) and negatives, written before
its fixes; names9_check.jsonl was written after them and never tuned on (measured only).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import samples  # noqa: E402
import samples_forms  # noqa: E402
import samples_heldout  # noqa: E402
import samples_round4  # noqa: E402
import samples_round4_check  # noqa: E402
import samples_round5  # noqa: E402
import samples_round5_check  # noqa: E402
import samples_round6  # noqa: E402
import samples_round6_check  # noqa: E402
import samples_unlabelled  # noqa: E402
import samples_unlabelled_check  # noqa: E402
import samples_addresses7  # noqa: E402
import samples_addresses7_check  # noqa: E402
import samples_names8  # noqa: E402
import samples_names8_check  # noqa: E402
import samples_prose8  # noqa: E402
import samples_prose8_check  # noqa: E402
import samples_names9  # noqa: E402
import samples_names9_check  # noqa: E402
import samples_contact9  # noqa: E402
import samples_contact9_check  # noqa: E402
import samples_contact10  # noqa: E402
import samples_contact10_check  # noqa: E402
import samples_contact11  # noqa: E402
import samples_contact11_check  # noqa: E402
import samples_contact13  # noqa: E402
import samples_contact13_check  # noqa: E402
import samples_contact14  # noqa: E402
import samples_contact14_check  # noqa: E402
import samples_contact16  # noqa: E402
import samples_contact16_check  # noqa: E402

_MARK = re.compile(r"⟦([A-Z_]+):(.*?)⟧", re.DOTALL)


def unmark(marked: str) -> tuple[str, list[dict]]:
    pieces, annotations, cursor, length = [], [], 0, 0
    for match in _MARK.finditer(marked):
        before = marked[cursor:match.start()]
        pieces.append(before)
        length += len(before)
        kind, value = match.group(1), match.group(2)
        annotations.append({"start": length, "end": length + len(value), "kind": kind, "text": value,
                            "category": "pii"})
        pieces.append(value)
        length += len(value)
        cursor = match.end()
    pieces.append(marked[cursor:])
    return "".join(pieces), annotations


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE, help="directory to write the JSONL files to")
    out_dir = parser.parse_args().out
    for name, split, marked_samples in (("dev", "dev", samples.SAMPLES),
                                        ("heldout", "heldout", samples_heldout.SAMPLES),
                                        ("forms", "heldout", samples_forms.SAMPLES),
                                        ("round4", "dev", samples_round4.SAMPLES),
                                        ("round4_check", "heldout", samples_round4_check.SAMPLES),
                                        ("round5", "dev", samples_round5.SAMPLES),
                                        ("round5_check", "heldout", samples_round5_check.SAMPLES),
                                        ("round6", "dev", samples_round6.SAMPLES),
                                        ("round6_check", "heldout", samples_round6_check.SAMPLES),
                                        ("unlabelled", "dev", samples_unlabelled.SAMPLES),
                                        ("unlabelled_check", "heldout", samples_unlabelled_check.SAMPLES),
                                        ("addresses7", "dev", samples_addresses7.SAMPLES),
                                        ("addresses7_check", "heldout", samples_addresses7_check.SAMPLES),
                                        ("names8", "dev", samples_names8.SAMPLES),
                                        ("names8_check", "heldout", samples_names8_check.SAMPLES),
                                        ("prose8", "dev", samples_prose8.SAMPLES),
                                        ("prose8_check", "heldout", samples_prose8_check.SAMPLES),
                                        ("names9", "dev", samples_names9.SAMPLES),
                                        ("names9_check", "heldout", samples_names9_check.SAMPLES),
                                        ("contact9", "dev", samples_contact9.SAMPLES),
                                        ("contact9_check", "heldout", samples_contact9_check.SAMPLES),
                                        ("contact10", "dev", samples_contact10.SAMPLES),
                                        ("contact10_check", "heldout", samples_contact10_check.SAMPLES),
                                        ("contact11", "dev", samples_contact11.SAMPLES),
                                        ("contact11_check", "heldout", samples_contact11_check.SAMPLES),
                                        ("contact13", "dev", samples_contact13.SAMPLES),
                                        ("contact13_check", "heldout", samples_contact13_check.SAMPLES),
                                        ("contact14", "dev", samples_contact14.SAMPLES),
                                        ("contact14_check", "heldout", samples_contact14_check.SAMPLES),
                                        ("contact16", "dev", samples_contact16.SAMPLES),
                                        ("contact16_check", "heldout", samples_contact16_check.SAMPLES)):
        out = out_dir / f"{name}.jsonl"
        with out.open("w", encoding="utf-8") as handle:
            for number, (family, marked) in enumerate(marked_samples, start=1):
                text, annotations = unmark(marked)
                record = {"id": f"{name}-{family}-{number:03d}", "split": split, "text": text,
                          "annotations": annotations}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{len(marked_samples)} samples -> {out}")


if __name__ == "__main__":
    main()
