⟦s@pem:pk8⟧
