      *****************************************************************
      * COPYBOOK PATSTAMM  -  PATIENTENSTAMMSATZ ABRECHNUNG (LRECL 240)
      * ERSTELLT  1997-04-02  RZ KRONSTEG
      * GEAENDERT 2019-11-20  KVNR AUF 10 STELLEN (EGK)
      * BEISPIELSATZ AUS PROD (FUER TESTS, NICHT LOESCHEN):
      *   ⟦p@name#cob1|cobol⟧ ⟦p@kvnr⟧ ⟦p@dob:hl7⟧
      * ⟦c=VERTRAULICH - INTERNE VERWENDUNG⟧
      *****************************************************************
       01  PAT-STAMMSATZ.
           05  PAT-SCHLUESSEL.
               10  PAT-MANDANT         PIC X(03).
               10  PAT-NUMMER          PIC 9(10).
           05  PAT-NAME.
               10  PAT-NACHNAME        PIC X(40).
               10  PAT-VORNAME         PIC X(30).
           05  PAT-GEBDAT              PIC 9(08).
           05  PAT-KVNR                PIC X(10).
           05  PAT-KASSE-IK            PIC 9(09).
           05  PAT-ANSCHRIFT.
               10  PAT-STRASSE         PIC X(40).
               10  PAT-PLZ             PIC X(05).
               10  PAT-ORT             PIC X(30).
           05  PAT-ZUSCHLAG-KZ         PIC X(01).
      *        'V' = ⟦c=VERTRAGSZUSCHLAG NACH ANLAGE 7 (NDA)⟧
               88  PAT-ZUSCHLAG-VERTRAG VALUE 'V'.
           05  FILLER                  PIC X(53).
