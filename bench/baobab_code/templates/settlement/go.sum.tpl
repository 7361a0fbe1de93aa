github.com/jackc/pgx/v5 v5.5.5 «n:h1»
github.com/rabbitmq/amqp091-go v1.9.0 «n:h1»
github.com/pkg/sftp v1.13.6 h1:JFZT4XbOU7l77xGSpOdW+pwIMqP044IyjXX6FGyEKFo=
golang.org/x/crypto v0.21.0 «n:h1»
