; Rust: comments (doc comments), strings (raw, byte), chars, numbers, items and bindings.

(line_comment) @comment
(block_comment) @comment
((line_comment (doc_comment)) @comment.documentation)
((block_comment (doc_comment)) @comment.documentation)

(string_literal) @string
(raw_string_literal) @string
(char_literal) @string
[(integer_literal) (float_literal)] @number

(function_item name: (identifier) @definition.function)
(function_signature_item name: (identifier) @definition.function)
(impl_item body: (declaration_list (function_item name: (identifier) @definition.method)))
(trait_item body: (declaration_list (function_signature_item name: (identifier) @definition.method)))
(struct_item name: (type_identifier) @definition.class)
(union_item name: (type_identifier) @definition.class)
(trait_item name: (type_identifier) @definition.class)
(enum_item name: (type_identifier) @definition.type)
(type_item name: (type_identifier) @definition.type)
(enum_variant name: (identifier) @definition.constant)
(mod_item name: (identifier) @definition.module)
(macro_definition name: (identifier) @definition.function)
(field_declaration name: (field_identifier) @definition.field)
(parameter pattern: (identifier) @definition.parameter)
(closure_parameters (identifier) @definition.parameter)

(const_item name: (identifier) @definition.constant)
(const_item name: (identifier) @definition.constant value: [(string_literal) (raw_string_literal)] @string)
(const_item name: (identifier) @definition.constant value: [(integer_literal) (float_literal)] @number)
(static_item name: (identifier) @definition.constant)
(static_item name: (identifier) @definition.constant value: [(string_literal) (raw_string_literal)] @string)
(static_item name: (identifier) @definition.constant value: [(integer_literal) (float_literal)] @number)
(let_declaration pattern: (identifier) @definition.variable)
(let_declaration pattern: (identifier) @definition.variable value: [(string_literal) (raw_string_literal)] @string)
(let_declaration pattern: (identifier) @definition.variable value: [(integer_literal) (float_literal)] @number)
(let_declaration pattern: (identifier) @definition.variable
  value: (call_expression function: (field_expression value: [(string_literal) (raw_string_literal)] @string)))
(let_declaration pattern: (identifier) @definition.variable
  value: (call_expression function: (_) arguments: (arguments . [(string_literal) (raw_string_literal)] @string .)))
(shorthand_field_identifier) @definition.variable

(field_initializer field: (field_identifier) @definition.field value: [(string_literal) (raw_string_literal)] @string)
(field_initializer field: (field_identifier) @definition.field
  value: (call_expression function: (field_expression value: [(string_literal) (raw_string_literal)] @string)))
(field_initializer field: (field_identifier) @definition.field
  value: (call_expression function: (_) arguments: (arguments . [(string_literal) (raw_string_literal)] @string .)))
(field_initializer field: (field_identifier) @definition.field value: [(integer_literal) (float_literal)] @number)
(assignment_expression left: [(identifier) @definition.variable (field_expression field: (field_identifier) @definition.field)]
  right: [(string_literal) (raw_string_literal)] @string)
