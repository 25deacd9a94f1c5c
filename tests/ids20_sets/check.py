"""Round 20 check texts (written after the code, not tuned on): CHECK must be covered, CHECK_NEG values kept."""
CHECK = [
 ("2026-11-02 INFO anonymise socio=SC-771804 cuota=pagada", "SC-771804"),
 ('{"asegurado": "AS4471902", "poliza_tipo": "hogar"}', "AS4471902"),
 ("Mitarbeiterin: MA-30172, Abteilung Einkauf", "MA-30172"),
 ("adhérent=0558120 statut=actif", "0558120"),
 ("ubezpieczony: 88012044711 oddział Kraków", "88012044711"),
 ("leerling=LL-20931 klas=4b", "LL-20931"),
 ("medlem: 4471-9902 avgift betald", "4471-9902"),
 ("[audit] pat=HX-004418 bed=12", "HX-004418"),
 ("stu: 20240917A grade: B", "20240917A"),
 ('{"pax": "TKT7712044", "seat": "14C"}', "TKT7712044"),
 ("empl=0044718 site=Leeds", "0044718"),
 ("iscritto: IS-77120 corso: yoga", "IS-77120"),
]
CHECK_NEG = [
 ("font-size: 14pt; line-height: 1200", "1200"),
 ("the pattern: 4471 rows", "4471"),
 ("lid: 3 screws, 4471 washers", "4471"),
 ("titular: Quarterly results 2024", "2024"),
]
