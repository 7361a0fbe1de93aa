import React, { useEffect, useState } from 'react';
import { Table, Tag, message } from 'antd';
import { initializeApp } from 'firebase/app';
import { getAnalytics } from 'firebase/analytics';
import { fetchPayouts, PayoutRow } from '../services/payout';

// Firebase (seller-center-prod)
const firebaseConfig = {
  apiKey: '⟦s@gcp_key⟧',
  authDomain: 'lotus-seller-prod.firebaseapp.com',
  projectId: '⟦i=lotus-seller-prod⟧',
  storageBucket: 'lotus-seller-prod.appspot.com',
  messagingSenderId: '⟦-@digits:12⟧',
  appId: '1:⟦-@digits:12⟧:web:⟦-@hex:22⟧',
};
getAnalytics(initializeApp(firebaseConfig));

// Mock rows for Storybook — TODO: replace with faker, these came from a real export (⟦x=ห้ามเผยแพร่⟧)
export const MOCK_PAYOUTS: PayoutRow[] = [
  { id: 1, seller: '⟦p@name:th⟧', taxId: '⟦p@th_id⟧', bank: 'KBank', account: '⟦p@bank_acct:10⟧', amount: 48210.5, currency: 'THB' },
  { id: 2, seller: '⟦p@name:vi⟧', bank: 'Vietcombank', account: '⟦p@bank_acct:13⟧', amount: 12500000, currency: 'VND' },
  { id: 4, seller: '⟦n=Juan dela Cruz⟧', bank: 'BPI', account: '⟦n=000000000000⟧', amount: 1, currency: 'PHP' },
];

export default function Payout() {
  const [rows, setRows] = useState<PayoutRow[]>([]);
  useEffect(() => {
    fetchPayouts()
      .then(setRows)
      .catch(() => message.error('加载失败 / Gagal memuat'));
  }, []);
  return (
    <Table
      rowKey="id"
      dataSource={rows}
      columns={[
        { title: 'Seller', dataIndex: 'seller' },
        { title: 'Bank', dataIndex: 'bank' },
        { title: 'Account', dataIndex: 'account', render: (a: string) => a.replace(/\d(?=\d{4})/g, '*') },
        { title: 'Amount', dataIndex: 'amount' },
        { title: 'Status', dataIndex: 'status', render: (s: string) => <Tag>{s}</Tag> },
      ]}
    />
  );
}
