; Scala: comments (Scaladoc), strings (multi-line, interpolated), characters, numbers, definitions.

(comment) @comment
(block_comment) @comment
((block_comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

(string) @string
(interpolated_string) @string
(character_literal) @string
[(integer_literal) (floating_point_literal)] @number

(package_clause name: (package_identifier) @definition.module)
(object_definition name: (identifier) @definition.class)
(class_definition name: (identifier) @definition.class)
(trait_definition name: (identifier) @definition.class)
(enum_definition name: (identifier) @definition.type)
(type_definition name: (type_identifier) @definition.type)
(function_definition name: (identifier) @definition.function)
(template_body (function_definition name: (identifier) @definition.method))
(function_declaration name: (identifier) @definition.method)
(parameter name: (identifier) @definition.parameter)
(parameter name: (identifier) @definition.parameter default_value: (string) @string)
(class_parameter name: (identifier) @definition.parameter)
(class_parameter name: (identifier) @definition.parameter default_value: [(string) (interpolated_string_expression (interpolated_string) @string)] @string)

(val_definition pattern: (identifier) @definition.variable)
(val_definition pattern: (identifier) @definition.variable value: (string) @string)
(val_definition pattern: (identifier) @definition.variable value: (interpolated_string_expression (interpolated_string) @string))
(val_definition pattern: (identifier) @definition.variable value: [(integer_literal) (floating_point_literal)] @number)
(var_definition pattern: (identifier) @definition.variable)
(var_definition pattern: (identifier) @definition.variable value: (string) @string)
(var_definition pattern: (identifier) @definition.variable value: [(integer_literal) (floating_point_literal)] @number)
((val_definition pattern: (identifier) @definition.constant)
  (#match? @definition.constant "^[A-Z][A-Z0-9_]*$"))

(assignment_expression left: [(identifier) @definition.variable (field_expression field: (identifier) @definition.field)] right: (string) @string)
(infix_expression left: (string) @definition.key operator: (operator_identifier) @_arrow right: (string) @string (#eq? @_arrow "->"))
