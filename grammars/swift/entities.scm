; Swift: comments (/// doc), line, multi-line and raw strings, numbers, definitions.

(comment) @comment
(multiline_comment) @comment
((comment) @comment.documentation (#match? @comment.documentation "^///"))
((multiline_comment) @comment.documentation (#match? @comment.documentation "^/[*][*][^/]"))

[(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string
[(integer_literal) (real_literal) (hex_literal) (oct_literal) (bin_literal)] @number

(class_declaration name: (type_identifier) @definition.class)
(protocol_declaration name: (type_identifier) @definition.class)
(typealias_declaration name: (type_identifier) @definition.type)
(function_declaration name: (simple_identifier) @definition.function)
(class_body (function_declaration name: (simple_identifier) @definition.method))
(protocol_function_declaration name: (simple_identifier) @definition.method)
(parameter name: (simple_identifier) @definition.parameter)
(enum_entry name: (simple_identifier) @definition.constant)

(property_declaration name: (pattern bound_identifier: (simple_identifier) @definition.variable))
(property_declaration name: (pattern bound_identifier: (simple_identifier) @definition.variable)
  value: [(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string)
(property_declaration name: (pattern bound_identifier: (simple_identifier) @definition.variable)
  value: [(integer_literal) (real_literal)] @number)
(class_body (property_declaration name: (pattern bound_identifier: (simple_identifier) @definition.field)))
(class_body (property_declaration name: (pattern bound_identifier: (simple_identifier) @definition.field)
  value: [(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string))

(value_argument name: (value_argument_label (simple_identifier) @definition.variable)
  value: [(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string)
(assignment target: (directly_assignable_expression [(simple_identifier) @definition.variable (navigation_expression suffix: (navigation_suffix suffix: (simple_identifier) @definition.field))])
  result: [(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string)
(dictionary_literal key: (line_string_literal) @definition.key value: [(line_string_literal) (multi_line_string_literal) (raw_string_literal)] @string)
