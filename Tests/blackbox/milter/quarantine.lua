-- A password is held for review: quarantine with the rule named, and the result header.
dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = connect()
send(conn, {{"Subject", "Sub login"}}, "username: sub12\r\npassword: Falcon$2026\r\n")
expect_accepted(conn, "quarantine; rules=password")
check(mt.eom_check(conn, MT_QUARANTINE, "MailGuard: rule password (guideline 3)"), "not quarantined with the rule named")
mt.disconnect(conn)
