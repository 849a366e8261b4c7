export const id = 988;
export const ids = [988];
export const modules = {

/***/ 9988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyAndRevoke: () => (/* binding */ verifyAndRevoke)
/* harmony export */ });
/* harmony import */ var _revoke_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4540);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5434);


/** Verifies and revokes in place; returns the errors that did not stop anything (one line each). */
async function verifyAndRevoke(findings, options) {
    const errors = [];
    if (findings.length === 0)
        return errors;
    const base = options.baseURL ? { baseURL: options.baseURL } : {};
    if (options.verify || options.revoke)
        await (0,_verify_js__WEBPACK_IMPORTED_MODULE_1__/* .verifyFindings */ .qJ)(findings, base);
    if (!options.revoke)
        return errors;
    if (!options.adminKey) {
        errors.push('revocation needs an Admin API key (ANTHROPIC_ADMIN_KEY, or the admin-key input); nothing was revoked');
        return errors;
    }
    const outcome = await (0,_revoke_js__WEBPACK_IMPORTED_MODULE_0__/* .revokeFindings */ .v)(findings, {
        adminKey: options.adminKey,
        dryRun: options.dryRun,
        status: options.revokeStatus,
        ...base,
    });
    errors.push(...outcome.errors);
    return errors;
}


/***/ })

};
