"""Round 9's check set: the same mechanisms as samples_names9.py (names in capitals surname first, lower-case
mentions of a word-name found in full, one name under a person key in JSON or logfmt, things and invoice labels that are no person), written after its fixes
and never tuned on (measured only)."""

SAMPLES = [
    ("inverted", "GATE CHANGE NOTICE\n⟦PERSON:FERREIRA, JOANA⟧ 22A\n⟦PERSON:PETERSEN, LARS⟧ 22B"),
    ("inverted", "DOCKET 4471 ⟦PERSON:MCALLISTER, BRIDGET⟧ V. STATE OF OHIO"),
    ("inverted", "can you dedupe these? ⟦PERSON:ABERNATHY, COLIN⟧ / ⟦PERSON:ABERNATHY, COLIN J⟧"),
    ("inverted", "PAYROLL EXCEPTIONS\n⟦PERSON:IWU, NNAMDI⟧ OT 12H\n⟦PERSON:HALVORSEN, INGRID⟧ OT 4H"),
    ("inverted", "| ⟦PERSON:TRAN, MINH⟧ | 1988 | NEW |"),
    ("lower", "⟦PERSON:June Castellano⟧ owns the migration.\nfyi ⟦PERSON:june⟧ is out tomorrow, ping me instead"),
    ("lower", "Escalated to ⟦PERSON:Victor Halloran⟧.\n⟦PERSON:victor⟧: can you confirm the refund went out?"),
    ("lower", "⟦PERSON:Summer Okoye⟧ (QA) signed off.\nthanks ⟦PERSON:summer⟧, shipping it"),
    ("lower", "Owner: ⟦PERSON:Frank Delgado⟧\nhi ⟦PERSON:frank⟧, the cron is failing again"),
    ("lower", "⟦PERSON:Dawn Achterberg⟧ raised it on Monday.\nnot sure ⟦PERSON:dawn⟧ has prod access though"),
    ("keys", '{"id": 88, "assignee": "⟦PERSON:Wojciech⟧", "state": "open"}'),
    ("keys", 'ts=2025-01-07T09:12:44Z level=warn msg="refund retried" requester=⟦PERSON:Ifeoma⟧ attempts=3'),
    ("keys", '"approver": "⟦PERSON:Mirela⟧",\n"approved_at": "2025-02-11"'),
    ("negative", '{"name": "Orders", "owner": "Backend", "reviewer": "Security"}'),
    ("negative", 'job name=Nightly owner=Data region=Frankfurt'),
    ("thai", "ผู้รับ: ⟦PERSON:วรวุฒิ ทองมา⟧ เบอร์ 089-111-2233"),
    ("thai", "ขอบคุณ ⟦PERSON:ปิยะนุช แก้วมณี⟧ ที่ช่วยตรวจเอกสาร"),
    ("thai", "order #5512 ship to ⟦PERSON:อนุชา บุญมา⟧, Bangkok"),
    ("negative", "ระบบจะปิดปรับปรุงวันเสาร์นี้ กรุณาบันทึกงานก่อน"),
    ("negative", "June Castellano owns it. We ship in june if the tests pass."),
    ("negative", "Frank Delgado asked for frank feedback on the design."),
    ("negative", "the bot's reply was empty and the db's latency spiked"),
    ("negative", "Sold To: Northwind Traders\nShip To: Northwind Traders, Pier 9"),
    ("negative", "PARIS, FRANCE / BERLIN, GERMANY / PERTH, WA"),
    ("negative", "CPU, MEMORY AND DISK, NETWORK USAGE ARE GRAPHED BELOW"),
]
