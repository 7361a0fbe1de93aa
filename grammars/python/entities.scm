; Python: comments, docstrings, strings (f-strings, bytes, raw, triple-quoted), numbers, definitions.

(comment) @comment

(module . (string) @comment.documentation)
(function_definition body: (block . (string) @comment.documentation))
(class_definition body: (block . (string) @comment.documentation))

(string) @string
(integer) @number
(float) @number

(class_definition name: (identifier) @definition.class)
(function_definition name: (identifier) @definition.function)
(class_definition
  body: (block
    [(function_definition name: (identifier) @definition.method)
     (decorated_definition definition: (function_definition name: (identifier) @definition.method))]))

(parameters (identifier) @definition.parameter)
(lambda_parameters (identifier) @definition.parameter)
(typed_parameter . (identifier) @definition.parameter)
(list_splat_pattern (identifier) @definition.parameter)
(dictionary_splat_pattern (identifier) @definition.parameter)
(default_parameter name: (identifier) @definition.parameter value: (string) @string)
(default_parameter name: (identifier) @definition.parameter value: [(integer) (float)] @number)
(default_parameter name: (identifier) @definition.parameter)
(typed_default_parameter name: (identifier) @definition.parameter value: (string) @string)
(typed_default_parameter name: (identifier) @definition.parameter value: [(integer) (float)] @number)
(typed_default_parameter name: (identifier) @definition.parameter)

((assignment left: (identifier) @definition.constant)
  (#match? @definition.constant "^[A-Z][A-Z0-9_]*$"))
(assignment left: (identifier) @definition.variable)
(assignment left: (identifier) @definition.variable right: (string) @string)
(assignment left: (identifier) @definition.variable right: [(integer) (float)] @number)
(assignment left: (attribute attribute: (identifier) @definition.field))
(assignment left: (attribute attribute: (identifier) @definition.field) right: (string) @string)
(assignment left: (attribute attribute: (identifier) @definition.field) right: [(integer) (float)] @number)
(assignment left: (subscript subscript: (string) @definition.key) right: (string) @string)
(augmented_assignment left: (identifier) @definition.variable right: (string) @string)
(pattern_list (identifier) @definition.variable)
(for_statement left: (identifier) @definition.variable)
(as_pattern_target (identifier) @definition.variable)
(named_expression name: (identifier) @definition.variable value: (string) @string)

(keyword_argument name: (identifier) @definition.variable value: (string) @string)
(keyword_argument name: (identifier) @definition.variable value: [(integer) (float)] @number)

(pair key: (string) @definition.key value: (string) @string)
(pair key: (string) @definition.key value: [(integer) (float)] @number)
(pair key: (string) @definition.key)
(comparison_operator (identifier) @definition.variable (string) @string)
