«s:pem:rsa»
