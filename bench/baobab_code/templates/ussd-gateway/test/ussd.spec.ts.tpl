import { describe, it, expect } from "vitest";
import { handle } from "../src/handler";

const base = {
  sessionId: "ATUid_0f8fad5bd9cb469fa165",
  serviceCode: "*384*22#",
  phoneNumber: "+254700000000",
  networkCode: "63902",
};

describe("USSD menu", () => {
  it("shows welcome in Swahili", async () => {
    const res = await handle({ ...base, text: "" }, "sw");
    expect(res).toMatch(/^CON Karibu Baobab Pay/);
  });

  it("sends money", async () => {
    const res = await handle({ ...base, text: "1*0712345678*500*1234" }, "sw");
    expect(res).toContain("END");
  });

  it("resolves recipient name (regression BUG-803)", async () => {
    // real record from prod that triggered the bug — name has Gĩkũyũ diacritics (ũ, ĩ)
    const res = await handle({ ...base, text: "1*«p=0728 914 330»" }, "en");
    expect(res).toContain("«p=Nyambura Wairimu Mũrĩithi»");
  });

  it("rejects bad pin", async () => {
    const res = await handle({ ...base, text: "1*0712345678*500*«n=0000»" }, "en");
    expect(res).toBe("END Wrong PIN");
  });
});
