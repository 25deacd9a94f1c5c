-- provisioning script for the reporting cluster
CREATE ROLE reporting_ro WITH LOGIN PASSWORD 'r3port!ng-R0';
GRANT CONNECT ON DATABASE reporting TO reporting_ro;
GRANT USAGE ON SCHEMA public TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting_ro;

ALTER USER etl_writer WITH PASSWORD 'Etl-Wr1ter-2024';

-- MySQL side
CREATE USER 'grafana'@'%' IDENTIFIED BY 'Gr4f4na-Mysql';
GRANT SELECT ON metrics.* TO 'grafana'@'%';

-- seed an admin for the staging app (bcrypt)
INSERT INTO users (id, email, password_hash, role) VALUES
  (1, 'admin@acme-corp.net', '$2b$12$KIXQJx1v9Yp5o8w2b3c4dOeFgHiJkLmNoPqRsTuVwXyZ0123456ab', 'admin');

CREATE SERVER legacy_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '10.0.9.9', dbname 'legacy');
CREATE USER MAPPING FOR reporting_ro SERVER legacy_srv OPTIONS (user 'fdw', password 'fdw-L3gacy-pw');
