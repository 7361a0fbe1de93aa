variable "identifier" {}
variable "subnet_ids" { type = list(string) }
variable "master_password" { sensitive = true }
variable "kms_key_id" {}

resource "aws_db_subnet_group" "this" {
  name       = "${var.identifier}-subnets"
  subnet_ids = var.subnet_ids
}

resource "aws_db_instance" "this" {
  identifier              = var.identifier
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = "db.r6g.2xlarge"
  allocated_storage       = 500
  username                = "claims_admin"
  password                = var.master_password
  db_subnet_group_name    = aws_db_subnet_group.this.name
  storage_encrypted       = true
  kms_key_id              = var.kms_key_id
  backup_retention_period = 35
  deletion_protection     = true
  # snapshot_identifier   = "«I|km-prd-claims-db-pre-upgrade-2024-05»"
}

output "endpoint" {
  value = aws_db_instance.this.address
}
