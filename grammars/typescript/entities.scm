; inherits: ecma
; TypeScript additions to ecma: interfaces, type aliases, enums, typed parameters and fields.

(interface_declaration name: (type_identifier) @definition.class)
(type_alias_declaration name: (type_identifier) @definition.type)
(enum_declaration name: (identifier) @definition.type)
(abstract_class_declaration name: (type_identifier) @definition.class)
(internal_module name: (_) @definition.module)
(module name: (_) @definition.module)
(property_signature name: (_) @definition.field)
(method_signature name: (_) @definition.method)
(function_signature name: (identifier) @definition.function)

(required_parameter pattern: (identifier) @definition.parameter)
(required_parameter pattern: (identifier) @definition.parameter value: [(string) (template_string)] @string)
(optional_parameter pattern: (identifier) @definition.parameter)
(optional_parameter pattern: (identifier) @definition.parameter value: [(string) (template_string)] @string)

(public_field_definition name: (_) @definition.field)
(public_field_definition name: (_) @definition.field value: [(string) (template_string)] @string)
(public_field_definition name: (_) @definition.field value: (number) @number)

(enum_body (property_identifier) @definition.constant)
(enum_assignment name: (_) @definition.constant)
(enum_assignment name: (_) @definition.constant value: (string) @string)
(enum_assignment name: (_) @definition.constant value: (number) @number)
