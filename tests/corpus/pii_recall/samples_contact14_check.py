"""Check samples for round 14's contact mechanisms (contact14_check), written after the fixes and never tuned on:
addresses filling a field of which a piece is found; logins glued to their key or standing as a field's value;
negatives."""

SAMPLES = [
    ('addr_cell', 'order_id\tship_to\tstatus\nA-88\t⟦ADDRESS:Unit 12, Harbour View Estate, 3 Quay Road, Cobh, Co. Cork⟧\tshipped'),
    ('addr_cell', '{"client": "Nkosi", "site": "⟦ADDRESS:Erf 441, Stand 9, Main Reef Road, Roodepoort 1724⟧"}'),
    ('addr_cell', "location='⟦ADDRESS:Edificio Sol, Planta 2, Calle Larios 4, 29005 Málaga⟧'"),
    ('addr_cell', '| Berit Holm | ⟦ADDRESS:Vestergade 3, 2. th., 8000 Aarhus C⟧ | member |'),
    ('addr_cell', '<shipTo>⟦ADDRESS:Mokotowska 17 m. 4, 00-640 Warszawa, Polska⟧</shipTo>'),
    ('addr_cell', 'id,addr\n55,"⟦ADDRESS:Torre Eiffel Residence, Apt 9C, Av. Paulista 900, Bela Vista, São Paulo⟧"'),
    ('addr_cell', 'Adresse: ⟦ADDRESS:Résidence Les Tilleuls, Bât. B, 14 chemin des Vignes, 69340 Francheville⟧'),
    ('addr_cell', '"home": "⟦ADDRESS:Villa 22, Street 15, Al Wasl, Dubai, UAE⟧",'),
    ('addr_neg', '"comment": "Ask Maria at the Main Street branch about the refund, she knows"'),
    ('addr_neg', 'route\tnote\nR7\tskip Harbour Road today, use the bypass'),
    ('login_field', '{"ts":"2024-06-01T08:00:01Z","target":"⟦USERNAME:dbell⟧"}'),
    ('login_field', 'audit: op=grant grantee=⟦USERNAME:hyoung⟧ role=reader'),
    ('login_field', '{"actor":"⟦USERNAME:rnakagawa⟧","action":"repo.delete"}'),
    ('login_field', 'Escalated to: ⟦USERNAME:cwood⟧'),
    ('login_field', '| 2024-06-02 | ⟦USERNAME:aprice⟧ | password reset |'),
    ('login_field', '<assignee>⟦USERNAME:lkowalczyk⟧</assignee>'),
    ('login_field', 'changed_by=⟦USERNAME:ebianchi⟧;reason=typo'),
    ('login_neg', '{"type":"ushort","default":0}'),
    ('login_neg', 'cluster: kmeans\nmetric: cosine'),
]
