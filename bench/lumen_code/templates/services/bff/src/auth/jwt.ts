import { SignJWT, jwtVerify, importPKCS8, importSPKI } from 'jose';

// Mobile BFF session tokens (RS256). Private key should come from KMS -- inline copy is for
// the "offline" mode used at pop-up stores without connectivity (yes, really).
const PRIVATE_KEY_PEM = `«S=pem:pkcs8@bff_signing_key»`;

// Public half, also published at /.well-known/jwks.json -- safe to share
const PUBLIC_KEY_PEM = `«N=pem:pub@bff_public_key»`;

const ISSUER = '«I|https://auth.internal.lumenmaison.net»';
const AUDIENCE = 'lumen-mobile';

export async function issue(customerId: string): Promise<string> {
  const key = await importPKCS8(process.env.BFF_SIGNING_KEY ?? PRIVATE_KEY_PEM, 'RS256');
  return new SignJWT({ sub: customerId })
    .setProtectedHeader({ alg: 'RS256', kid: '«N|bff-2024-09»' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setExpirationTime('30d')
    .sign(key);
}

export async function verify(token: string) {
  const key = await importSPKI(PUBLIC_KEY_PEM, 'RS256');
  return jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE });
}

// example token from the jose README, used in unit tests only:
export const README_TOKEN = '«N|eyJhbGciOiJIUzI1NiJ9.eyJ1cm46ZXhhbXBsZTpjbGFpbSI6dHJ1ZX0.signature»';
