"""Check samples for round 17's `name/IPv4:port` logins, written after the code (not tuned on): other OpenVPN
messages and log layouts, and negatives of the same form. Each: (text, value)."""

POS = [
    ("2024-06-11T08:14:55.120Z openvpn[412]: ewilczek/203.0.113.61:53321 TLS: Username/Password authentication "
     "succeeded for username 'ewilczek'", "ewilczek"),
    ("Jun 11 08:15:02 fw1 openvpn[412]: m.oduya/198.51.100.140:1194 VERIFY OK: depth=0, CN=m.oduya", "m.oduya"),
    ("Tue Jun 11 08:15:09 2024 sbjornsson/192.0.2.201:49822 PUSH: Received control message: 'PUSH_REQUEST'",
     "sbjornsson"),
    ("Jun 11 09:00:00 fw1 ovpn-corp[77]: MULTI: new connection by client 'hkurt' will cause previous active sessions "
     "by this client to be dropped. hkurt/203.0.113.9:40001", "hkurt"),
    ("2024-06-11 09:30:12 nakamura_y/198.51.100.4:60123 MULTI_sva: pool returned IPv4=10.8.0.22", "nakamura_y"),
    ("Jun 11 09:31:44 fw1 openvpn[412]: adesanya-b/192.0.2.33:1194 [adesanya-b] Inactivity timeout (--ping-restart)",
     "adesanya-b"),
]

NEG = [
    ("Caused by: java.net.UnknownHostException at redis/10.0.3.7:6379", "redis"),
    ("Jun 11 09:31:44 fw1 openvpn[412]: UDPv4 link remote: [AF_INET]192.0.2.33:1194", "AF_INET"),
    ("allowed ranges: office/10.20.0.0 and lab/10.30.0.0", "office"),
    ("Jun 11 09:31:44 fw1 openvpn[412]: admin/192.0.2.33:1194 Connection reset", "admin"),
    ("see docs/192.168.1.1.md for the router notes", "docs"),
    ("Jun 11 10:00:01 app01 app[1200]: upstream/10.0.0.12:8080 returned 502", "upstream"),
]
