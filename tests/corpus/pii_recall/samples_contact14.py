"""Marked dev samples for round 14's contact mechanisms (contact14), written before their fixes (tuned on):
addresses that fill a whole field (a CSV/TSV/pipe cell, a JSON or quoted value, a labelled line) of which
the detectors find a piece; logins written as the whole value of a field or line in the slots logins take;
and negatives (fields of prose or things beside addresses, lower-case values that are no logins)."""

SAMPLES = [
    # --- addresses filling a whole field ---
    ('addr_cell', 'customer_id,name,shipping_address,total\n4471,Maren Holt,"⟦ADDRESS:Flat 2, 14 Albion Road, Stoke Newington, London N16 9PA⟧",82.10'),
    ('addr_cell', '{"order": 99812, "deliver_to": "⟦ADDRESS:Apt 5B, 310 West 49th Street, New York, NY 10019⟧", "paid": true}'),
    ('addr_cell', 'id\tname\taddress\n12\tSofia Ruiz\t⟦ADDRESS:Calle de Alcalá 120, 4º B, 28009 Madrid⟧\n'),
    ('addr_cell', '| 3 | Pieter Jansen | ⟦ADDRESS:2e Hugo de Grootstraat 17-III, 1052 LC Amsterdam⟧ | active |'),
    ('addr_cell', "venue = '⟦ADDRESS:Unit 4, Riverside Business Park, 22 Mill Lane, Cardiff CF10 1FH⟧'"),
    ('addr_cell', 'Address: ⟦ADDRESS:Building 7, Floor 3, 88 Nguyen Hue Boulevard, District 1, Ho Chi Minh City⟧'),
    ('addr_cell', 'ref;client;adresse\nF-2291;Lucie Moreau;⟦ADDRESS:Bâtiment C, 8 rue des Lilas, 31000 Toulouse⟧'),
    ('addr_cell', '{"name":"Anders Berg","address":"⟦ADDRESS:c/o Lindqvist, Storgatan 12 lgh 1102, 411 38 Göteborg⟧"}'),
    ('addr_cell', 'user: "Where should we send it?"\ntool: {"address_line": "⟦ADDRESS:Haus 3, Hauptstraße 5, 10115 Berlin, Deutschland⟧"}'),
    ('addr_cell', 'row 17: "⟦ADDRESS:Suite 1200, 401 Bay Street, Toronto, ON M5H 2Y4, Canada⟧" failed geocoding'),
    ('addr_cell', '"home_address": "⟦ADDRESS:Room 1503, Tower B, 18 Jianguo Road, Chaoyang District, Beijing 100022⟧",'),
    ('addr_cell', 'name,addr\nRahul Mehta,"⟦ADDRESS:B-204, Sunrise Apartments, 12 Link Road, Andheri West, Mumbai 400053⟧"'),
    ('addr_cell', '<address>⟦ADDRESS:Level 9, 1 Market Street, Sydney NSW 2000⟧</address>'),
    ('addr_cell', "addr: '⟦ADDRESS:Quinta do Lago, Lote 12, 8135-024 Almancil, Portugal⟧'"),
    ('addr_cell', 'pickup_point|⟦ADDRESS:Shop 3, Westfield Mall, 45 Queen Street, Auckland 1010⟧|open'),
    ('addr_cell', '"delivery": {"to": "⟦ADDRESS:Dom 5, kv. 17, ulitsa Lenina, Novosibirsk 630004⟧"}'),
    ('addr_cell', 'Ship-to,"⟦ADDRESS:Block 231, #08-14, Bain Street, Singapore 180231⟧"'),
    ('addr_cell', '{"addr":"⟦ADDRESS:via Garibaldi 22, scala B, interno 7, 16124 Genova GE⟧"}'),
    # --- negatives: a field holding prose or a thing beside an address-like piece ---
    ('addr_neg', 'id,note\n5,"call the supplier about the delay, then update the ticket"'),
    ('addr_neg', '{"summary": "Moved the build to runner 12, see pipeline 4471 for logs"}'),
    ('addr_neg', '| step | note |\n| 2 | restart worker 3 after the deploy, then check queue 7 |'),
    ('addr_neg', '{"title": "Quarterly review, Room 4, Main Street office", "when": "Tuesday"}'),
    # --- logins as a field's whole value ---
    ('login_field', 'Reporter: ⟦USERNAME:k.ostrowska⟧\nPriority: P2\nComponent: billing'),
    ('login_field', 'requested_by: ⟦USERNAME:dlin_ops⟧\nreason: rotate key'),
    ('login_field', 'Approved-by: ⟦USERNAME:m.haddad⟧'),
    ('login_field', 'ticket,opened_by,status\n8812,⟦USERNAME:tkeller⟧,open\n8813,⟦USERNAME:ana-ribeiro⟧,closed'),
    ('login_field', '{"event":"login_failed","subject":"⟦USERNAME:jvasquez⟧","ip":"10.0.0.4"}'),
    ('login_field', 'Owner: ⟦USERNAME:priya.n⟧ · Due: Friday'),
    ('login_field', 'Zuständig: ⟦USERNAME:fbauer⟧'),
    ('login_field', 'Responsable : ⟦USERNAME:c.lefevre⟧'),
    ('login_field', '2024-05-02T10:11:12Z INFO session opened actor=⟦USERNAME:rkapoor⟧ ip=10.2.3.4'),
    ('login_field', '[10:42] ⟦USERNAME:nadia_k⟧: is the staging db down again?'),
    ('login_field', 'Contact (Slack): ⟦USERNAME:o.mensah⟧'),
    ('login_field', 'Discord: ⟦USERNAME:lunar_fox⟧'),
    ('login_field', 'GitHub: ⟦USERNAME:hana-sato⟧'),
    ('login_field', 'assigned: ⟦USERNAME:wbrooks⟧'),
    ('login_field', 'Signed-off-by: ⟦USERNAME:e.novak⟧'),
    ('login_field', '/home/⟦USERNAME:yuki.tanaka⟧/.ssh/config: permission denied'),
    ('login_field', 'C:\\Users\\⟦USERNAME:l.moretti⟧\\AppData\\Local\\Temp'),
    ('login_field', 'kubectl config set-credentials ⟦USERNAME:sam.osei⟧ --token=$TOKEN'),
    ('login_field', 'git config user.name ⟦USERNAME:marta-g⟧'),
    # --- negatives: lower-case values that are no logins ---
    ('login_neg', 'Status: in-progress\nBranch: feature-login\nEnv: prod-eu'),
    ('login_neg', 'region: us-east-1\nowner: platform-team'),
    ('login_neg', 'Resolution: wont_fix'),
    ('login_neg', 'assigned: unassigned\nlabels: bug, needs-triage'),
]
