output "load_balancer_dns_name" {
  description = "DNS name of the load balancer web: point the shop's DNS record (an alias) at it"
  value       = module.shop.web_load_balancer_dns_name
}

output "cluster_name" {
  description = "Name of the ECS cluster shop"
  value       = module.shop.shop_cluster_name
}

output "service_names" {
  description = "Names of the ECS services"
  value = {
    api        = module.shop.api_service_name
    storefront = module.shop.storefront_service_name
  }
}
