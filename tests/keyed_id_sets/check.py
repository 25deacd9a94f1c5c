"""Check texts for ids under keys of log lines and query strings (written after the code, not tuned on)."""
CHECK = [
 ("2025-01-14 08:02:11 WARN late return rider=RD-55102 bike=17", "RD-55102"),
 ("/booking/confirm?guestRef=G00418822&step=3", "G00418822"),
 ("evt=checkin visitor=V44718 host_desk=B", "V44718"),
 ("access granted: hcp=DR-77120 ward_ok=true", "DR-77120"),
 ("job done socio=SC-20931 cuota=45.00", "SC-20931"),
 ("enroll pupil=P-300418 class=4A", "P-300418"),
 ("[api] fetch borrower=LN4471902 status=200", "LN4471902"),
 ("trace ok applicantNo=AP-88120 stage=review", "AP-88120"),
]
NEG = [
 ("deploy env=prod build=B-4471 region=eu-west-1", "B-4471"),
 ("level=warn code=W-2210 msg=\"slow query\"", "W-2210"),
 ("GET /search?q=RTX-4090&page=2 200", "RTX-4090"),
 ("release tag=REL-2024 owner=platform", "REL-2024"),
 ("alert=CVE-2024-3094 severity=high pkg=xz", "CVE-2024-3094"),
 ("sensor=TMP-0412 value=21.5 unit=C", "TMP-0412"),
 ("worker=W-0003 queue=emails processed=120", "W-0003"),
 ("ticket=SUP-4471 priority=P2", "SUP-4471"),
]
