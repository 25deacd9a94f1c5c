"""Marked samples of round 7's identifier mechanisms (issue 12), written before their fixes from realistic traffic:
acronym labels of any country's number, national-id labels in other scripts and as keys, codes after record words
in other languages and in lists, birth dates in more layouts (two-digit years, ordinals, week dates, impossible
dates, Japanese eras, Arabic-Indic digits, spelled out), bank numbers without an IBAN, plates after short labels,
logins in moderation and audit lines, phones with a letter O. The `negative` family carries no annotation:
public acronyms before numbers (RFC, CVE, ISO, HTTP, PID, UTC ...), versions and ports must stay.

Build ids7.jsonl (leakbench's JSONL format) with:
    python tests/corpus/pii_recall/samples_ids7.py
"""
import json
import sys
from pathlib import Path

SAMPLES = [
    # --- 1. acronym labels ------------------------------------------------------------------------
    ("acronym", "Client record: GSIS ⟦ID_NUMBER:2004-5521-907⟧, retired teacher, Quezon City branch."),
    ("acronym", "Her NIN is ⟦ID_NUMBER:71928364051⟧ and the form still says pending."),
    ("acronym", "Please verify CNP ⟦ID_NUMBER:1850412223344⟧ before we release the funds."),
    ("acronym", "KRA PIN ⟦ID_NUMBER:A004512378Q⟧ — supplier onboarding for Wanjiru Kamau"),
    ("acronym", "EPF UAN ⟦ID_NUMBER:100877665544⟧ linked to the payroll export for Suresh"),
    ("acronym", "patient NHI ⟦ID_NUMBER:ZKT4471⟧ was discharged on Friday"),
    ("acronym", "RUC: ⟦ID_NUMBER:20512345678⟧ (razón social: Inversiones Quispe SAC)"),
    ("acronym", "MBI ⟦ID_NUMBER:5EG4-TE5-MK73⟧ on the claim does not match the card"),
    ("acronym", "PhilHealth PIN ⟦ID_NUMBER:19-025512345-7⟧ please update"),
    ("acronym", "CI ⟦ID_NUMBER:4.512.339-2⟧ del titular, Montevideo"),
    ("acronym", "the traveller's KTN ⟦ID_NUMBER:TT18K44Q⟧ was rejected at check-in"),
    ("acronym", "FF AY ⟦ID_NUMBER:600482217⟧ added to the booking"),
    ("acronym", "Sponsor CoS ⟦ID_NUMBER:C2G7119002K⟧ assigned, start date pending"),
    ("acronym", "Recloc ⟦ID_NUMBER:KJ7W2P⟧ – seat 14C, vegetarian meal"),
    ("acronym", "NUIP ⟦ID_NUMBER:1.023.456.789⟧ registrado en la notaría"),
    # --- 2. national-id labels in other scripts and as keys ---------------------------------------
    ("script", "מספר ת\"ז: ⟦NATIONAL_ID:039337423⟧, טלפון לחזרה אחרי 17:00"),
    ("script", "הלקוח (ת.ז. ⟦NATIONAL_ID:204411872⟧) ביקש לבטל"),
    ("script", "الرقم الوطني: ⟦NATIONAL_ID:9881044120⟧ — يرجى التحقق"),
    ("script", "आधार संख्या ⟦NATIONAL_ID:4431 8820 1175⟧ अपडेट करें"),
    ("script", "身份证号：⟦NATIONAL_ID:44030519900307341X⟧，请核对"),
    ("script", "個人番号 ⟦NATIONAL_ID:8812 4470 3351⟧ を登録しました"),
    ("script", "주민등록번호: ⟦NATIONAL_ID:880412-1234567⟧"),
    ("script", "사업자등록번호 ⟦TAX_ID:220-81-62517⟧ (주식회사 한빛)"),
    ("script", "ИИН ⟦NATIONAL_ID:900415300123⟧ клиента, Алматы"),
    ("script", "СНИЛС ⟦NATIONAL_ID:112-233-445 95⟧ указан неверно"),
    ("key", '{"name": "Sigrun Jonsdottir", "kennitala": "⟦NATIONAL_ID:1201743399⟧", "city": "Akureyri"}'),
    ("key", "employee:\n  name: Mads Holm\n  cpr: \"⟦NATIONAL_ID:0707614285⟧\"\n  dept: finance"),
    ("key", '{"personnummer": "⟦NATIONAL_ID:19811218-9876⟧", "status": "active"}'),
    ("key", "aadhaar_no=⟦NATIONAL_ID:5512 9087 3364⟧ kyc_status=PENDING"),
    ("key", '{"henkilotunnus": "⟦NATIONAL_ID:131052-308T⟧", "kunta": "Tampere"}'),
    ("key", "<cpf>⟦NATIONAL_ID:52998224725⟧</cpf>"),
    # --- 3. codes after record words, in any language, and lists ------------------------------------
    ("record", "Номер договора ⟦ID_NUMBER:КР-2024/77815⟧ от 12 марта, заёмщик Смирнова"),
    ("record", "накладная ТТН ⟦ID_NUMBER:20450011223344⟧ ще не доставлена"),
    ("record", "Le pratiche (n. ⟦ID_NUMBER:PR-55120⟧ e ⟦ID_NUMBER:PR-55184⟧) sono ferme in attesa di firma."),
    ("record", "claims ⟦ID_NUMBER:CLM-88120⟧, ⟦ID_NUMBER:CLM-88121⟧ and ⟦ID_NUMBER:CLM-88174⟧ belong to the same insured"),
    ("record", "Emp code ⟦ID_NUMBER:HR4471⟧ - leave balance query"),
    ("record", "Member ID ⟦ID_NUMBER:XQW884120331⟧ group ⟦ID_NUMBER:00772⟧ – Blue Cross PPO"),
    ("record", "622091000019⟦BANK_ACCOUNT:84412309777⟧      0000012500⟦ID_NUMBER:EMP0000447120⟧  ⟦PERSON:HALVORSEN KARI⟧          0091000010000001"),
    ("record", "Numer umowy: ⟦ID_NUMBER:UM/2025/004417⟧ – klient Nowak"),
    # --- 4. birth dates ---------------------------------------------------------------------------
    ("dob", "DOB: ⟦DATE_OF_BIRTH:07-SEP-83⟧  Sex: M  Ward 4"),
    ("dob", "Her birthday is the ⟦DATE_OF_BIRTH:21st of Nov '88⟧, send the card early."),
    ("dob", "born ⟦DATE_OF_BIRTH:1992-W14-3⟧ per the import format (ISO week date)"),
    ("dob", "date of birth: ⟦DATE_OF_BIRTH:30/02/1987⟧ — the form accepted it anyway"),
    ("dob", "生年月日：⟦DATE_OF_BIRTH:平成3年11月22日⟧"),
    ("dob", "生年月日 ⟦DATE_OF_BIRTH:昭和58年1月9日⟧ 性別 女"),
    ("dob", "تاريخ الميلاد: ⟦DATE_OF_BIRTH:١٩٨٥/٠٣/١٤⟧"),
    ("dob", "تاريخ الميلاد ⟦DATE_OF_BIRTH:١٤٠٨/٠٧/٠٢ هـ⟧"),
    ("dob", "caller gave her date of birth as ⟦DATE_OF_BIRTH:july fourth nineteen seventy nine⟧"),
    ("dob", "fecha de nacimiento: ⟦DATE_OF_BIRTH:veintitrés de abril de mil novecientos noventa⟧"),
    ("dob", "Team sheet: Liam Byrne (⟦DATE_OF_BIRTH:03/04/2011⟧), Ava Kelly (⟦DATE_OF_BIRTH:17/09/2011⟧), Noah Walsh (⟦DATE_OF_BIRTH:22/01/2012⟧)"),
    ("dob", "Birthdays this month:\nPriya Nair — ⟦DATE_OF_BIRTH:14 May 1990⟧\nTom Fischer — ⟦DATE_OF_BIRTH:29 May 1985⟧"),
    ("dob", "geboren am ⟦DATE_OF_BIRTH:3. Okt. '79⟧ in Graz"),
    # --- 5. bank numbers without an IBAN --------------------------------------------------------------
    ("bank", "Kontonummer ⟦BANK_ACCOUNT:8601 11 17947⟧ (DNB), eier Ola Hansen"),
    ("bank", "Betala till Bankgiro ⟦BANK_ACCOUNT:5050-1055⟧ senast den 30:e"),
    ("bank", "PlusGiro ⟦BANK_ACCOUNT:90 20 03-7⟧ för föreningen"),
    ("bank", "פרטי העברה: בנק ⟦BANK_ACCOUNT:10⟧ סניף ⟦BANK_ACCOUNT:912⟧ חשבון ⟦BANK_ACCOUNT:4471203⟧"),
    ("bank", "pay to sort ⟦ROUTING_NUMBER:40-11-62⟧ acc ⟦BANK_ACCOUNT:31926819⟧, ref rent March"),
    ("bank", "A/c no ⟦BANK_ACCOUNT:50100442187730⟧ IFSC ⟦ROUTING_NUMBER:HDFC0001234⟧ (Anil Mehta)"),
    # --- 6. plates --------------------------------------------------------------------------------
    ("plate", "Reg ⟦LICENSE_PLATE:KT19 XRW⟧ was clamped outside the depot"),
    ("plate", "parking permit: vehicle=⟦LICENSE_PLATE:BD51 SMR⟧ bay=12"),
    ("plate", "Parked car ⟦LICENSE_PLATE:MH-14-DX-2291⟧ blocking the gate, owner unknown"),
    ("plate", "reg: ⟦LICENSE_PLATE:WX68 PLN⟧, colour silver, Ford Focus"),
    ("plate", "la plaque ⟦LICENSE_PLATE:GH-482-KT⟧ a été flashée deux fois"),
    # --- 7. logins --------------------------------------------------------------------------------
    ("login", "[modlog] user ⟦USERNAME:frostbyte_99⟧ banned by ⟦USERNAME:nightowlmod⟧ for spam"),
    ("login", '{"action": "merge", "by": "⟦USERNAME:rkapoor⟧", "at": "2026-02-11T10:04:00Z"}'),
    ("login", "Escalation owner ⟦PERSON:Kwame Boateng⟧ (⟦USERNAME:kboateng⟧) is on leave this week."),
    ("login", "Cross-posted from ⟦USERNAME:u/quiet_harbor_17⟧ on r/personalfinance"),
    ("login", "Player ⟦USERNAME:ShadowLynx⟧ reported ⟦USERNAME:GrimTusk88⟧ for griefing on EU-2"),
    ("login", "2026-03-09 14:22:10 ⟦USERNAME:ops_mlarsen⟧ exported 4,120 customer records"),
    ("login", "send the refund to ⟦USERNAME:deepa.iyer@okhdfcbank⟧ via UPI"),
    # --- 8. phones --------------------------------------------------------------------------------
    ("phone", "call me on ⟦PHONE:+44 77O0 900 123⟧ after six"),
    ("phone", "SSR CTCM YY HK1 ⟦PHONE:447700900456⟧/P1"),
    ("phone", "Reminder sent to Lerato ⟦PHONE:0821234567⟧ at 09:00"),
    # --- negatives: public acronyms, versions, ports, ids of things --------------------------------------
    ("negative", "See RFC 7231 section 6.5.1 and ISO 8601 for the date format."),
    ("negative", "Fixed in CVE 2024 3094 follow-up; HTTP 404 returned for PID 44120."),
    ("negative", "UTC 1700000000 is the epoch we pinned; TTL 86400 on the record."),
    ("negative", "PR 4471 bumps the SDK to 2.14.0 and the API now listens on TCP 8443."),
    ("negative", "The GPU has 24576 MB; CPU 3200 MHz; RAM 65536 MB in the new nodes."),
    ("negative", "Exit code 137 means OOM; see the K8S 1.29 notes and PEP 8."),
    ("negative", "SELECT id, total FROM orders WHERE id = 120044 LIMIT 10;"),
    ("negative", "Reg 2023/2854 of the EU (the Data Act) applies from September."),
    ("negative", "user guide: see section 4.2, figure 12, page 180 for the CLI flags"),
]


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from build import unmark

    out = Path(__file__).resolve().parent / "ids7.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for number, (family, marked) in enumerate(SAMPLES, start=1):
            text, annotations = unmark(marked)
            record = {"id": f"ids7-{family}-{number:03d}", "split": "dev", "text": text, "annotations": annotations}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(SAMPLES)} samples -> {out}")


if __name__ == "__main__":
    main()
