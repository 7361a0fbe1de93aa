; YAML: comments, keys, scalars (plain, quoted, block) with the key they belong to.

(comment) @comment

[(double_quote_scalar) (single_quote_scalar) (block_scalar)] @string
(plain_scalar (string_scalar) @string)
(plain_scalar [(integer_scalar) (float_scalar)] @number)

(block_mapping_pair key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @definition.key))
(flow_pair key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @definition.key))

(block_mapping_pair
  key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @definition.key)
  value: [(flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string)
          (block_node (block_scalar) @string)
          (flow_node (plain_scalar [(integer_scalar) (float_scalar)] @number))])
(flow_pair
  key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @definition.key)
  value: [(flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string)
          (flow_node (plain_scalar [(integer_scalar) (float_scalar)] @number))])

; the scalars of a list are named by its key: `allowed_account_ids: ["4132…"]`, `hosts:\n  - db01.corp`
(block_mapping_pair
  key: (flow_node [(plain_scalar) (double_quote_scalar) (single_quote_scalar)] @definition.key)
  value: [(flow_node (flow_sequence (flow_node [(double_quote_scalar) (single_quote_scalar)
                                                (plain_scalar (string_scalar))] @string)))
          (block_node (block_sequence (block_sequence_item
            (flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string))))])

; A Kubernetes/Helm/ECS env entry, `- name: DB_PASSWORD` beside `value: s3cret`: the value is named
; by the `name` pair's value (a name, never a phrase), not by the word `value`.
(block_mapping
  (block_mapping_pair
    key: (flow_node) @_name_key
    value: (flow_node [(plain_scalar (string_scalar)) (double_quote_scalar) (single_quote_scalar)] @_context))
  (block_mapping_pair
    key: (flow_node) @_value_key
    value: [(flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string)
            (block_node (block_scalar) @string)])
  (#match? @_name_key "^(name|Name)$")
  (#match? @_value_key "^(value|Value)$")
  (#match? @_context "^[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?$"))
(block_mapping
  (block_mapping_pair
    key: (flow_node) @_value_key
    value: [(flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string)
            (block_node (block_scalar) @string)])
  (block_mapping_pair
    key: (flow_node) @_name_key
    value: (flow_node [(plain_scalar (string_scalar)) (double_quote_scalar) (single_quote_scalar)] @_context))
  (#match? @_name_key "^(name|Name)$")
  (#match? @_value_key "^(value|Value)$")
  (#match? @_context "^[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?$"))
(flow_mapping
  (flow_pair
    key: (flow_node) @_name_key
    value: (flow_node [(plain_scalar (string_scalar)) (double_quote_scalar) (single_quote_scalar)] @_context))
  (flow_pair
    key: (flow_node) @_value_key
    value: (flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string))
  (#match? @_name_key "^(name|Name)$")
  (#match? @_value_key "^(value|Value)$")
  (#match? @_context "^[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?$"))
(flow_mapping
  (flow_pair
    key: (flow_node) @_value_key
    value: (flow_node [(double_quote_scalar) (single_quote_scalar) (plain_scalar (string_scalar))] @string))
  (flow_pair
    key: (flow_node) @_name_key
    value: (flow_node [(plain_scalar (string_scalar)) (double_quote_scalar) (single_quote_scalar)] @_context))
  (#match? @_name_key "^(name|Name)$")
  (#match? @_value_key "^(value|Value)$")
  (#match? @_context "^[\"']?[A-Za-z_][A-Za-z0-9_.-]*[\"']?$"))
