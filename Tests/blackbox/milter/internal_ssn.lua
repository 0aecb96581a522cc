-- Inside the district an SSN is delivered, tagged (header and Subject prefix) and copied to
-- the compliance mailbox.
dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = connect()
send(conn, {{"Subject", "Benefits"}}, "For the benefits form, my SSN is 536-90-4399.\r\n")
expect_accepted(conn, "tag; rules=ssn")
check(mt.eom_check(conn, MT_HDRCHANGE, "Subject", "[MailGuard] Benefits"), "Subject was not prefixed")
check(mt.eom_check(conn, MT_RCPTADD, "<compliance@district.example>"), "no compliance copy")
mt.disconnect(conn)
