#ifndef MAILGUARD_CMILTER_SHIM_H
#define MAILGUARD_CMILTER_SHIM_H
#include <stdbool.h>
#include <stddef.h>
#include <libmilter/mfapi.h>

// libmilter takes `char *` for strings it only reads; these wrappers take `const char *`
// so Swift strings pass without copies or casts. The casts are safe: libmilter copies.
static inline int mg_smfi_setconn(const char *spec) { return smfi_setconn((char *)spec); }
static inline char *mg_smfi_getsymval(SMFICTX *ctx, const char *name) { return smfi_getsymval(ctx, (char *)name); }
static inline int mg_smfi_addheader(SMFICTX *ctx, const char *name, const char *value) {
    return smfi_addheader(ctx, (char *)name, (char *)value);
}
// A NULL value deletes the index-th header called `name` (1-based).
static inline int mg_smfi_deleteheader(SMFICTX *ctx, const char *name, int index) {
    return smfi_chgheader(ctx, (char *)name, index, NULL);
}
static inline int mg_smfi_setreply(SMFICTX *ctx, const char *code, const char *extended, const char *text) {
    return smfi_setreply(ctx, (char *)code, (char *)extended, (char *)text);
}
static inline int mg_smfi_changeheader(SMFICTX *ctx, const char *name, const char *value) {
    return smfi_chgheader(ctx, (char *)name, 1, (char *)value);
}
static inline int mg_smfi_addrcpt(SMFICTX *ctx, const char *address) { return smfi_addrcpt(ctx, (char *)address); }
// smfi_setmlreply is variadic, which Swift cannot call: fixed-arity versions (NULL-terminated).
static inline int mg_smfi_setmlreply6(SMFICTX *ctx, const char *code, const char *extended,
                                      const char *l1, const char *l2, const char *l3,
                                      const char *l4, const char *l5, const char *l6) {
    if (!l2) return smfi_setmlreply(ctx, code, extended, l1, NULL);
    if (!l3) return smfi_setmlreply(ctx, code, extended, l1, l2, NULL);
    if (!l4) return smfi_setmlreply(ctx, code, extended, l1, l2, l3, NULL);
    if (!l5) return smfi_setmlreply(ctx, code, extended, l1, l2, l3, l4, NULL);
    if (!l6) return smfi_setmlreply(ctx, code, extended, l1, l2, l3, l4, l5, NULL);
    return smfi_setmlreply(ctx, code, extended, l1, l2, l3, l4, l5, l6, NULL);
}
static inline int mg_smfi_quarantine(SMFICTX *ctx, const char *reason) { return smfi_quarantine(ctx, (char *)reason); }

// SMFI_VERSION is chosen by preprocessor conditionals that Swift does not evaluate.
static inline int mg_smfi_version(void) { return SMFI_VERSION; }

#endif
