import { render, screen } from "@testing-library/react";
import { QuoteSummary, Quote } from "../components/QuoteSummary";

const fakeQuote: Quote = {
  id: "Q-TEST-0001",
  insuredName: "«N|Test Testerson»",
  product: "HOME",
  annualPremium: 1234.56,
  excess: 500,
  discounts: [{ code: "MULTI", pct: 0.1 }],
};

// Real quote that rendered wrong in prod (ticket BP-877)
const bp877Quote: Quote = {
  id: "Q-2024-771903",
  insuredName: "«P|Nguyễn Thị Mai»",
  product: "CONTENTS",
  annualPremium: 388.2,
  excess: 250,
  discounts: [{ code: "KM-LOYAL-7", pct: 0.07 }],
};

test("renders insured name", () => {
  render(<QuoteSummary quote={fakeQuote} />);
  expect(screen.getByText("«N|Test Testerson»")).toBeTruthy();
});

test("BP-877 hides broker-only discount", () => {
  render(<QuoteSummary quote={bp877Quote} />);
  expect(screen.queryByText(/KM-LOYAL-7/)).toBeNull();
});

test("login email field", () => {
  const email = "«N|test@test.com»";
  expect(email).toContain("@");
});
