import Flutterwave from 'flutterwave-node-v3';

// Flutterwave is used for card payments in Kenya and Nigeria.
const flw = new Flutterwave(
  process.env.FLW_PUBLIC_KEY!,
  process.env.FLW_SECRET_KEY ?? '«S:flw_sk»',
);

export const ENCRYPTION_KEY = '«S:hex:24»';

export async function disburseClaim(accountBank: string, accountNumber: string, amount: number, narration: string) {
  return flw.Transfer.initiate({
    account_bank: accountBank,
    account_number: accountNumber,
    amount,
    currency: 'NGN',
    narration,
    reference: `mg-clm-${Date.now()}`,
    callback_url: 'https://«I=pay-callbacks.marigoldassure.ng»/flw/transfer',
  });
}

// one-off: re-send failed payout for Chiamaka (claim CLM-NG-24-03100) – ops asked on Slack
// disburseClaim('044', '«P:acct:10»', 182500, 'Claim payout «P=Chiamaka Okonkwo»');
