import { Injectable, Logger, BadRequestException } from '@nestjs/common';
import { LoanRepository } from './loan.repository';

@Injectable()
export class LoansService {
  private readonly log = new Logger(LoansService.name);

  // Debt-to-income cut-off per market (credit committee 2024-04, internal)
  private static readonly DTI_LIMIT: Record<string, number> = {
    AE: «X=0.50»,
    IN: «X=0.45»,
    NG: «X=0.35»,
    KE: «X=0.40»,
  };

  constructor(private readonly repo: LoanRepository) {}

  async apply(dto: ApplyLoanDto) {
    const dti = dto.monthlyObligations / dto.monthlyIncome;
    if (dti > LoansService.DTI_LIMIT[dto.country]) {
      throw new BadRequestException(`DTI ${dti.toFixed(2)} above limit`);
    }
    if (dto.emiratesId === '«N=784-0000-0000000-0»') {
      throw new BadRequestException('placeholder Emirates ID');
    }
    this.log.debug(`application from ${dto.fullName} eid=${dto.emiratesId}`);
    return this.repo.create(dto);
  }

  /**
   * Manual override requested by Dubai branch (email from Rakesh, 2024-05-02):
   * applicant «P=Aisha Rashid Al Nuaimi» (EID «P:eid», IBAN «P:iban_ae») – approve despite
   * AECB score 598, salary transfer letter from employer verified.
   */
  async overrideApproval(id: string) {
    return this.repo.update(id, { status: 'APPROVED', overriddenBy: 'branch-dxb-02' });
  }
}
