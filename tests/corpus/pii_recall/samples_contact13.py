"""Marked dev samples for round 13's contact mechanisms (contact13), written before their fixes (tuned on):
addresses found in part whose other parts (city, district, region, postcode, country, unit) are left out
or found as separate pieces with gaps, in many countries' layouts and scripts; logins in the slots that hold
logins (ls -l / ps owners, commit authors, ssh/sudo/-u, config `user`, a column or key holding logins
elsewhere, the local part of an e-mail or a /home/NAME path of the same text); and negatives."""

SAMPLES = [
    # --- addresses: a run of parts, found in part ---
    ('addr_run', 'id,name,address\n7,Oksana Bondar,"⟦ADDRESS:вул. Хрещатик, 22, кв. 5, Київ, 01001⟧"'),
    ('addr_run', '[09:14] dmitri: новый адрес ⟦ADDRESS:Москва, ул. Тверская, д. 7, кв. 15⟧, звоните в домофон'),
    ('addr_run', '{"customer_id": 5521, "addr": "⟦ADDRESS:Nevsky Prospekt 28, St. Petersburg, 191186, Russia⟧"}'),
    ('addr_run', 'Ship to: ⟦ADDRESS:Carrer de Mallorca 401, Eixample, 08013 Barcelona, Spain⟧'),
    ('addr_run', '送付先：⟦ADDRESS:〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 8F⟧'),
    ('addr_run', 'Address: ⟦ADDRESS:221B, MG Road, Koramangala, Bengaluru, Karnataka 560034⟧'),
    ('addr_run', 'Entregar em ⟦ADDRESS:Rua Oscar Freire, 379 - Jardins, São Paulo - SP, 01426-001⟧ até sexta'),
    ('addr_run', 'dirección: ⟦ADDRESS:Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México, CDMX⟧'),
    ('addr_run', '| 1042 | Kenji Sato | ⟦ADDRESS:3-14-2 Nishi-Azabu, Minato-ku, Tokyo 106-0031⟧ |'),
    ('addr_run', 'The parcel is stuck at ⟦ADDRESS:Gartenstraße 12, 80331 München, Bayern⟧ and nobody answers.'),
    ('addr_run', 'hi, my new address is ⟦ADDRESS:Flat 3, 27 Elm Grove, Headingley, Leeds LS6 2AP⟧ pls update'),
    ('addr_run', 'order,ship_city,ship_zip,ship_street\n9931,⟦ADDRESS:Porto⟧,⟦ADDRESS:4050-262⟧,⟦ADDRESS:Rua das Flores 112⟧'),
    ('addr_run', 'customer: Jan de Vries\naddress: ⟦ADDRESS:Keizersgracht 174, 1016 DW Amsterdam⟧\nphone: on file'),
    ('addr_run', 'Livraison : ⟦ADDRESS:12 avenue Jean Jaurès, Appartement 4, 69007 Lyon⟧ — merci'),
    ('addr_run', 'Kunde wohnt in ⟦ADDRESS:Wien, Mariahilfer Straße 45/3/12, 1060⟧ laut Formular'),
    ('addr_run', '{"name":"Li Wei","address":"⟦ADDRESS:上海市浦东新区世纪大道100号 45楼⟧","vip":true}'),
    ('addr_run', 'Mi domicilio: ⟦ADDRESS:Calle Mayor 5, 3º izquierda, Alcalá de Henares, Madrid⟧'),
    ('addr_run', 'we met at his place (⟦ADDRESS:Ulica Długa 14, Gdańsk⟧) and signed the lease'),
    ('addr_run', 'Bill to: ⟦ADDRESS:P.O. Box 4471, Gaborone, Botswana⟧'),
    ('addr_run', 'home: ⟦ADDRESS:Ο. Ερμού 25, Αθήνα 105 63⟧'),
    # --- addresses: negatives (text near places, no address) ---
    ('addr_neg', 'The conference moved from Berlin to Lisbon, 3 days later than planned.'),
    ('addr_neg', 'Regions: Frankfurt, Dublin, Paris, Stockholm; latency 12 ms in each.'),
    ('addr_neg', 'Flights: London, 14:05 departure, gate 22, terminal 5.'),
    # --- logins in login slots ---
    ('login_slot', '$ ls -l /srv/app\n-rw-r--r-- 1 ⟦USERNAME:mkowalski⟧ staff 2048 May  3 10:12 config.yml\ndrwxr-xr-x 2 ⟦USERNAME:tnakamura⟧ staff 4096 May  3 09:55 logs'),
    ('login_slot', 'commit 3f2a9c1\nAuthor: ⟦USERNAME:rbalogun⟧ <⟦EMAIL:rbalogun@fernhill.dev⟧>\nDate:   Tue May 7 10:02:11 2024'),
    ('login_slot', 'can you check why `ssh ⟦USERNAME:okamau⟧@bastion.internal` hangs after the key exchange?'),
    ('login_slot', 'psql -h db01 -U ⟦USERNAME:lfernandes⟧ -d billing   # asks for a password twice'),
    ('login_slot', '[client]\nhost = 10.0.4.12\nuser = ⟦USERNAME:svetlana.k⟧\npassword = ⟦PASSWORD:Zq7!mera2⟧'),
    ('login_slot', 'mysql -u ⟦USERNAME:pbrennan⟧ -p -h 127.0.0.1 shop'),
    ('login_slot', 'user,last_login,role\n⟦USERNAME:akhan⟧,2024-05-01,admin\n⟦USERNAME:jmurphy⟧,2024-05-02,viewer\n⟦USERNAME:lisa⟧,2024-05-03,viewer'),
    ('login_slot', '{"members": [{"login": "⟦USERNAME:dchen⟧"}, {"login": "⟦USERNAME:oyelaran⟧"}]}'),
    ('login_slot', 'mail from ⟦EMAIL:n.petrova@kestrel.io⟧ — who is ⟦USERNAME:n.petrova⟧ on the VPN?'),
    ('login_slot', 'Traceback:\n  File "/home/⟦USERNAME:igorv⟧/proj/run.py", line 3\nthe job runs as ⟦USERNAME:igorv⟧ on the box'),
    ('login_slot', 'USER PID %CPU COMMAND\n⟦USERNAME:hwalters⟧ 4412 98.0 python train.py\nroot 1 0.0 /sbin/init'),
    ('login_slot', 'sudo -u ⟦USERNAME:deploy_ana⟧ ./release.sh fails with permission denied'),
    ('login_slot', 'Reviewers: @⟦USERNAME:kwame-o⟧ and @⟦USERNAME:sara.lind⟧ please take a look'),
    ('login_slot', 'ftp> open files.example.net\nName (files.example.net:me): ⟦USERNAME:gpetit⟧\n331 Password required'),
    ('login_slot', 'login: ⟦USERNAME:mhassan⟧\nLast login: Tue May  7 09:12:44 from 10.1.2.3'),
    ('login_slot', 'chown ⟦USERNAME:ybenali⟧:www-data /var/www/html -R'),
    # --- login negatives ---
    ('login_neg', 'ssh git@github.com works but the push hangs on a large file'),
    ('login_neg', 'psql -U postgres -d app_test -c "select 1"'),
    ('login_neg', 'Run the agent as a subagent and report the summary to the orchestrator.'),
]
