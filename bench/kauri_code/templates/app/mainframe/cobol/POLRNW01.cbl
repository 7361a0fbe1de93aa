       IDENTIFICATION DIVISION.
       PROGRAM-ID. POLRNW01.
       AUTHOR. R TUHIWAI.
      *================================================================*
      * KAURI MUTUAL - PERSONAL LINES RENEWAL BATCH                     *
      * READS POLICY MASTER, APPLIES RENEWAL LOADINGS, WRITES OFFERS.   *
      *                                                                 *
      * CHANGE LOG                                                      *
      * 2019-03-11 RT  INITIAL (PORTED FROM HOGAN)                      *
      * 2021-07-02 MK  ADD EQC LEVY CHANGE (PUBLIC, SEE TOKA TU AKE)    *
      * 2023-10-19 HW  PROJECT «C|TAKAHE» - NEW MOTOR RATING TABLE,     *
      *                DO NOT DISCUSS OUTSIDE PRICING UNTIL 2025 LAUNCH *
      * 2024-02-05 HW  PATCHED FOR POLICY «P|KM-H-00481922» (MRS «P|WIKITORIA PAREKURA»)*
      *                WHOSE RENEWAL DOUBLED - SEE INC0041877           *
      *================================================================*
       ENVIRONMENT DIVISION.
       INPUT-OUTPUT SECTION.
       FILE-CONTROL.
           SELECT POLICY-MASTER ASSIGN TO POLMAST
               ORGANIZATION IS INDEXED
               ACCESS MODE IS SEQUENTIAL
               RECORD KEY IS PM-POLICY-NO.
           SELECT RENEWAL-OUT ASSIGN TO RNWOUT.
       DATA DIVISION.
       FILE SECTION.
       FD  POLICY-MASTER.
           COPY POLREC.
       FD  RENEWAL-OUT
           RECORDING MODE IS F.
       01  RNW-LINE                    PIC X(400).
       WORKING-STORAGE SECTION.
      *---------------------------------------------------------------*
      * DB2 CONNECTION - PLAN POLRNWP ON SUBSYSTEM DB2P               *
      *---------------------------------------------------------------*
       01  WS-DB2-SUBSYS               PIC X(4)  VALUE 'DB2P'.
       01  WS-DB2-LOCATION             PIC X(16) VALUE 'KMDB2PRD'.
       01  WS-DB2-USER                 PIC X(8)  VALUE 'POLBATCH'.
       01  WS-DB2-PASSWORD             PIC X(8)  VALUE '«S|Kwt9#Rx2»'.
      *    OLD PASSWORD WAS 'CHANGEME' IN SYST - NOT USED IN PROD
       01  WS-TEST-PASSWORD            PIC X(8)  VALUE '«N|XXXXXXXX»'.
      *---------------------------------------------------------------*
      * RENEWAL LOADING FACTORS - CONFIDENTIAL - PRICING COMMITTEE    *
      * APPROVED 2024-01 (MINUTES PC-2024-03). NOT FOR BROKERS.       *
      *---------------------------------------------------------------*
       01  WS-LOADINGS.
           05  WS-INFLATION-LOAD       PIC 9V9999 VALUE «C|1.0870».
           05  WS-RETENTION-DISC-MAX   PIC 9V9999 VALUE «C|0.1250».
           05  WS-AKL-FLOOD-LOAD       PIC 9V9999 VALUE «C|1.3400».
           05  WS-CHCH-EQ-LOAD         PIC 9V9999 VALUE «C|1.2150».
           05  WS-MIN-MARGIN-PCT       PIC 99V99  VALUE «C|07.40».
           05  WS-GST-RATE             PIC 9V99   VALUE «N|0.15».
       01  WS-COUNTERS.
           05  WS-READ-CNT             PIC 9(9) COMP VALUE 0.
           05  WS-WRITE-CNT            PIC 9(9) COMP VALUE 0.
       01  WS-EOF                      PIC X VALUE 'N'.
       01  WS-MQ-QUEUE                 PIC X(48)
               VALUE '«I|KM.PRD.POLICY.RENEWAL.OFFER.QL»'.
       01  WS-MQ-QMGR                  PIC X(8)  VALUE '«I|QMKMP01»'.
       PROCEDURE DIVISION.
       0000-MAIN.
           OPEN INPUT POLICY-MASTER
                OUTPUT RENEWAL-OUT
           PERFORM 1000-READ
           PERFORM 2000-PROCESS UNTIL WS-EOF = 'Y'
           CLOSE POLICY-MASTER RENEWAL-OUT
           DISPLAY 'POLRNW01 READ=' WS-READ-CNT ' WRITTEN=' WS-WRITE-CNT
           STOP RUN.
       1000-READ.
           READ POLICY-MASTER
               AT END MOVE 'Y' TO WS-EOF
               NOT AT END ADD 1 TO WS-READ-CNT
           END-READ.
       2000-PROCESS.
      *    TEMP DEBUG FOR INC0041877 - REMOVE AFTER FIX
      *    IF PM-POLICY-NO = 'KM-H-00481922'
      *       DISPLAY 'DOB=' PM-DOB ' IRD=' PM-IRD-NO
      *    END-IF
           IF PM-REGION = 'CHC'
               COMPUTE PM-PREMIUM = PM-PREMIUM * WS-CHCH-EQ-LOAD
           END-IF
           IF PM-REGION = 'AKL' AND PM-FLOOD-ZONE = 'Y'
               COMPUTE PM-PREMIUM = PM-PREMIUM * WS-AKL-FLOOD-LOAD
           END-IF
           COMPUTE PM-PREMIUM = PM-PREMIUM * WS-INFLATION-LOAD
           MOVE PM-RECORD TO RNW-LINE
           WRITE RNW-LINE
           ADD 1 TO WS-WRITE-CNT
           PERFORM 1000-READ.
