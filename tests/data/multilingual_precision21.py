"""Dev and check sets of round 21 (precision21): mails and chat lines in German, Spanish, French and Polish with the
people and organisations a reader would protect; everything else in them is no name. DEV was written before the
code, CHECK after it (the code was not tuned on CHECK).

Each entry is (text, [(value, kind), ...]); every occurrence of a value is annotated.
"""
DEV = [
    ("Betreff: Rechnung für März\nHallo Frau Becker,\n\nanbei die Rechnung für den Monat März. Der Kunde hat den "
     "Vertrag gestern unterschrieben; die Lieferung erfolgt nächste Woche.\nBitte prüfen Sie die Angaben. Rückfragen "
     "gerne an Herrn Jürgen Hoffmann.\nZahlung: bis zum 15. des Monats\nLieferung; Montage; Abnahme – alles wie "
     "besprochen.\nViele Grüße\nKatrin Vogel",
     [("Becker", "PERSON"), ("Jürgen Hoffmann", "PERSON"), ("Katrin Vogel", "PERSON")]),
    ("[09:12] tobias: kannst du die Bestellung nochmal prüfen? der Lieferant meldet sich nicht\n"
     "[09:13] anna: ja, mache ich. Ansprechpartner ist Herr Wagner, oder?\n"
     "[09:14] tobias: genau. Termin ist morgen um 10, Besprechung im Raum Nord\n"
     "[09:15] anna: ok danke, Angebot kommt heute noch",
     [("tobias", "USERNAME"), ("anna", "USERNAME"), ("Wagner", "PERSON")]),
    ("Asunto: Pedido pendiente\nHola Carmen,\nTe escribo por el pedido de la semana pasada. Proveedor confirmó la "
     "entrega, pero Factura no ha llegado todavía.\nMañana hablo con Javier Morales para cerrar el presupuesto.\n"
     "Saludos cordiales,\nLucía Fernández",
     [("Carmen", "PERSON"), ("Javier Morales", "PERSON"), ("Lucía Fernández", "PERSON")]),
    ("Objet : Réunion de lundi\nBonjour Sophie,\nSuite à notre échange, Devis et Facture sont en pièce jointe. "
     "Livraison prévue jeudi.\nMerci de confirmer avec Pierre Lefèvre avant vendredi.\nCordialement,\nJulien Moreau",
     [("Sophie", "PERSON"), ("Pierre Lefèvre", "PERSON"), ("Julien Moreau", "PERSON")]),
    ("Temat: Faktura za luty\nDzień dobry Panie Marku,\nPrzesyłam fakturę za luty. Umowa została podpisana wczoraj, "
     "Dostawa planowana na przyszły tydzień.\nW razie pytań proszę kontaktować się z Agnieszką Nowak.\n"
     "Pozdrawiam serdecznie,\nTomasz Wiśniewski",
     [("Marku", "PERSON"), ("Agnieszką Nowak", "PERSON"), ("Tomasz Wiśniewski", "PERSON")]),
    ("Die Abteilung Einkauf hat das Angebot der Firma Schreiner Metallbau GmbH abgelehnt. Grund: Preis zu hoch. "
     "Frau Krause klärt das mit dem Lieferanten, Herr Müller übernimmt die Nachverfolgung.",
     [("Schreiner Metallbau GmbH", "ORGANIZATION"), ("Krause", "PERSON"), ("Müller", "PERSON")]),
    ("Status: Auftrag storniert\nGrund: Kunde hat abgesagt\nBearbeiter: Lena Schmitt\nNächster Schritt: Gutschrift "
     "erstellen und Rechnung korrigieren",
     [("Lena Schmitt", "PERSON")]),
]

CHECK = [
    ("Hallo zusammen,\nder Termin mit dem Steuerberater ist verschoben. Neuer Termin: Dienstag, 14 Uhr. Frau Sommer "
     "bringt die Unterlagen mit, Herr Fuchs kümmert sich um die Abrechnung.\nBeste Grüße\nMarkus Albrecht",
     [("Sommer", "PERSON"), ("Fuchs", "PERSON"), ("Markus Albrecht", "PERSON")]),
    ("Kurze Info: Die Wartung der Anlage ist abgeschlossen. Der Techniker meldet keine Mängel, Bericht folgt per Post. "
     "Ansprechpartnerin bleibt Sabine Köhler von der Hausverwaltung Lindner & Partner.",
     [("Sabine Köhler", "PERSON"), ("Hausverwaltung Lindner & Partner", "ORGANIZATION")]),
    ("[14:02] jonas: hast du die Freigabe schon? der Auftraggeber wartet\n[14:03] mira: nein, noch nicht. Chef ist "
     "im Urlaub bis Montag\n[14:04] jonas: ok, dann frag ich Petra Lange",
     [("jonas", "USERNAME"), ("mira", "USERNAME"), ("Petra Lange", "PERSON")]),
    ("Buenos días Andrés,\nAdjunto el informe mensual. Presupuesto aprobado por la dirección; Contrato pendiente de "
     "firma. Por favor revisa los anexos antes del jueves.\nUn saludo,\nMarta Iglesias",
     [("Andrés", "PERSON"), ("Marta Iglesias", "PERSON")]),
    ("Bonjour à tous,\nCompte rendu de la réunion : Budget validé, Planning à revoir. Camille Durand prend en charge "
     "la relance du fournisseur.\nBien à vous,\nNicolas Garnier",
     [("Camille Durand", "PERSON"), ("Nicolas Garnier", "PERSON")]),
    ("Cześć Kasia,\nSpotkanie z klientem przesunięte na czwartek. Oferta jest gotowa, Raport wyślę jutro rano. "
     "Daj znać Piotrowi Zielińskiemu.\nPozdrawiam,\nMagdalena Lewandowska",
     [("Kasia", "PERSON"), ("Piotrowi Zielińskiemu", "PERSON"), ("Magdalena Lewandowska", "PERSON")]),
    ("Betreff: Kündigung Mietvertrag\nSehr geehrte Damen und Herren,\nhiermit kündige ich den Mietvertrag fristgerecht "
     "zum Monatsende. Die Kaution bitte auf mein Konto überweisen.\nMit freundlichen Grüßen\nDr. Thomas Brandt",
     [("Thomas Brandt", "PERSON")]),
]
