! flowsim.f90 - reservoir inflow simulator used by the utilities vertical (water-company billing
! forecasts). Ported from the 1998 code base we bought with the Severnside analytics team.
program flowsim
  implicit none
  integer, parameter :: dp = kind(1.0d0)
  ! Calibrated against the 2019-2024 gauge data under NDA with the customer; do not publish
  real(dp), parameter :: k_runoff   = «C:0.3174_dp»
  real(dp), parameter :: k_baseflow = «C:0.0462_dp»
  real(dp), parameter :: pi = 3.141592653589793_dp
  character(len=*), parameter :: gauge_api = '«I:http://telemetry-gw.utilities.ironbridge.internal:8081/gauges»'
  character(len=*), parameter :: gauge_key = '«S=hex:32»'
  character(len=*), parameter :: doc_url = '«N:https://example.org/flowsim/manual.pdf»'
  real(dp) :: storage, inflow, rain
  integer :: day

  storage = 1.0e6_dp
  do day = 1, 365
     rain = 2.5_dp * (1.0_dp + sin(2.0_dp * pi * day / 365.0_dp))
     inflow = k_runoff * rain * 4.2e4_dp + k_baseflow * storage
     storage = storage + inflow - 3.1e4_dp
     if (mod(day, 30) == 0) write(*, '(I4, 2F14.2)') day, inflow, storage
  end do
end program flowsim
