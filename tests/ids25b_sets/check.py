"""Check texts for ticket keys with no cue word (round 25b; written after the code, not tuned on)."""
CHECK = [
 ("Sprint review\n1. MOB-212 push opt-in crash (Daniela)\n2. MOB-219 dark mode\n3. MOB-230 onboarding copy", "MOB-219"),
 ("BILL-4402 | Frau Schneider | Rechnung storniert\nBILL-4410 | Herr Demir | Mahnung", "BILL-4410"),
 ("> CX-1188: customer wants her data deleted\n> CX-1190: same customer, second account", "CX-1190"),
 ("<marta> LEG-77 signed, LEG-78 still with the client", "LEG-77"),
 ("  - ACC-9031\t2024-05-02\tRemboursement M. Petit\n  - ACC-9034\t2024-05-03\tChangement d'adresse", "ACC-9034"),
 ("Nr.;Betreff;Kundin\nKS-551;Kündigung;Frau Ahmadi\nKS-553;Umzug;Frau Lindqvist", "KS-553"),
 ("| ID | Title | Reporter |\n|----|-------|----------|\n| DATA-18 | Export for Mr. Novak | Eva |", "DATA-18"),
 ("Reference: BILL-4402 (Frau Schneider)", "BILL-4402"),
 ("(ref #SV-3391) Unterlagen nachgereicht", "SV-3391"),
 ("Issue,Status\nTRV-640,Refund requested by Ms. Ortiz\nTRV-641,Visa letter", "TRV-640"),
]
CHECK_NEG = [
 ("GPT-4: best quality\nGPT-3: cheaper", "GPT-3"),
 ("LLAMA-2: 4k context\nLLAMA-3: 8k context", "LLAMA-2"),
 ("ES-2019: flat()\nES-2021: replaceAll()", "ES-2019"),
 ("CVE-2024-3094: xz backdoor\nCVE-2021-44228: log4shell", "CVE-2021-44228"),
 ("SHA-256: 32 bytes\nSHA-512: 64 bytes", "SHA-256"),
 ("PEP-8: style\nPEP-20: zen", "PEP-20"),
 ("UTF-8: one to four bytes", "UTF-8"),
 ("see ref: RFC-7519 section 4", "RFC-7519"),
 ("ref=ISO-8601 for the timestamps", "ISO-8601"),
 ("| # | Command |\n|---|---|\n| 1 | make |\n| 2 | make test |", "1"),
 ("ID,Name\n42,Widget\n43,Gadget", "42"),
]
