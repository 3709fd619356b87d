output "load_balancer_dns_name" {
  description = "DNS name of the internal load balancer (the invoices API answers there for invoices.billing.internal)"
  value       = module.billing.internal_load_balancer_dns_name
}

output "cluster_name" {
  description = "Name of the ECS cluster billing"
  value       = module.billing.billing_cluster_name
}

output "service_names" {
  description = "Names of the ECS services"
  value = {
    invoices       = module.billing.invoices_service_name
    payment_worker = module.billing.payment_worker_service_name
  }
}
