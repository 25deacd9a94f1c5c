"""Dev set of round 19 wave 2 (precision19b), written before the code: runs of two capitalised common words and label
words before a colon in lines that are not English (greetings, subjects, headings, form labels), each with the
people, addresses and organisations a reader would protect, several of them named with common words.

Each entry is (text, [(value, kind), ...]); every occurrence of a value is annotated.
"""
DEV = [
    # German
    ("Guten Tag,\nKönnen Sie mir bitte die Rechnung noch einmal schicken? Die alte ist verloren gegangen.\n"
     "Viele Grüße\nJana Novak", [("Jana Novak", "PERSON")]),
    ("Lieferadresse: Hauptstraße 5, 10115 Berlin\nAnsprechpartner: Hans Vogel\nBemerkung: Bitte klingeln",
     [("Hauptstraße 5, 10115 Berlin", "ADDRESS"), ("Hans Vogel", "PERSON")]),
    ("Neue Urlaubsregelung\nAb Januar gilt die neue Regelung. Fragen bitte an Bruno Weiß aus der Personalabteilung.",
     [("Bruno Weiß", "PERSON")]),
    ("Sehr Geehrte Damen und Herren, die Deutsche Bahn hat unseren Termin verschoben. Mit Freundlichen Grüßen, "
     "Sabine Krüger", [("Sabine Krüger", "PERSON")]),
    # Italian
    ("Oggetto: Richiesta di rimborso\nBuongiorno, vorrei sapere quando arriva il rimborso.\nCordiali Saluti\n"
     "Luca Bianchi", [("Luca Bianchi", "PERSON")]),
    ("Priorità: Alta\nStato: Aperto\nDescrizione: la stampante del secondo piano non funziona da lunedì.", []),
    # Spanish
    ("Buenos Días, les escribo porque el pedido no ha llegado. Saludos Cordiales, Mercedes Luna",
     [("Mercedes Luna", "PERSON")]),
    ("Estado: Pendiente\nPrioridad: Media\nAsignado a: Pedro Rey\nComentario: falta la firma del contrato",
     [("Pedro Rey", "PERSON")]),
    ("Dirección de envío: Calle Mayor 7, 28013 Madrid. El cliente trabaja en Banco Nacional desde marzo.",
     [("Calle Mayor 7, 28013 Madrid", "ADDRESS"), ("Banco Nacional", "ORGANIZATION")]),
    # French
    ("Objet : Demande Urgente\nBonjour, merci de rappeler Claire Dubois au sujet de la facture.\nBien Cordialement",
     [("Claire Dubois", "PERSON")]),
    ("Statut : Résolu\nCatégorie : Facturation\nRésumé : le client a reçu deux fois la même facture.", []),
    # Dutch
    ("Onderwerp: Vraag Over Factuur\nGoedemiddag, ik heb een vraag over de laatste factuur.\nMet Vriendelijke Groet,\n"
     "Pieter Bakker", [("Pieter Bakker", "PERSON")]),
    # Portuguese
    ("Bom Dia, o técnico pode vir amanhã? Atenciosamente, Ana Souza", [("Ana Souza", "PERSON")]),
    ("Prioridade: Alta\nEndereço: Rua Augusta 200, São Paulo\nResponsável: Rosa Branco",
     [("Rua Augusta 200, São Paulo", "ADDRESS"), ("Rosa Branco", "PERSON")]),
    # Polish
    ("Dzień Dobry, proszę o przesłanie faktury za marzec. Pozdrawiam, Marta Kowalska", [("Marta Kowalska", "PERSON")]),
    # Swedish
    ("Ämne: Försenad Leverans\nHej, leveransen har inte kommit än. Vänliga Hälsningar, Lars Nilsson",
     [("Lars Nilsson", "PERSON")]),
    # Turkish
    ("Toplantı Salı günü saat onda. Gündem: Bütçe ve yeni projeler. Katılımcılar: Emre Kaya, Zeynep Arslan",
     [("Emre Kaya", "PERSON"), ("Zeynep Arslan", "PERSON")]),
    # chat speakers keep their names
    ("Dana: kannst du mir die Datei schicken?\nMarco: ja, mache ich gleich", [("Dana", "PERSON"), ("Marco", "PERSON")]),
]

# Check set: written after the code, not tuned on.
CHECK = [
    ("Hallo zusammen,\nRechnungsanschrift: Gartenweg 3, 50667 Köln\nBeste Grüße\nMiriam Schubert",
     [("Gartenweg 3, 50667 Köln", "ADDRESS"), ("Miriam Schubert", "PERSON")]),
    ("Buongiorno,\nvi scrivo per il contratto di Giovanni Ferri.\nDistinti Saluti\nUfficio Acquisti",
     [("Giovanni Ferri", "PERSON")]),
    ("Hola Equipo,\nel técnico Javier Morales visitará la oficina el jueves.\nUn Saludo", [("Javier Morales", "PERSON")]),
    ("Leveringsadres: Kerkstraat 12, 3511 Utrecht\nContactpersoon: Daan Visser",
     [("Kerkstraat 12, 3511 Utrecht", "ADDRESS"), ("Daan Visser", "PERSON")]),
    ("Olá Equipe,\nA Maria Oliveira pediu a segunda via do boleto.\nMuito Obrigado", [("Maria Oliveira", "PERSON")]),
    ("Priya: les fichiers sont prêts ?\nKofi: oui, je les envoie à Margaux Petit", [("Priya", "PERSON"),
     ("Kofi", "PERSON"), ("Margaux Petit", "PERSON")]),
    ("Merhaba,\nSiparişim hâlâ gelmedi, lütfen kontrol edin.\nİyi Günler\nCan Öztürk", [("Can Öztürk", "PERSON")]),
    ("Witam,\nfaktura dla firmy Nowak Budownictwo Sp. z o.o. jest gotowa.\nZ Poważaniem\nPiotr Zieliński",
     [("Nowak Budownictwo Sp. z o.o.", "ORGANIZATION"), ("Piotr Zieliński", "PERSON")]),
]

# Check set of precision19d, written after the label rule was chosen (line labels before a colon, several languages;
# chat speakers and names that are common words must stay).
CHECK_LABELS = [
    ("Rückrufnummer: bitte über die Zentrale\nSachbearbeiterin: Petra Lindner\nVorgang: Kündigung zum Monatsende",
     [("Petra Lindner", "PERSON")]),
    ("Destinatario: Marco Gallo\nIndirizzo: Via Roma 14, 20121 Milano\nNote: consegnare al portiere",
     [("Marco Gallo", "PERSON"), ("Via Roma 14, 20121 Milano", "ADDRESS")]),
    ("Solicitante: Lucía Herrera\nMotivo: cambio de cuenta bancaria\nUrgencia: baja",
     [("Lucía Herrera", "PERSON")]),
    ("Contactpersoon: Femke de Wit\nAfleveradres: Dorpsstraat 8, 1234 AB Hoorn\nOpmerking: achterdeur gebruiken",
     [("Femke de Wit", "PERSON"), ("Dorpsstraat 8, 1234 AB Hoorn", "ADDRESS")]),
    ("Mittente: ufficio tecnico\nFaith: can you send the invoice?\nRobin: sure, after lunch",
     [("Faith", "PERSON"), ("Robin", "PERSON")]),
    ("Beställare: Karin Ström\nLeveransadress: Storgatan 3, 411 38 Göteborg\nKommentar: ring innan",
     [("Karin Ström", "PERSON"), ("Storgatan 3, 411 38 Göteborg", "ADDRESS")]),
    ("Demandeur : Hélène Marchand\nService : comptabilité\nDélai : vendredi", [("Hélène Marchand", "PERSON")]),
]
