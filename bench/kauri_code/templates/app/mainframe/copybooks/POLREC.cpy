      *================================================================*
      * POLREC - POLICY MASTER RECORD LAYOUT (VSAM KSDS KMP.POLICY.MASTER.KSDS)
      * LRECL 400. OWNER: PERSONAL LINES IT.
      * SAMPLE KEY: KM-H-00000001 (TEST REGION ONLY)
      *================================================================*
       01  PM-RECORD.
           05  PM-POLICY-NO            PIC X(13).
           05  PM-PRODUCT-CD           PIC X(4).
               88  PM-HOME             VALUE 'HOME'.
               88  PM-MOTOR            VALUE 'MOTR'.
               88  PM-CONTENTS         VALUE 'CONT'.
               88  PM-TAKAHE-MOTOR     VALUE '«C|TKH1»'.
           05  PM-INSURED-NAME         PIC X(40).
           05  PM-DOB                  PIC 9(8).
           05  PM-IRD-NO               PIC X(11).
           05  PM-ADDRESS.
               10  PM-ADDR-LINE1       PIC X(40).
               10  PM-SUBURB           PIC X(30).
               10  PM-CITY             PIC X(30).
               10  PM-POSTCODE         PIC X(4).
           05  PM-REGION               PIC X(3).
           05  PM-FLOOD-ZONE           PIC X.
           05  PM-PREMIUM              PIC S9(7)V99 COMP-3.
           05  PM-SUM-INSURED          PIC S9(9)V99 COMP-3.
           05  PM-BROKER-ID            PIC X(6).
           05  FILLER                  PIC X(190).
