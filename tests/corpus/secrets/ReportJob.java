package net.acmecorp.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

public class ReportJob {
    private static final String DB_URL = "jdbc:mysql://reports.acme.internal:3306/reports";
    private static final String DB_USER = "reporter";
    private static final String DB_PASSWORD = "Rep0rter!J4va";
    private static final String SLACK_BOT_TOKEN = "xoxb-61666161401-5590583403841-g7vrIKvAFAKErK7ZDTEKWocJ";
    private static final String encryptionKey = "N/KI3XaeAlI8F5T4/b+ehLymZbZJ3r8D1pH/3kd4Pq0=";

    public Connection open() throws Exception {
        Properties props = new Properties();
        props.setProperty("user", DB_USER);
        props.setProperty("password", "Rep0rter!J4va");
        return DriverManager.getConnection(DB_URL, props);
    }

    public Connection openLegacy() throws Exception {
        return DriverManager.getConnection(
            "jdbc:postgresql://legacy.acme.internal/ledger?user=ledger&password=L3dg3r-Pg-Java");
    }
}
