"""Dev texts for ticket and case keys and customer/order numbers (issue 12, round 25; written before the code)."""
DEV = [
 # an issue tracker's export: a key column
 ("Issue key,Summary,Assignee,Status\nENG-341,Login fails on Safari,Hana Kim,Open\nENG-360,Export drops rows,Luis Ortega,Done", "ENG-360"),
 ("Issue key\tSummary\tReporter\nOPS-88\tDisk full on db2\tMarta Nowak\nOPS-91\tCert renewal\tPiet de Vries", "OPS-91"),
 ("| Schlüssel | Zusammenfassung | Bearbeiter |\n|---|---|---|\n| KUN-4410 | Rückruf Frau Berger | J. Wolf |\n| KUN-4412 | Adressänderung | S. Roth |", "KUN-4412"),
 ("key;summary;assignee\nSUP-1207;Refund request;Ana Ruiz\nSUP-1211;Card declined;Tom Baker", "SUP-1211"),
 ("ticket,customer,opened\nHD-5521,Grace Liu,2024-03-02\nHD-5530,Omar Haddad,2024-03-04", "HD-5530"),
 # lists pairing people with their tickets
 ("Assignments this week:\n- Hana: ENG-341, ENG-360\n- Luis: ENG-377\n- Priya: ENG-402, ENG-405", "ENG-377"),
 ("Hana: ENG-341, ENG-360", "ENG-360"),
 ("* Marek -> CS-219, CS-224\n* Olga -> CS-230", "CS-230"),
 # after a ticket / case word
 ("Can you look at ticket SD-4471 again? The customer called twice.", "SD-4471"),
 ("Der Fall KD-2210 ist noch offen, Frau Keller wartet auf Rückmeldung.", "KD-2210"),
 ("Dossier RH-0412 : le salarié conteste son licenciement.", "RH-0412"),
 ("Zgłoszenie PL-7781 dotyczy reklamacji pani Kowalskiej.", "PL-7781"),
 ("El caso AT-903 sigue abierto, la clienta pide un reembolso.", "AT-903"),
 ("Support case #CS-00418 from Mr. Dubois about a double charge.", "CS-00418"),
 ("re ticket HELP-221: customer says the parcel never arrived", "HELP-221"),
 # a found key spreads to its other mentions
 ("Issue key,Assignee\nENG-341,Hana Kim\n\nLater Hana wrote: ENG-341 is blocked on the vendor.", "ENG-341 is"),
 # customer / order numbers in a headed column
 ("pedido;cliente;importe\n10281;Lucía Gómez;45,90\n10282;Jorge Pérez;12,00", "10282"),
 ("order,cust,total\n55120,88120,19.99\n55121,90455,7.50", "90455"),
 ("Kunde | Name | Ort\n---|---|---\n40871 | Petra Lang | Linz\n40872 | Uwe Brandt | Graz", "40872"),
 ("order_id,customer_id,amount\n#10281,C-4471,12.00\n#10282,C-4480,8.00", "#10282"),
 # after a short label in prose or chat
 ("merge cust 88120 into 90455 please, same person", "88120"),
 ("[09:14] ana: cust 88120 called again, she has a second account\n[09:15] ben: keep 88120, move the orders from 90455 to it", "90455"),
 ("Kundennr 774120 hat zweimal bezahlt", "774120"),
 ("cliente 55231 ha chiesto il rimborso", "55231"),
 ("client n° 448812 a appelé ce matin", "448812"),
 ("member 30417 says the card was never delivered", "30417"),
]
NEG = [
 ("We standardised on UTF-8 and ISO-8601 timestamps.", "UTF-8"),
 ("We standardised on UTF-8 and ISO-8601 timestamps.", "ISO-8601"),
 ("Hashes are SHA-256; see RFC-7519 and PEP-8.", "SHA-256"),
 ("Hashes are SHA-256; see RFC-7519 and PEP-8.", "RFC-7519"),
 ("Patch for CVE-2024-3094 landed in xz 5.6.2.", "CVE-2024-3094"),
 ("Target ES-2022, module ESNext.", "ES-2022"),
 ("The GPU is an RTX-4090, the plane an A-320.", "RTX-4090"),
 ("Build 4471 failed on node 12; retry 3 of 5.", "4471"),
 ("The order of 250 items ships in 3 boxes.", "250"),
 ("Error E-1102 means the socket closed.", "E-1102"),
]
