; Kotlin: comments (KDoc), strings incl. raw and templates, characters, numbers, definitions.

(line_comment) @comment
(multiline_comment) @comment
((multiline_comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

(string_literal) @string
(character_literal) @string
[(integer_literal) (long_literal) (hex_literal) (bin_literal) (real_literal) (unsigned_literal)] @number

(package_header (identifier) @definition.module)
(class_declaration (type_identifier) @definition.class)
(object_declaration (type_identifier) @definition.class)
(type_alias (type_identifier) @definition.type)
(function_declaration (simple_identifier) @definition.function)
(class_body (function_declaration (simple_identifier) @definition.method))
(parameter (simple_identifier) @definition.parameter)
(function_value_parameters (parameter (simple_identifier) @definition.parameter) . (string_literal) @string)
(class_parameter (simple_identifier) @definition.parameter)
(class_parameter (simple_identifier) @definition.parameter (string_literal) @string)
(lambda_parameters (variable_declaration (simple_identifier) @definition.parameter))

(property_declaration (variable_declaration (simple_identifier) @definition.variable))
(property_declaration (variable_declaration (simple_identifier) @definition.variable) (string_literal) @string)
(property_declaration (variable_declaration (simple_identifier) @definition.variable) [(integer_literal) (long_literal) (real_literal)] @number)
((property_declaration (modifiers (property_modifier) @_const) (variable_declaration (simple_identifier) @definition.constant))
  (#eq? @_const "const"))
(class_body (property_declaration (variable_declaration (simple_identifier) @definition.field)))
(class_body (property_declaration (variable_declaration (simple_identifier) @definition.field) (string_literal) @string))

(value_argument (simple_identifier) @definition.variable (string_literal) @string)
(assignment (directly_assignable_expression [(simple_identifier) @definition.variable (navigation_suffix (simple_identifier) @definition.variable)]) (string_literal) @string)
; mapOf("key" to "value")
(infix_expression (string_literal) @definition.key (simple_identifier) @_to (string_literal) @string (#eq? @_to "to"))
