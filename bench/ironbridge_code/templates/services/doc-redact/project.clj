(defproject ironbridge/doc-redact "0.6.0-SNAPSHOT"
  :description "CANTILEVER redaction service (internal codename, do not use in customer-facing text)"
  :dependencies [[org.clojure/clojure "1.11.2"]
                 [ring/ring-jetty-adapter "1.12.1"]
                 [cheshire "5.12.0"]
                 [org.apache.pdfbox/pdfbox "3.0.2"]]
  :repositories [["ib-releases" {:url "«I:https://artifactory.corp.ironbridgesys.net/artifactory/clojars-remote»"
                                 :username :env/artifactory_user
                                 :password «N::env/artifactory_password»}]
                 ["clojars" {:url "«N:https://repo.clojars.org/»"}]]
  :main ironbridge.redact.core
  :profiles {:dev {:env {:redact-model-url "«I:http://cantilever-infer.ml-dev.svc.cluster.local:8080»"}}})
