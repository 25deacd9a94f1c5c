"""Dev samples for round 29's logins (logins29), written before any change (tuned on): a login named by the slot
of a layout that has no `@` and no label: a ranked row's name cell, a stream or game event line's actor, an
attribution's author ("reviewed by", "Recensione di"), a quote header's author ("x wrote:", "schrieb x:"), an audit
or log line's user field, a column headed by a login word of another language, an addressed position in prose
("thanks x", "merci à x", "danke an x"). Invented by the builder from the forms these tools and people write, not
copied from a corpus. Each: (text, value)."""

POS = [
    # ranked rows: a rank, the name cell, then scores
    ("Season 9 ladder\n1  frostpine_7      1820  30/4\n2  mokkalatte       1766  28/6\n3  Zeldrin_x        1701  27/8",
     "mokkalatte"),
    ("Weekly top\n#1 quartzbeetle 9,120pp · #2 hanakotoba 8,990pp · #3 brn_ld 8,701pp", "quartzbeetle"),
    ("1) sorrel-k ★★★★★ 410\n2) tamsin.w ★★★★ 388\n3) ruvenz ★★★ 301", "ruvenz"),
    ("Top fundraisers: 1. olwen_runs £420 · 2. padraigmc £385 · 3. ciaradoyle81 £300", "padraigmc"),
    # stream and game event lines: the actor before or after the event word
    ("[20:11:03] mossgremlin followed\n[20:11:40] dunewalker88 subscribed at Tier 1", "mossgremlin"),
    ("Follow: brackenfern\nSub: kettlecorn_42 (Tier 2)\nRaid: owlbear_jo with 40 viewers", "brackenfern"),
    ("[12:01:55] [Server thread/INFO]: pixelhusk joined the game\n[12:05:10] [Server thread/INFO]: pixelhusk left the game",
     "pixelhusk"),
    ("$5.00 from larkspur_ — \"keep it up\"\n$20.00 from Anonymous", "larkspur_"),
    ("Bits: 300 from tinrobotnik · Gifted 5 subs: mirelle_gg", "tinrobotnik"),
    # attributions: posted/reviewed/answered/edited by, and the same in other languages
    ("★★★★☆ \"Fast delivery\"\nReviewed by haldorsen_b · verified buyer", "haldorsen_b"),
    ("Answered by nkosidev · 3 upvotes\nAccepted answer", "nkosidev"),
    ("Recensione di marcopolo77 — \"Camera pulita\"", "marcopolo77"),
    ("Reseña de lupita.h: \"Muy buena atención\"", "lupita.h"),
    ("Kommentar von wattwurm_sylt: Gleiche Erfahrung.", "wattwurm_sylt"),
    ("Avis de caramel_fr publié le 3 mars", "caramel_fr"),
    ("Отзыв покупателя sergeyk_77 · 4 звезды", "sergeyk_77"),
    ("Last edited by qorvath (2026-10-02)", "qorvath"),
    ("Badge \"Helpful\" awarded to ilsebrandt", "ilsebrandt"),
    # quote headers
    ("tamarind_j wrote:\n> does the cache survive a restart?\nNo, it is in memory.", "tamarind_j"),
    ("Am 03.11.2026 um 08:15 schrieb hkoenig:\n> Läuft der Export wieder?", "hkoenig"),
    ("El 12/05/2026, lucia.prado escribió:\n> ¿Alguien probó la versión 3?", "lucia.prado"),
    ("Quoting vrinda_s:\n> the build is flaky again", "vrinda_s"),
    # audit and log user fields
    ("2026-11-02T10:00:00Z action=team.add_member actor=pmalik-gh team=platform user=odunsi", "pmalik-gh"),
    ("2026-11-02T10:00:00Z action=team.add_member actor=pmalik-gh team=platform user=odunsi", "odunsi"),
    ("Nov  3 08:12:01 mail postfix/smtpd[811]: 1A2B: client=unknown[198.51.100.9], sasl_method=LOGIN, sasl_username=gvasquez",
     "gvasquez"),
    ("Nov  3 08:12:05 mail dovecot: imap-login: Login: user=<rtakeda>, method=PLAIN, rip=198.51.100.9", "rtakeda"),
    ("(Authenticated sender: lschaefer)\n\tby smtp.example.net (Postfix) with ESMTPSA", "lschaefer"),
    ('<Data Name="TargetUserName">mbrennan</Data><Data Name="TargetDomainName">CORP</Data>', "mbrennan"),
    ("198.51.100.23 - okoye [03/Nov/2026:10:01:02 +0000] \"GET /hr/ HTTP/1.1\" 200 512", "okoye"),
    ("2026-11-03 07:00:12 fbianchi/198.51.100.77:50122 TLS: Initial packet", "fbianchi"),
    ("  connect to service Projekte initially as user hwinter (uid=1012, gid=100)", "hwinter"),
    ('silence createdBy="ayodele.f" comment="maintenance"', "ayodele.f"),
    # login columns headed in other languages
    ("Usuário | Setor\nrmacedo | Financeiro\nlpinheiro | RH", "rmacedo"),
    ("Benutzer;Abteilung\nkfischer;Einkauf\nmzander;Vertrieb", "kfischer"),
    ("uid | nimi\nvkoskinen | Ville Koskinen\nsrantanen | Sanna Rantanen", "vkoskinen"),
    ("IGN | Rank | Main\nFrostLotus | Diamond | Mercy\nbrickhaus | Gold | Reinhardt", "brickhaus"),
    ("Responsável | Chamado\njtorres | 4411\nacunha | 4412", "acunha"),
    # addressed positions in prose, several languages
    ("thanks brennig for the quick review and ask tovah_r about the migration", "brennig"),
    ("merci à elouan_b pour le correctif", "elouan_b"),
    ("danke an schorsch77 fürs Testen", "schorsch77"),
    ("grazie a pietrodev per la patch", "pietrodev"),
    ("gracias a nachoq por la revisión", "nachoq"),
    ("dzięki kubaw za review", "kubaw"),
    ("Děkujeme, petrak_j, těšíme se na vás!", "petrak_j"),
    ("Hallo ottilie_m, die Rückerstattung ist unterwegs.", "ottilie_m"),
    ("see rkhatri's comment on the PR", "rkhatri"),
    # standup notes: handles as subjects of short clauses
    ("yday ebarros paired w/ kwon_h on the crash. today ebarros is blocked, waiting on kwon_h.", "kwon_h"),
    # profile URLs of platforms
    ("find me at instagram.com/ceramics.by.ines and t.me/ines_clay", "ceramics.by.ines"),
    ("find me at instagram.com/ceramics.by.ines and t.me/ines_clay", "ines_clay"),
    ("Мой профиль: vk.com/anton.belov88", "anton.belov88"),
    ("clips on twitch.tv/grimlock_tv and tiktok.com/@grimlock.tv", "grimlock_tv"),
]

NEG = [
    # system, service and role accounts in the same slots
    ("1  root     tty1   Tue Nov  3 08:00   still logged in", "root"),
    ("Nov  3 08:12:01 mail postfix/smtpd[811]: sasl_username=<username>", "username"),
    ("2026-11-02T10:00:00Z action=workflows.completed actor=github-actions[bot]", "github-actions"),
    ('<Data Name="SubjectUserName">SYSTEM</Data>', "SYSTEM"),
    ("  connect to service IPC$ initially as user nobody (uid=65534)", "nobody"),
    ("[20:11:03] Nightbot: follow the channel!\n[20:11:40] StreamElements: !discord", "Nightbot"),
    # placeholders and templates
    ("Template: \"Reviewed by {{author}}\" · \"— {{reviewer}}\"", "author"),
    ("Replace <your_user> with your login: instagram.com/<your_user>", "your_user"),
    # public brand accounts and organisations of public projects
    ("Follow @NASA and @Spotify for updates", "NASA"),
    ("Source: github.com/python/cpython", "python"),
    # words of the text's language in an addressed position
    ("thanks everyone for the review, ask the team about the migration", "everyone"),
    ("merci à tous pour le correctif", "tous"),
    ("danke an alle fürs Testen", "alle"),
    ("gracias a todos por la revisión", "todos"),
    # ranked rows of teams, countries and products, not people
    ("Medal table\n1  Norway   16  8  13\n2  Germany  12 10   5", "Norway"),
    ("Top sellers\n1. espresso    412\n2. cappuccino  388", "espresso"),
    # event words without a person
    ("[12:01:55] [Server thread/INFO]: Done (4.2s)! For help, type \"help\"", "help"),
    ("Posted by the moderators · pinned", "moderators"),
    # team rankings
    ("Kaggle: team \"lagrange\" finished 3rd", "lagrange"),
]
