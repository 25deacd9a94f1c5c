"""Dev texts for ticket keys with no cue word (issue 12, round 25b; written before the code).

A tracker export or a standup list pastes keys at the start of their lines, one project's prefix on every line,
with no header or with a header too short to name them (`#`, `ID`, `Issue`, `Ref`, `Nr.`)."""
DEV = [
 # a list of one project's keys, each at the start of its line, then ':', ' - ', a tab or '|'
 ("ENG-341: login fails on Safari (Hana)\nENG-360: export drops rows\nENG-377: flaky upload test", "ENG-360"),
 ("Yesterday:\n- ENG-341 - fixed the Safari login\n- ENG-360 - export, still in review\nToday:\n- ENG-377", "ENG-377"),
 ("PAY-88\tRefund stuck\tSofia Marin\nPAY-91\tDouble charge\tKenji Ito", "PAY-91"),
 ("| CRM-1021 | Rückruf Frau Weber | offen |\n| CRM-1024 | Adresse ändern | erledigt |", "CRM-1024"),
 ("* HD-5521: cliente dice que no le llegó el paquete\n* HD-5530: reembolso pendiente", "HD-5530"),
 # a chat line that starts with a key, the text holding another of the same project
 ("[09:12] hana: ENG-341 done, ENG-360 in review\n[09:13] luis: ok", "ENG-341"),
 # a column under a short header: '#', 'ID', 'Issue', 'Ref', 'Nr.', 'n°', 'número'
 ("| # | Summary | Assignee |\n|---|---|---|\n| SUP-1207 | Refund request | Ana Ruiz |", "SUP-1207"),
 ("ID,Title,Reporter\nKD-2210,Kündigung,Frau Keller\nKD-2215,Umzug,Herr Braun", "KD-2215"),
 ("Issue\tStatus\tOwner\nWEB-77\tOpen\tPriya\nWEB-81\tDone\tTom", "WEB-81"),
 ("Ref;Asunto;Cliente\nAT-903;Reembolso;Lucía Gómez", "AT-903"),
 ("Nr.|Betreff|Kunde\nSV-3391|Unterlagen|Frau Albers", "SV-3391"),
 ("número,asunto\nRH-0412,despido", "RH-0412"),
 # after a word of a reference, perhaps with ':' or '='
 ("ref: ENG-341 is still open", "ENG-341"),
 ("[10:02] ana: ref=LEG-77 done", "LEG-77"),
]
NEG = [
 # one key alone at a line start is no tracker list
 ("UTF-8: the default encoding\nASCII: the old one", "UTF-8"),
 # versions, standards and models listed one per line
 ("ES-2015: classes and modules\nES-2017: async functions\nES-2020: optional chaining", "ES-2017"),
 ("GPT-4: 8k context\nGPT-3: 4k context", "GPT-4"),
 ("| ISO-8601 | dates |\n| ISO-3166 | countries |", "ISO-3166"),
 ("RFC-7519: JWT\nRFC-6749: OAuth 2.0", "RFC-6749"),
 ("ERR-404: not found\nERR-500: server error", "ERR-500"),
 # a short header over numbers: a database id column is no ticket column
 ("id,name,price\n1001,widget,2.50\n1002,gadget,4.00", "1002"),
 ("| # | Step |\n|---|---|\n| 1 | build |\n| 2 | test |", "1"),
 # several keys of one prefix in a sentence, not at a line's start
 ("Compare SHA-256 with SHA-512 before you pick one.", "SHA-512"),
]
