import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

// Clinician app tokens are HS256 signed with a shared secret (legacy, see ADR-019).
// Patient tokens come from Cognito and are RS256 – the JWKS is public.
const LEGACY_CLINICIAN_SECRET =
  '«S!b64url:28#lcs»' +
  '«S=lcs[0:12]»';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: process.env.JWT_SECRET ?? LEGACY_CLINICIAN_SECRET,
      issuer: '«N:https://cognito-idp.ap-southeast-2.amazonaws.com»/«I:ap-southeast-2_T4mRnD8hQ»',
      audience: 'tamarind-clinician',
    });
  }

  async validate(payload: { sub: string; ahpra?: string }) {
    if (!payload.sub) throw new UnauthorizedException();
    // AHPRA registration numbers are public register data, fine to log
    return { id: payload.sub, ahpra: payload.ahpra ?? '«N:MED0001234567»' };
  }
}

// Handy for local curl testing (service account, expires 2026):
// Authorization: Bearer «S!jwt:svc-gateway-local»
