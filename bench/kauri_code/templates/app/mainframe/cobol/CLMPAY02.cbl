       IDENTIFICATION DIVISION.
       PROGRAM-ID. CLMPAY02.
      *================================================================*
      * CLAIMS DIRECT CREDIT FILE BUILDER (BULK PAYMENTS TO ANZ/ASB)   *
      * OUTPUT IS PICKED UP BY CLMFTP JOB AND SENT TO BANK SFTP.       *
      *================================================================*
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT CLAIM-PAY ASSIGN TO CLMPAY.
           SELECT DC-FILE   ASSIGN TO DCOUT.
       DATA DIVISION.
       FILE SECTION.
       FD  CLAIM-PAY.
           COPY CLMREC.
       FD  DC-FILE.
       01  DC-LINE                     PIC X(160).
       WORKING-STORAGE SECTION.
       01  WS-ORIGINATOR.
      *    ORIGINATOR ACCOUNT IS SUPPLIED VIA PARM FROM CONTROL-M
           05  WS-ORIG-ACCT            PIC X(19) VALUE SPACES.
           05  WS-ORIG-NAME            PIC X(20) VALUE 'KAURI MUTUAL CLAIMS'.
      *    BANK SFTP CREDENTIALS MOVED TO RACF DATASET KMP.SEC.BANKFTP
      *    (OLD INLINE VALUE REMOVED 2022, DO NOT RE-ADD)
           05  WS-BANK-USERID          PIC X(8)  VALUE 'KMCLMDC1'.
           05  WS-BANK-KEYREF          PIC X(30)
               VALUE '«N|KMP.SEC.BANKFTP(KMCLMDC1)»'.
       01  WS-TEST-PAYEE.
      *    UAT FIXTURE - COPIED FROM PROD CLAIM 2023 (SHOULD BE MASKED)
           05  FILLER PIC X(40) VALUE '«P|TAMATI HORI WHAANGA»'.
           05  FILLER PIC X(19) VALUE '«P|~nzbank:whaanga»'.
           05  FILLER PIC X(40) VALUE '«P|14 KOWHAI STREET, TAKAPUNA 0622»'.
       01  WS-DUMMY-PAYEE.
           05  FILLER PIC X(40) VALUE '«N|TEST PAYEE DO NOT PAY»'.
           05  FILLER PIC X(19) VALUE '«N|00-0000-0000000-00»'.
       01  WS-EOF                      PIC X VALUE 'N'.
       01  WS-TOTAL                    PIC S9(11)V99 COMP-3 VALUE 0.
       01  WS-DUAL-AUTH-THRESHOLD      PIC S9(7)V99 COMP-3
                                       VALUE «C|+0025000.00».
       PROCEDURE DIVISION.
       0000-MAIN.
           OPEN INPUT CLAIM-PAY OUTPUT DC-FILE
           PERFORM UNTIL WS-EOF = 'Y'
               READ CLAIM-PAY AT END MOVE 'Y' TO WS-EOF
               NOT AT END PERFORM 1000-BUILD-LINE
               END-READ
           END-PERFORM
           CLOSE CLAIM-PAY DC-FILE
           STOP RUN.
       1000-BUILD-LINE.
           IF CP-AMOUNT > WS-DUAL-AUTH-THRESHOLD
               DISPLAY 'CLMPAY02 HELD FOR DUAL AUTH ' CP-CLAIM-NO
           ELSE
               STRING CP-PAYEE-ACCT DELIMITED BY SIZE
                      CP-AMOUNT     DELIMITED BY SIZE
                      CP-CLAIM-NO   DELIMITED BY SIZE
                      INTO DC-LINE
               WRITE DC-LINE
               ADD CP-AMOUNT TO WS-TOTAL
           END-IF.
