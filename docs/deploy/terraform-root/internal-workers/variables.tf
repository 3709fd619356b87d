variable "region" {
  type        = string
  description = "AWS region to deploy to: the one the program's VPC, subnets and ARNs are in"
  default     = "eu-west-1"
}

variable "invoices_image_tag" {
  type        = string
  description = "Image tag (or digest) of container app of service invoices: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing/invoices"
}
