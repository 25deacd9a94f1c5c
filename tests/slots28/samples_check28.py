"""Check set for slot semantics (round 28), written after the change and not tuned on: the code was not changed for
any of these. Written from the mechanism (a slot's name in some language or style, any value shape), without
looking at the slots28dev corpus. POS: (text, value) the wire must cover; NEG: look-alike slots that must stay.
"""

POS = [
    ('{"kd_vorname": "Wiebke", "kd_nachname": "Osterkamp", "kd_status": "neu"}', "Osterkamp"),
    ("txtSurname=MacAskill&ddlCountry=GB", "MacAskill"),
    ('{"numero_cliente": "CL-0093312", "estado": "activo"}', "CL-0093312"),
    ('{"numéro_adhérent": "A7781204", "statut": "actif"}', "A7781204"),
    ('{"会員番号": "K-558120", "ステータス": "有効"}', "K-558120"),
    ('{"고객번호": "C20931177", "상태": "활성"}', "C20931177"),
    ('{"telefone_celular": "+55 11 98877-1020", "tipo": "pf"}', "+55 11 98877-1020"),
    ("müşteri_no=55120944 durum=aktif", "55120944"),
    ('p.setNachname("Brüggemann"); p.setStatus("AKTIV");', "Brüggemann"),
    ('{"رقم_الهاتف": "+20 100 555 7812", "الحالة": "نشط"}', "+20 100 555 7812"),
    ('{"фамилия": "Загорская", "статус": "активен"}', "Загорская"),
    ("patientNr;nachname;geburtsdatum\n774120;kranich;1961-08-30", "kranich"),
    ('{"wachtwoord": "tulpenbol", "gebruiker": "inkoop"}', "tulpenbol"),
    ("psql-backup --password cormorant --host db7", "cormorant"),
    ('CREATE USER x WITH login_name = "x";\n{"nazwisko": "Grzelak", "imię": "Bożena"}', "Grzelak"),
    ('Member m = new Member("M-44120", "Ottilie", "Vandersloot-Ekwueme");', "Vandersloot-Ekwueme"),
    ('{"empresa": "Ferragens Almeida & Filhos Lda", "nif": "501442199"}', "Ferragens Almeida & Filhos Lda"),
    ("   member_no  first_name  last_name\n0     301844     ingeborg   fjellstad", "fjellstad"),
]

NEG = [
    ('{"kd_status": "neu", "waehrung": "EUR", "sprache": "de"}', "neu"),
    ('{"estado": "activo", "moneda": "ARS", "tipo_cliente": "empresa"}', "activo"),
    ('{"ステータス": "有効", "通貨": "JPY", "件数": 12}', "有効"),
    ("durum=aktif para_birimi=TRY sayfa=2", "aktif"),
    ('{"wachtwoord_min_lengte": 12, "wachtwoord": "${DB_WACHTWOORD}"}', "${DB_WACHTWOORD}"),
    ('Config c = new Config("Production", "Default");', "Production"),
    ('{"nachname": null, "vorname": ""}', "null"),
    ("   order_no  status  amount\n0    A-1182  paid    12.50", "paid"),
]
