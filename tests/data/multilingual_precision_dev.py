"""Dev set of round 19 (precision19), written before the code: support tickets, HR mail, chat lines, commit messages
and meeting notes in nine languages, each with the people, addresses and organisations a reader would protect.

Each entry is (text, [(value, kind), ...]); every occurrence of a value is annotated.
"""
DEV = [
    # German
    ("Betreff: Lieferung verspätet\n\nSehr geehrte Damen und Herren,\nleider ist die Lieferung vom Montag immer noch "
     "nicht angekommen. Bitte prüfen Sie den Status.\n\nMit freundlichen Grüßen\nKatharina Baumgartner",
     [("Katharina Baumgartner", "PERSON")]),
    ("Hallo Herr Okonkwo, die Rechnung der Brenner Haustechnik GmbH liegt vor. Können Sie bis Freitag freigeben?",
     [("Okonkwo", "PERSON"), ("Brenner Haustechnik GmbH", "ORGANIZATION")]),
    ("Protokoll Teamrunde: Neue Urlaubsregelung ab Januar. Verantwortlich: Dmitri Wolkow. Nächster Termin Dienstag.",
     [("Dmitri Wolkow", "PERSON")]),
    ("Bitte die neue Adresse übernehmen: Lindenstraße 14, 80331 München. Danke!",
     [("Lindenstraße 14, 80331 München", "ADDRESS")]),
    # French
    ("Objet : Retard de paiement\nBonjour Madame Diallo,\nNous n'avons toujours pas reçu votre virement. Merci de "
     "nous contacter.\nCordialement,\nService Client",
     [("Diallo", "PERSON")]),
    ("Réunion mardi avec Thomas Lefebvre et la société Groupe Atlantique Distribution pour le contrat.",
     [("Thomas Lefebvre", "PERSON"), ("Groupe Atlantique Distribution", "ORGANIZATION")]),
    ("Correction : Erreur lors de la connexion au tableau de bord", []),
    ("Salut, Mathilde sera absente jeudi. Prévenez les clients svp.", [("Mathilde", "PERSON")]),
    # Spanish
    ("Asunto: Factura duplicada\nHola, Buenos días. Hemos recibido dos veces la misma factura. Saludos, "
     "Alejandro Ruiz Ortega", [("Alejandro Ruiz Ortega", "PERSON")]),
    ("Nota de la reunión: Presupuesto aprobado. Próxima revisión el lunes con Wei Zhang.", [("Wei Zhang", "PERSON")]),
    ("Envíen el paquete a Calle de Alcalá 120, 28009 Madrid, a nombre de Carmen Ibáñez.",
     [("Calle de Alcalá 120, 28009 Madrid", "ADDRESS"), ("Carmen Ibáñez", "PERSON")]),
    ("Arreglado: Error al guardar los cambios en el perfil", []),
    # Dutch
    ("Onderwerp: Bestelling niet ontvangen\nBeste klantenservice,\nMijn bestelling is nog steeds niet geleverd. "
     "Graag hoor ik van u.\nMet vriendelijke groet,\nFemke van der Berg", [("Femke van der Berg", "PERSON")]),
    ("Vergadering donderdag: Begroting besproken, Sander stuurt de offerte naar Bouwbedrijf Hoekstra.",
     [("Sander", "PERSON"), ("Bouwbedrijf Hoekstra", "ORGANIZATION")]),
    ("Opgelost: Fout bij het inloggen via de app", []),
    # Portuguese
    ("Assunto: Pedido atrasado\nOlá, Bom dia. O meu pedido ainda não chegou. Obrigado, Rafael Carvalho",
     [("Rafael Carvalho", "PERSON")]),
    ("Reunião na quarta-feira com a equipa da Transportes Silva Lda sobre o Contrato.",
     [("Transportes Silva Lda", "ORGANIZATION")]),
    ("Corrigido: Erro ao carregar a página inicial", []),
    # Italian
    ("Oggetto: Richiesta di rimborso\nBuongiorno, Vorrei sapere lo stato della mia richiesta. Cordiali saluti, "
     "Francesca Esposito", [("Francesca Esposito", "PERSON")]),
    ("Riunione di Lunedì: Bilancio approvato. Aiko Tanaka prepara il verbale.", [("Aiko Tanaka", "PERSON")]),
    ("Spedire a Via Garibaldi 22, 10122 Torino, attenzione Marco Rinaldi.",
     [("Via Garibaldi 22, 10122 Torino", "ADDRESS"), ("Marco Rinaldi", "PERSON")]),
    # Polish
    ("Temat: Reklamacja zamówienia\nDzień dobry, Zamówienie przyszło uszkodzone. Proszę o kontakt. Pozdrawiam, "
     "Katarzyna Wiśniewska", [("Katarzyna Wiśniewska", "PERSON")]),
    ("Spotkanie w czwartek: Budżet zatwierdzony, Tomasz wysyła ofertę do firmy Budimex.",
     [("Tomasz", "PERSON"), ("Budimex", "ORGANIZATION")]),
    ("Poprawka: Błąd przy zapisywaniu ustawień", []),
    # Swedish
    ("Ämne: Försenad leverans\nHej, Min beställning har inte kommit än. Tack på förhand! Vänliga hälsningar, "
     "Erik Lindqvist", [("Erik Lindqvist", "PERSON")]),
    ("Möte på onsdag: Budgeten godkänd. Amira Hassan skickar protokollet.", [("Amira Hassan", "PERSON")]),
    ("Åtgärdat: Fel vid inloggning i appen", []),
    # Turkish
    ("Konu: Sipariş gecikmesi\nMerhaba, Siparişim hâlâ gelmedi. Lütfen kontrol eder misiniz? Saygılarımla, "
     "Emre Kaya", [("Emre Kaya", "PERSON")]),
    ("Toplantı Salı günü: Bütçe onaylandı, Zeynep teklifi Arçelik ekibine gönderecek.",
     [("Zeynep", "PERSON"), ("Arçelik", "ORGANIZATION")]),
    ("Düzeltme: Giriş sırasında oluşan hata giderildi", []),
]

# Check set, written after the code of round 19 and not tuned on: the same nine languages, other layouts.
CHECK = [
    ("Hallo Team,\nab Mittwoch vertritt mich Jovana Petrović. Rückfragen zur Abrechnung bitte an sie.\nViele Grüße\n"
     "Lukas", [("Jovana Petrović", "PERSON"), ("Lukas", "PERSON")]),
    ("[09:14] Sven: Besprechung verschoben, Kunde Zimmermann Elektro AG hat abgesagt",
     [("Sven", "PERSON"), ("Zimmermann Elektro AG", "ORGANIZATION")]),
    ("Chère Madame, Votre demande de congé pour août est acceptée. Bien à vous, Nadia Benali, Ressources humaines",
     [("Nadia Benali", "PERSON")]),
    ("Livraison prévue au 8 rue des Lilas, 69003 Lyon. Merci de prévenir le gardien.",
     [("8 rue des Lilas, 69003 Lyon", "ADDRESS")]),
    ("Estimado equipo, Mañana no habrá servicio de comedor. Un saludo, Javier Morales", [("Javier Morales", "PERSON")]),
    ("[10:02] Lucía: Listo, subí el informe. Revisadlo cuando podáis", [("Lucía", "PERSON")]),
    ("Beste collega's, Vrijdag is het kantoor gesloten. Groeten, Pieter Jansen", [("Pieter Jansen", "PERSON")]),
    ("Graag de factuur sturen naar Keizersgracht 221, 1016 DV Amsterdam t.a.v. Noor Bakker.",
     [("Keizersgracht 221, 1016 DV Amsterdam", "ADDRESS"), ("Noor Bakker", "PERSON")]),
    ("Prezados, Segue em anexo o relatório de março. Atenciosamente, Beatriz Nogueira",
     [("Beatriz Nogueira", "PERSON")]),
    ("Ciao a tutti, Domani l'ufficio apre alle dieci. Grazie, Luca Bianchi", [("Luca Bianchi", "PERSON")]),
    ("Gentile cliente, Abbiamo ricevuto il suo reclamo. Saluti, Servizio Clienti", []),
    ("Cześć, Jutro nie będzie mnie w biurze. Dzięki, Piotr Zieliński", [("Piotr Zieliński", "PERSON")]),
    ("Hej alla, Imorgon är kontoret stängt. Mvh, Karin Johansson", [("Karin Johansson", "PERSON")]),
    ("Merhaba arkadaşlar, Yarın ofis kapalı olacak. Teşekkürler, Burak Şahin", [("Burak Şahin", "PERSON")]),
    ("Fix: Übersetzung der Fehlermeldung korrigiert (Danke an Hiroshi Nakamura)", [("Hiroshi Nakamura", "PERSON")]),
    ("Notas: Entrega atrasada. Responsável: Kwame Mensah. Próximo passo: Ligar ao fornecedor.",
     [("Kwame Mensah", "PERSON")]),
]
