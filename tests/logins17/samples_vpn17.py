"""Dev samples for round 17's `name/IPv4:port` logins (OpenVPN's client names), written before the code (tuned on),
and negatives: Java's resolved hosts, CIDRs, paths and role accounts. Each: (text, value)."""

POS = [
    ("Mar  5 10:01:02 vpn01 openvpn[2231]: okafor.n/203.0.113.5:51234 MULTI_sva: pool returned IPv4=10.8.0.6",
     "okafor.n"),
    ("2024-03-05 10:01:02 jbrandt/198.51.100.7:1194 Peer Connection Initiated with [AF_INET]198.51.100.7:1194",
     "jbrandt"),
    ("Tue Mar  5 10:01:03 2024 MULTI: Learn: 10.8.0.10 -> lmensah/198.51.100.9:40112", "lmensah"),
    ("Tue Mar  5 10:01:03 2024 MULTI: primary virtual IP for k-varga/203.0.113.44:5011: 10.8.0.14", "k-varga"),
    ("Mar  5 10:02:11 gw ovpn-server[881]: tsato/192.0.2.15:61000 SENT CONTROL [tsato]: 'PUSH_REPLY,route 10.0.0.0'",
     "tsato"),
    ("Mar  5 10:05:40 gw openvpn[881]: r_abdullah/192.0.2.77:50212 Connection reset, restarting [0]", "r_abdullah"),
    ("2024-03-05 11:12:13 dvukovic/203.0.113.8:49152 SIGTERM[soft,remote-exit] received, client-instance exiting",
     "dvukovic"),
    ("ahmadi-f/198.51.100.23:1194 Inactivity timeout (--ping-restart), restarting", "ahmadi-f"),
]

NEG = [
    ("java.net.ConnectException: Connection refused: localhost/127.0.0.1:8080", "localhost"),
    ("Connection to node -1 (kafka-1/10.0.0.5:9092) could not be established.", "kafka-1"),
    ("route add 10.8.0.0/24 via gw", "route"),
    ("Mar  5 10:01:02 vpn01 openvpn[2231]: server/203.0.113.5:1194 listening", "server"),
    ("2024-03-05 10:01:02 root/10.0.0.1:22 session opened", "root"),
    ("WARN Failed to connect to broker at broker.internal.example/10.0.0.9:9092", "broker.internal.example"),
    ("Resolved db.example.com/10.1.1.4:5432 for the pool", "db.example.com"),
]
