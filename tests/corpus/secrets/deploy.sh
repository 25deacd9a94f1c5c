#!/usr/bin/env bash
# deploy.sh - push a release to staging
set -euo pipefail

export GITLAB_TOKEN=glpat-jejS1FFAKEXysyfGHSVv
export NPM_TOKEN="npm_dChtUWwsMDjUFAKEdExm7qMH8rcG9l3ffwWR"
export HEROKU_API_KEY=c78fa720-1bde-4dbe-af52-494e3338ca26
export VAULT_TOKEN='hvs.CAESIIVdFK9DutJsjuq29UY8hePOEvSWgFAKEYqRY5WL24ckVnU9HsUqRK3NlECTACbiFI2AVqUHyZeqpL5NP82kbdt'
export PULUMI_ACCESS_TOKEN=pul-e9959d4b5ad7cdeadbeefb9e72746be586806469

echo "Logging into registry"
docker login -u acmebot -p dckr_pat_8SEvodgu_FAKE9ozacA0gctlm6i registry-1.docker.io

echo "Fetching release manifest"
curl -sf -u deploy-bot:Dpl0y!B0t-pass https://artifacts.acme-corp.net/releases/latest.json -o latest.json

curl -s -X POST https://api.sendgrid.com/v3/mail/send \
  -H "Authorization: Bearer SG.OvW9_J6FAKEoR-wo35aHvk.qu4Q9TKq85yCjXFAKEuRpx18jP68MNvXTAitkPc8ikc" \
  -H "Content-Type: application/json" \
  -d @notification.json

mysql -h reporting-db.acme.internal -u report -pR3p0rtPw! reporting < migrate.sql

PGPASSWORD=pgAdm1n#2931 psql -h 10.0.4.12 -U postgres -c "VACUUM ANALYZE;"

git clone https://oauth2:glpat-vANmZ3FAKEN02ug4fy0O@gitlab.acme-corp.net/platform/infra.git

./bin/cli deploy --env staging --api-token ba1pElRLsqFAKEgnUyQ7IL9pymU0mPTj --verbose
