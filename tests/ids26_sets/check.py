"""Check texts for round 26 (written after the code, not tuned on). A case is (text, value) or (text, value, kind)."""
CHECK = [
 # keys of word-named projects where their place says so
 ("Bitte schau dir Ticket HR-30412 an, Frau Yilmaz wartet seit Montag.", "HR-30412"),
 ("Mi puoi riassumere la pratica CLAIM-7710 della signora Ricci?", "CLAIM-7710"),
 ("¿Puedes cerrar SCHOOL-2281? La madre ya envió el certificado.", "SCHOOL-2281"),
 ('{"fields": {"issuekey": "PAYROLL-118", "summary": "Overtime missing for Dana Cohen"}}', "PAYROLL-118", "tool_result"),
 ('{"results": [{"key": "DESK-5012"}, {"key": "DESK-5013"}]}', "DESK-5013", "tool_result"),
 ("case=CARE-0917 patient=\"Ruth Adler\" ward=3B", "CARE-0917"),
 ("FIN-2290: Mr Haddad disputes the late fee", "FIN-2290"),
 ("Assigned LEGAL-331 to Priya Raman yesterday.", "LEGAL-331"),
 ("Zgłoszenie nr 448120 pani Nowak czeka na odpowiedź działu kadr.", "448120"),
 ("Student record 20877 (Lukas Meyer, class 7b) was merged twice", "20877"),
 # ids of records in code and tool output
 ("Customer 99120: Sofia Marques <sofia.marques@example.pt>", "99120"),
 ("<Employee 5512 name='Kwame Asante' dept='Claims'>", "5512", "tool_result"),
 ("Claim(claim_id='clm_8812x', claimant='Hiroshi Tanaka', amount=1200)", "clm_8812x", "tool_result"),
 ("Saved contrato_RH2291.pdf para Beatriz Lima", "RH2291"),
 ("Patient(pid=77431, name='Oluwaseun Bello')", "77431", "tool_result"),
]
CHECK_NEG = [
 ("The API returns UTF-16 unless you ask for UTF-8.", "UTF-16"),
 ("We moved from ISO-8859-1 to UTF-8 last year.", "ISO-8859-1"),
 ('{"encoding": "UTF-8", "algorithm": "SHA-512"}', "SHA-512", "tool_result"),
 ("ICD-10 code J45 covers asthma.", "ICD-10"),
 ("Our target is ES-2020 and Node 18.", "ES-2020"),
 ("Keep GPT-4 for summaries and Claude-3 for code.", "GPT-4"),
 ("The budget for Q3-2024 is fixed.", "Q3-2024"),
 ('{"model": "XR-500", "sku": "XR-500-BLK", "price": 299}', "XR-500", "tool_result"),
]
