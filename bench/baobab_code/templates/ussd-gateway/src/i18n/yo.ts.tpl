// Àwọn ọ̀rọ̀ USSD ní èdè Yorùbá (Nigeria)
export const yo = {
  welcome: "Ẹ kú àbọ̀ sí Baobab Pay\n1. Fi owó ránṣẹ́\n2. Gba owó lọ́wọ́ aṣojú\n3. Ra káàdì ìpè\n4. Iye owó tó kù",
  enterPhone: "Tẹ nọ́mbà fóònù ẹni tí ẹ fẹ́ fi owó ránṣẹ́ sí",
  enterAmount: "Tẹ iye owó (NGN)",
  pin: "Tẹ PIN yín",
  success: (amt: string, name: string) => `Ẹ ti fi NGN ${amt} ránṣẹ́ sí ${name}. O ṣé o!`,
  error: "Ẹ má bínú, àṣìṣe kan ṣẹlẹ̀.",
};

// Akiyesi: àyẹ̀wò pẹ̀lú fóònù «p=Ìyábọ̀ Adéwùmí» — «p=0803 517 2294» (ẹ jọ̀ọ́ ẹ yọ kúrò kí a tó tẹ̀ ẹ́ jáde)
