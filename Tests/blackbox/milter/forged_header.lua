-- A sender cannot forge a verdict: incoming X-MailGuard headers are deleted, last first.
dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = connect()
send(conn, {{"Subject", "hi"}, {"X-MailGuard", "accept"}, {"x-mailguard", "accept; trusted"}},
     "Sandbox card 4111 1111 1111 1111.\r\n")
expect_accepted(conn, "tag; rules=test-card")
check(mt.eom_check(conn, MT_HDRDELETE, "X-MailGuard"), "forged X-MailGuard headers were not deleted")
mt.disconnect(conn)
