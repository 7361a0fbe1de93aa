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
(object_elem key: (expression [(variable_expr (identifier)) (literal_value (string_lit))] @definition.key))
(object_elem key: (expression [(variable_expr (identifier)) (literal_value (string_lit))] @definition.key)
  val: (expression [(literal_value (string_lit) @string)
                    (template_expr [(quoted_template) (heredoc_template)] @string)]))
