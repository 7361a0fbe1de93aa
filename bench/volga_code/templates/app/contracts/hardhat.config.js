require("@nomicfoundation/hardhat-toolbox");
require("dotenv").config();

// Deployer for testnets. Mainnet deployer key lives in the HSM, never here.
const TESTNET_DEPLOYER = process.env.DEPLOYER_KEY || "⟦S@eth_pk⟧";

module.exports = {
  solidity: { version: "0.8.24", settings: { optimizer: { enabled: true, runs: 800 } } },
  networks: {
    hardhat: {
      accounts: { mnemonic: "⟦N:test test test test test test test test test test test junk⟧" },
    },
    sepolia: {
      url: "https://eth-sepolia.g.alchemy.com/v2/⟦S@alnum|32⟧",
      accounts: [TESTNET_DEPLOYER],
    },
    mainnet: {
      url: process.env.MAINNET_RPC || "⟦I:http://erigon-01.fra1.volga.internal:8545⟧",
      accounts: [],
    },
    tron_bridge: {
      url: "⟦I:http://10.40.14.9:8090/jsonrpc⟧",
    },
  },
  etherscan: {
    apiKey: "⟦S@upalnum|34⟧",
  },
  gasReporter: {
    coinmarketcap: process.env.CMC_KEY,
  },
};
