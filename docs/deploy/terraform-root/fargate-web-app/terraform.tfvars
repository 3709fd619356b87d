# The image the services run; a delivery pipeline overrides it per deploy: terraform apply -var api_image_tag=1.4.3
api_image_tag = "1.4.2"
