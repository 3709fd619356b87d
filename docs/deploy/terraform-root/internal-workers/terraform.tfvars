# The image the invoices service runs; a delivery pipeline overrides it per deploy:
# terraform apply -var invoices_image_tag=3.2.1
invoices_image_tag = "3.2.0"
