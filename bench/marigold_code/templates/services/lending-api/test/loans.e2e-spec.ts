import * as request from 'supertest';

describe('Loans (e2e)', () => {
  const applicant = {
    fullName: '«N=Test Applicant»',
    emiratesId: '«N=784-1990-1234567-1»',
    iban: '«N=AE070331234567890123456»',
    email: '«N=applicant@example.org»',
    monthlyIncome: 25000,
    monthlyObligations: 4000,
    country: 'AE',
  };

  it('POST /loans', () =>
    request(app.getHttpServer())
      .post('/loans')
      .set('Authorization', 'Bearer «N=${TEST_JWT}»')
      .send(applicant)
      .expect(201));

  it('rejects high DTI', () =>
    request(app.getHttpServer())
      .post('/loans')
      .set('Authorization', 'Bearer «S:jwt:agent-dxb-114»')
      .send({ ...applicant, monthlyObligations: 20000 })
      .expect(400));
});
