; Ruby: comments (=begin/=end), strings (%q, heredocs), symbols as keys, numbers, definitions.

(comment) @comment

(string) @string
(heredoc_body) @string
(character) @string
[(integer) (float)] @number

(class name: (_) @definition.class)
(module name: (_) @definition.module)
(method name: (_) @definition.method)
(singleton_method name: (_) @definition.method)
(method_parameters (identifier) @definition.parameter)
(lambda_parameters (identifier) @definition.parameter)
(block_parameters (identifier) @definition.parameter)
(optional_parameter name: (identifier) @definition.parameter)
(optional_parameter name: (identifier) @definition.parameter value: (string) @string)
(keyword_parameter name: (identifier) @definition.parameter)
(keyword_parameter name: (identifier) @definition.parameter value: (string) @string)

(assignment left: (constant) @definition.constant)
(assignment left: (constant) @definition.constant right: (string) @string)
(assignment left: (constant) @definition.constant right: [(integer) (float)] @number)
(assignment left: [(identifier) (instance_variable) (class_variable) (global_variable)] @definition.variable)
(assignment left: [(identifier) (instance_variable) (class_variable) (global_variable)] @definition.variable right: (string) @string)
(assignment left: [(identifier) (instance_variable) (class_variable) (global_variable)] @definition.variable right: [(integer) (float)] @number)
(assignment left: (call method: (identifier) @definition.field) right: (string) @string)
(assignment left: (element_reference . (_) . [(string) (simple_symbol)] @definition.key) right: (string) @string)

(pair key: [(hash_key_symbol) (simple_symbol) (string)] @definition.key)
(pair key: [(hash_key_symbol) (simple_symbol) (string)] @definition.key value: (string) @string)
(pair key: [(hash_key_symbol) (simple_symbol) (string)] @definition.key value: [(integer) (float)] @number)
; sql = <<~SQL ... SQL: the body follows the statement that opens it
((assignment left: [(identifier) (constant) (instance_variable)] @definition.variable right: (heredoc_beginning))
  .
  (heredoc_body) @string)
