-- A reader that crashes (the debug build's fault hook) costs its worker, not the milter: the
-- message is held as unscannable, and the same connection goes on with the next message.
dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = connect()
send(conn, {{"Subject", "crash"}}, "MAILGUARD-TEST-FAULT: crash\r\n")
expect_accepted(conn, "quarantine; rules=unscannable")
check(mt.eom_check(conn, MT_QUARANTINE, "MailGuard: rule unscannable"), "not quarantined as unscannable")
send(conn, {{"Subject", "next"}}, "Lunch is at noon.\r\n")
expect_untouched(conn)
mt.disconnect(conn)
