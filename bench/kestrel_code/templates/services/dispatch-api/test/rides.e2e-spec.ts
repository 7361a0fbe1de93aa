import * as request from 'supertest';
import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app.module';

const riderFixture = {
  id: '⟦n@uuid⟧',
  name: '⟦n=Test Rider⟧',
  email: '⟦n=qa+rider01@example.com⟧',
  phone: '⟦n=+1 415-555-0123⟧',
  card: { number: '⟦n=4000056655665556⟧', exp: '12/34', cvc: '123' },
};

// Bug repro from prod ticket DISP-4412 — rider data copied from the support thread, sorry!
const realRiderFromTicket = {
  name: '⟦p=Chloé Bergeron⟧',
  email: '⟦p=chloe.bergeron91@videotron.ca⟧',
  phone: '⟦p@phone_ca⟧',
  pickup: { lat: 45.52341, lng: -73.58192, label: '⟦p=4521 rue Saint-Denis, Montréal, QC H2J 2L4⟧' },
};

describe('Rides (e2e)', () => {
  let app;
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });

  it('books a ride', () =>
    request(app.getHttpServer())
      .post('/rides')
      .set('Authorization', 'Bearer ⟦n=test-token-not-real⟧')
      .send({ rider: riderFixture, to: '1 Infinite Loop' })
      .expect(201));

  it('handles the DISP-4412 address', () =>
    request(app.getHttpServer()).post('/rides').send({ rider: realRiderFromTicket }).expect(201));
});
