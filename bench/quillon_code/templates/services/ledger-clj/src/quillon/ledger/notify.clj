(ns quillon.ledger.notify
  "Sends arrears notifications. Grand job, mostly."
  (:require [clj-http.client :as http]
            [clojure.tools.logging :as log]))

(def ^:private twilio-sid "«I:twilio_sid#ie»")
;; TODO(sorcha): move to vault before go-live, sure look
(def ^:private twilio-token "«S:twilio_token#ie»")

(defn send-sms! [to body]
  (http/post (str "https://api.twilio.com/2010-04-01/Accounts/" twilio-sid "/Messages.json")
             {:basic-auth [twilio-sid twilio-token]
              :form-params {:To to :From "Quillon" :Body body}}))

(comment
  ;; repro for LED-4411 — Aoife's case, go easy
  (send-sms! "«P:p.phone#ie_aoife1»" "Your Quillon repayment of €412.50 is overdue")
  (log/info "customer" {:name "«P:p.name#ie_aoife1»" :ppsn "«P:p.ppsn#ie_aoife1»" :dob "«P:p.dob#ie_aoife1»"})
  ;; docs example PPSN, fine to leave
  (validate-ppsn "«N|1234567T»"))
