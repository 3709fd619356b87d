variable "region" {
  type        = string
  description = "AWS region to deploy to: the one the program's ARNs (certificate, secrets, registry) name"
  default     = "eu-west-1"
}

variable "api_image_tag" {
  type        = string
  description = "Image tag (or digest) of container app of service api: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/shop/api"
}
