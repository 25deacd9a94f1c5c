"""Marked samples of round 7's identifier mechanisms, written after their fixes and never tuned on (measured only):
the same mechanisms as samples_ids7.py in other words, layouts and languages.

Build ids7_check.jsonl with:
    python tests/corpus/pii_recall/samples_ids7_check.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    ("acronym", "Beneficiary SSNIT ⟦ID_NUMBER:C018203344556⟧ is in arrears since May."),
    ("acronym", "BVN: ⟦ID_NUMBER:22190334812⟧ — KYC tier 2 requested by the customer"),
    ("acronym", "Please re-key the NRN ⟦ID_NUMBER:85.07.30-033.61⟧ into the HR form"),
    ("acronym", "He quoted his UCI ⟦ID_NUMBER:1123-4567⟧ for the visa file"),
    ("acronym", "AHCCCS ID ⟦ID_NUMBER:A12345678⟧ (Maricopa) - renewal due"),
    ("acronym", "Booking RLOC: ⟦ID_NUMBER:ZX4K9Q⟧, pax 2"),
    ("negative", "Set TLS 1300 ms timeout and use SHA 256 everywhere; GMT 1700000000."),
    ("negative", "The NASA 2024 report and the WHO 2023 update mention EUR 45000 grants."),
    ("script", "رقم بطاقة الهوية: ⟦NATIONAL_ID:1098765432⟧"),
    ("script", "ת\"ז ⟦NATIONAL_ID:318765432⟧ של המבוטח"),
    ("script", "आधार कार्ड नंबर ⟦NATIONAL_ID:3456 7890 1238⟧ दें"),
    ("script", '{"cpr": "⟦NATIONAL_ID:2506924033⟧", "navn": "Jens"}'),
    ("record", "Rechnungen ⟦ID_NUMBER:RE-2024-08812⟧, ⟦ID_NUMBER:RE-2024-08819⟧ und ⟦ID_NUMBER:RE-2024-08830⟧ sind offen"),
    ("record", "по заказу ⟦ID_NUMBER:ЗК-558120⟧ возврат не пришёл"),
    ("record", "Subscriber ⟦ID_NUMBER:W227781104⟧ grp ⟦ID_NUMBER:0041127⟧ (Cigna)"),
    ("dob", "D.O.B. ⟦DATE_OF_BIRTH:02-FEB-71⟧ NHS no. pending"),
    ("dob", "Geburtsdatum: ⟦DATE_OF_BIRTH:5. Jan. '84⟧"),
    ("dob", "生年月日: ⟦DATE_OF_BIRTH:平成元年4月8日⟧"),
    ("dob", "she said her birthday is ⟦DATE_OF_BIRTH:the ninth of june nineteen ninety⟧"),
    ("dob", "date de naissance : ⟦DATE_OF_BIRTH:douze mars mille neuf cent quatre-vingt⟧"),
    ("bank", "Bankgironummer ⟦BANK_ACCOUNT:5891-2231⟧ (Föreningen Solrosen)"),
    ("bank", "סניף ⟦BANK_ACCOUNT:781⟧ חשבון ⟦BANK_ACCOUNT:22419⟧ בבנק לאומי"),
    ("plate", "reg. ⟦LICENSE_PLATE:YK67 HNB⟧ seen on the camera at 03:10"),
    ("plate", "taxi ⟦LICENSE_PLATE:DL-01-CA-4412⟧ picked her up"),
    ("login", "muted by ⟦USERNAME:quietstorm⟧ for 24h; appeal via modmail"),
    ("login", '{"event": "export", "actor": "⟦USERNAME:t.ferreira⟧", "rows": 1200}'),
    ("login", "2025-11-30 08:01:44 INFO ⟦USERNAME:hr_lnguyen⟧ downloaded payroll.csv"),
    ("login", "ping ⟦USERNAME:/u/marble_owl⟧ about the giveaway"),
    ("login", "UPI id: ⟦USERNAME:9876543210@ybl⟧"),
    ("phone", "WhatsApp ⟦PHONE:+91 98O1 234 567⟧ anytime"),
    ("phone", "SSR CTCM AF HK1 ⟦PHONE:33612345678⟧/P1"),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "ids7_check.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"ids7_check-{family}-{number:03d}", "split": "heldout", "text": text,
                      "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
