      ******************************************************************
      * EMPREC  - EMPLOYEE MASTER RECORD FOR WESTMARCH PAYROLL BRIDGE  *
      * LRECL 200.  OWNER: GOV DELIVERY (IRONBRIDGE).                  *
      * CHANGE LOG                                                     *
      *   2023-11-02  «P:R.HALLORAN»   ADDED NI-CATEGORY                    *
      *   2024-06-19  «P:S.PATEL»      WIDENED SORT-CODE FOR BACS           *
      ******************************************************************
       01  EMP-RECORD.
           05  EMP-ID                  PIC X(08).
           05  EMP-SURNAME             PIC X(30).
           05  EMP-FORENAMES           PIC X(30).
           05  EMP-NI-NUMBER           PIC X(09).
           05  EMP-NI-CATEGORY         PIC X(01).
           05  EMP-DOB                 PIC 9(08).
           05  EMP-SORT-CODE           PIC 9(06).
           05  EMP-ACCOUNT-NO          PIC 9(08).
           05  EMP-GRADE               PIC X(04).
           05  EMP-ANNUAL-SALARY       PIC S9(07)V99 COMP-3.
           05  EMP-TAX-CODE            PIC X(07).
           05  FILLER                  PIC X(78).
      * TEST VALUE FOR EMP-NI-NUMBER IN UNIT TESTS: «N:QQ123456C»
