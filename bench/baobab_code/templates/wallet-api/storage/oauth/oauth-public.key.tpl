«n:pem:pub»
