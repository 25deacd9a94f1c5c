"""Marked samples of round 9's identifier mechanisms (issue 12), written before their fixes from the aggregate leak
tables of the blind corpora (never their cases): ids of people in log lines and chat without a colon label (a person
word, then the code: `employee EMP-20451`, `member 88120334`; a program's lower-case ids of its users: `usr_48213`,
`cus_Q8f3LmZp2XkR1a`), national ids in prose, short answers and JSON under keys of many spellings, dates of birth in
compact and dotted month layouts and in listed rows under a birth header, licence plates of several countries without
a label, tax numbers (Philippine TIN, Indian GSTIN) and passports with digits only. The `negative` family carries no
annotation: log lines of a program's own ids, ticket keys, versions and build numbers must stay.

Build ids9.jsonl (leakbench's JSONL format) with:
    python tests/corpus/pii_recall/samples_ids9.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    # --- 1. ids of people in log lines, after a person word without a colon ----------------------------------------
    ("log", "2025-03-14 09:12:44 INFO  payroll-sync updated employee ⟦ID_NUMBER:EMP-20451⟧ (cost centre 4410)"),
    ("log", "[2025-03-14T09:12:44Z] WARN eligibility check failed for member ⟦ID_NUMBER:MBR-778120⟧"),
    ("log", "2025-03-14 09:12:44,201 ERROR PatientService - no chart found for patient ⟦ID_NUMBER:PT-88231⟧"),
    ("log", "Mar 14 09:12:44 crm01 app[311]: customer ⟦ID_NUMBER:C-4471209⟧ requested a data export"),
    ("log", "2025-03-14 10:02:11 AUDIT hr_admin viewed profile of student ⟦ID_NUMBER:S2210458⟧"),
    ("log", "14/03/2025 10:05 DEBUG loading policyholder ⟦ID_NUMBER:PH-30091-2⟧ from cache"),
    ("log", "2025-03-14 10:07:55 INFO user ⟦ID_NUMBER:usr_48213⟧ upgraded plan to pro"),
    ("log", "2025-03-14 10:08:02 webhook customer.subscription.deleted for ⟦ID_NUMBER:cus_Q8f3LmZp2XkR1a⟧"),
    ("log", "ts=2025-03-14T10:09:00Z level=info msg=\"badge scanned\" employee ⟦ID_NUMBER:E204518⟧ door=3F-east"),
    ("log", "2025-03-14 10:11:40 WARN duplicate account for subscriber ⟦ID_NUMBER:SUB-0091-4471⟧, merging"),
    ("log", "2025-03-14 10:12:03 INFO claimant ⟦ID_NUMBER:CL-550812⟧ uploaded 3 documents"),
    ("log", "2025-03-14 10:15:19 ERROR tenant ⟦ID_NUMBER:T-10442⟧ rent payment bounced"),
    # --- 2. ids of people in prose, chat and short answers ------------------------------------------------------------
    ("prose", "Can you check why employee ⟦ID_NUMBER:E-204518⟧ isn't in this month's payroll file?"),
    ("prose", "I'm member ⟦ID_NUMBER:88120334⟧ and my new card still hasn't arrived."),
    ("prose", "The patient ⟦ID_NUMBER:PT-88231⟧ had a follow-up booked but it vanished from the calendar."),
    ("chat", "[10:02] Dana: pulling up student ⟦ID_NUMBER:S2210458⟧ now"),
    ("chat", "agent: thanks! and your customer number?\ncustomer: ⟦ID_NUMBER:CU-448120⟧"),
    ("chat", "Q: what's the employee number on the form?\nA: ⟦ID_NUMBER:E-771093⟧"),
    ("prose", "Merge the duplicate profiles ⟦ID_NUMBER:usr_48213⟧ and ⟦ID_NUMBER:usr_48977⟧, same person."),
    ("prose", "Refund the charge on Stripe customer ⟦ID_NUMBER:cus_NffrFeUfNV2Hib⟧ please"),
    # --- 3. national ids: prose, short answers, JSON keys -------------------------------------------------------------
    ("nid", "Her PESEL is ⟦NATIONAL_ID:85071512345⟧, she moved from Kraków last year."),
    ("nid", "caller verified with BSN ⟦NATIONAL_ID:123456782⟧ before the address change"),
    ("nid", '{"nationalId": "⟦NATIONAL_ID:85071512345⟧", "country": "PL"}'),
    ("nid", '{"citizen_no": "⟦NATIONAL_ID:1201743399⟧", "city": "Reykjavik"}'),
    ("nid", '{"gov_id": "⟦NATIONAL_ID:123-45-6789⟧", "state": "OH"}'),
    ("nid", '{"identity_number": "⟦NATIONAL_ID:8001015009087⟧", "province": "Gauteng"}'),
    ("nid", '{"id_card": "⟦NATIONAL_ID:12345678Z⟧", "city": "Madrid"}'),
    ("nid", "what's your CPF?\n⟦NATIONAL_ID:529.982.247-25⟧"),
    ("nid", "Il codice fiscale del cliente è ⟦NATIONAL_ID:RSSMRA85T10A562S⟧, controlla tu."),
    ("nid", "My social insurance number is ⟦NATIONAL_ID:046 454 286⟧ if you need it for the T4."),
    ("nid", "Identity card no ⟦NATIONAL_ID:S1234567D⟧ belongs to the tenant"),
    ("nid", "Rodné číslo ⟦NATIONAL_ID:7801233540⟧ uvedeno ve smlouvě"),
    # --- 4. dates of birth: layouts and lists under a birth header ---------------------------------------------------
    ("dob", "DOB ⟦DATE_OF_BIRTH:12MAR1985⟧ / sex F / MRN in chart"),
    ("dob", "date of birth: ⟦DATE_OF_BIRTH:12.MAR.1985⟧"),
    ("dob", "born on the ⟦DATE_OF_BIRTH:3rd of March 1985⟧ in Leeds"),
    ("dob", "dob=⟦DATE_OF_BIRTH:12-mar-1985⟧ sex=F"),
    ("dob", "Birth date: ⟦DATE_OF_BIRTH:12. march 1985⟧"),
    ("dob", "birthday ⟦DATE_OF_BIRTH:Nov 21st '88⟧ - don't forget the cake"),
    ("dob", "생년월일: ⟦DATE_OF_BIRTH:1985년 3월 12일⟧"),
    ("dob", "Fecha de nacimiento: ⟦DATE_OF_BIRTH:12 de marzo de 1985⟧"),
    ("dob", "The import rejected these birth dates:\nrow 12: ⟦DATE_OF_BIRTH:12.MAR.1985⟧\nrow 13: ⟦DATE_OF_BIRTH:3rd of March 1985⟧\nrow 17: ⟦DATE_OF_BIRTH:1985/13/03⟧"),
    ("dob", "DOB column failed to parse on:\nline 4 -> ⟦DATE_OF_BIRTH:03/12/85⟧\nline 9 -> ⟦DATE_OF_BIRTH:12-Mar-1985⟧"),
    ("dob", "DOB: ⟦DATE_OF_BIRTH:12/03/1985⟧ (patient says 13th, check)"),
    # --- 5. licence plates without a label ---------------------------------------------------------------------------
    ("plate", "Someone in a grey Golf ⟦LICENSE_PLATE:KX21 PLM⟧ has parked across my drive three days running."),
    ("plate", "the van ⟦LICENSE_PLATE:AB12 CDE⟧ was caught by the camera at 17:42"),
    ("plate", "Fahrzeug;Kennzeichen;Halter\nVW Passat;⟦LICENSE_PLATE:M-AB 1234⟧;Huber\nBMW 320d;⟦LICENSE_PLATE:B-MW 4471⟧;Schmidt"),
    ("plate", "car,plate,driver\nFiat Panda,⟦LICENSE_PLATE:AB 123 CD⟧,Rossi\nToyota Yaris,⟦LICENSE_PLATE:EF 456 GH⟧,Bianchi"),
    ("plate", "My Audi (⟦LICENSE_PLATE:1-ABC-234⟧) was towed from the Grote Markt."),
    ("plate", "the Tesla ⟦LICENSE_PLATE:M-EV 123E⟧ charges at bay 4"),
    # --- 6. tax ids, passports, licences ------------------------------------------------------------------------------
    ("tax", "Please put TIN ⟦TAX_ID:123-456-789⟧ on the BIR 2316 form."),
    ("tax", "supplier,gstin,state\nSharma Traders,⟦TAX_ID:27AAPFU0939F1ZV⟧,MH\nRao Foods,⟦TAX_ID:29ABCDE1234F1Z5⟧,KA"),
    ("tax", '{"tin": "⟦TAX_ID:123-456-789-000⟧", "registered_name": "Dela Cruz Trading"}'),
    ("passport", "his passport number is ⟦PASSPORT:512345678⟧, expires 2031"),
    ("passport", "Passport ⟦PASSPORT:C01X00T47⟧ scanned at the kiosk"),
    ("license", "driving licence?\n⟦DRIVER_LICENSE:D1234567⟧"),
    # --- 7. added during the round (probes written before their fixes): birth labels of more languages, ids under
    # a person's role key in logfmt
    ("dob", "Datum rođenja: ⟦DATE_OF_BIRTH:12.03.1985⟧."),
    ("dob", "Tanggal lahir: ⟦DATE_OF_BIRTH:12-03-1985⟧, tempat: Bandung"),
    ("dob", "Data Nasc.: ⟦DATE_OF_BIRTH:12/03/1985⟧"),
    ("dob", "Anna Nowak, ur. ⟦DATE_OF_BIRTH:12.03.1985⟧ w Krakowie"),
    ("log", "2024-03-02 10:00:12 INFO action=view patient=⟦ID_NUMBER:PT-2024-0041⟧ by=⟦USERNAME:drsmith⟧"),
    ("log", "level=warn msg=\"renewal failed\" member=⟦ID_NUMBER:20214471⟧ plan=gold"),
    ("before", "⟦NATIONAL_ID:77082514178⟧ is my PESEL, the old one was wrong"),
    ("before", "use ⟦NATIONAL_ID:4-2416-07417-86-4⟧ (her national ID number) for the booking"),
    ("before", "⟦NATIONAL_ID:756.2140.3579.85⟧ is my AHV number"),
    ("before", "ok so ⟦ID_NUMBER:E-204518⟧ is his employee number"),
    ("possessive", "hey can you check ⟦ID_NUMBER:E4471⟧'s leave balance"),
    ("possessive", "the cardholder ⟦ID_NUMBER:C88120⟧ disputed it"),
    ("negative", "PR-4471's diff touches the A320's wing model"),
    ("negative", "Port 8080 is the default and version 2.14.0 is the latest; 44120 is the ticket number"),
    # --- negatives: a program's own ids in logs, ticket keys, versions, builds ----------------------------------------
    ("negative", "2025-03-14 09:12:44 INFO worker-3 processed job JOB-20451 in 120 ms"),
    ("negative", "2025-03-14 09:12:44 ERROR build 44120 failed on runner ci-7, see PROJ-4471"),
    ("negative", "Mar 14 09:12:44 api[311]: request req_8f3LmZp2XkR1a completed 200 in 31ms"),
    ("negative", "Bumped to v2.14.0; release notes in JIRA-44120 and CHG-0091822."),
    ("negative", "the A320 G-EZTH landed at 17:42, gate B12"),
    ("negative", "Upgrade the M2 to 16GB; part no. MX-20451 in the catalogue."),
    ("negative", "2025-03-14 10:07:55 INFO product prod_48213 price updated to 19.99"),
    ("negative", "customer: ACME-2024 Ltd, client=curl/8.4.0, CI-CD 2024 roadmap"),
    ("negative", "INSERT INTO customers (external_ref) VALUES ('cus_0001');"),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "ids9.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"ids9-{family}-{number:03d}", "split": "dev", "text": text, "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
