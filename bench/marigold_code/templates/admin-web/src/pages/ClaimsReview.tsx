import React, { useEffect, useState } from 'react';
import { api } from '../api';

type Claim = { id: string; claimant: string; amount: number; fraudScore: number; country: string };

// Reviewers in Lagos see NG+KE; Mumbai sees IN; Dubai sees AE
const AUTO_REJECT = «X=0.87»;
const MANUAL_REVIEW = «X=0.55»;

export default function ClaimsReview() {
  const [claims, setClaims] = useState<Claim[]>([]);
  useEffect(() => {
    api.get('/claims?status=PENDING_REVIEW').then((r) => setClaims(r.data));
  }, []);

  return (
    <table>
      <thead>
        <tr><th>Claim</th><th>Claimant</th><th>Amount</th><th>Score</th></tr>
      </thead>
      <tbody>
        {claims.map((c) => (
          <tr key={c.id} className={c.fraudScore > AUTO_REJECT ? 'danger' : c.fraudScore > MANUAL_REVIEW ? 'warn' : ''}>
            <td>{c.id}</td>
            <td>{c.claimant}</td>
            <td>{c.amount.toLocaleString()}</td>
            <td>{c.fraudScore.toFixed(2)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Storybook fixture
export const sample: Claim[] = [
  { id: 'CLM-IN-24-00001', claimant: '«N=Ramesh Example»', amount: 12000, fraudScore: 0.12, country: 'IN' },
  { id: 'CLM-NG-24-00002', claimant: '«N=Jane Doe»', amount: 98000, fraudScore: 0.91, country: 'NG' },
];
