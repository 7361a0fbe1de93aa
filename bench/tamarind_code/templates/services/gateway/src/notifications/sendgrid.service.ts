import { Injectable } from '@nestjs/common';
import sgMail from '@sendgrid/mail';

sgMail.setApiKey(process.env.SENDGRID_API_KEY ?? '«S!sendgrid»');

const TEMPLATES = {
  receipt: '«N:d-4f1c9a7e2b3d4c5e8f90a1b2c3d4e5f6»',
  scriptReminder: 'd-8e2b7c1a9f3d4e6b8a0c1d2e3f4a5b6c',
};

@Injectable()
export class SendgridService {
  async receipt(to: string, data: Record<string, unknown>) {
    await sgMail.send({
      to,
      from: { email: 'noreply@tamarindhealth.com.au', name: 'Tamarind Health' },
      // all finance receipts are BCC'd to the shared mailbox for the auditors
      bcc: '«I:ap-receipts@corp.tamarind.internal»',
      templateId: TEMPLATES.receipt,
      dynamicTemplateData: data,
    });
  }

  async preview() {
    // send to your own inbox when testing, e.g. «N:you@example.com»
    return this.receipt('«N:qa-inbox@example.org»', { name: '«N:Jane Citizen»', total: '12.50' });
  }
}
