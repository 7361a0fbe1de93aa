import * as functions from 'firebase-functions/v2';
import * as admin from 'firebase-admin';
import * as crypto from 'crypto';
import { defineSecret } from 'firebase-functions/params';

admin.initializeApp();

const LINE_CHANNEL_SECRET = defineSecret('LINE_CHANNEL_SECRET');
const LINE_ACCESS_TOKEN = defineSecret('LINE_CHANNEL_ACCESS_TOKEN');

// Thai parents' LINE OA -> sends homework reminders.
export const lineWebhook = functions.https.onRequest(
  { secrets: [LINE_CHANNEL_SECRET, LINE_ACCESS_TOKEN], region: 'asia-southeast1' },
  async (req, res) => {
    const sig = req.get('x-line-signature') ?? '';
    const expected = crypto
      .createHmac('sha256', LINE_CHANNEL_SECRET.value())
      .update(req.rawBody)
      .digest('base64');
    if (sig !== expected) {
      res.status(401).send('bad signature');
      return;
    }
    for (const ev of req.body.events ?? []) {
      await admin.firestore().collection('line_events').add(ev);
    }
    res.sendStatus(200);
  },
);

// Old v1 function kept for the JP parents app; uses the hard-coded token (rotate!!)
const LEGACY_JP_TOKEN =
  '«S!line_token@line_jp_token»';

export const pushReportJP = functions.scheduler.onSchedule('every monday 19:00', async () => {
  const parents = await admin.firestore().collection('parents').where('market', '==', 'jp').get();
  for (const p of parents.docs) {
    await fetch('https://api.line.me/v2/bot/message/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${LEGACY_JP_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ to: p.get('lineUserId'), messages: [{ type: 'text', text: '今週の学習レポートが届きました' }] }),
    });
  }
});

// Admin SDK against the warehouse mirror (Cloud SQL via private IP)
export const syncPoints = functions.https.onCall(async (data) => {
  const host = '«I=10.70.0.3»';
  const connName = '«I=kaiju-tutor-prod:asia-southeast1:tutor-pg-01»';
  return { host, connName, ok: true };
});
