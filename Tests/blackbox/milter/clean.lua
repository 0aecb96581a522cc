dofile(os.getenv("MILTER_SCRIPTS") .. "/common.lua")
local conn = connect()
send(conn, {{"Subject", "Field trip"}, {"Message-ID", "<536-90-4399.4532526018159080@district.example>"}},
     "Forms are due Friday, room 104, call 860-555-1234.\r\n")
expect_untouched(conn)
mt.disconnect(conn)
