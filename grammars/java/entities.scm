; Java: comments (Javadoc), strings and text blocks, characters, numbers, definitions.

(line_comment) @comment
(block_comment) @comment
((block_comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

(string_literal) @string
(character_literal) @string
[(decimal_integer_literal) (hex_integer_literal) (octal_integer_literal) (binary_integer_literal)
 (decimal_floating_point_literal) (hex_floating_point_literal)] @number

(package_declaration (_) @definition.module)
(class_declaration name: (identifier) @definition.class)
(interface_declaration name: (identifier) @definition.class)
(record_declaration name: (identifier) @definition.class)
(enum_declaration name: (identifier) @definition.type)
(annotation_type_declaration name: (identifier) @definition.type)
(enum_constant name: (identifier) @definition.constant)
(method_declaration name: (identifier) @definition.method)
(constructor_declaration name: (identifier) @definition.method)
(annotation_type_element_declaration name: (identifier) @definition.method)
(annotation_type_element_declaration name: (identifier) @definition.method value: (string_literal) @string)
(formal_parameter name: (identifier) @definition.parameter)
(spread_parameter (variable_declarator name: (identifier) @definition.parameter))
(catch_formal_parameter name: (identifier) @definition.parameter)
(lambda_expression parameters: (identifier) @definition.parameter)

(field_declaration declarator: (variable_declarator name: (identifier) @definition.field))
(field_declaration declarator: (variable_declarator name: (identifier) @definition.field value: (string_literal) @string))
(field_declaration declarator: (variable_declarator name: (identifier) @definition.field value: [(decimal_integer_literal) (decimal_floating_point_literal)] @number))
((field_declaration declarator: (variable_declarator name: (identifier) @definition.constant))
  (#match? @definition.constant "^[A-Z][A-Z0-9_]*$"))
(local_variable_declaration declarator: (variable_declarator name: (identifier) @definition.variable))
(local_variable_declaration declarator: (variable_declarator name: (identifier) @definition.variable value: (string_literal) @string))
(local_variable_declaration declarator: (variable_declarator name: (identifier) @definition.variable value: [(decimal_integer_literal) (decimal_floating_point_literal)] @number))
(assignment_expression left: [(identifier) @definition.variable (field_access field: (identifier) @definition.field)] right: (string_literal) @string)

; map.put("key", "value"), props.setProperty("key", "value"), System.setProperty(...)
(method_invocation
  name: (identifier) @_m (#any-of? @_m "put" "setProperty" "setHeader" "addHeader" "header" "put_if_absent" "putIfAbsent" "with")
  arguments: (argument_list . (string_literal) @definition.key . (string_literal) @string))
