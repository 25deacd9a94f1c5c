"""Check set of round 9's identifier mechanisms, written after their fixes and never tuned on (measured only): program
ids of people, ids beside a person in table rows, national-id keys and dotted ids, a form's label with its value below,
birth dates in compact layouts, keyed lists and more languages, plates without a label, GSTINs, ids under a role key.
The `negative` family carries no annotation.

Build ids9_check.jsonl with:
    python tests/corpus/pii_recall/samples_ids9_check.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    ("prefixed", "2026-01-09T08:14:02Z billing: invoice.paid for ⟦ID_NUMBER:cus_PmX4r8TqL2vW9z⟧ amount=4900"),
    ("prefixed", "DELETE /v1/students/⟦ID_NUMBER:stu_5520913⟧ -> 204"),
    ("prefixed", "can you merge ⟦ID_NUMBER:cust_77120⟧ into ⟦ID_NUMBER:cust_77184⟧? same woman, two accounts"),
    ("prefixed", "tenant_ref ⟦ID_NUMBER:tenant_300912⟧ moved out"),
    ("row", "⟦ID_NUMBER:S10442⟧\t⟦PERSON:Aiko Tanaka⟧\tYear 9\n⟦ID_NUMBER:S10443⟧\t⟦PERSON:Ben Carter⟧\tYear 9"),
    ("row", "badge;name;floor\n⟦ID_NUMBER:884120⟧;⟦PERSON:Lena Fischer⟧;3\n⟦ID_NUMBER:884121⟧;⟦PERSON:Omar Haddad⟧;5"),
    ("row", "⟦PERSON:Grace Mensah⟧ #⟦ID_NUMBER:55120931⟧ asked about her refund"),
    ("nid", '{"cedula": "⟦NATIONAL_ID:52.881.004⟧", "ciudad": "Medellín"}'),
    ("nid", "personal:\n  tckn: \"⟦NATIONAL_ID:10000000146⟧\"\n  city: Izmir"),
    ("nid", '{"id_card_number": "⟦NATIONAL_ID:AB1234567⟧"}'),
    ("nid", "DNI: ⟦NATIONAL_ID:30.456.789⟧ — titular de la cuenta"),
    ("form", "Identity card number\n⟦NATIONAL_ID:920315-08-5521⟧"),
    ("form", "Date of Birth:\n⟦DATE_OF_BIRTH:17/08/1979⟧\nEmployee ID:\n⟦ID_NUMBER:EMP-30017⟧"),
    ("form", "Tax number\n\n⟦TAX_ID:87-1234567⟧"),
    ("dob", "DOB ⟦DATE_OF_BIRTH:04JUL1979⟧ (per passport)"),
    ("dob", "date of birth ⟦DATE_OF_BIRTH:4.JUL.1979⟧"),
    ("dob", "Birth dates that need fixing:\n#1 -> ⟦DATE_OF_BIRTH:31/06/1990⟧\n#2 -> ⟦DATE_OF_BIRTH:1990-6-31⟧"),
    ("dob", "Datum rojstva: ⟦DATE_OF_BIRTH:5. 4. 1982⟧"),
    ("dob", "Dátum narodenia: ⟦DATE_OF_BIRTH:05.04.1982⟧"),
    ("dob", "Sünnikuupäev ⟦DATE_OF_BIRTH:05.04.1982⟧"),
    ("plate", "a white Transit ⟦LICENSE_PLATE:LB68 XKT⟧ keeps blocking the loading bay"),
    ("plate", "my Peugeot ⟦LICENSE_PLATE:GH-482-KT⟧ got a ticket in Lyon"),
    ("plate", "Caught on camera: ⟦LICENSE_PLATE:WN19 ZPA⟧ doing 48 in a 30"),
    ("plate", "Halter,Fahrzeug,Kennzeichen\nMeier,VW Golf,⟦LICENSE_PLATE:HH-KL 882⟧\nSchulz,Opel Corsa,⟦LICENSE_PLATE:K-ZT 19⟧"),
    ("tax", "vendor GSTIN ⟦TAX_ID:07AABCU9603R1ZP⟧ on the invoice is wrong"),
    ("role", "ts=2026-01-09T09:00:01Z evt=chart.open patient=⟦ID_NUMBER:MRN00412277⟧ user=⟦USERNAME:nurse_kb⟧"),
    ("role", '{"event": "renewal", "subscriber": "⟦ID_NUMBER:SB-448120⟧"}'),
    ("negative", "2026-01-09 08:00:00 INFO cache warmed: user_sessions=1200 emp_table=ok"),
    ("negative", "Sprint board: PROJ-4471, PROJ-4472 and OPS-1180 are blocked"),
    ("negative", "the BMW X5 and the Audi Q7 2021 model are on order; RFC 8446 TLS 1.3"),
    ("negative", "Customer: Globex 2000 GmbH, client=python-requests/2.31"),
    ("negative", "version,build,date\n2.14.0,4471,2026-01-09\n2.15.0,4472,2026-01-16"),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "ids9_check.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"ids9_check-{family}-{number:03d}", "split": "heldout", "text": text,
                      "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
