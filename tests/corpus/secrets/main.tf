terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.0"
    }
  }
  cloud {
    organization = "acme-corp"
    token        = "v5saDw2TE4dMfJ.atlasv1.5PDBnOYjMc2CfTxyxxoEPEFAKEAC0rTgepAc4NaHuePRmmNk7ax5yO_l9M11qz9PtYn"
    workspaces {
      name = "prod-network"
    }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "AKIAB3T2HUHEFEXAMPLE"
  secret_key = "r1SQkw7pT4LGrFAKEAJfGZi2+eJB9JACUj3kPLBV"
}

provider "cloudflare" {
  api_token = "cppg5MVxHZjzUFAKEFrUVkCwZtHV4UX3a9REoZ7j"
}

provider "digitalocean" {
  token = "dop_v1_84a41745ca7fb77d58282deadbeefecca89a245079d66618f47c214ccb198f62"
}

resource "aws_db_instance" "reporting" {
  identifier          = "reporting-prod"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = "db.t3.medium"
  allocated_storage   = 100
  username            = "reporting_admin"
  password            = "Rep0rting-Adm1n-2024"
  skip_final_snapshot = true
}

resource "datadog_monitor" "cpu" {
  name    = "High CPU on reporting"
  type    = "metric alert"
  query   = "avg(last_5m):avg:system.cpu.user{service:reporting} > 90"
  message = "CPU high @slack-ops"
}

provider "datadog" {
  api_key = "9cb7d3b6fadeadbeef6e039887dab836"
  app_key = "19cb15ce11fb4deadbeefc5a6bd9e55b278651bf"
}
