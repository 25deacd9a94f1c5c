"""Check samples for round 13's contact mechanisms (contact13), written after their fixes and never tuned on
(measured only): addresses found in pieces in other countries' layouts and containers, logins alone at the end
of a line or a text and in lists beside a found login; and negatives."""

SAMPLES = [
    ('addr_run', 'Le colis est bloqué à ⟦ADDRESS:Rue de la Loi 16, 1000 Bruxelles⟧ depuis mardi'),
    ('addr_run', '{"recipient": "Sofia Marin", "to": "⟦ADDRESS:Strada Lipscani 12, Sector 3, București 030031⟧"}'),
    ('addr_run', 'адрес: ⟦ADDRESS:Санкт-Петербург, Невский проспект 28, кв. 4⟧'),
    ('addr_run', 'we shipped to ⟦ADDRESS:Kärntner Ring 5, Innere Stadt, Wien⟧ but it bounced'),
    ('addr_run', 'Consegna: ⟦ADDRESS:Corso Buenos Aires 33, Milano, 20124⟧'),
    ('addr_run', 'hey can u send the docs to ⟦ADDRESS:Ulica Marszałkowska 84, Warszawa⟧ thx'),
    ('addr_run', '| 8812 | Ayumi Mori | ⟦ADDRESS:Sapporo, Chuo-ku, Kita 3-jo Nishi 4⟧ |'),
    ('addr_run', 'lives at ⟦ADDRESS:Odos Tsimiski 45, Thessaloniki 546 23⟧'),
    ('addr_run', 'Adresa: ⟦ADDRESS:Bulevardul Eroilor 7, Cluj-Napoca⟧'),
    ('addr_run', 'new place is ⟦ADDRESS:Storgata 22, Oslo⟧, move-in on the 1st'),
    ('addr_run', 'Ship-to: ⟦ADDRESS:Avenida Corrientes 1234, Buenos Aires, C1043⟧'),
    ('addr_run', 'המשלוח ל⟦ADDRESS:רחוב דיזנגוף 50, תל אביב⟧'),
    ('addr_run', 'Head office: ⟦ADDRESS:Mannerheimintie 12 B, 00100 Helsinki, Finland⟧'),
    ('addr_run', 'customer says the courier went to ⟦ADDRESS:Plac Wolności 3, Poznań⟧ instead'),
    ('addr_run', 'address: ⟦ADDRESS:Rua Augusta 274, Lisboa⟧'),
    ('addr_neg', 'We opened offices in Madrid, Lisbon and Rome in 2021.'),
    ('addr_neg', 'Tokyo, 3 engineers; Osaka, 2 engineers; total 5.'),
    ('addr_neg', 'Chapter 4, London: the city after the war.'),
    ('login', 'Requested by: ⟦USERNAME:dkowalski⟧'),
    ('login', 'thanks to everyone who helped, esp. ⟦USERNAME:mnakamura⟧'),
    ('login', '[14:22] ⟦USERNAME:ffernandez⟧: deploy done'),
    ('login', 'reviewers:\n- ⟦USERNAME:jhuang⟧\n- ⟦USERNAME:lbrandt⟧\n- ⟦USERNAME:okwame⟧'),
    ('login', 'user locked out: ⟦USERNAME:pgarcia⟧'),
    ('login', 'assignee=⟦USERNAME:tmiller⟧'),
    ('login_neg', 'Set the log level to debug and restart the service'),
    ('login_neg', 'steps:\n- build\n- test\n- deploy'),
]
