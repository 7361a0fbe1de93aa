      *================================================================*
      * CLMREC - CLAIM PAYMENT RECORD                                  *
      * BANK ACCOUNT IS NZ FORMAT BB-BBBB-AAAAAAA-SSS                  *
      * EXAMPLE: «N|99-9999-9999999-999» (DUMMY)                           *
      *================================================================*
       01  CP-RECORD.
           05  CP-CLAIM-NO             PIC X(12).
           05  CP-PAYEE-NAME           PIC X(40).
           05  CP-PAYEE-ACCT           PIC X(19).
           05  CP-AMOUNT               PIC S9(9)V99 COMP-3.
           05  CP-PAY-METHOD           PIC X(3).
               88  CP-DIRECT-CREDIT    VALUE 'DCR'.
               88  CP-CHEQUE           VALUE 'CHQ'.
           05  CP-AUTH-LIMIT           PIC S9(7)V99 COMP-3.
      *        AUTO-APPROVE UNDER THIS AMOUNT (CLAIMS OPS, NOT PUBLIC)
           05  CP-AUTO-APPROVE-LIMIT   PIC S9(7)V99 COMP-3
                                       VALUE «C|+0004750.00».
           05  FILLER                  PIC X(60).
