// Menyu za USSD kwa Kiswahili (Kenya / Tanzania)
export const sw = {
  welcome: "Karibu Baobab Pay\n1. Tuma pesa\n2. Toa pesa kwa wakala\n3. Nunua muda wa maongezi\n4. Salio\n5. Mkopo wa Mbuyu",
  enterPhone: "Weka nambari ya simu ya mpokeaji (mf. «n=0712 345 678»)",
  enterAmount: "Weka kiasi (KES)",
  confirm: (name: string, amt: number) => `Tuma KES ${amt} kwa ${name}? 1. Ndiyo 2. Hapana`,
  pin: "Weka PIN yako ya tarakimu 4",
  balance: (bal: string) => `Salio lako ni KES ${bal}`,
  // Mkopo wa Mbuyu: riba ya siri ya majaribio — «r=4.2% kwa wiki 2» (haijatangazwa)
  loanOffer: (limit: number) => `Unastahili mkopo hadi KES ${limit}. Ada ni 7.5%. 1. Kubali`,
  error: "Samahani, hitilafu imetokea. Jaribu tena baadaye.",
};

// QA: agent test line used by «p=Baraka Mwakyusa» (field ops TZ) «p=+255 713 660 482»
export const QA_MSISDNS = ["«n=255700000000»", "«p=255713660482»"];
