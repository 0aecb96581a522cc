/* A milter that accepts everything: what any libmilter filter pays per message, for the
 * benchmark to compare MailGuard with. It negotiates as MailGuard does (same actions, same
 * no-reply stages), so the difference is MailGuard's own work.
 *
 *   cc -O2 -o null_milter null_milter.c -lmilter -lpthread
 *   null_milter unix:/path/to/socket
 */
#include <libmilter/mfapi.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define ACTIONS (SMFIF_ADDHDRS | SMFIF_CHGHDRS | SMFIF_QUARANTINE | SMFIF_ADDRCPT)
#define NO_REPLY (SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_DATA | \
                  SMFIP_NR_HDR | SMFIP_NR_EOH | SMFIP_NR_BODY | SMFIP_NOUNKNOWN)

/* Postfix offers the same flags on every connection, so one value serves them all. */
static volatile unsigned long negotiated;

static sfsistat reply(unsigned long flag) { return (negotiated & flag) ? SMFIS_NOREPLY : SMFIS_CONTINUE; }

static sfsistat on_connect(SMFICTX *c, char *h, _SOCK_ADDR *a) { return reply(SMFIP_NR_CONN); }
static sfsistat on_helo(SMFICTX *c, char *h) { return reply(SMFIP_NR_HELO); }
static sfsistat on_envfrom(SMFICTX *c, char **a) { return reply(SMFIP_NR_MAIL); }
static sfsistat on_envrcpt(SMFICTX *c, char **a) { return reply(SMFIP_NR_RCPT); }
/* Registered so Postfix gets a reply to DATA and does not stall on Nagle (PLATFORM-NOTES). */
static sfsistat on_data(SMFICTX *c) { return reply(SMFIP_NR_DATA); }
static sfsistat on_header(SMFICTX *c, char *n, char *v) { return reply(SMFIP_NR_HDR); }
static sfsistat on_eoh(SMFICTX *c) { return reply(SMFIP_NR_EOH); }
static sfsistat on_body(SMFICTX *c, unsigned char *b, size_t n) { return reply(SMFIP_NR_BODY); }
static sfsistat on_eom(SMFICTX *c) { return SMFIS_CONTINUE; }
static sfsistat on_abort(SMFICTX *c) { return SMFIS_CONTINUE; }
static sfsistat on_close(SMFICTX *c) { return SMFIS_CONTINUE; }

static sfsistat on_negotiate(SMFICTX *c, unsigned long f0, unsigned long f1, unsigned long f2, unsigned long f3,
                             unsigned long *pf0, unsigned long *pf1, unsigned long *pf2, unsigned long *pf3) {
    *pf0 = ACTIONS & f0;
    *pf1 = f1 & NO_REPLY;
    *pf2 = *pf3 = 0;
    negotiated = *pf1;
    return SMFIS_CONTINUE;
}

int main(int argc, char **argv) {
    struct smfiDesc desc = {
        "null", SMFI_VERSION, ACTIONS, on_connect, on_helo, on_envfrom, on_envrcpt, on_header, on_eoh,
        on_body, on_eom, on_abort, on_close, NULL, on_data, on_negotiate,
    };
    if (argc != 2) {
        fprintf(stderr, "usage: %s unix:/path | inet:port@host\n", argv[0]);
        return 2;
    }
    if (smfi_setconn(argv[1]) == MI_FAILURE || smfi_register(desc) == MI_FAILURE || smfi_opensocket(1) == MI_FAILURE) {
        fprintf(stderr, "null milter: cannot listen on %s\n", argv[1]);
        return 1;
    }
    /* Postfix connects as user postfix. */
    const char *path = strncmp(argv[1], "unix:", 5) == 0 ? argv[1] + 5 : strncmp(argv[1], "local:", 6) == 0 ? argv[1] + 6 : NULL;
    if (path && chmod(path, 0666) != 0) {
        perror(path);
        return 1;
    }
    return smfi_main() == MI_SUCCESS ? 0 : 1;
}
