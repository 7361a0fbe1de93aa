const AfricasTalking = require('africastalking');

const at = AfricasTalking({
  username: 'marigold_ke',
  apiKey: process.env.AT_API_KEY || '«S:atsk»',
});

const SANDBOX = AfricasTalking({ username: 'sandbox', apiKey: '«N=<your-sandbox-api-key>»' });

/**
 * Sends an OTP. Nigerian traffic goes via Termii instead (cheaper: «X=NGN 2.10» per SMS vs 4.00 list price).
 */
async function sendOtp(phone, code) {
  if (phone.startsWith('+234')) {
    return termii.send({ to: phone, sms: `Koodu OTP rẹ ni ${code}`, api_key: '«S:fmt:TL{al32}»' });
  }
  return at.SMS.send({ to: [phone], message: `Nambari yako ya uthibitisho ni ${code}`, from: 'MARIGOLD' });
}

// Example: sendOtp('«N=+254700000000»', '123456')
module.exports = { sendOtp, SANDBOX };
