"""Dev set for slot semantics (round 28, issue 12), written before the change from the mechanism, not from leaks.

A value is personal or secret because of the slot that holds it (a key, column, setter, flag or header whose name
says so, in any naming style or language), whatever its shape. POS: (text, value) the wire must cover; NEG: look-
alike slots whose values must stay.
"""

POS = [
    # abbreviated name keys in snake, camel and Hungarian styles
    ('{"cust_fname": "Brannagh", "cust_lname": "Okonkwo-Reyes", "tier": "silver"}', "Brannagh"),
    ('{"cust_fname": "Brannagh", "cust_lname": "Okonkwo-Reyes", "tier": "silver"}', "Okonkwo-Reyes"),
    ('record = {"strLastName": "whitlock", "intAge": 41}', "whitlock"),
    ("ptnt_nm=Corvin Haldane status=admitted", "Corvin Haldane"),
    # setters and builders name the slot in the method
    ('u.setApellido("Quintanilla");\nu.setEstado("ACTIVO");', "Quintanilla"),
    ('b.setPersonalausweisNummer("L01X00T47");', "L01X00T47"),
    # keys in other languages and scripts
    ('{"顧客番号": "C-88412", "状態": "有効"}', "C-88412"),
    ('{"전화번호": "010-5521-7730", "상태": "정상"}', "010-5521-7730"),
    ('{"رقم_الجوال": "+971 50 118 2264", "الحالة": "نشط"}', "+971 50 118 2264"),
    ("{'nazwisko_panienskie': 'Wróblewska', 'status': 'aktywny'}", "Wróblewska"),
    ("fodselsdato=12.04.1979;kundenr=4471902", "4471902"),
    ('{"номер_полиса": "7781 3320 1145 0098", "статус": "активен"}', "7781 3320 1145 0098"),
    # numbered and suffixed slots
    ("ssn_last4: 2291\nplan: basic", "2291"),
    ('{"contactId": "5f0c2a9e-7d41-4a8b-9a51-0c1d2e3f4a5b", "type": "lead"}', "5f0c2a9e-7d41-4a8b-9a51-0c1d2e3f4a5b"),
    # query strings and form bodies
    ("GET /api/lookup?holder_name=Ines+Abarca-Mwangi&currency=EUR", "Ines+Abarca-Mwangi"),
    ("POST /signup body: nickname=spudgun_77&locale=en-GB", "spudgun_77"),
    # escaped JSON in a log line
    ('msg="{\\"surname\\":\\"Thistlewood\\",\\"plan\\":\\"pro\\"}"', "Thistlewood"),
    # e-mails under an e-mail slot, any domain
    ("notify_email=marguerite.okafor@lindenhall.internal&plan=pro", "marguerite.okafor@lindenhall.internal"),
    # hosts in host slots, whatever the domain
    ("PGHOST=ledger-db-02.corp.quintessa.lan\nPGPORT=5432", "ledger-db-02.corp.quintessa.lan"),
    ('{"smtp_server": "relay-7.mail.tarnwood.io", "port": 587}', "relay-7.mail.tarnwood.io"),
    # passwords in other languages' slots and short flags
    ('{"benutzer": "lager", "kennwort": "pfifferling"}', "pfifferling"),
    ("mot_de_passe=framboise42", "framboise42"),
    ("rsync-tool --host files.int.orbweave.example --user backup --password heliotrope", "heliotrope"),
]

NEG = [
    ('{"status": "active", "currency": "EUR", "locale": "de-DE", "page_size": 50}', "active"),
    ('{"user_type": "premium", "role": "admin", "tz": "Europe/Berlin"}', "premium"),
    ("password_min_length=12\npassword_policy=strong", "strong"),
    ("DB_PASSWORD=${DB_PASSWORD}\nAPI_KEY=<your-api-key>", "DB_PASSWORD"),
    # (fails before and after round 28: infra reads `prod-db-…` as an environment's host; see test_slots28.py)
    ('{"secret_name": "prod-db-credentials", "key_vault": "kv-main"}', "prod-db-credentials"),
    ('{"host": "localhost", "port": 5432, "dbname": "postgres"}', "localhost"),
    ('{"first_name": null, "last_name": "", "email": "REDACTED"}', "REDACTED"),
    ('{"name": "nginx", "image": "nginx:1.25", "replicas": 3}', "nginx"),
    ("sort=asc&page=2&per_page=25&lang=fr", "asc"),
    ('{"tipo": "particular", "moneda": "MXN", "estado": "pendiente"}', "particular"),
    ('{"状態": "有効", "通貨": "JPY"}', "有効"),
    ("api_key_header=X-Api-Key\ntoken_ttl=3600", "X-Api-Key"),
]

# A second dev set, written after the first change: the layouts records are pasted in (LDIF, data frames, box
# tables, ORM and GraphQL calls, protobuf text, object initialisers, EDI and HL7 segments, XML, Markdown, SQL).
POS_LAYOUTS = [
    ("dn: uid=mkowalczyk,ou=people,dc=corp\ncn: Marta Kowalczyk\nsn: Kowalczyk\ngivenName: Marta\nuid: mkowalczyk", "Marta Kowalczyk"),
    ("   customer_id first_name   last_name\n0        10231      priya     raghavan\n1        10232      tomos     pritchard", "raghavan"),
    (" id | first_name | surname \n----+------------+---------\n  1 | tomasz     | wrobel\n(1 row)", "wrobel"),
    ("+----+--------+\n| id | nombre |\n+----+--------+\n|  1 | lucía  |\n+----+--------+", "lucía"),
    ("Row(cust_id=4412, fname='olamide', lname='adeyinka', tier='b')", "adeyinka"),
    ("EMPNO  FIRSTNME     LASTNAME\n------ ------------ ---------\n000210 WILLIAM      JONESBURY", "JONESBURY"),
    ("UPDATE members SET last_name = 'pereira', tier = 'gold' WHERE member_id = 5512;", "pereira"),
    ("UPDATE members SET last_name = 'pereira', tier = 'gold' WHERE member_id = 5512;", "5512"),
    ('Customer.objects.filter(last_name="ravensworth", first_name="tilda")', "ravensworth"),
    ('mutation { createGuest(firstName: "ottoline", lastName: "brackenbury") { id } }', "brackenbury"),
    ('person {\n  full_name: "Eero Lindqvist"\n  national_id: "131052-308T"\n}', "131052-308T"),
    ('var p = new Patient { GivenName = "Ayodele", FamilyName = "Ogundipe" };', "Ogundipe"),
    ('val e = Employee(firstName = "bartholomew", surname = "quill")', "quill"),
    ('{ vorname: "jörg", nachname: "hellwig" }', "hellwig"),
    ("curl -H 'X-Customer-Name: Petronella Vos' https://api.example.com/v1/orders", "Petronella Vos"),
    ("NM1*IL*1*OKAFOR*CHIDI*A***MI*W8812345601~", "OKAFOR"),
    ("NK1|1|HALVORSEN^INGRID^^^^|SPO|Storgata 5^^Oslo^^0155|+4791234567", "HALVORSEN"),
    ("caller_id: Rosalind Achterberg\nshort_description: VPN drops", "Rosalind Achterberg"),
    ("<Customer><Nachname>Oberhauser</Nachname><Ort>Graz</Ort></Customer>", "Oberhauser"),
    ('<contact firstName="Wiremu" lastName="Tane" phone="+64 21 555 0192"/>', "Tane"),
    ("customer_no;surname;iban\n88121;de groot;NL91ABNA0417164300", "de groot"),
    ("| Nachname | Vorname |\n|---|---|\n| brückner | ilse |", "brückner"),
    ("INSERT INTO clientes (id, nombre, apellidos) VALUES (7, 'Rocío', 'Benavente Ruiz');", "Benavente Ruiz"),
    ("SELECT * FROM patients WHERE mrn = '00774123' AND surname = 'okonedo';", "okonedo"),
    ("audit: actor=jlindgren action=export target_user=vmarchetti", "vmarchetti"),
    # Redis hashes: the field before each value
    ('HSET user:4471 first_name "ximena" last_name "arriaga" plan pro', "arriaga"),
    ('127.0.0.1:6379> HGETALL member:31\n1) "surname"\n2) "oyelaran"\n3) "tier"\n4) "gold"', "oyelaran"),
    # EDIFACT positions: NAD's name and address elements, CTA's contact, COM's number
    ("NAD+DP+++OYELARAN:BABATUNDE+12 HARBOUR ROW+LEITH++EH6 6LX+GB'\nCOM+447700900123:TE'\nCTA+IC+:BABATUNDE OYELARAN'",
     "OYELARAN"),
    ("NAD+DP+++OYELARAN:BABATUNDE+12 HARBOUR ROW+LEITH++EH6 6LX+GB'\nCOM+447700900123:TE'\nCTA+IC+:BABATUNDE OYELARAN'",
     "447700900123"),
    # positional arguments of a call named for a person
    ('Applicant a = new Applicant("APP-20417", "Leocadia", "Ferreira-Nwosu", 34);', "Ferreira-Nwosu"),
    ('Applicant a = new Applicant("APP-20417", "Leocadia", "Ferreira-Nwosu", 34);', "Leocadia"),
]

NEG_LAYOUTS = [
    ('127.0.0.1:6379> HGETALL member:31\n1) "surname"\n2) "oyelaran"\n3) "tier"\n4) "gold"', "gold"),
    ('c = create_customer("Ines Abarca", "ES", plan="Gold")', "Gold"),
    ('user = User("Admin", "Settings")', "Admin"),
    ('send_to_member("Welcome Pack", "PDF")', "Welcome Pack"),
    ("   order_id   status  currency\n0     SO-1182  shipped       EUR", "shipped"),
]
