"""Marked samples written after the round-6 fixes (record ids, birth dates in records, python-stdnum labels, bank
numbers) and never tuned on: measured only. New layouts and phrasings of the same kinds, and negatives."""

SAMPLES = [
    # --- record identifiers ---------------------------------------------------------------------
    ("id", "Hi team, the tenant (unit 4B) gave her tenancy reference ⟦ID_NUMBER:TR-99031-22⟧ on the phone."),
    ("id", "- patient: {given: Aiko, family: Mori, chart: ⟦ID_NUMBER:CH-0048812⟧}"),
    ("id", "ERROR 2024-06-02 lookup failed for account_ref=⟦ID_NUMBER:AR77120934⟧ (owner e.vance@fastmail.com)"),
    ("id", "Mitgliedsnr. ⟦ID_NUMBER:55-120-933⟧, Herr Vogel"),
    ("id", "numéro de dossier ⟦ID_NUMBER:2024-DS-00412⟧ — Mme Petit"),
    ("id", "student_number,first,last\n⟦ID_NUMBER:s2291034⟧,Ravi,Kumar\n⟦ID_NUMBER:s2291077⟧,Mei,Tan"),
    ("id", "| Surname | Given | Badge # |\n|---|---|---|\n| Okafor | Chidi | ⟦ID_NUMBER:B-7781⟧ |"),
    ("id", "His insurance card shows ⟦ID_NUMBER:XKP 884 120 33⟧ as the number."),
    ("id", "Reference number: ⟦ID_NUMBER:QL/88/00412⟧ (Mr. Adeyemi's complaint)"),
    ("id", "UPDATE users SET locked = true WHERE user_ref = '⟦ID_NUMBER:U0099812⟧';  -- requested by Mrs Gray"),
    ("id", "Kundennummer lautet ⟦ID_NUMBER:K-3381120⟧, Ansprechpartnerin Frau Roth."),
    ("id", "El número de socio es ⟦ID_NUMBER:00088123⟧; la socia se llama Lucía Vidal."),
    ("id", "Voter ID ⟦ID_NUMBER:ABC1234567⟧ — Mr. Rao"),
    # --- birth dates ----------------------------------------------------------------------------
    ("dob", "Mr. Tanaka — ⟦DATE_OF_BIRTH:17/08/1971⟧ — Osaka"),
    ("dob", '{"fullName": "Ines Duarte", "sex": "F", "dt": "⟦DATE_OF_BIRTH:1993-12-01⟧"}'),
    ("dob", "Date of birth / Geburtsdatum: ⟦DATE_OF_BIRTH:29 Feb 1988⟧"),
    ("dob", "Born: ⟦DATE_OF_BIRTH:October 3rd, 1975⟧"),
    ("dob", "Urodzony ⟦DATE_OF_BIRTH:5.VI.1959⟧ w Krakowie"),
    ("dob", "name;birthday;city\nPaula Ortiz;⟦DATE_OF_BIRTH:04.11.1986⟧;Sevilla"),
    ("dob", "Customer Ada Obi, ⟦DATE_OF_BIRTH:1977-05-19⟧, asked to update her phone."),
    ("dob", "geboren am ⟦DATE_OF_BIRTH:3. Juli 1968⟧ in Graz"),
    # --- national / tax ids -----------------------------------------------------------------------
    ("nid", "PESEL ⟦NATIONAL_ID:44051401359⟧"),
    ("nid", "TC Kimlik No: ⟦NATIONAL_ID:10000000146⟧"),
    ("nid", "Identity Number (Israel): ⟦NATIONAL_ID:039337423⟧"),
    ("nid", "Personnummer ⟦NATIONAL_ID:811218-9876⟧"),
    ("tax", "CUIT ⟦TAX_ID:20-26756539-3⟧"),
    ("tax", "ИНН ⟦TAX_ID:7707083893⟧"),
    ("tax", "VKN: ⟦TAX_ID:4540536920⟧"),
    # --- bank numbers -----------------------------------------------------------------------------
    ("bank", "Bankverbindung: Konto ⟦ID_NUMBER:0532013000⟧, BLZ ⟦ID_NUMBER:37040044⟧"),
    ("bank", "Número de cuenta ⟦ID_NUMBER:0049 1500 05 1234567892⟧"),
    ("bank", "routing number ⟦ID_NUMBER:011000015⟧ and account number ⟦ID_NUMBER:987654321⟧"),
    ("bank", "Branch no. ⟦ID_NUMBER:0456⟧? no: branch code ⟦ID_NUMBER:250655⟧, account ⟦ID_NUMBER:62001234567⟧"),
    # --- negatives --------------------------------------------------------------------------------
    ("negative", "Bump lodash from 4.17.20 to 4.17.21 (#1204)"),
    ("negative", "The invoice template id 7731 renders the company logo at 120x40."),
    ("negative", "GET /v1/customers?page=2&limit=50 200 OK in 34ms"),
    ("negative", "Ticket no. 4471 was closed by the bot; see run 88213 for the logs."),
    ("negative", "cache hit ratio 0.93, keys 120034, evictions 12"),
    ("negative", "Dates: sprint starts 2024-07-01, review 2024-07-12."),
    ("negative", "Patch 1.2.3-rc1 fixes the memory leak in worker 7 (line 1402)."),
]
