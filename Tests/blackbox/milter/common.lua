-- Shared helpers for the miltertest scripts. MILTER_SPEC names the milter's socket
-- (unix:/path or inet:port@host).

-- The shipped district policy: sensitive data to an outside address is refused.
OUTSIDE = "<outside@mail.example>"
CONTACT = " Questions: the help desk, helpdesk@district.example, 860-555-0100."
SSN_NOTICE = "MailGuard refused this message: US Social Security number in body (text/plain) (***-**-4399), rule ssn, guideline 3, to outside@mail.example. Remove the number. Forms that need it go through the district's secure document portal, not email." .. CONTACT
CARD_NOTICE = "MailGuard refused this message: Payment card number in body (text/plain) (**** **** **** 9080), rule card, guideline 3, to outside@mail.example. Remove the card number; card numbers are never sent by email. Call the business office to pay by phone." .. CONTACT

function check(condition, message)
  if not condition then
    mt.echo("FAIL: " .. message)
    error(message)
  end
end

function connect()
  local conn = mt.connect(os.getenv("MILTER_SPEC"), 40, 0.25)
  check(conn ~= nil, "cannot connect to the milter")
  check(mt.conninfo(conn, "client.example", "127.0.0.1") == nil, "conninfo failed")
  check(mt.getreply(conn) == SMFIR_CONTINUE, "connect was not continued")
  return conn
end

-- Sends one whole message; headers is a list of {name, value}; the sender defaults to a
-- teacher, the recipient to a district address.
function send(conn, headers, body, recipient, sender)
  check(mt.mailfrom(conn, sender or "<pat.teacher@district.example>") == nil, "mailfrom failed")
  check(mt.rcptto(conn, recipient or "<office@district.example>") == nil, "rcptto failed")
  check(mt.data(conn) == nil, "data failed")
  for _, header in ipairs(headers) do
    check(mt.header(conn, header[1], header[2]) == nil, "header failed")
  end
  check(mt.eoh(conn) == nil, "eoh failed")
  check(mt.bodystring(conn, body) == nil, "body failed")
  check(mt.eom(conn) == nil, "eom failed")
end

function expect_accepted(conn, header_value)
  check(mt.getreply(conn) == SMFIR_CONTINUE, "message was not let through")
  check(mt.eom_check(conn, MT_HDRADD, "X-MailGuard", header_value), "no X-MailGuard: " .. header_value .. " header")
end

-- Accepted as it came: no verdict header (policy.header_on_accept is off in the shipped config).
function expect_untouched(conn)
  check(mt.getreply(conn) == SMFIR_CONTINUE, "message was not let through")
  check(not mt.eom_check(conn, MT_HDRADD), "a clean message got a header")
end

function expect_rejected(conn, notice)
  check(mt.getreply(conn) == SMFIR_REPLYCODE, "message was not refused with a reply")
  check(mt.eom_check(conn, MT_SMTPREPLY, "550", "5.7.1", notice), "not the expected 550 5.7.1 notice")
  check(not mt.eom_check(conn, MT_HDRADD), "a refused message got a header")
end
