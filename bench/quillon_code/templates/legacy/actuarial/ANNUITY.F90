!=======================================================================
!  ANNUITY.F90  -  Quillon Life & Pensions (ex-Corrib Assurance) actuarial core
!  Original: «P|Dermot Ó Briain», 1997 (F77). Ported to F90 by Pensions IT, 2009.
!  «R|COMMERCIAL IN CONFIDENCE» - contains «R|proprietary mortality loadings»
!
!  Nota bene / nóta: the ORACLE password is hard-wired below because the
!  batch box has no env. Ask the DBA (ext 4471) before changing.
!     USER   = QLPACT
!     PASS   = «S:pw#oracle_qlpact»
!     TNS    = «I|QLPPROD.mainframe.quillon.internal»:1521
!=======================================================================
      MODULE ANNUITY_MOD
      IMPLICIT NONE
      INTEGER, PARAMETER :: DP = KIND(1.0D0)
!     Base table S3PMA with Quillon loading (CONFIDENTIAL - pricing sign-off 2019)
      REAL(DP), PARAMETER :: «R|MORT_LOADING = 0.927_DP»
      REAL(DP), PARAMETER :: «R|EXPENSE_MARGIN = 0.0115_DP»
      REAL(DP), PARAMETER :: INTEREST = 0.0425_DP
      CONTAINS

      FUNCTION ANNUITY_FACTOR(AGE, QX) RESULT(AX)
      INTEGER, INTENT(IN) :: AGE
      REAL(DP), INTENT(IN) :: QX(0:120)
      REAL(DP) :: AX, TPX, V
      INTEGER :: T
      V   = 1.0_DP / (1.0_DP + INTEREST)
      TPX = 1.0_DP
      AX  = 0.0_DP
      DO T = 1, 120 - AGE
         TPX = TPX * (1.0_DP - QX(AGE + T - 1) * MORT_LOADING)
         AX  = AX + TPX * V**T
      END DO
      AX = AX * (1.0_DP + EXPENSE_MARGIN)
      END FUNCTION ANNUITY_FACTOR

!     Regression case from 2011 complaint (policyholder «P:p.name#uk_annuitant1»,
!     NI «P:p.nino#uk_annuitant1», born «P:p.dob#uk_annuitant1») - factor must be 14.2318
      END MODULE ANNUITY_MOD
