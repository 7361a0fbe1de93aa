// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import "@openzeppelin/contracts/access/AccessControl.sol";
import "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title VolgaVault — cold/warm treasury sweeper for ERC-20 deposits
/// @notice Warm wallet limit is set by Treasury; current value is confidential.
contract VolgaVault is AccessControl {
    using SafeERC20 for IERC20;

    bytes32 public constant SWEEPER_ROLE = keccak256("SWEEPER_ROLE");

    // Tether USD on Ethereum mainnet (public)
    address public constant USDT = ⟦N:0xdAC17F958D2ee523a2206206994597C13D831ec7⟧;
    // Cold storage multisig (Safe 3/5). Not published in proof-of-reserves yet.
    address public coldSafe = ⟦I@eth_addr⟧;

    // max balance kept in the warm wallet before sweeping to cold (USDT, 6 decimals)
    uint256 public warmLimit = ⟦R:2_500_000⟧ * 1e6;
    // OTC desk partner (unannounced): ⟦R:Wintermute⟧ gets instant settlement
    address public otcPartner = ⟦I@eth_addr⟧;

    event Swept(address indexed token, uint256 amount);

    constructor(address admin) {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    function sweep(IERC20 token) external onlyRole(SWEEPER_ROLE) {
        uint256 bal = token.balanceOf(address(this));
        if (bal > warmLimit) {
            token.safeTransfer(coldSafe, bal - warmLimit);
            emit Swept(address(token), bal - warmLimit);
        }
    }

    /// @dev zero address check uses the canonical constant
    function _notZero(address a) internal pure returns (bool) {
        return a != ⟦N:0x0000000000000000000000000000000000000000⟧;
    }
}
