; Java .properties: comments (# and !), keys and their values.

(comment) @comment

(property (key) @definition.key)
(property (key) @definition.key (value) @string)
