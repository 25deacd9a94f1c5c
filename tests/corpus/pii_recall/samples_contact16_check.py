"""Check samples for round 16's contact mechanisms (contact16), written after the fixes and never tuned on:
addresses with the writer's own words between a street line and its postcode and place, record ids in URL paths
and after '#', and negatives."""

SAMPLES = [
    ('addr_middle', 'Nueva dirección: ⟦ADDRESS:Av. Corrientes 1234, timbre 5, entrada por el garage, C1043 Buenos Aires⟧'),
    ('addr_middle', 'deliver to ⟦ADDRESS:22 Harbour View Rd, side gate, Mosman NSW 2088⟧ thanks'),
    ('addr_middle', 'Levering: ⟦ADDRESS:Vesterbrogade 41, 3. sal th, 1620 København V⟧'),
    ('addr_middle', 'the customer wrote ⟦ADDRESS:Rua das Flores 77, fundos, casa 2, 80010-020 Curitiba⟧ on the form'),
    ('addr_middle', 'osoite: ⟦ADDRESS:Hämeenkatu 9 A 12, piharakennus, 33100 Tampere⟧'),
    ('addr_middle', 'Indirizzo ⟦ADDRESS:Corso Buenos Aires 45, secondo piano, 20124 Milano⟧, citofonare'),
    ('addr_middle', 'send the keys to ⟦ADDRESS:310 Pine St, basement unit, Seattle, WA 98101⟧ asap'),
    ('addr_middle', 'Adresse : ⟦ADDRESS:14 avenue Jean Jaurès, résidence Les Tilleuls, 69007 Lyon⟧'),
    ('addr_neg', 'I used to work at 40 Wall Street, and later moved to Boston, MA 02110 for the job.'),
    ('addr_neg', 'Our offices: London, Paris and Berlin; the Lisbon team works remotely.'),
    ('id_bare', 'PATCH https://api.clinic.example/v1/patients/⟦ID_NUMBER:PT-0048812⟧/allergies failed with 409'),
    ('id_bare', 'log: 2025-01-03 GET /bookings/⟦ID_NUMBER:BK7781203⟧/cancel 200'),
    ('id_bare', 'the link was https://portal.example.org/students/⟦ID_NUMBER:20231187⟧/grades'),
    ('id_bare', 'Cliente pidió el reembolso del pedido #⟦ID_NUMBER:88120431⟧ ayer.'),
    ('id_bare', 'see /api/claims/⟦ID_NUMBER:CLM-77120-B⟧/documents for the scans'),
    ('id_bare', '{"url": "https://app.example.com/employees/⟦ID_NUMBER:E-100482⟧/payslips/2024-11"}'),
    ('id_neg', 'curl https://api.example.com/users/self/orders/recent'),
    ('id_neg', 'Closes #4821 and #4822 (see CHANGELOG).'),
    ('id_neg', 'const teal = "#008080"; const grey = "#80808080";'),
]
