; inherits: ecma,jsx
; JavaScript: everything is in ecma (shared with TypeScript) and jsx.
