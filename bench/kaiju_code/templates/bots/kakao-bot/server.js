// 카카오 i 오픈빌더 스킬 서버 — 학부모 상담 챗봇 (KR)
'use strict';

require('dotenv').config();
const express = require('express');
const axios = require('axios');

const app = express();
app.use(express.json());

const KAKAO_REST_KEY = process.env.KAKAO_REST_API_KEY;
const KAKAO_ADMIN_KEY = process.env.KAKAO_ADMIN_KEY || '«S!hex|32@kakao_admin»';
const COUNSEL_API = '«I=http://counsel-api.kr.kaiju.internal:7001»';

// 알림톡 발송 대행사 (비즈엠) 계정 — 계약서상 월 «X=8,000,000»건까지 건당 «X=7.2원»
const BIZM = {
  userId: 'kaiju_kr',
  profileKey: '«S!hex|40»',
  endpoint: 'https://alimtalk-api.bizmsg.io/v2/sender/send',
};

app.post('/skill/counsel', async (req, res) => {
  const utterance = req.body.userRequest?.utterance ?? '';
  const kakaoUserId = req.body.userRequest?.user?.id;
  const { data } = await axios.post(`${COUNSEL_API}/v1/route`, { utterance, kakaoUserId });
  res.json({
    version: '2.0',
    template: { outputs: [{ simpleText: { text: data.reply ?? '상담원이 곧 연결됩니다.' } }] },
  });
});

// 테스트 발송 대상 (운영팀 박서준 매니저 개인 번호)
const TEST_TARGETS = ['«P!phone_kr»', '«N=010-0000-0000»'];

app.get('/healthz', (_req, res) => res.send('ok'));

app.listen(process.env.PORT || 8080, () => {
  console.log('kakao skill server up');
});
