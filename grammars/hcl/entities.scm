; HCL / Terraform: comments, block labels, attributes and object keys with their values, heredocs.

(comment) @comment

(string_lit) @string
(quoted_template) @string
(heredoc_template) @string
(numeric_lit) @number

(block (identifier) @_type . (string_lit) @definition.module)
(attribute (identifier) @definition.key)
(attribute (identifier) @definition.key
  (expression [(literal_value (string_lit) @string)
               (template_expr [(quoted_template) (heredoc_template)] @string)]))
(attribute (identifier) @definition.key (expression (literal_value (numeric_lit) @number)))
; the strings of a list are named by its attribute: `allowed_account_ids = ["4132…"]`
(attribute (identifier) @definition.key
  (expression (collection_value (tuple (expression [(literal_value (string_lit) @string)
                                                    (template_expr (quoted_template) @string)])))))
(object_elem key: (expression [(variable_expr (identifier)) (literal_value (string_lit))] @definition.key))
(object_elem key: (expression [(variable_expr (identifier)) (literal_value (string_lit))] @definition.key)
  val: (expression [(literal_value (string_lit) @string)
                    (template_expr [(quoted_template) (heredoc_template)] @string)]))

; A provider's attribute is named by the provider too: `provider "aws" { secret_key = "..." }` gives
; the value the context `aws secret_key`, which the AWS rules know (a plain `secret_key` is anyone's).
((block (identifier) @_block . (string_lit) @_context
   (body (attribute (identifier) @_context
     (expression [(literal_value (string_lit) @string)
                  (template_expr [(quoted_template) (heredoc_template)] @string)]))))
  (#eq? @_block "provider"))
; A cloud resource's own name is named by its type too: `resource "google_container_cluster" "x" {
; name = "gke-live-eun1" }` gives the value the context `google_container_cluster name`.
((block (identifier) @_block . (string_lit) @_context.type
   (body (attribute (identifier) @_context.attr
     (expression [(literal_value (string_lit) @string)
                  (template_expr (quoted_template) @string)]))))
  (#eq? @_block "resource")
  (#match? @_context.type "^\"?(aws|google|azurerm|alicloud|oci|digitalocean|ibm|tencentcloud|huaweicloud|yandex|hcloud|linode|vultr|scaleway|kubernetes|helm)_")
  (#match? @_context.attr "^(name|bucket|identifier|cluster_identifier|cluster_name|function_name|dataset_id|account_id|project|project_id|repository_id|topic|queue_name|namespace|instance|server_name|registry_name)$"))
; A variable's default is named by the variable: `variable "db_password" { default = "..." }`.
((block (identifier) @_block . (string_lit) @_context
   (body (attribute (identifier) @_default
     (expression [(literal_value (string_lit) @string)
                  (template_expr [(quoted_template) (heredoc_template)] @string)]))))
  (#eq? @_block "variable")
  (#eq? @_default "default"))
