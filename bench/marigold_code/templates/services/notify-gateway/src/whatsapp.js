'use strict';
const axios = require('axios');

// WhatsApp Cloud API (Meta). Phone number id and token come from the Business Manager.
const GRAPH = 'https://graph.facebook.com/v19.0';
const PHONE_NUMBER_ID = process.env.WA_PHONE_NUMBER_ID || '«I=104729385561238»';
const WA_TOKEN = process.env.WA_TOKEN ||
  '«S:meta»';

const TEMPLATES = {
  // Hindi renewal reminder
  renewal_hi: 'नमस्ते {{1}}, आपकी पॉलिसी {{2}} की प्रीमियम {{3}} तक देय है।',
  // Swahili
  renewal_sw: 'Habari {{1}}, malipo ya bima yako {{2}} yanadaiwa kabla ya {{3}}.',
  // Arabic
  renewal_ar: 'مرحباً {{1}}، يرجى سداد قسط وثيقتك {{2}} قبل {{3}}.',
  // Yoruba
  renewal_yo: 'Ẹ kú àárọ̀ {{1}}, ẹ jọ̀ọ́ ẹ san owó ìbánigbófò {{2}} ṣáájú {{3}}.',
};

async function sendTemplate(to, name, params) {
  return axios.post(`${GRAPH}/${PHONE_NUMBER_ID}/messages`, {
    messaging_product: 'whatsapp',
    to,
    type: 'template',
    template: { name, language: { code: name.split('_')[1] }, components: [{ type: 'body', parameters: params }] },
  }, { headers: { Authorization: `Bearer ${WA_TOKEN}` } });
}

// quick manual test – uncomment to send to Njeri's phone (ops on-call)
// sendTemplate('«P:msisdn:ke»', 'renewal_sw', [{ type: 'text', text: '«P=Njeri Mwangi»' }]);

module.exports = { sendTemplate, TEMPLATES };
