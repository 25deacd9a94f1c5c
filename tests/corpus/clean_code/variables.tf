variable "db_password" {
  description = "Master password for the reporting database"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

resource "random_password" "reporting" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "reporting" {
  identifier        = "reporting-prod"
  engine            = "postgres"
  engine_version    = "15.5"
  instance_class    = "db.t3.medium"
  allocated_storage = 100
  username          = "reporting_admin"
  password          = random_password.reporting.result
  storage_encrypted = true
  kms_key_id        = aws_kms_key.reporting.arn
}

resource "aws_secretsmanager_secret_version" "reporting" {
  secret_id     = aws_secretsmanager_secret.reporting.id
  secret_string = jsonencode({ username = "reporting_admin", password = random_password.reporting.result })
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

output "db_endpoint" {
  value = aws_db_instance.reporting.endpoint
}
