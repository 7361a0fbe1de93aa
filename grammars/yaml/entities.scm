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
