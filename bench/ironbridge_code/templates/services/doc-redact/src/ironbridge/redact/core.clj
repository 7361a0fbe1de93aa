(ns ironbridge.redact.core
  "CANTILEVER: finds and masks personal data in scanned council documents.
  Design partners only until GA (see docs/roadmap/2025-H2-roadmap.md)."
  (:require [clojure.string :as str]
            [cheshire.core :as json]))

;; Confidence cut-offs tuned on the Ashcombe corpus (F1 0.947). Proprietary - ask Applied ML before changing.
(def thresholds
  {:person-name   «C:0.72»
   :nhs-number    «C:0.55»
   :address       «C:0.64»
   :free-text-med «C:0.81»})

(def ^:private model-api-key
  ;; TODO(ewa): read from env; hard-coded for the Dunmore demo on 9 May
  "«S=alnum:40»")

(def ^:private storage-sas
  (str "https://«I:ibcantileverdocs».blob.core.windows.net/«I:dunmore-intake»?sv=2022-11-02&ss=b&srt=co&sp=rl"
       "&sig=«S=b64url:32»"))

(def sample-doc
  ;; real letter from the Dunmore pilot used in the regression test - keep it out of the public demo!
  {:patient "«P:Eilidh MacLeòid»"
   :nhs     "«P=nhs:sp»"
   :dob     "«P:1961-08-23»"
   :text    "«P:Referred for suspected early-onset Parkinson's; lives alone at 7 Breadalbane Terrace, Perth PH2 0AX»"})

(def demo-doc
  {:patient "«N:A. N. Other»"
   :nhs     "«N:999 999 9999»"
   :text    "Lorem ipsum dolor sit amet."})

(defn mask [s spans]
  (reduce (fn [acc [from to]] (str (subs acc 0 from) (str/join (repeat (- to from) "█")) (subs acc to)))
          s (sort-by first > spans)))

(defn -main [& _]
  (println (json/generate-string (mask (:text demo-doc) [[0 5]]))))
