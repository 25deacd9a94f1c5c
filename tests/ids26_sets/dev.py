"""Dev texts for ticket keys whose prefix is a common word and record ids in code and tool output (issue 12,
round 26; written before the code). A case is (text, value) or (text, value, segment kind)."""
DEV = [
 # 1. project keys whose prefix is a word or a common acronym, where their place says they are keys
 # after a case word
 ("The job was started by Hanna for ticket OPS-4410.", "OPS-4410"),
 ("Escalated ticket HR-2231 for Mrs. Ndlovu: payroll missed her overtime.", "HR-2231"),
 ("Der Vorgang PAY-0917 betrifft die Lohnabrechnung von Herrn Vogel.", "PAY-0917"),
 ("Le dossier CLAIM-4410 de Mme Girard attend l'expertise.", "CLAIM-4410"),
 # a tracker's own JSON
 ('{"tool": "jira.get_issue", "key": "SUP-2207"}', "SUP-2207", "tool_result"),
 ('{"issues": [{"key": "BANK-907", "fields": {"summary": "Card blocked", "reporter": "Lena Fischer"}}]}', "BANK-907",
  "tool_result"),
 ('{"created": ["OPS-4471", "OPS-4472"], "assignee": "bisi.okonjo"}', "OPS-4472", "tool_result"),
 ('{"issueKey": "CRM-3318", "customer": "Joana Freitas", "status": "Waiting for customer"}', "CRM-3318", "tool_result"),
 # a person's line
 ("Created OPS-4471 for Bisi Okonjo and linked the payslip.", "OPS-4471"),
 ("Opened HR-5120 for Tomasz Wrobel (sick leave extension).", "HR-5120"),
 # at the start of a summary line
 ("SUP-2207: Aurelio Bianchi asks why his refund is late", "SUP-2207"),
 ("LOG-5521 - Frau Schreiber: Paket nicht angekommen", "LOG-5521"),
 # asked for by key
 ("give me the details of SUP-2207 so I can reply to the customer", "SUP-2207"),
 ("Fass mir bitte LOG-5521 zusammen", "LOG-5521"),
 ("Peux-tu résumer SCH-1204 avant la réunion avec les parents ?", "SCH-1204"),
 ("can you close BANK-907, the customer confirmed", "BANK-907"),
 # as a key=value field
 ("2024-05-02 ticket=OPS-4410 user=hanna.berg action=restart", "OPS-4410"),
 # 2. ids of records in code and tool output, beside the person's fields
 ("<User 3318 first_name='Cher' last_name='Okafor' email='cher.okafor@example.com'>", "3318", "tool_result"),
 ("User 3318 (Cher Okafor, cher.okafor@example.com) was deactivated", "3318"),
 ('[{"uid": 4472, "name": "Mateo Rojas", "dept": "Claims"}]', "4472", "tool_result"),
 ("Trip(id='trp_55a9', rider='Ama Mensah', fare=18.40)", "trp_55a9", "tool_result"),
 ("Attached: payslip_oct_EMP4471.pdf for Ingrid Solberg", "EMP4471"),
 ("# copied from prod ticket 8812, the student's record was duplicated\nrow = fetch(8812)", "8812"),
 ("Employee(emp_id=20417, name='Carla Mendes', team='HR')", "20417", "tool_result"),
 ("Student 55120: Amélie Laurent, grade 4B, guardian Paul Laurent", "55120"),
 ("Schadenfall 77120 (Jörg Hansen) wurde an die Regulierung übergeben", "77120"),
]
NEG = [
 ("We standardised on UTF-8 and ISO-8601 timestamps.", "UTF-8"),
 ("Hashes are SHA-256; see RFC-7519 and PEP-8.", "RFC-7519"),
 ("Hashes are SHA-256; see RFC-7519 and PEP-8.", "PEP-8"),
 ("Patch for CVE-2024-3094 landed in xz 5.6.2.", "CVE-2024-3094"),
 ("Target ES-2015 and compare with GPT-4 outputs.", "ES-2015"),
 ("Target ES-2015 and compare with GPT-4 outputs.", "GPT-4"),
 ("Set the log level to LOG-3 in the config, then restart.", "LOG-3"),
 ("The Boeing 737 and the A-320 share gate 12.", "A-320"),
 ("Build 4471 failed on node 12; retry 3 of 5.", "4471"),
 ('{"port": 5432, "name": "postgres"}', "5432", "tool_result"),
]
