"""Round 21 (ocr21) check texts, written after the code and not tuned on: (kind, text, value the wire must cover)."""
CHECK = [
 ("DATE_OF_BIRTH", "CERTIFICATE OF INSURANCE\nlnsured: Priya Raghunathan\nD.O.B 3O/O9/1991\nPolicy: active", "3O/O9/1991"),
 ("DATE_OF_BIRTH", "Geburtsdaturn:12.O7.1966 | Kasse: TK", "12.O7.1966"),
 ("DATE_OF_BIRTH", "date de naissance _ 17/1l/1983", "17/1l/1983"),
 ("DATE_OF_BIRTH", "DATEOFBIRTH 1975-O2-28", "1975-O2-28"),
 ("DATE_OF_BIRTH", "Surname        Forenames        Date of birth\nMacallister    Fiona Jane       O4/12/1959", "O4/12/1959"),
 ("DATE_OF_BIRTH", "Fecha de nacimiento Apellidos Nombre\n23/05/1988 Quintana Ruiz Lucía", "23/05/1988"),
 ("PERSON", "Surnarne: Vasquez-Oduya\nForenarnes: Imelda", "Vasquez-Oduya"),
 ("PERSON", "Surname        Forenames        Date of birth\nMacallister    Fiona Jane       O4/12/1959", "Fiona Jane"),
 ("PERSON", "Narne of patient ~ Bartholomew Ingersoll", "Bartholomew Ingersoll"),
 ("PHONE", "Telephone No.: O2O 7946 0321", "O2O 7946 0321"),
 ("PHONE", "Mobile:O7911 123456", "O7911 123456"),
 ("PHONE", "Te1efon | 089 l2 34 567", "089 l2 34 567"),
 ("ID_NUMBER", "Mernber No » 44O19283\nPlan: Gold", "44O19283"),
 ("ID_NUMBER", "Claim Nurnber: CLM-2O24-88712", "CLM-2O24-88712"),
 ("ID_NUMBER", "Employee lD 00447I9\nDept: Finance", "00447I9"),
 ("NATIONAL_ID", "SSN:O78-05-ll20", "O78-05-ll20"),
 ("NATIONAL_ID", "NHS No. 943 476 559l", "943 476 559l"),
 ("ADDRESS", "Addre5s: 7 Quarry Lane, Sheffield S11 8NB", "7 Quarry Lane"),
]
KEEP = [
 ("Name the branch after the ticket\nDate of release: next week", "release"),
 ("Tel Aviv office  | Telephone rota | weekly", "weekly"),
 ("Born to Run is the third album\nby Bruce Springsteen", "album"),
 ("Member functions  Description\ninit()  sets up the state", "sets up the state"),
 ("Address space layout randomization is on\nPhone home disabled", "randomization"),
 ("Nome do arquivo: relatorio.pdf", "relatorio.pdf"),
]
