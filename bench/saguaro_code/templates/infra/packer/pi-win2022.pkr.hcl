packer {
  required_plugins {
    azure = { source = "github.com/hashicorp/azure", version = "~> 2.0" }
  }
}

variable "client_secret" {
  type      = string
  sensitive = true
  default   = "«S:az_secret#packer_sp»"
}

source "azure-arm" "pi_win2022" {
  subscription_id                   = "«I:guid#sub_prod»"
  tenant_id                         = "«I:guid#tenant»"
  client_id                         = "«-:guid#packer_app»"
  client_secret                     = var.client_secret
  managed_image_resource_group_name = "«I=rg-spw-images»"
  managed_image_name                = "img-pi-win2022-{{timestamp}}"
  os_type                           = "Windows"
  image_publisher                   = "MicrosoftWindowsServer"
  image_offer                       = "WindowsServer"
  image_sku                         = "2022-datacenter-azure-edition"
  communicator                      = "winrm"
  winrm_username                    = "packer"
  winrm_password                    = "«N=${var.winrm_password}»"
}

build {
  sources = ["source.azure-arm.pi_win2022"]
  provisioner "powershell" {
    inline = ["choco install -y 7zip notepadplusplus --source $env:CHOCO_SOURCE"]
  }
}
