"""Marked samples of round 9's person mechanisms (issue 12), read from the aggregate leak tables of the blind
corpora (never their cases) and written before the fixes: names in capitals written surname first (passenger and
court lists, rosters: "OKAFOR, CHIDI"), one capitalised name under a person key in JSON or logfmt
({"reviewer": "Tjarko"}, name=Tjarko; added after the first fixes, from probes), lower-case mentions of a first name that is also a word once the person
is found in full ("Grace Whitfield ... grace will own the rota"), and precision cases the lead saw on our own
texts ("the app's config", "Bill To:"). The `negative` family carries no annotation."""

SAMPLES = [
    # --- names in capitals, surname first ----------------------------------------------------------
    ("inverted", "PASSENGER LIST\n⟦PERSON:OKAFOR, CHIDI⟧ 14C\n⟦PERSON:LARSSON, HENRIK⟧ 14D\n⟦PERSON:NAKAMURA, YUKI⟧ 15A"),
    ("inverted", "Court list for Monday: ⟦PERSON:REYES, TIFFANY⟧ - case 22-1045; ⟦PERSON:BRENNAN, JOSEPH⟧ - case 22-1046"),
    ("inverted", "The manifest shows ⟦PERSON:OKONKWO, ADAEZE⟧ in seat 3F."),
    ("inverted", "ROSTER WK 14\n⟦PERSON:SHAPIRO, DANIEL⟧ NIGHTS\n⟦PERSON:MENDES, ANA LUIZA⟧ DAYS"),
    ("inverted", "printout from the old AS/400: 00412 ⟦PERSON:KOWALCZYK, MAREK⟧ 1979 ACTIVE"),
    # --- lower-case mentions of a word-name found in full ------------------------------------------
    ("lower", "⟦PERSON:Grace Whitfield⟧ joined the infra team on Monday.\nquick note: ⟦PERSON:grace⟧ will own the on-call rota from next week."),
    ("lower", "Thanks, ⟦PERSON:Rose Delacroix⟧\n\n⟦PERSON:rose⟧ - can you resend the deck?"),
    ("lower", "Assigned to ⟦PERSON:Mark Obi⟧.\nupdate: ⟦PERSON:mark⟧ said the invoices reconcile now"),
    ("lower", "⟦PERSON:Hope Adeyemi⟧ is the DPO.\nwe should loop in ⟦PERSON:hope⟧'s team before shipping the export"),
    ("lower", "Reviewer: ⟦PERSON:Faith Mensah⟧\nlgtm from me, waiting on ⟦PERSON:faith⟧ and the CI"),
    # --- the surname in capitals, the given name in title case (read from the tables after the first fixes) ---
    ("inverted", "Passengers: ⟦PERSON:OKAFOR, Chidi⟧ (14C); ⟦PERSON:LARSSON, Henrik⟧ (14D)"),
    ("inverted", "Cited as ⟦PERSON:MARTINEZ, Sofia⟧ (2019). Data privacy in practice."),
    ("inverted", "Defendant: ⟦PERSON:BRENNAN, Joseph Patrick⟧"),
    ("negative", "NOTES, Release 2.1 and PARIS, France"),
    ("negative", "Offices: DALLAS, Texas and AUSTIN, Texas"),
    ("negative", "ERROR, Connection refused by upstream"),
    # --- one capitalised name under a person key in JSON or logfmt (found after the first fixes, on our probes) ---
    ("keys", '{"reviewer": "⟦PERSON:Tjarko⟧", "status": "approved"}'),
    ("keys", '2024-03-02 10:14:03 INFO login ok name=⟦PERSON:Tjarko⟧'),
    ("keys", '{"owner": "⟦PERSON:Nneka⟧", "service": "billing"}'),
    ("keys", '[{"author": "⟦PERSON:Nneka⟧", "body": "LGTM"}, {"author": "⟦PERSON:Oyelaran⟧", "body": "nit"}]'),
    ("negative", '{"name": "Payments", "owner": "Platform", "image": "Nginx"}'),
    ("negative", 'deploy name=Release env=Staging owner=Infra'),
    # --- a surname with a typographic apostrophe, which the model splits (found on probes) -------------
    ("apostrophe", "Ticket from ⟦PERSON:Siobhan O’Brien⟧.\n⟦PERSON:O’Brien⟧ says the export is broken."),
    # --- Thai names from PyThaiNLP's lists (Faker's th_TH has 500 given and 250 family names) ----------
    ("thai", "ลูกค้าชื่อ ⟦PERSON:สมชาย ใจดี⟧ โทร 081-234-5678"),
    ("thai", "คุณ⟦PERSON:สมชาย ใจดี⟧ แจ้งว่าพัสดุยังไม่มาถึง"),
    ("thai", "ส่งถึง ⟦PERSON:ธนพล วงศ์สวัสดิ์⟧ 99/1 ถนนสุขุมวิท"),
    ("negative", "ฉันเชื่อ ว่าระบบล่ม"),
    # --- negatives -------------------------------------------------------------------------------
    ("negative", "Can you check the app's config before the deploy?"),
    ("negative", "Bill To: Acme Holdings, 4 Main Rd"),
    ("negative", "Ship To\nWarehouse 3, Dock B"),
    ("negative", "ORLANDO, FLORIDA and DALLAS, TEXAS are the two launch cities."),
    ("negative", "Grace Whitfield set the policy: the grace period will be 14 days, no more."),
    ("negative", "Mark Obi wrote it. Then mark the ticket as done and close the sprint."),
    ("negative", "ERROR, WARNING and INFO are the levels; DEBUG, TRACE are off."),
]
