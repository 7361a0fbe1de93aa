; inherits: typescript,jsx
; TSX: TypeScript plus JSX.
