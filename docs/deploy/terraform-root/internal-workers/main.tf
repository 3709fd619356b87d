# Root module for the Terraform module Berth writes for the internal-workers example (application "billing").
# Berth writes a module, not a root module: the provider (region, credentials, default tags) and where the state
# lives are yours. See docs/deploy/terraform.md.

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 6.0, < 7.0" # what the module asks (its versions.tf.json)
    }
  }

  # A team keeps the state in S3 (uncomment, with a bucket of yours; use_lockfile needs Terraform 1.10+):
  # backend "s3" {
  #   bucket       = "my-terraform-state"
  #   key          = "billing/terraform.tfstate"
  #   region       = "eu-west-1"
  #   use_lockfile = true
  # }
}

provider "aws" {
  region = var.region
  # Credentials: the usual chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, an instance role).
}

# The program deploys into a VPC that already exists (vpc-0a1b2c3d4e5f60718, its private subnets and route
# tables) and admits its tasks to a database security group that also exists: they must be in this account and
# region before the first apply.
module "billing" {
  # Written by `java -jar examples/target/berth-examples.jar synth --out out` at the repository's root.
  source = "../../../../out/internal-workers/terraform/billing"

  invoices_image_tag = var.invoices_image_tag
}
