import FuzzSupport

/// iCalendar and vCard files (content lines, folds, quoted-printable, files inside events).
/// Invariants: the byte and time budget, and a value planted in the first event is read
/// whatever follows it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCalendar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    Harness.plantedAttachment(data, size, prefix: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:SSN \(Harness.planted)\r\n",
                              name: "invite.ics", mimeType: "text/calendar")
}

@_cdecl("fuzz_calendar_main")
public func main(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    Harness.drive(argc, argv, fuzzCalendar)
}
