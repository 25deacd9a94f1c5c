"""Check samples for round 29's logins (logins29), written after the change and not tuned on (none of them was run
before this file was written; not read off any corpus): the same layout slots in other tools, languages and wordings,
and look-alikes that must stay. Each: (text, value)."""

POS = [
    # ranked rows
    ("Chess club blitz arena\n1. ferzkonig 2140\n2. pawnstorm_12 2098\n3. lindqvist.o 2051", "ferzkonig"),
    ("Top reviewers this month: 1. gabrieloak 41 · 2. mei-lin_w 37 · 3. tobyrandle 30", "mei-lin_w"),
    ("Clasificación\n1º  nachovera_9   120 pts\n2º  solcito.m     114 pts", "solcito.m"),
    # event lines
    ("[19:02] wyvernkeeper raided the channel with 63 viewers\n[19:03] pollyanna_q followed", "pollyanna_q"),
    ("14:22:07 | ronja-lind subscribed for 6 months\n14:22:31 | Kettle_Bird cheered 100 bits", "Kettle_Bird"),
    ("New follower: quillnib\nNew follower: marrow_fen", "quillnib"),
    ("£3.00 from hobnob_fan — \"love the stream\"", "hobnob_fan"),
    # attributions and quote headers
    ("Bewertung von sandmann_77: Lieferung pünktlich.", "sandmann_77"),
    ("Commentaire de loulou.b : très bon produit", "loulou.b"),
    ("Comentário de julinha_s: adorei!", "julinha_s"),
    ("Photo by toivo-k · licensed CC BY", "toivo-k"),
    ("W dniu 02.12.2026 o 10:15 napisał mkaczmar_:\n> czy serwer działa?", "mkaczmar_"),
    ("On Tue, 1 Dec 2026 at 09:12, fen_larkin <fen@example.org> wrote:\n> any update?", "fen_larkin"),
    ("\"Best croissant in town\" — boulanger_anna, Lyon", "boulanger_anna"),
    # people addressed
    ("gracias a pachi_r por el arreglo", "pachi_r"),
    ("Hola vale_mtz, ya está resuelto.", "vale_mtz"),
    ("tack till sixten_h för granskningen", "sixten_h"),
    ("thanks dune.rider for the logs", "dune.rider"),
    ("明日の件、taku_88 さんに確認しました。", "taku_88"),
    # lists of a community's people and of found logins
    ("Admins: ritsu_k, ahmedz_91, lumi.dev", "ahmedz_91"),
    ("moderators: GreyHeron7, Sable_Owl; members: tansy.r, orinoco_b", "orinoco_b"),
    # moderation as an instruction
    ("please ban Spam_King99 and mute quietreed_3 for a day", "Spam_King99"),
    # OpenVPN's common name joined by a dot
    ("Tue Dec  1 09:00:01 2026 maja.lindgren/198.51.100.4:40112 MULTI: Learn: 10.8.0.6 -> maja.lindgren", "maja.lindgren"),
    # profile sites
    ("my page: vk.com/olga.sever and ko-fi.com/olgasever_art", "olga.sever"),
]

NEG = [
    # numbered steps, command history, scores of teams and products
    ("Steps:\n1. Install the package 2.0\n2. Restart the service", "Install"),
    ("  512  ls -la\n  513  sshpass -p secret ssh host", "sshpass"),
    ("Standings\n1  Arsenal   38  84\n2  Liverpool 38  82", "Arsenal"),
    ("Results\n1. pasta 12\n2. risotto 9", "pasta"),
    # event verbs after words, bots and systems
    ("[10:00:01] Server started on port 8080\n[10:00:05] worker joined the pool", "worker"),
    ("[21:00] Nightbot followed the rules\n[21:01] Streamlabs: thanks for the follow", "Nightbot"),
    # attributions and addressing of words and placeholders
    ("Photo by Unsplash · Review by {{author}}", "Unsplash"),
    ("Commentaire de la semaine : rien à signaler", "la"),
    ("danke schön, bis morgen", "schön"),
    ("grazie mille per la pazienza", "mille"),
    ("hola amigos, ya está", "amigos"),
    ("tack så mycket", "så"),
    ("kiitos paljon avusta", "paljon"),
    # lists of words and packages
    ("Members: none yet", "none"),
    ("Admins: see the wiki", "see"),
    ("installed: numpy, pandas, scipy, matplotlib", "pandas"),
    # role accounts in a list
    ("members: noreply, postmaster", "noreply"),
]
