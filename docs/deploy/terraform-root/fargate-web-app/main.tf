# Root module for the Terraform module Berth writes for the fargate-web-app example (application "shop").
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
  #   key          = "shop/terraform.tfstate"
  #   region       = "eu-west-1"
  #   use_lockfile = true
  # }
}

provider "aws" {
  region = var.region
  # Credentials: the usual chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, an instance role).
}

module "shop" {
  # Written by `java -jar examples/target/berth-examples.jar synth --out out` at the repository's root.
  source = "../../../../out/fargate-web-app/terraform/shop"

  api_image_tag = var.api_image_tag
}
