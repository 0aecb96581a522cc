-- From an untrusted network, a district From counts as internal only with {auth_authen}:
-- without it, mail to a student using a staff name is held (guideline 17); with it, delivered.
dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = mt.connect(os.getenv("MILTER_SPEC"), 40, 0.25)
check(conn ~= nil, "cannot connect")
check(mt.conninfo(conn, "mx.mail.example", "192.0.2.10") == nil, "conninfo failed")
local headers = {{"From", "Pat Teacher <pat.teacher@district.example>"}}
send(conn, headers, "Homework is due Monday.\r\n", "<kid@students.district.example>")
check(mt.eom_check(conn, MT_QUARANTINE), "an unauthenticated outside 'staff' message to a student was not held")
check(mt.macro(conn, SMFIC_MAIL, "{auth_authen}", "pat.teacher") == nil, "macro failed")
send(conn, headers, "Homework is due Monday.\r\n", "<kid@students.district.example>")
expect_untouched(conn)
mt.disconnect(conn)
